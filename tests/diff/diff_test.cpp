// Draft comparison on the corpus chains: alignment, redline exactness, the
// commitment delta and the summary.
#include <filesystem>
#include <set>

#include <catch2/catch.hpp>

#include "analysis/analysis.h"
#include "diff/diff.h"
#include "support.h"
#include "synthetic_drafts.h"
#include "syntax/syntax.h"

using namespace pacta;

namespace {

using Loaded = test::Analysed;

Loaded load(const std::string& path) { return test::analyse_file(path); }

Loaded load_text(const std::string& text) {
    auto parsed = test::parse(text);
    REQUIRE(parsed.instrument);
    auto a = analysis::analyse(*parsed.instrument, *parsed.diags);
    return {std::move(*parsed.instrument), std::move(a)};
}

diff::DraftDiff compare(const Loaded& a, const Loaded& b) {
    return diff::compare({a.instrument, a.analysis}, {b.instrument, b.analysis});
}

const diff::Pair& pair_for(const diff::DraftDiff& d, const Loaded& b, std::string_view new_id) {
    for (const auto& p : d.pairs)
        if (p.new_index >= 0 && b.instrument.provisions[p.new_index].id == new_id) return p;
    throw std::runtime_error("no pair for " + std::string(new_id));
}

std::string chain(const std::string& name) { return test::source_dir() + "/corpus/" + name; }

} // namespace

TEST_CASE("the redline rebuilds both texts exactly over every corpus chain") {
    std::vector<std::vector<std::string>> chains = {
        {"data-sharing-mou/drafts/draft1.pacta", "data-sharing-mou/drafts/draft2.pacta",
         "data-sharing-mou/drafts/draft3.pacta", "data-sharing-mou/final.pacta"},
        {"incident-treaty/drafts/draft1.pacta", "incident-treaty/drafts/draft2.pacta", "incident-treaty/final.pacta"}};
    for (const auto& files : chains)
        for (size_t i = 0; i + 1 < files.size(); ++i) {
            Loaded a = load(chain(files[i])), b = load(chain(files[i + 1]));
            diff::DraftDiff d = compare(a, b);
            INFO(files[i] << " -> " << files[i + 1]);
            std::vector<bool> old_seen(a.instrument.provisions.size()), new_seen(b.instrument.provisions.size());
            for (const auto& p : d.pairs) {
                std::string old_text, new_text;
                for (const auto& r : p.runs) {
                    if (r.op != diff::Op::Insert) old_text += r.old_text;
                    if (r.op != diff::Op::Delete) new_text += r.new_text;
                }
                if (p.old_index >= 0 && p.change != diff::Change::Split) {
                    CHECK(old_text == a.instrument.provisions[p.old_index].body.text);
                    old_seen[p.old_index] = true;
                }
                if (p.new_index >= 0) {
                    CHECK(new_text == b.instrument.provisions[p.new_index].body.text);
                    new_seen[p.new_index] = true;
                }
            }
            // Every clause of both drafts appears in the comparison.
            for (size_t k = 0; k < a.instrument.provisions.size(); ++k)
                if (!a.instrument.provisions[k].body.text.empty()) CHECK(old_seen[k]);
            for (size_t k = 0; k < b.instrument.provisions.size(); ++k)
                if (!b.instrument.provisions[k].body.text.empty()) CHECK(new_seen[k]);
        }
}

namespace {

bool same_delta(const diff::Delta& x, const diff::Delta& y) {
    return x.old_strength == y.old_strength && x.new_strength == y.new_strength && x.direction == y.direction &&
           x.levels == y.levels && x.polarity_flipped == y.polarity_flipped && x.hedges_added == y.hedges_added &&
           x.hedges_removed == y.hedges_removed && x.old_actor == y.old_actor && x.new_actor == y.new_actor &&
           x.red_line_broken == y.red_line_broken;
}

// How many pairs the shortcut left unanalysed; every other delta and the
// summary must be what the full analysis gives, and a pair left out must
// have had nothing to report.
size_t check_shortcut(const Loaded& a, const Loaded& b) {
    diff::DraftDiff full = compare(a, b);
    auto aligned = diff::align(a.instrument, b.instrument);
    diff::AnalysisNeeds needs = diff::analysis_needed(a.instrument, b.instrument, aligned);
    analysis::ClauseMemo memo;
    auto old_part = analysis::analyse_provisions(a.instrument, memo, {}, &needs.old_provisions);
    auto new_part = analysis::analyse_provisions(b.instrument, memo, {}, &needs.new_provisions);
    diff::DraftDiff part = diff::compare({a.instrument, old_part}, {b.instrument, new_part}, std::move(aligned));
    REQUIRE(part.pairs.size() == full.pairs.size());
    size_t skipped = 0;
    for (size_t i = 0; i < part.pairs.size(); ++i) {
        const diff::Pair &x = part.pairs[i], &y = full.pairs[i];
        INFO("pair " << i << " new " << (y.new_index >= 0 ? b.instrument.provisions[y.new_index].id : "-"));
        REQUIRE(x.old_index == y.old_index);
        REQUIRE(x.new_index == y.new_index);
        if (x.delta.analysed) {
            CHECK(same_delta(x.delta, y.delta));
        } else {
            ++skipped;
            CHECK_FALSE(y.delta.any());
            CHECK(y.delta.old_strength == y.delta.new_strength);
        }
    }
    CHECK(part.summary.weakened_pairs == full.summary.weakened_pairs);
    CHECK(part.summary.strengthened == full.summary.strengthened);
    CHECK(part.summary.red_lines_broken == full.summary.red_lines_broken);
    return skipped;
}

} // namespace

TEST_CASE("pairs left unanalysed as identical hide no change in commitment, over every real draft step") {
    std::vector<std::string> drafts;
    for (const auto& e : std::filesystem::directory_iterator(test::texts_dir()))
        if (e.path().filename().string().rfind("eu-ai-act-v", 0) == 0) drafts.push_back(e.path().string());
    std::sort(drafts.begin(), drafts.end());
    REQUIRE(drafts.size() >= 10);
    for (size_t i = 0; i + 1 < drafts.size(); ++i) {
        INFO(drafts[i] << " -> " << drafts[i + 1]);
        Loaded a = load(drafts[i]), b = load(drafts[i + 1]);
        size_t skipped = check_shortcut(a, b);
        // Consecutive drafts share most clauses: the shortcut must be taken.
        if (i + 2 < drafts.size()) CHECK(skipped > 400);
    }
}

TEST_CASE("a red line added to an unchanged clause, or a chapeau that changed, is still analysed") {
    Loaded a = load_text(test::kHeader + R"(
ARTICLE 1 Duties
1. The Parties shall cooperate:
   (a) in exchanging information;
   (b) in training.
2. The Parties may consult each other.
)");
    Loaded b = load_text(test::kHeader + R"(
ARTICLE 1 Duties
1. The Parties may cooperate:
   (a) in exchanging information;
   (b) in training.
2. !expect obligation The Parties may consult each other.
)");
    CHECK(check_shortcut(a, b) == 0);
    diff::DraftDiff d = compare(a, b);
    CHECK(d.summary.weakened == 3);  // the chapeau and the items that take its force
    CHECK(d.summary.red_lines_broken == 1);
}

TEST_CASE("a 'will' softened to 'should' and a hedge slipped in are reported as weakened") {
    Loaded a = load(chain("data-sharing-mou/drafts/draft2.pacta")), b = load(chain("data-sharing-mou/drafts/draft3.pacta"));
    diff::DraftDiff d = compare(a, b);
    const auto& softened = pair_for(d, b, "sec_3__para_2");
    CHECK(softened.change == diff::Change::Changed);
    CHECK(softened.delta.old_strength == Strength::Commitment);
    CHECK(softened.delta.new_strength == Strength::Recommendation);
    CHECK(softened.delta.direction == diff::Direction::Weakened);
    CHECK(softened.delta.levels == -1);
    REQUIRE(softened.runs.size() == 4);
    CHECK(softened.runs[1].old_text == "will");
    CHECK(softened.runs[2].new_text == "should");
    const auto& hedged = pair_for(d, b, "sec_3__para_1");
    CHECK(hedged.delta.hedges_added == std::vector<std::string>{"to the extent permitted by"});
    CHECK(d.summary.weakened == 2);
    CHECK(d.summary.merged == 1);
    CHECK(d.summary.renumbered >= 2);
    CHECK(pair_for(d, b, "sec_4__para_5").change == diff::Change::Renumbered);
}

TEST_CASE("renumbered articles align with their old selves, and a may becoming shall is strengthened") {
    Loaded a = load(chain("incident-treaty/drafts/draft1.pacta")), b = load(chain("incident-treaty/drafts/draft2.pacta"));
    diff::DraftDiff d = compare(a, b);
    const auto& hardened = pair_for(d, b, "art_4__para_1");
    CHECK(hardened.delta.direction == diff::Direction::Strengthened);
    CHECK(d.summary.added >= 1);
    Loaded c = load(chain("incident-treaty/final.pacta"));
    diff::DraftDiff e = compare(b, c);
    CHECK(pair_for(e, c, "art_5__para_3").delta.direction == diff::Direction::FromPermission);
}

TEST_CASE("layout is not a text change") {
    Loaded a = load_text(test::kHeader + "ARTICLE 1\n1. Each Party shall \u201Ccooperate\u201D fully.\n");
    Loaded b = load_text(test::kHeader + "ARTICLE 1\n1. Each  Party shall\n   \"cooperate\"\u00a0fully.\n");
    diff::DraftDiff d = compare(a, b);
    REQUIRE(d.pairs.size() == 1);
    const auto& p = d.pairs[0];
    CHECK_FALSE(p.text_changed);
    CHECK(p.formatting_only);
    CHECK(d.summary.weakened == 0);
}

TEST_CASE("the redline shows the changed phrase, with the shared start and end of a clause kept whole") {
    auto shown = [](const std::vector<diff::Run>& runs) {
        std::string s;
        for (const auto& r : runs)
            s += r.op == diff::Op::Equal ? "=" + std::string(r.new_text) + "|"
                 : r.op == diff::Op::Delete ? "-" + std::string(r.old_text) + "|" : "+" + std::string(r.new_text) + "|";
        return s;
    };
    CHECK(shown(diff::redline("Each Party shall, within thirty days, notify the other Party of any incident.",
                              "Each Party may, within thirty days, notify the other Party of any incident.")) ==
          "=Each Party |-shall|+may|=, within thirty days, notify the other Party of any incident.|");
    // The shared end is "the following information:", not a scattered "the".
    CHECK(shown(diff::redline("A notification shall contain, to the extent possible, the following information:",
                              "A notification shall contain the following information:")) ==
          "=A notification shall contain|-, to the extent possible, |+ |=the following information:|");
    // Layout inside the shared ends is still no change.
    CHECK(shown(diff::redline("The Parties  shall cooperate \u201Cfully\u201D.", "The Parties shall cooperate \"fully\".")) ==
          "=The Parties shall cooperate \"fully\".|");
}

TEST_CASE("a moved provision is found by its words") {
    Loaded a = load_text(test::kHeader + "ARTICLE 1\n1. Each Party shall notify incidents promptly.\n"
                                         "2. Each Party shall designate a contact point.\nARTICLE 2\n1. Disputes go to talks.\n");
    Loaded b = load_text(test::kHeader + "ARTICLE 1\n1. Each Party shall designate a contact point.\nARTICLE 2\n"
                                         "1. Disputes go to talks.\n2. Each Party shall notify incidents promptly.\n");
    diff::DraftDiff d = compare(a, b);
    CHECK(pair_for(d, b, "art_2__para_2").change == diff::Change::Moved);
    CHECK(d.summary.added == 0);
    CHECK(d.summary.deleted == 0);
}

TEST_CASE("an unnumbered provision shifted by one added before it is not renumbered") {
    Loaded a = load_text(test::kHeader + "PREAMBLE\nRecognizing the value of cooperation;\nNoting earlier talks;\n"
                                         "ARTICLE 1\nEach Party shall act.\n");
    Loaded b = load_text(test::kHeader + "PREAMBLE\nConsidering the risks;\nRecognizing the value of cooperation;\n"
                                         "Noting earlier talks;\nARTICLE 1\nEach Party shall act.\n");
    diff::DraftDiff d = compare(a, b);
    CHECK(pair_for(d, b, "preamble__rec_nn_3").change == diff::Change::Unchanged);  // was preamble__rec_nn_2
    CHECK(d.summary.renumbered == 0);
    CHECK(d.summary.added == 1);
}

TEST_CASE("a provision split in two is not weakened when one part keeps its commitment") {
    Loaded a = load_text(test::kHeader + "ARTICLE 1\n1. Each Party shall notify the other Party of any major incident "
                                         "within 72 hours. This obligation does not apply to incidents of minor scale.\n");
    Loaded b = load_text(test::kHeader + "ARTICLE 1\n1. Each Party shall notify the other Party of any major incident "
                                         "within 72 hours.\n2. This obligation does not apply to incidents of minor scale.\n");
    diff::DraftDiff d = compare(a, b);
    const diff::Pair& rest = pair_for(d, b, "art_1__para_2");
    REQUIRE(rest.change == diff::Change::Split);
    CHECK(rest.delta.new_strength == Strength::None);
    CHECK(rest.delta.direction == diff::Direction::Same);
    CHECK(d.summary.weakened == 0);
    // The same split with "shall" softened in the part that carried it is weakened.
    Loaded c = load_text(test::kHeader + "ARTICLE 1\n1. Each Party should notify the other Party of any major incident "
                                         "within 72 hours.\n2. This obligation does not apply to incidents of minor scale.\n");
    CHECK(compare(a, c).summary.weakened >= 1);
}

TEST_CASE("a changed heading is reported for the container that holds the same clauses, even renumbered") {
    Loaded a = load_text(test::kHeader + "ARTICLE 1 Scope\n1. This Treaty applies to incidents.\nARTICLE 2 Costs\n"
                                         "1. Each Party shall bear its own costs.\n2. Costs may be shared by agreement.\n");
    Loaded b = load_text(test::kHeader + "ARTICLE 1 Scope\n1. This Treaty applies to incidents.\nARTICLE 2 Definitions\n"
                                         "1. Incident means an event.\nARTICLE 3 Costs and expenses\n"
                                         "1. Each Party shall bear its own costs.\n2. Costs may be shared by agreement.\n");
    diff::DraftDiff d = compare(a, b);
    REQUIRE(d.headings.size() == 1);
    CHECK(d.headings[0].old_id == "art_2");
    CHECK(d.headings[0].new_id == "art_3");
    CHECK(d.headings[0].old_heading == "Costs");
    CHECK(d.headings[0].new_heading == "Costs and expenses");
}

namespace {

diff::Change expected_change(synthetic::Fate fate) {
    switch (fate) {
    case synthetic::Fate::Unchanged: return diff::Change::Unchanged;
    case synthetic::Fate::Renumbered: return diff::Change::Renumbered;
    case synthetic::Fate::Edited: return diff::Change::Changed;
    case synthetic::Fate::Moved: return diff::Change::Moved;
    case synthetic::Fate::Added: return diff::Change::Added;
    }
    return diff::Change::Changed;
}

// "new id: expected ..., got ..." for every pair the alignment got wrong.
std::vector<std::string> misalignments(const synthetic::Drafts& drafts, const Loaded& a, const Loaded& b,
                                       const diff::DraftDiff& d) {
    std::vector<std::string> wrong;
    std::set<std::string> deleted(drafts.deleted.begin(), drafts.deleted.end());
    for (const diff::Pair& p : d.pairs) {
        std::string old_id = p.old_index >= 0 ? a.instrument.provisions[p.old_index].id : "";
        if (p.new_index < 0) {
            if (p.change != diff::Change::Deleted || !deleted.count(old_id))
                wrong.push_back(old_id + " left the draft as " + std::string(diff::change_name(p.change)));
            continue;
        }
        const std::string& new_id = b.instrument.provisions[p.new_index].id;
        auto expected = drafts.new_from.find(new_id);
        if (expected == drafts.new_from.end()) {
            wrong.push_back(new_id + " was never written");
            continue;
        }
        auto [twin, fate] = expected->second;
        if (old_id != twin || p.change != expected_change(fate))
            wrong.push_back(new_id + ": expected " + std::string(diff::change_name(expected_change(fate))) + " from '" +
                            twin + "', got " + std::string(diff::change_name(p.change)) + " from '" + old_id + "'");
    }
    return wrong;
}

} // namespace

TEST_CASE("10,000 provisions align: twins paired, renumbering, edits, moves, insertions and deletions found") {
    synthetic::Drafts drafts = synthetic::make(test::kHeader);
    Loaded a = load_text(drafts.old_pacta), b = load_text(drafts.new_pacta);
    REQUIRE(a.instrument.provisions.size() == synthetic::kArticles * (synthetic::kParagraphs + 1));
    diff::DraftDiff d = compare(a, b);
    std::vector<std::string> wrong = misalignments(drafts, a, b, d);
    INFO((wrong.empty() ? "" : wrong.front()));
    CHECK(wrong.empty());
    const diff::Summary& s = d.summary;
    CHECK(s.unchanged == 8900);
    CHECK(s.renumbered == 700);
    CHECK(s.changed == 200);
    CHECK(s.moved == 100);
    CHECK(s.added == 100);
    CHECK(s.deleted == 100);
    CHECK(s.split + s.merged == 0);
    CHECK(d.pairs.size() == 10000 + 100);  // every new paragraph, and the deleted ones
}

TEST_CASE("the redline of a text of hundreds of distinct short words rebuilds both and marks only what changed") {
    // Two-letter words, all different: far more distinct tokens for their
    // bytes than the token table starts with room for. It must grow without
    // losing or merging any.
    std::string old_text = "start, first ", new_text = "start, second ";
    for (char a = 'a'; a <= 'z'; ++a)
        for (char b = 'a'; b <= 'z'; ++b) {
            std::string word{a, b};
            old_text += word + " ";
            new_text += (word == "mm" ? std::string("changed") : word) + " ";
        }
    old_text += "end";
    new_text += "end";
    std::string rebuilt_old, rebuilt_new, deleted, inserted;
    for (const auto& r : diff::redline(old_text, new_text)) {
        if (r.op != diff::Op::Insert) rebuilt_old += r.old_text;
        if (r.op != diff::Op::Delete) rebuilt_new += r.new_text;
        if (r.op == diff::Op::Delete) deleted += std::string(r.old_text) + "|";
        if (r.op == diff::Op::Insert) inserted += std::string(r.new_text) + "|";
    }
    CHECK(rebuilt_old == old_text);
    CHECK(rebuilt_new == new_text);
    CHECK(deleted == "first|mm|");
    CHECK(inserted == "second|changed|");
}
