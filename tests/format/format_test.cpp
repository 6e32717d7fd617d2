// pacta fmt: idempotent, and the formatted text parses to the same model.
#include <catch2/catch.hpp>

#include "format/format.h"
#include "report/report.h"
#include "support.h"

using namespace pacta;

namespace {
// The model without what layout may change: line numbers and the file name.
nlohmann::ordered_json model_of(const Instrument& in) {
    auto j = report::instrument_json(in);
    j.erase("file");
    for (auto& p : j["provisions"]) p.erase("line"), p.erase("end_line");
    return j;
}

void check_round_trip(const std::string& source, const std::string& name) {
    auto original = test::parse(source, name);
    REQUIRE(original.messages().empty());
    std::string once = format::format_instrument(*original.instrument);
    auto reparsed = test::parse(once, name);
    INFO(once);
    REQUIRE(reparsed.messages().empty());
    CHECK(model_of(*reparsed.instrument) == model_of(*original.instrument));
    CHECK(format::format_instrument(*reparsed.instrument) == once);
}
} // namespace

TEST_CASE("fmt round-trips every corpus file") {
    for (const std::string& path : test::corpus_files()) {
        INFO(path);
        check_round_trip(test::read_file(path), path);
    }
}

TEST_CASE("the corpus is kept in canonical form") {
    for (const std::string& path : test::corpus_files()) {
        INFO(path);
        std::string source = test::read_file(path);
        auto parsed = test::parse(source, path);
        CHECK(format::format_instrument(*parsed.instrument) == source);
    }
}

TEST_CASE("fmt never wraps a line so that it starts with structure") {
    std::string words;
    for (int i = 0; i < 12; ++i) words += "word word word word (a) 1. ARTICLE # @x ";
    check_round_trip(test::kHeader + "ARTICLE 1\n1. " + words + "end.\n", "wrap.pacta");
    auto r = test::parse_body("ARTICLE 1\n1. " + words + "end.\n");
    std::string out = format::format_instrument(*r.instrument);
    CHECK(out.find("\n    (a)") == std::string::npos);
    CHECK(out.find("\n    1.") == std::string::npos);
    CHECK(out.find("\n    #") == std::string::npos);
}

TEST_CASE("fmt escapes what would otherwise be markup") {
    check_round_trip(test::kHeader + "ARTICLE 1\n\\1. \\{x\\} \\\\ and \\# \\ \n1. \\!not an annotation\n", "esc.pacta");
    auto r = test::parse_body("ARTICLE 1\n\\1. \\{x\\}\n");
    CHECK(format::render_prose(r.provision("art_1").body) == "1. \\{x\\}");
}

TEST_CASE("fmt keeps inline markup whole and the text exact") {
    std::string long_def = "{def: a very long defined term that goes on and on and on well past the width}";
    check_round_trip(test::kHeader + "ARTICLE 1\n1. " + long_def + " and {ref art_1: this Article}{note: A note.}\n",
                     "inline.pacta");
}

TEST_CASE("fmt keeps double spaces and tabs inside a line") {
    std::string line = "1. A  B\tC ";
    for (int i = 0; i < 30; ++i) line += "wordy  words ";
    check_round_trip(test::kHeader + "ARTICLE 1\n" + line + "\n", "spaces.pacta");
}
