# pacta lexicon: English.
#
# One entry a line:   CATEGORY [STRENGTH] PHRASE [=> ALTERNATIVE]
# Matching is by whole words, case-insensitive, with typographic quotes and
# dashes folded; the longest phrase at a position wins, so "shall not" beats
# "shall" and "as may be necessary" swallows its "may". Add your own entries in
# a file of the same format and pass it with --lexicon FILE.
#
# Categories:
#   cue STRENGTH     words that carry commitment (strength: obligation,
#                    prohibition, commitment, recommendation, endeavour,
#                    encouragement, recognition, permission)
#   constitutive     cue-like words that bind no one: the instrument acting on
#                    itself ("shall enter into force")
#   ignore           look like a cue but are not ("as may be necessary")
#   negator          turns the cue before it around ("will not")
#   hedge            softens a commitment without changing its kind
#   recital          words that open a preamble recital
#   subordinator     opens an embedded clause whose cue does not decide
#   actor            a word naming who can be bound
#   instrument       the instrument naming itself ("this Convention")
#   treaty-term      treaty vocabulary; => the wording of non-binding texts
#   soft-term        non-binding vocabulary; => the wording of treaties
#   disclaimer       a statement that the text does not bind

# ------------------------------------------------------------ obligation
cue obligation      shall
cue obligation      must
cue obligation      undertake to
cue obligation      undertakes to
cue obligation      undertake
cue obligation      undertakes
cue obligation      agree to
cue obligation      agrees to
cue obligation      are required to
cue obligation      is required to
cue obligation      are obliged to
cue obligation      is obliged to
cue obligation      are obligated to
cue obligation      is obligated to
cue obligation      are bound to
cue obligation      is bound to
cue obligation      have the obligation to
cue obligation      has the obligation to
cue obligation      have the duty to
cue obligation      has the duty to

# ----------------------------------------------------------- prohibition
cue prohibition     shall not
cue prohibition     must not
cue prohibition     may not
cue prohibition     shall refrain from
cue prohibition     must refrain from
cue prohibition     undertake not to
cue prohibition     undertakes not to
cue prohibition     agree not to
cue prohibition     agrees not to
cue prohibition     are prohibited from
cue prohibition     is prohibited from
cue prohibition     shall be prohibited
cue prohibition     are prohibited
cue prohibition     is prohibited
cue prohibition     shall in no case
cue prohibition     shall under no circumstances
cue prohibition     shall not be permitted
cue prohibition     may only
cue prohibition     shall only
cue prohibition     may be used only
cue prohibition     shall be used only
# ------------------------------------------------------------ commitment
cue commitment      will
cue commitment      commit to
cue commitment      commits to
cue commitment      commit themselves to
cue commitment      commit ourselves to
cue commitment      are committed to
cue commitment      is committed to
cue commitment      remain committed to
cue commitment      remains committed to
cue commitment      pledge to
cue commitment      pledges to
cue commitment      pledge
cue commitment      pledged to
cue commitment      resolve to
cue commitment      resolves to
cue commitment      resolved to
cue commitment      are determined to
cue commitment      is determined to
cue commitment      decide to
cue commitment      decides to
cue commitment      decided to
cue commitment      agreed to
cue commitment      have agreed to
cue commitment      has agreed to
cue commitment      are resolved to
cue commitment      affirm our willingness
cue commitment      affirm their willingness
cue commitment      agree on

# -------------------------------------------------------- recommendation
cue recommendation  should
cue recommendation  ought to
cue recommendation  recommend
cue recommendation  recommends
cue recommendation  it is recommended that
cue recommendation  are recommended to
cue recommendation  is recommended to

# ------------------------------------------------------------- endeavour
cue endeavour       endeavour to
cue endeavour       endeavours to
cue endeavour       endeavor to
cue endeavour       endeavors to
cue endeavour       shall endeavour to
cue endeavour       shall endeavor to
cue endeavour       will endeavour to
cue endeavour       will endeavor to
cue endeavour       seek to
cue endeavour       seeks to
cue endeavour       will seek to
cue endeavour       strive to
cue endeavour       strives to
cue endeavour       will strive to
cue endeavour       aim to
cue endeavour       aims to
cue endeavour       will aim to
cue endeavour       intend to
cue endeavour       intends to
cue endeavour       make every effort
cue endeavour       makes every effort
cue endeavour       will make every effort
cue endeavour       shall make every effort
cue endeavour       use their best efforts
cue endeavour       use best efforts
cue endeavour       will consider
cue endeavour       will explore
cue endeavour       will work towards
cue endeavour       will work toward
cue endeavour       will work to
cue endeavour       work towards
cue endeavour       hope to
cue endeavour       wish to

# --------------------------------------------------------- encouragement
cue encouragement   encourage
cue encouragement   encourages
cue encouragement   are encouraged to
cue encouragement   is encouraged to
cue encouragement   are encouraged
cue encouragement   is encouraged
cue encouragement   invite
cue encouragement   invites
cue encouragement   are invited to
cue encouragement   is invited to
cue encouragement   call upon
cue encouragement   calls upon
cue encouragement   call on
cue encouragement   calls on
cue encouragement   urge
cue encouragement   urges
cue encouragement   request
cue encouragement   requests
cue encouragement   appeal to
cue encouragement   appeals to

# ----------------------------------------------------------- recognition
cue recognition     recognize
cue recognition     recognizes
cue recognition     recognise
cue recognition     recognises
cue recognition     reaffirm
cue recognition     reaffirms
cue recognition     affirm
cue recognition     affirms
cue recognition     note
cue recognition     notes
cue recognition     take note
cue recognition     takes note
cue recognition     acknowledge
cue recognition     acknowledges
cue recognition     stress
cue recognition     stresses
cue recognition     welcome
cue recognition     welcomes
cue recognition     support
cue recognition     supports
cue recognition     underline
cue recognition     underlines
cue recognition     underscore
cue recognition     underscores
cue recognition     emphasize
cue recognition     emphasizes
cue recognition     emphasise
cue recognition     emphasise
cue recognition     recall
cue recognition     recalls
cue recognition     condemn
cue recognition     condemns
cue recognition     express
cue recognition     expresses
cue recognition     share the view
cue recognition     believe
cue recognition     believes
cue recognition     consider that
cue recognition     considers that
cue recognition     are convinced
cue recognition     are concerned
cue recognition     are aware
cue recognition     applaud
cue recognition     commend
cue recognition     appreciate

# ------------------------------------------------------------ permission
cue permission      may
cue permission      are entitled to
cue permission      is entitled to
cue permission      shall be entitled to
cue permission      shall also be entitled to
cue permission      have the right to
cue permission      has the right to
cue permission      shall have the right to
cue permission      reserve the right
cue permission      reserves the right
cue permission      are free to
cue permission      is free to
cue permission      are authorised to
cue permission      are authorized to
cue permission      is authorised to
cue permission      is authorized to
cue permission      is empowered to
cue permission      are empowered to
cue permission      need not
cue permission      shall be empowered to
cue permission      is hereby empowered to
cue permission      shall have the power to
cue permission      shall have power to
cue permission      shall have all the powers
cue permission      shall be conferred on
cue permission      is conferred on
cue permission      is not required to
cue permission      are not required to
cue permission      shall not be required to
cue permission      shall not be obliged to
cue permission      is not obliged to
cue permission      are not obliged to

# ---------------------------------------------------------- constitutive
constitutive        shall enter into force
constitutive        will enter into force
constitutive        shall come into force
constitutive        shall come into effect
constitutive        will come into effect
constitutive        will take effect
constitutive        shall take effect
constitutive        shall be open for signature
constitutive        shall be opened for signature
constitutive        shall remain open for signature
constitutive        shall be subject to ratification
constitutive        shall be deposited
constitutive        shall remain in force
constitutive        will remain in effect
constitutive        shall remain in effect
constitutive        shall cease to be in force
constitutive        shall cease to have effect
constitutive        shall become effective
constitutive        shall be equally authentic
constitutive        shall be authentic
constitutive        shall be the depositary
constitutive        shall mean
constitutive        shall have the meaning
constitutive        shall be understood
constitutive        shall be construed
constitutive        shall be deemed
constitutive        shall be presumed
constitutive        shall be effected
constitutive        shall be valid
constitutive        shall be considered
constitutive        shall apply
constitutive        shall not apply
constitutive        shall not affect
constitutive        shall not prejudice
constitutive        shall be without prejudice
constitutive        is without prejudice
constitutive        shall be binding
constitutive        shall be applicable
constitutive        shall be repealed
constitutive        shall be amended
constitutive        is amended
constitutive        are amended
constitutive        shall be replaced
constitutive        is replaced
constitutive        shall be read
constitutive        shall be inserted
constitutive        shall be added
constitutive        is hereby established
constitutive        shall be composed of
constitutive        shall consist of
constitutive        shall be chaired
constitutive        may be cited
constitutive        will be signed
constitutive        shall be signed

# ---------------------------------------------------------------- ignore
ignore              as may be necessary
ignore              as may be required
ignore              as may be appropriate
ignore              as may be agreed
ignore              as may be determined
ignore              as the case may be
ignore              which may be
ignore              that may be
ignore              as may be
ignore              may need to
ignore              will of
ignore              good will
ignore              free will
ignore              political will
ignore              may also be
ignore              can be
ignore              could
ignore              can
ignore              cannot
ignore              might
ignore              would

# --------------------------------------------------------------- negator
negator             not
negator             never
negator             neither
negator             nor

# ----------------------------------------------------------------- hedge
hedge               as appropriate
hedge               where appropriate
hedge               when appropriate
hedge               if appropriate
hedge               appropriate
hedge               where feasible
hedge               as feasible
hedge               if feasible
hedge               where possible
hedge               where practicable
hedge               to the extent possible
hedge               to the extent practicable
hedge               to the extent feasible
hedge               to the widest extent possible
hedge               to the greatest extent possible
hedge               to the extent permitted by
hedge               to the extent that
hedge               in accordance with domestic law
hedge               in accordance with its domestic law
hedge               in accordance with their domestic law
hedge               in accordance with national law
hedge               in accordance with its national law
hedge               in accordance with their national law
hedge               in accordance with national legislation
hedge               in accordance with their national legislation
hedge               in accordance with its national legislation
hedge               consistent with national law
hedge               consistent with domestic law
hedge               consistent with national legislation
hedge               consistent with their national legislation
hedge               under its domestic law
hedge               subject to available resources
hedge               subject to the availability of resources
hedge               within available resources
hedge               subject to domestic law
hedge               subject to its domestic law
hedge               subject to national law
hedge               on a voluntary basis
hedge               voluntarily
hedge               voluntary
hedge               upon request
hedge               on request
hedge               as necessary
hedge               if necessary
hedge               where necessary
hedge               when necessary
hedge               as needed
hedge               reasonable steps
hedge               reasonable efforts
hedge               best efforts
hedge               in principle
hedge               where relevant
hedge               as relevant
hedge               mutually agreed
hedge               mutually decided
hedge               without prejudice to
hedge               taking into account
hedge               with due regard
hedge               in so far as
hedge               insofar as

# -------------------------------------------------------------- recitals
recital             recognizing
recital             recognising
recital             recalling
recital             noting
recital             desiring
recital             considering
recital             convinced
recital             mindful
recital             concerned
recital             conscious
recital             bearing in mind
recital             taking into account
recital             taking into consideration
recital             welcoming
recital             believing
recital             having regard
recital             having considered
recital             emphasizing
recital             emphasising
recital             reaffirming
recital             acknowledging
recital             determined
recital             aware
recital             stressing
recital             affirming
recital             underlining
recital             guided by
recital             seeking
recital             wishing
recital             deeply concerned
recital             alarmed
recital             expressing
recital             whereas

# --------------------------------------------------------- subordinators
subordinator        that
subordinator        which
subordinator        who
subordinator        whom
subordinator        whose
subordinator        if
subordinator        unless
subordinator        whether
subordinator        when
subordinator        whenever
subordinator        where
subordinator        wherever
subordinator        while
subordinator        whereby
subordinator        so that
subordinator        in order that
subordinator        provided that
subordinator        insofar as
subordinator        because
subordinator        since
subordinator        although
subordinator        before
subordinator        after
subordinator        until
subordinator        once
subordinator        how
subordinator        what
subordinator        why

# ---------------------------------------------------------------- actors
actor               party
actor               parties
actor               participant
actor               participants
actor               state
actor               states
actor               participating states
actor               member states
actor               signatories
actor               signatory
actor               we
actor               i
actor               government
actor               governments
actor               side
actor               sides
actor               ministry
actor               ministries
actor               department
actor               agency
actor               agencies
actor               authorities
actor               authority
actor               countries
actor               country
actor               leaders
actor               nations
actor               organizations
actor               organisations
actor               commission
actor               council
actor               secretariat
actor               secretary general
actor               secretary-general
actor               committee
actor               board
actor               providers
actor               provider
actor               users
actor               user
actor               operators
actor               stakeholders
actor               each
actor               it
actor               they

# ------------------------------------------------- the instrument itself
instrument          this convention
instrument          the present convention
instrument          this treaty
instrument          the present treaty
instrument          this agreement
instrument          the present agreement
instrument          this protocol
instrument          the present protocol
instrument          this regulation
instrument          this directive
instrument          this decision
instrument          this memorandum
instrument          this memorandum of understanding
instrument          this declaration
instrument          this declaration of intent
instrument          this arrangement
instrument          this statement
instrument          this joint statement
instrument          this code
instrument          this document
instrument          this article
instrument          this paragraph
instrument          this chapter
instrument          this section
instrument          this annex
instrument          nothing in this
instrument          nothing in the present
instrument          nothing

# ------------------------------------- treaty vocabulary, and its opposite
treaty-term         shall                  => will
treaty-term         the parties            => the participants
treaty-term         both parties           => both participants
treaty-term         each party             => each participant
treaty-term         the party              => the participant
treaty-term         contracting parties    => participants
treaty-term         contracting party      => participant
treaty-term         article                => paragraph
treaty-term         articles               => paragraphs
treaty-term         enter into force       => come into effect
treaty-term         entry into force       => coming into effect
treaty-term         enters into force      => comes into effect
treaty-term         agree                  => decide
treaty-term         agrees                 => decides
treaty-term         agreed                 => decided
treaty-term         undertake              => carry out
treaty-term         undertakes             => carries out
treaty-term         rights and obligations => benefits and commitments
treaty-term         obligations            => commitments
treaty-term         done at                => signed at
treaty-term         equally authentic      => equally valid
treaty-term         authentic texts        => equally valid texts
treaty-term         ratification           => approval
treaty-term         ratify                 => approve
soft-term           participant            => party
soft-term           participants           => parties
soft-term           come into effect       => enter into force
soft-term           comes into effect      => enters into force
soft-term           coming into effect     => entry into force
soft-term           commitments            => obligations
soft-term           equally valid          => equally authentic
soft-term           political commitment   => obligation
soft-term           political commitments  => obligations

# ------------------------------------------------------------ disclaimers
disclaimer          not legally binding
disclaimer          is not legally binding
disclaimer          not binding under international law
disclaimer          does not create legally binding obligations
disclaimer          does not create any legally binding obligations
disclaimer          do not create legally binding obligations
disclaimer          no legally binding obligations
disclaimer          not intended to create legal obligations
disclaimer          not intended to be legally binding
disclaimer          does not give rise to legal obligations
disclaimer          does not give rise to legally binding obligations
disclaimer          voluntary, non-binding
disclaimer          non-binding
disclaimer          does not give rise to
disclaimer          not intended to give rise to
disclaimer          give rise to rights or obligations
disclaimer          do not give rise to
disclaimer          not give rise to rights or obligations
disclaimer          not create rights or obligations
disclaimer          does not create legal rights or obligations
disclaimer          nonbinding
