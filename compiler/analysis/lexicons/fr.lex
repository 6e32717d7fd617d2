# pacta lexicon: French, for the cues UN and Council of Europe texts use.
# Same format as en.lex. In French legal drafting the present indicative
# carries obligation ("Chaque Partie adopte …"); that reading needs syntax
# and is not attempted here: such clauses come out as none.
cue obligation      doit
cue obligation      doivent
cue obligation      devra
cue obligation      devront
cue obligation      est tenu de
cue obligation      est tenue de
cue obligation      sont tenus de
cue obligation      sont tenues de
cue obligation      s'engage à
cue obligation      s'engagent à
cue obligation      s’engage à
cue obligation      s’engagent à
cue prohibition     ne doit pas
cue prohibition     ne doivent pas
cue prohibition     ne peut pas
cue prohibition     ne peuvent pas
cue prohibition     s'abstient de
cue prohibition     s'abstiennent de
cue prohibition     est interdit
cue prohibition     sont interdits
cue prohibition     sont interdites
cue commitment      nous engageons à
cue commitment      nous nous engageons à
cue commitment      décidons de
cue commitment      décide de
cue commitment      résolus à
cue commitment      résolues à
cue commitment      déterminés à
cue commitment      convenons
cue commitment      nous déclarons résolus
cue commitment      déclarons résolus
cue recommendation  devrait
cue recommendation  devraient
cue recommendation  recommande
cue recommendation  recommandons
cue endeavour       s'efforce de
cue endeavour       s'efforcent de
cue endeavour       s’efforcent de
cue endeavour       nous efforcerons de
cue endeavour       entend
cue endeavour       entendent
cue endeavour       ont l'intention de
cue endeavour       visent à
cue encouragement   encourage
cue encouragement   encourageons
cue encouragement   encouragent
cue encouragement   invite
cue encouragement   invitons
cue encouragement   engage
cue encouragement   appelle
cue encouragement   appelons
cue encouragement   exhorte
cue encouragement   demande
cue recognition     reconnaissons
cue recognition     reconnaît
cue recognition     réaffirmons
cue recognition     réaffirme
cue recognition     affirmons
cue recognition     soulignons
cue recognition     souligne
cue recognition     saluons
cue recognition     salue
cue recognition     nous félicitons
cue recognition     se félicite
cue recognition     prenons note
cue recognition     prend note
cue recognition     condamnons
cue recognition     condamne
cue recognition     rappelons
cue recognition     rappelle
cue recognition     soutenons
cue recognition     soutient
cue recognition     nous déclarons
cue recognition     déclarons
cue permission      peut
cue permission      peuvent
cue permission      pourra
cue permission      pourront
cue permission      a le droit de
cue permission      ont le droit de
cue permission      se réserve le droit
cue permission      se réserver le droit
constitutive        entre en vigueur
constitutive        entrera en vigueur
constitutive        est ouverte à la signature
constitutive        est ouvert à la signature
constitutive        font également foi
constitutive        faisant également foi
ignore              peut être
ignore              peuvent être
ignore              qui se révèlent nécessaires
ignore              se révèlent nécessaires
negator             pas
negator             jamais
negator             ni
hedge               le cas échéant
hedge               selon qu'il convient
hedge               selon qu’il convient
hedge               dans la mesure du possible
hedge               conformément à son droit interne
hedge               conformément à leur droit interne
hedge               sur une base volontaire
hedge               à titre volontaire
hedge               sur demande
recital             considérant
recital             reconnaissant
recital             rappelant
recital             notant
recital             désireux
recital             convaincus
recital             convaincu
recital             conscients
recital             préoccupés
recital             tenant compte
recital             ayant à l'esprit
recital             soulignant
recital             réaffirmant
recital             se félicitant
subordinator        que
subordinator        qui
subordinator        dont
subordinator        lorsque
subordinator        si
subordinator        afin que
actor               partie
actor               parties
actor               participants
actor               états
actor               nous
actor               gouvernement
instrument          la présente convention
instrument          le présent protocole
instrument          le présent accord
instrument          le présent règlement
disclaimer          juridiquement non contraignant
disclaimer          non contraignant
