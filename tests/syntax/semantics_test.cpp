// What the front end checks once the whole file is read, and the shape of
// the model it builds.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "base/diagnostics.h"
#include "support.h"
#include "syntax/syntax.h"

using namespace pacta;
using Strings = std::vector<std::string>;

TEST_CASE("@supersedes must name a file that exists, relative to the draft") {
    std::string dir = test::temp_dir("supersedes");
    std::ofstream(dir + "/draft1.pacta") << test::kHeader;
    std::ofstream(dir + "/draft2.pacta") << test::kHeader << "@supersedes draft1.pacta\n";
    std::ofstream(dir + "/draft3.pacta") << test::kHeader << "@supersedes draft0.pacta\n";
    DiagnosticEngine ok, missing;
    REQUIRE(parse_file(dir + "/draft2.pacta", ok));
    CHECK(ok.diagnostics().empty());
    REQUIRE(parse_file(dir + "/draft3.pacta", missing));
    REQUIRE(missing.diagnostics().size() == 1);
    CHECK(missing.diagnostics()[0].rule == Rule::MissingSupersedes);
    CHECK(missing.diagnostics()[0].location.position.line == 6);
    std::filesystem::remove_all(dir);
}

TEST_CASE("errors are all reported in one run, and capped with a count of the rest") {
    std::string body = "ARTICLE 1\n";
    for (int i = 0; i < 30; ++i) body += "A } here.\n";
    DiagnosticEngine diags(10);
    auto file = source_from_bytes("many.pacta", test::kHeader + body, diags);
    REQUIRE(parse_source(file, diags));
    CHECK(diags.diagnostics().size() == 10);
    CHECK(diags.count(Severity::Error) == 30);
    CHECK(diags.dropped() == 20);
}

TEST_CASE("diagnostics carry the source line and a caret under the words") {
    auto r = test::parse_body("ARTICLE 1\n1. !expect obligaton Text.\n");
    REQUIRE(r.diags->diagnostics().size() == 1);
    const Location& loc = r.diags->diagnostics()[0].location;
    CHECK(loc.path == "test.pacta");
    CHECK(loc.excerpt == "1. !expect obligaton Text.");
    CHECK(loc.caret_column == 12);
    CHECK(loc.length == 9);
}

TEST_CASE("every provision records where it starts and a unique id") {
    auto r = test::parse_body("PREAMBLE\nRecalling the past;\nARTICLE 1\n1. One.\n   (a) a;\nFINAL\nDone at Rome.\n");
    REQUIRE(r.messages().empty());
    Strings ids;
    for (const Provision& p : r.instrument->provisions) ids.push_back(p.id);
    CHECK(ids == Strings{"preamble", "preamble__rec_nn_1", "art_1", "art_1__para_1", "art_1__para_1__point_a",
                         "conclusions", "conclusions__para_nn_1"});
    CHECK(r.provision("art_1__para_1__point_a").line == 10);
    const Provision& a = r.provision("art_1__para_1__point_a");
    CHECK(r.instrument->source->slice(a.source) == "   (a) a;");
    const Provision& art = r.provision("art_1");
    CHECK(r.instrument->source->slice(art.extent) == "ARTICLE 1\n1. One.\n   (a) a;");
    auto wrapped = test::parse_body("ARTICLE 1\n1. One\n   two.\n2. Three.\n");
    CHECK(wrapped.instrument->source->slice(wrapped.provision("art_1__para_1").extent) == "1. One\n   two.");
}

TEST_CASE("clause text maps back to its source bytes") {
    auto r = test::parse_body("ARTICLE 1\n1. Each Party\n   shall act.\n");
    const Prose& body = r.provision("art_1__para_1").body;
    REQUIRE(body.text == "Each Party shall act.");
    const std::string& src = r.instrument->source->text();
    uint32_t shall = static_cast<uint32_t>(body.text.find("shall"));
    CHECK(src.substr(body.source_offset(shall), 5) == "shall");
    CHECK(src.substr(body.source_offset(0), 4) == "Each");
}
