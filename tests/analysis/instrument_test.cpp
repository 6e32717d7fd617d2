// The instrument as a whole: profile, inheritance, red lines, kind fit,
// and user lexicons.
#include <catch2/catch.hpp>

#include "analysis/analysis.h"
#include "support.h"

using namespace pacta;
using namespace pacta::analysis;
using Strings = std::vector<std::string>;

namespace {
struct Checked {
    test::Parsed parsed;
    InstrumentAnalysis analysis;
    std::vector<std::string> findings() const { return parsed.messages(); }
    const ProvisionAnalysis& of(std::string_view id) const {
        const Provision& p = parsed.provision(id);
        return analysis.provisions[&p - parsed.instrument->provisions.data()];
    }
};
Checked check(const std::string& text, const Lexicon* user = nullptr) {
    Checked c{test::parse(text), {}};
    REQUIRE(c.parsed.instrument);
    c.analysis = analyse(*c.parsed.instrument, *c.parsed.diags, Options{user});
    return c;
}
const std::string kMou = "@instrument memorandum-of-understanding\n@id m\n@title M\n@party AA = A\n@party BB = B\n";
} // namespace

TEST_CASE("items take the strength of the words that introduce them") {
    auto c = check(test::kHeader + "ARTICLE 1\n1. Each Party shall:\n   (a) adopt laws;\n   (b) train judges.\n");
    CHECK(c.of("art_1__para_1__point_a").strength == Strength::Obligation);
    CHECK(c.of("art_1__para_1__point_a").inherited);
    CHECK(c.analysis.profile.binding == 3);
}

TEST_CASE("the profile counts provisions by strength") {
    auto c = check(test::kHeader +
                   "PREAMBLE\nRecognizing the need;\nARTICLE 1\n1. Each Party shall act.\n2. A Party may act.\n"
                   "3. This Treaty shall enter into force on signature.\n");
    const Profile& p = c.analysis.profile;
    CHECK(p.analysed == 4);
    CHECK(p.counts[static_cast<size_t>(Strength::Recognition)] == 1);
    CHECK(p.counts[static_cast<size_t>(Strength::Obligation)] == 1);
    CHECK(p.counts[static_cast<size_t>(Strength::Permission)] == 1);
    CHECK(p.counts[static_cast<size_t>(Strength::None)] == 1);
    CHECK(p.operative == 3);
    CHECK(p.binding == 1);
}

TEST_CASE("a red line fails at the words that fell short") {
    auto c = check(test::kHeader + "ARTICLE 1\n1. !expect obligation Each Party should act.\n"
                                   "2. !expect recommendation Each Party shall act.\n");
    CHECK(c.findings() == Strings{"7:34: red-line: red line crossed in art_1__para_1: it must carry at least "
                                  "obligation, but says 'should' (recommendation)"});
    auto perm = check(test::kHeader + "ARTICLE 1\n1. !expect prohibition Each Party shall act.\n");
    CHECK(perm.findings().size() == 1);
}

TEST_CASE("treaty language in a memorandum of understanding, with the drafter's wording") {
    auto c = check(kMou + "ARTICLE 1\n1. The Parties shall exchange information.\n"
                          "2. This Memorandum will come into effect on signature.\n");
    CHECK(c.findings() == Strings{
        "6:1: treaty-language: 'ARTICLE' is treaty structure; a memorandum-of-understanding is not legally binding, so "
        "number its provisions as paragraphs or sections",
        "7:4: treaty-language: 'The Parties' is treaty language; a memorandum-of-understanding is not legally binding, "
        "so write 'The Participants'",
        "7:16: treaty-language: 'shall' is treaty language; a memorandum-of-understanding is not legally binding, so "
        "write 'will'"});
}

TEST_CASE("a disclaimer is not itself treaty language") {
    auto c = check(kMou + "SECTION 1\n1. This Memorandum is not legally binding and does not give rise to rights or "
                          "obligations under international law.\n2. The Participants will meet.\n");
    CHECK(c.findings().empty());
}

TEST_CASE("a treaty with no obligation, a disclaimer in a treaty, mixed vocabulary") {
    auto empty = check(test::kHeader + "ARTICLE 1\nThe Parties may meet.\n");
    CHECK(empty.findings() == Strings{"1:13: treaty-without-obligation: this treaty binds no one: none of its 1 "
                                      "provisions carries an obligation or a prohibition"});
    auto disclaimer = check(test::kHeader + "ARTICLE 1\nEach Party shall meet. This Treaty is not legally binding.\n");
    CHECK(disclaimer.findings() == Strings{"7:36: disclaimer-in-treaty: a treaty is legally binding, yet art_1 says it is "
                                           "'is not legally binding'"});
    auto mixed = check(test::kHeader + "ARTICLE 1\nEach Party shall meet.\nARTICLE 2\nThe Parties shall act.\n"
                                       "ARTICLE 3\nThe Participants shall report.\n");
    CHECK(mixed.findings() == Strings{"11:5: soft-language-in-treaty: 'Participants' is the language of non-binding "
                                      "instruments; a treaty would say 'Parties'",
                                      "11:5: mixed-vocabulary: the text speaks of Parties 2 times and of Participants 1 "
                                      "times; 'Participants' in art_3 is the odd one out"});
}

TEST_CASE("declared parties are actors, so their 'will' is a commitment") {
    auto c = check("@instrument joint-statement\n@id j\n@title J\n@party US = United States\n@party NL = Netherlands\n"
                   "1. The United States and the Netherlands will deepen cooperation.\n"
                   "2. This partnership will help both countries.\n");
    CHECK(c.of("para_1").strength == Strength::Commitment);
    CHECK(c.of("para_2").strength == Strength::None);
}

TEST_CASE("a user's lexicon adds cues and a malformed one names its line") {
    Lexicon user;
    DiagnosticEngine diags;
    REQUIRE(user.add(SourceFile("mine.lex", "# mine\ncue obligation  are bound by honour to\n"), diags));
    auto c = check(test::kHeader + "ARTICLE 1\nThe Parties are bound by honour to consult.\n", &user);
    CHECK(c.of("art_1").strength == Strength::Obligation);
    CHECK(c.of("art_1").cues[0].words == "are bound by honour to");

    Lexicon bad;
    DiagnosticEngine bad_diags;
    CHECK_FALSE(bad.add(SourceFile("bad.lex", "cue obligation shall\ncue mandatory must\nwhatever x\n"), bad_diags));
    REQUIRE(bad_diags.diagnostics().size() == 2);
    CHECK(bad_diags.diagnostics()[0].location.position.line == 2);
    CHECK(bad_diags.diagnostics()[0].message ==
          "'mandatory' is not a strength a cue can carry; write 'cue STRENGTH phrase'");
    CHECK(bad_diags.diagnostics()[1].rule == Rule::Lexicon);
}
