// Clause analysis: the traps MODALITY.md lists, each pinned down.
#include <catch2/catch.hpp>

#include "analysis/analysis.h"

using namespace pacta;
using namespace pacta::analysis;

namespace {
ProvisionAnalysis clause(std::string_view text, std::optional<InstrumentKind> kind = InstrumentKind::Treaty,
                         bool recital = false) {
    static const Lexicons lexicons({&Lexicon::builtin("en")});
    ClauseContext context;
    context.kind = kind;
    context.recital = recital;
    return analyse_clause(text, lexicons, context);
}
std::string main_cue(const ProvisionAnalysis& a) { return a.main >= 0 ? a.cues[a.main].words : ""; }
} // namespace

TEST_CASE("the basic cues and their actors") {
    auto a = clause("Each Party shall adopt such legislative and other measures as may be necessary.");
    CHECK(a.strength == Strength::Obligation);
    CHECK(main_cue(a) == "shall");
    CHECK(a.actor_text == "Each Party");
    CHECK(a.cues.size() == 1);  // "as may be necessary" is not a permission
    CHECK(clause("States should cooperate.").strength == Strength::Recommendation);
    CHECK(clause("The Participants will share information.", InstrumentKind::MemorandumOfUnderstanding).strength ==
          Strength::Commitment);
    CHECK(clause("The Participants intend to cooperate.").strength == Strength::Endeavour);
    CHECK(clause("States are encouraged to exchange views.").strength == Strength::Encouragement);
    CHECK(clause("We reaffirm our support for an open Internet.").strength == Strength::Recognition);
    CHECK(clause("A Party may reserve the right not to apply paragraph 1.").strength == Strength::Permission);
    CHECK(clause("The Participants will consider joint exercises.", InstrumentKind::MemorandumOfUnderstanding).strength ==
          Strength::Endeavour);
}

TEST_CASE("negation and prohibition") {
    auto shall_not = clause("A Party shall not use this information for other purposes.");
    CHECK(shall_not.strength == Strength::Prohibition);
    CHECK(shall_not.polarity == Polarity::Negative);
    CHECK(clause("No Party shall conduct such activity.").strength == Strength::Prohibition);
    CHECK(clause("States shall refrain from such acts.").strength == Strength::Prohibition);
    auto should_not = clause("A State should not conduct or knowingly support such activity.");
    CHECK(should_not.strength == Strength::Recommendation);  // "should not" stays apart from "shall not"
    CHECK(should_not.polarity == Polarity::Negative);
    CHECK(clause("Requests may not be refused on that ground.").strength == Strength::Prohibition);
    CHECK(clause("A Party need not apply this article.").strength == Strength::Permission);
}

TEST_CASE("passive voice keeps its strength") {
    auto a = clause("Appropriate measures shall be taken by the competent authorities.");
    CHECK(a.strength == Strength::Obligation);
    CHECK(a.cues[a.main].passive);
    CHECK(clause("The following practices shall be prohibited:").strength == Strength::Prohibition);
}

TEST_CASE("constitutive treaty language binds no one") {
    CHECK(clause("This Convention shall enter into force on the first day of the month.").strength == Strength::None);
    CHECK(clause("This Convention shall be open for signature by the member States.").strength == Strength::None);
    CHECK(clause("This Regulation shall apply to providers.").strength == Strength::None);
    CHECK(clause("Nothing in this Convention shall affect other rights.").strength == Strength::None);
    CHECK(clause("For the purposes of this Convention, \"computer data\" means any data that can be processed.")
              .strength == Strength::None);
}

TEST_CASE("a deeming clause stays one with an adverb or a 'not' after its modal") {
    CHECK(clause("Systems listed in the annex shall also be considered high-risk.").strength == Strength::None);
    CHECK(clause("Such systems shall not be considered high-risk.").strength == Strength::None);
    CHECK(clause("Such products shall equally be deemed compliant.").strength == Strength::None);
    CHECK(clause("This Regulation shall also apply to importers.").strength == Strength::None);
    CHECK(clause("Such systems shall not be considered high-risk.").cues.at(0).words == "shall not be considered");
    // An adverb before an ordinary verb changes nothing.
    CHECK(clause("The Parties shall also cooperate in training.").strength == Strength::Obligation);
    CHECK(clause("The Parties shall not disclose the information.").strength == Strength::Prohibition);
}

TEST_CASE("the main clause decides, every cue is listed") {
    auto a = clause("We reaffirm that the same rights that people have offline must also be protected online.",
                    InstrumentKind::Declaration);
    CHECK(a.strength == Strength::Recognition);
    REQUIRE(a.cues.size() == 2);
    CHECK(a.cues[1].words == "must");
    CHECK(a.cues[1].subordinate);
    auto nested = clause("The Commission shall encourage and facilitate the drawing up of codes of conduct.",
                         InstrumentKind::Regulation);
    CHECK(nested.strength == Strength::Obligation);
    CHECK(nested.cues.size() == 2);
}

TEST_CASE("a cue in a relative clause on the object does not decide") {
    auto saving = clause("Nothing in this Memorandum requires a Participant to provide information whose disclosure is "
                         "prohibited under its domestic law.",
                         InstrumentKind::MemorandumOfUnderstanding);
    CHECK(saving.strength == Strength::None);
    REQUIRE(saving.cues.size() == 1);
    CHECK(saving.cues[0].subordinate);
    auto operative = clause("Each Party shall refuse requests whose execution is prohibited by its law.");
    CHECK(operative.strength == Strength::Obligation);
}

TEST_CASE("will: a commitment when someone is bound, narrative otherwise") {
    CHECK(clause("This collaboration will help both countries.", InstrumentKind::JointStatement).strength == Strength::None);
    CHECK(clause("We will deepen our cooperation.", InstrumentKind::JointStatement).strength == Strength::Commitment);
    CHECK(clause("Information will be shared promptly.", InstrumentKind::JointStatement).strength == Strength::Commitment);
}

TEST_CASE("recitals are recognitions whatever their verbs") {
    auto a = clause("Recognizing that States should cooperate in this field;", InstrumentKind::Treaty, true);
    CHECK(a.strength == Strength::Recognition);
    CHECK(main_cue(a) == "Recognizing");
    CHECK(clause("Bearing in mind the need to act;", InstrumentKind::Treaty, true).strength == Strength::Recognition);
}

TEST_CASE("hedges are found with their positions, and never fold into the strength") {
    auto a = clause("Participating States will, on a voluntary basis and as appropriate, share information "
                    "in accordance with national legislation.",
                    InstrumentKind::CbmSet);
    CHECK(a.strength == Strength::Commitment);
    REQUIRE(a.hedges.size() == 3);
    CHECK(a.hedges[0].words == "on a voluntary basis");
    CHECK(a.hedges[1].words == "as appropriate");
    CHECK(a.hedges[2].words == "in accordance with national legislation");
    CHECK(a.hedges[1].span.begin == 52);
    CHECK(clause("Upon request, each Party shall assist.").strength == Strength::Obligation);  // "request" is a hedge here
}

TEST_CASE("matching folds case, typographic quotes and no-break spaces, and keeps offsets") {
    auto a = clause("Each Party SHALL\u00a0not disclose the Party\u2019s data.");
    CHECK(a.strength == Strength::Prohibition);
    CHECK(a.cues[a.main].words == "SHALL\u00a0not");
    auto words = split_words("the Party\u2019s “data”");
    REQUIRE(words.size() == 3);
    CHECK(words[1].folded == "party's");
    CHECK(words[2].after_punctuation);
}

TEST_CASE("French cues") {
    static const Lexicons fr({&Lexicon::builtin("fr")});
    ClauseContext context;
    context.kind = InstrumentKind::Declaration;
    CHECK(analyse_clause("Nous réaffirmons notre soutien.", fr, context).strength == Strength::Recognition);
    CHECK(analyse_clause("Nous encourageons les initiatives.", fr, context).strength == Strength::Encouragement);
    CHECK(analyse_clause("Les États devraient coopérer.", fr, context).strength == Strength::Recommendation);
}
