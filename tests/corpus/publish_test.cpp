// pacta build: the published corpus in out/ is what a fresh build gives,
// byte for byte, and the build keeps to its output folder.
#include <filesystem>
#include <fstream>
#include <map>

#include <catch2/catch.hpp>

#include "support.h"

using namespace pacta;
namespace fs = std::filesystem;

namespace {

// Every file under `root`, by its path relative to it, with its contents.
std::map<std::string, std::string> tree(const std::string& root) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file()) files[fs::relative(e.path(), root).generic_string()] = test::read_file(e.path().string());
    return files;
}

} // namespace

TEST_CASE("a fresh pacta build reproduces the committed out/ byte for byte") {
    std::string fresh = test::temp_dir("publish");
    auto run = test::run_pacta("build corpus -o '" + fresh + "'", test::source_dir());
    INFO(run.out);
    REQUIRE(run.exit_code == 0);
    auto committed = tree(test::source_dir() + "/out");
    auto built = tree(fresh);
    REQUIRE(committed.size() == built.size());
    for (const auto& [name, contents] : built) {
        INFO(name << " differs from out/: run 'make -f Makefile.docs' and review the change");
        REQUIRE(committed.count(name));
        CHECK(committed[name] == contents);
    }
    fs::remove_all(fresh);
}

TEST_CASE("pacta build publishes every instrument and every draft step") {
    std::string out = test::temp_dir("publish-count");
    auto run = test::run_pacta("build corpus -o '" + out + "' -j 1", test::source_dir());
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("12 of 12 instruments published, 5 draft comparisons") != std::string::npos);
    std::string index = test::read_file(out + "/index.html");
    for (const std::string& file : test::corpus_files()) {
        std::string relative = fs::relative(file, test::source_dir()).generic_string();
        CHECK(index.find(relative) != std::string::npos);
    }
    CHECK(index.find("href=\"diff/data-sharing-mou.draft-1.to.draft-2.html\"") != std::string::npos);
    CHECK(fs::exists(out + "/diff/incident-treaty.draft-2.to.final.json"));
    CHECK(fs::exists(out + "/akn/osce-cbm-decision.xml"));
    fs::remove_all(out);
}

TEST_CASE("pacta build removes what it no longer produces, and does not publish instruments with errors") {
    std::string root = test::temp_dir("publish-errors");
    fs::create_directories(root + "/corpus");
    fs::copy_file(test::source_dir() + "/corpus/ict-norms/final.pacta", root + "/corpus/norms.pacta");
    std::ofstream(root + "/corpus/broken.pacta") << "@instrument treaty\n@id broken\n@title Broken\n\nARTICLE 1\n1. A.\n1. B.\n";
    fs::create_directories(root + "/out/akn");
    std::ofstream(root + "/out/akn/old-instrument.xml") << "<stale/>";
    std::ofstream(root + "/out/notes.txt") << "the user's own file";

    auto run = test::run_pacta("build corpus -o out", root);
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("broken.pacta:7:1: error:") != std::string::npos);
    CHECK(run.out.find("1 of 2 instruments published") != std::string::npos);
    CHECK_FALSE(fs::exists(root + "/out/akn/old-instrument.xml"));
    CHECK_FALSE(fs::exists(root + "/out/akn/broken.xml"));
    CHECK(fs::exists(root + "/out/check/broken.json"));
    CHECK(fs::exists(root + "/out/notes.txt"));
    CHECK(test::read_file(root + "/out/index.html").find("no XML: fix the errors") != std::string::npos);
    fs::remove_all(root);
}

TEST_CASE("pacta build refuses a folder that is not there") {
    auto run = test::run_pacta("build /nonexistent/corpus -o /tmp/pacta-never-written");
    CHECK(run.exit_code == 2);
    CHECK(run.out.find("is not a folder") != std::string::npos);
    CHECK_FALSE(fs::exists("/tmp/pacta-never-written"));
}
