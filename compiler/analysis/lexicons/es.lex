# pacta lexicon: Spanish, for the cues UN texts use. Same format as en.lex.
# In Spanish treaty drafting the future tense carries obligation ("Cada Parte
# adoptará …"); that reading needs syntax and is not attempted here.
cue obligation      deberá
cue obligation      deberán
cue obligation      debe
cue obligation      deben
cue obligation      se compromete a
cue obligation      se comprometen a
cue obligation      está obligado a
cue obligation      están obligados a
cue prohibition     no deberá
cue prohibition     no deberán
cue prohibition     no podrá
cue prohibition     no podrán
cue prohibition     se abstendrá de
cue prohibition     se abstendrán de
cue prohibition     queda prohibido
cue prohibition     quedan prohibidas
cue prohibition     quedan prohibidos
cue commitment      nos comprometemos a
cue commitment      decidimos
cue commitment      decide
cue commitment      resueltos a
cue commitment      convenimos
cue recommendation  debería
cue recommendation  deberían
cue recommendation  recomienda
cue endeavour       procurará
cue endeavour       procurarán
cue endeavour       se esforzará por
cue endeavour       se esforzarán por
cue endeavour       tienen la intención de
cue endeavour       tiene la intención de
cue encouragement   alienta
cue encouragement   alentamos
cue encouragement   invita
cue encouragement   invitamos
cue encouragement   exhorta
cue encouragement   insta
cue encouragement   pide
cue recognition     reconocemos
cue recognition     reconoce
cue recognition     reafirmamos
cue recognition     reafirma
cue recognition     acogemos con beneplácito
cue recognition     acoge con beneplácito
cue recognition     toma nota
cue recognition     tomamos nota
cue recognition     subrayamos
cue recognition     destaca
cue recognition     condenamos
cue recognition     recuerda
cue permission      podrá
cue permission      podrán
cue permission      puede
cue permission      pueden
cue permission      tiene derecho a
cue permission      tienen derecho a
cue permission      reservarse el derecho
constitutive        entrará en vigor
constitutive        quedará abierto a la firma
constitutive        igualmente auténticos
ignore              que resulten necesarias
ignore              puede ser
negator             no
negator             nunca
hedge               según proceda
hedge               cuando proceda
hedge               en la medida de lo posible
hedge               de conformidad con su derecho interno
hedge               con carácter voluntario
hedge               de forma voluntaria
recital             reconociendo
recital             recordando
recital             observando
recital             deseando
recital             considerando
recital             convencidos
recital             conscientes
recital             preocupados
recital             teniendo en cuenta
recital             reafirmando
recital             subrayando
subordinator        que
subordinator        cuando
subordinator        si
actor               parte
actor               partes
actor               estados
actor               participantes
instrument          el presente convenio
instrument          el presente protocolo
instrument          el presente acuerdo
disclaimer          jurídicamente no vinculante
disclaimer          no vinculante
