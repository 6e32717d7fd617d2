// The bundled corpus: every instrument reads without a problem, draft chains
// link up, and each kind the corpus promises is there.
#include <filesystem>
#include <set>

#include <catch2/catch.hpp>

#include "base/diagnostics.h"
#include "support.h"
#include "syntax/syntax.h"

using namespace pacta;

TEST_CASE("every corpus file checks clean") {
    auto files = test::corpus_files();
    REQUIRE(files.size() >= 10);
    for (const std::string& path : files) {
        INFO(path);
        DiagnosticEngine diags;
        auto instrument = parse_file(path, diags);
        REQUIRE(instrument);
        CHECK(diags.diagnostics().empty());
        CHECK(instrument->provisions.size() >= 8);
    }
}

TEST_CASE("the corpus covers the kinds of instrument it promises") {
    std::set<std::string> kinds;
    for (const std::string& path : test::corpus_files()) {
        DiagnosticEngine diags;
        if (auto in = parse_file(path, diags); in && in->meta.kind) kinds.insert(std::string(kind_name(*in->meta.kind)));
    }
    for (const char* k : {"declaration-of-intent", "joint-statement", "norms", "cbm-set", "convention",
                          "memorandum-of-understanding"})
        CHECK(kinds.count(k));
}

TEST_CASE("draft chains of three or more link by @supersedes and keep one id") {
    int chains = 0;
    for (const std::string& path : test::corpus_files()) {
        if (std::filesystem::path(path).filename() != "final.pacta") continue;
        DiagnosticEngine diags;
        auto in = parse_file(path, diags);
        REQUIRE(in);
        int length = 1;
        std::filesystem::path at = path;
        while (!in->meta.supersedes.empty()) {
            at = at.parent_path() / in->meta.supersedes;
            std::string id = in->meta.id;
            in = parse_file(at.string(), diags);
            REQUIRE(in);
            CHECK(in->meta.id == id);
            ++length;
        }
        if (length >= 3) ++chains;
    }
    CHECK(chains >= 2);
}
