// pacta diff --format akn: the new draft with <ins>/<del>, schema-valid, and
// both drafts' words recoverable from it, provision by provision.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "akn/akn.h"
#include "analysis/analysis.h"
#include "diff/diff.h"
#include "support.h"

using namespace pacta;

namespace {

struct Step {
    std::string old_path, new_path;
};

// Every draft in the corpus next to the one it supersedes.
std::vector<Step> corpus_steps() {
    std::vector<Step> steps;
    for (const std::string& path : test::corpus_files()) {
        test::Analysed a = test::analyse_file(path);
        if (a.instrument.meta.supersedes.empty()) continue;
        steps.push_back({(std::filesystem::path(path).parent_path() / a.instrument.meta.supersedes).lexically_normal().string(), path});
    }
    return steps;
}

struct Redlined {
    test::Analysed old_draft, new_draft;
    diff::DraftDiff diff;
    std::string xml;
};

Redlined redline(const Step& step) {
    Redlined r{test::analyse_file(step.old_path), test::analyse_file(step.new_path), {}, {}};
    r.diff = diff::compare({r.old_draft.instrument, r.old_draft.analysis}, {r.new_draft.instrument, r.new_draft.analysis});
    r.xml = akn::emit_redline({r.old_draft.instrument, r.old_draft.analysis}, {r.new_draft.instrument, r.new_draft.analysis}, r.diff);
    return r;
}

pugi::xml_node paragraph_of(const pugi::xml_document& doc, const std::string& eid) {
    pugi::xml_node node = doc.find_node([&](pugi::xml_node n) { return eid == n.attribute("eId").value(); });
    if (!node) return node;
    pugi::xml_node holder = node.child("content") ? node.child("content") : node.child("intro") ? node.child("intro") : node;
    return holder.child("p");
}

} // namespace

TEST_CASE("every corpus draft step gives a schema-valid Akoma Ntoso redline") {
    REQUIRE(std::filesystem::exists(test::akn_schema_path()) == true);
    auto steps = corpus_steps();
    REQUIRE(steps.size() == 5);
    std::string dir = test::temp_dir("akn-redline");
    for (const Step& step : steps) {
        INFO(step.old_path << " -> " << step.new_path);
        Redlined r = redline(step);
        std::string out = dir + "/redline.xml";
        std::ofstream(out, std::ios::binary) << r.xml;
        auto run = test::validate_akn(out);
        INFO(run.out);
        CHECK(run.exit_code == 0);
        CHECK(r.xml.find("contains=\"singleVersion\"") != std::string::npos);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("an Akoma Ntoso redline keeps both drafts' words: new = all but del, old = all but ins") {
    for (const Step& step : corpus_steps()) {
        INFO(step.old_path << " -> " << step.new_path);
        Redlined r = redline(step);
        pugi::xml_document doc;
        REQUIRE(doc.load_string(r.xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
        size_t changed = 0, deleted = 0;
        for (const diff::Pair& pair : r.diff.pairs) {
            if (pair.change == diff::Change::Merged) continue;  // its words are shown in the provision it joined
            const Provision* old_p = pair.old_index >= 0 ? &r.old_draft.instrument.provisions[pair.old_index] : nullptr;
            const Provision* new_p = pair.new_index >= 0 ? &r.new_draft.instrument.provisions[pair.new_index] : nullptr;
            if (new_p && new_p->kind == ProvisionKind::Signature) continue;
            std::string eid = new_p ? new_p->id : r.new_draft.instrument.find(old_p->id) ? old_p->id + "-deleted" : old_p->id;
            INFO(eid);
            pugi::xml_node p = paragraph_of(doc, eid);
            REQUIRE(p);
            if (new_p) CHECK(test::element_text(p, {"authorialNote", "del"}) == new_p->body.text);
            if (old_p && pair.change != diff::Change::Split)
                CHECK(diff::without_layout(test::element_text(p, {"authorialNote", "ins"})) == diff::without_layout(old_p->body.text));
            changed += pair.text_changed;
            deleted += !new_p;
        }
        CHECK(changed > 0);
        if (step.new_path.find("data-sharing-mou/drafts/draft2") != std::string::npos) CHECK(deleted > 0);
    }
}

TEST_CASE("an Akoma Ntoso redline says what happened to each provision and to its commitment") {
    std::string mou = test::source_dir() + "/corpus/data-sharing-mou/";
    Redlined r = redline({mou + "drafts/draft1.pacta", mou + "drafts/draft2.pacta"});
    // "The Parties shall exchange" became "The Participants will exchange".
    CHECK(r.xml.find("eId=\"sec_3__para_1\" refersTo=\"#strength_commitment\" pacta:strength=\"commitment\"") != std::string::npos);
    CHECK(r.xml.find("pacta:change=\"changed\" pacta:commitment=\"weakened\" pacta:was-strength=\"obligation\"") != std::string::npos);
    CHECK(r.xml.find("status=\"removed\" pacta:change=\"deleted\"") != std::string::npos);
    CHECK(r.xml.find("pacta:change=\"moved\" pacta:was=\"sec_1__para_3\"") != std::string::npos);
    CHECK(r.xml.find("<del eId=\"sec_3__para_1__del_1\">") != std::string::npos);
}

TEST_CASE("pacta diff --format akn writes the redline") {
    std::string mou = test::source_dir() + "/corpus/data-sharing-mou/";
    auto run = test::run_pacta("diff --format akn '" + mou + "drafts/draft3.pacta' '" + mou + "final.pacta'");
    CHECK(run.exit_code == 0);
    CHECK(run.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso", 0) == 0);
    CHECK(run.out.find("<ins eId=") != std::string::npos);
}

TEST_CASE("a real draft pair (EU AI Act v01 -> v02, plain text) gives a valid redline, changed headings marked") {
    std::string texts = test::texts_dir();
    REQUIRE(std::filesystem::exists(texts));
    std::string old_path, new_path;
    for (const auto& e : std::filesystem::directory_iterator(texts)) {
        std::string name = e.path().filename().string();
        if (name.starts_with("eu-ai-act-v01-")) old_path = e.path().string();
        if (name.starts_with("eu-ai-act-v02-")) new_path = e.path().string();
    }
    REQUIRE(!old_path.empty());
    REQUIRE(!new_path.empty());
    Redlined r = redline({old_path, new_path});
    REQUIRE_FALSE(r.diff.headings.empty());
    const diff::HeadingChange& first = r.diff.headings.front();
    CHECK(r.xml.find("<heading><del eId=\"" + first.new_id + "__heading__del_1\">") != std::string::npos);
    std::string dir = test::temp_dir("akn-redline-eu");
    std::ofstream(dir + "/redline.xml", std::ios::binary) << r.xml;
    auto run = test::validate_akn(dir + "/redline.xml");
    INFO(run.out);
    CHECK(run.exit_code == 0);
    std::filesystem::remove_all(dir);
}
