// The pacta command line: exit codes, messages, formats.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support.h"

using pacta::test::run_pacta;

namespace {
std::string write(const std::string& dir, const std::string& name, const std::string& text) {
    std::string path = dir + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}
} // namespace

TEST_CASE("check: 0 when clean, 1 on errors, 2 on unusable input or usage") {
    std::string dir = pacta::test::temp_dir("cli-check");
    std::string clean = write(dir, "clean.pacta", pacta::test::kHeader + "ARTICLE 1\nEach Party shall act.\n");
    std::string errors = write(dir, "errors.pacta", pacta::test::kHeader + "@tittle x\nARTICLE 1\nEach Party shall act.\n");
    std::string binary = write(dir, "binary.pacta", std::string("@id x\0", 6));

    auto ok = run_pacta("check " + clean);
    CHECK(ok.exit_code == 0);
    CHECK(ok.out.ends_with("1 file checked: no problems\n"));
    CHECK(ok.out.find("obligation         6       1") != std::string::npos);
    CHECK(ok.out.find("art_1                        obligation     \"shall\"  actor: Each Party") != std::string::npos);

    auto bad = run_pacta("check " + errors);
    CHECK(bad.exit_code == 1);
    CHECK(bad.out.starts_with(errors + ":6:1: error: unknown directive '@tittle'; did you mean '@title'? [unknown-directive]\n"
                                       "    6 | @tittle x\n"
                                       "      | ^~~~~~~\n"));
    CHECK(bad.out.ends_with("1 file checked: 1 error, 0 warnings\n"));

    auto unusable = run_pacta("check " + binary);
    CHECK(unusable.exit_code == 2);
    CHECK(unusable.out.find(binary + ":1:6: fatal error: a NUL byte cannot appear in a .pacta file [encoding]") == 0);

    CHECK(run_pacta("check " + dir + "/missing.pacta").exit_code == 2);
    CHECK(run_pacta("check " + dir).exit_code == 2);
    CHECK(run_pacta("check").exit_code == 2);
    CHECK(run_pacta("frobnicate").exit_code == 2);
    CHECK(run_pacta("check --format yaml " + clean).exit_code == 2);
    // The worst file decides.
    CHECK(run_pacta("check " + clean + " " + errors + " " + binary).exit_code == 2);
    std::filesystem::remove_all(dir);
}

TEST_CASE("check --format json gives the model and the diagnostics") {
    auto run = run_pacta("check --format json " + pacta::test::source_dir() + "/corpus/us-nl-cyber-doi/final.pacta");
    REQUIRE(run.exit_code == 0);
    auto j = nlohmann::json::parse(run.out);
    const auto& file = j["files"][0];
    CHECK(file["diagnostics"].empty());
    CHECK(file["instrument"]["metadata"]["kind"] == "declaration-of-intent");
    CHECK(file["instrument"]["metadata"]["legally_binding"] == false);
    CHECK(file["instrument"]["provisions"].size() > 10);
    CHECK(j["summary"]["exit_code"] == 0);
}

TEST_CASE("fmt prints, checks and rewrites, and refuses files with errors") {
    std::string dir = pacta::test::temp_dir("cli-fmt");
    std::string messy = write(dir, "messy.pacta", pacta::test::kHeader + "ARTICLE   1   Scope\n1.   Each Party\n shall act.\n");
    auto printed = run_pacta("fmt " + messy);
    CHECK(printed.exit_code == 0);
    CHECK(printed.out.find("ARTICLE 1 Scope\n1. Each Party shall act.\n") != std::string::npos);
    CHECK(run_pacta("fmt --check " + messy).exit_code == 1);
    CHECK(run_pacta("fmt --write " + messy).exit_code == 0);
    CHECK(run_pacta("fmt --check " + messy).exit_code == 0);
    CHECK(pacta::test::read_file(messy) == printed.out);
    std::string errors = write(dir, "errors.pacta", pacta::test::kHeader + "ARTICLE 1\nA } b\n");
    auto refused = run_pacta("fmt " + errors);
    CHECK(refused.exit_code == 1);
    CHECK(refused.out.find("not formatted: fix the errors above first") != std::string::npos);
    std::string draft = write(dir, "draft.txt", "AGREEMENT ON TESTING\n\nArticle 1\n\nEach Party shall test.\n");
    auto overwrite = run_pacta("fmt --write " + draft);
    CHECK(overwrite.exit_code == 2);
    CHECK(overwrite.out.find("work on .pacta files") != std::string::npos);
    CHECK(pacta::test::read_file(draft) == "AGREEMENT ON TESTING\n\nArticle 1\n\nEach Party shall test.\n");
    std::filesystem::remove_all(dir);
}

TEST_CASE("colour only when asked or on a terminal, never with NO_COLOR") {
    std::string dir = pacta::test::temp_dir("cli-colour");
    std::string errors = write(dir, "e.pacta", pacta::test::kHeader + "@tittle x\n");
    CHECK(run_pacta("check " + errors).out.find("\033[") == std::string::npos);  // a pipe, not a terminal
    CHECK(run_pacta("check --color always " + errors).out.find("\033[") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("check --format sarif gives SARIF 2.1.0 with rules and regions") {
    std::string dir = pacta::test::temp_dir("cli-sarif");
    std::string mou = write(dir, "mou.pacta",
                            "@instrument memorandum-of-understanding\n@id m\n@title M\nSECTION 1\n"
                            "1. The Participants shall meet.\n");
    auto run = run_pacta("check --format sarif " + mou);
    CHECK(run.exit_code == 0);
    auto j = nlohmann::json::parse(run.out);
    CHECK(j["version"] == "2.1.0");
    const auto& sarif_run = j["runs"][0];
    CHECK(sarif_run["tool"]["driver"]["name"] == "pacta");
    CHECK(sarif_run["columnKind"] == "unicodeCodePoints");
    bool has_rule = false;
    for (const auto& r : sarif_run["tool"]["driver"]["rules"]) has_rule = has_rule || r["id"] == "treaty-language";
    CHECK(has_rule);
    REQUIRE(sarif_run["results"].size() == 1);
    const auto& result = sarif_run["results"][0];
    CHECK(result["ruleId"] == "treaty-language");
    CHECK(result["level"] == "warning");
    const auto& region = result["locations"][0]["physicalLocation"]["region"];
    CHECK(region["startLine"] == 5);
    CHECK(region["startColumn"] == 21);
    CHECK(region["endColumn"] == 26);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a crossed red line fails check, and explain says why") {
    std::string dir = pacta::test::temp_dir("cli-redline");
    std::string file = write(dir, "t.pacta", pacta::test::kHeader + "ARTICLE 1\n1. !expect obligation Each Party should act.\n");
    auto run = run_pacta("check --brief " + file);
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("error: red line crossed in art_1__para_1: it must carry at least obligation, but says "
                       "'should' (recommendation) [red-line]") != std::string::npos);
    auto explain = run_pacta("explain red-line");
    CHECK(explain.exit_code == 0);
    CHECK(explain.out.starts_with("red-line (error)\n\nA provision marked '!expect STRENGTH'"));
    CHECK(run_pacta("explain no-such-rule").exit_code == 2);
    std::filesystem::remove_all(dir);
}

TEST_CASE("user lexicons from --lexicon add cues, and a malformed one is unusable input") {
    std::string dir = pacta::test::temp_dir("cli-lexicon");
    std::string file = write(dir, "t.pacta", pacta::test::kHeader + "ARTICLE 1\nThe Parties are bound by honour to consult.\n");
    std::string good = write(dir, "good.lex", "cue obligation are bound by honour to\n");
    std::string bad = write(dir, "bad.lex", "# mine\ncue sometimes must\n");
    CHECK(run_pacta("check " + file).out.find("art_1                        none") != std::string::npos);
    CHECK(run_pacta("check --lexicon " + good + " " + file).out.find("art_1                        obligation") !=
          std::string::npos);
    auto refused = run_pacta("check --lexicon " + bad + " " + file);
    CHECK(refused.exit_code == 2);
    CHECK(refused.out.find(bad + ":2:1: fatal error: 'sometimes' is not a strength a cue can carry") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("check --format json carries the analysis and the profile") {
    auto run = run_pacta("check --format json " + pacta::test::source_dir() + "/corpus/cyber-convention/final.pacta");
    REQUIRE(run.exit_code == 0);
    auto j = nlohmann::json::parse(run.out);
    const auto& instrument = j["files"][0]["instrument"];
    CHECK(instrument["profile"]["binding"].get<int>() > 20);
    for (const auto& p : instrument["provisions"])
        if (p["id"] == "art_2__para_1") {
            CHECK(p["analysis"]["strength"] == "obligation");
            CHECK(p["analysis"]["level"] == 6);
            CHECK(p["analysis"]["actor"] == "Each Party");
            CHECK(p["analysis"]["cue"]["words"] == "shall");
        }
}

TEST_CASE("diff: text redline, fail-on, and an HTML page with every text escaped") {
    std::string dir = pacta::test::temp_dir("cli-diff");
    std::string a = write(dir, "a.pacta", pacta::test::kHeader + "ARTICLE 1\n1. Each Party shall act <script>alert(1)</script>.\n");
    std::string b = write(dir, "b.pacta", pacta::test::kHeader + "ARTICLE 1\n1. Each Party should act <script>alert(2)</script>.\n");
    auto text = run_pacta("diff " + a + " " + b);
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("art_1__para_1  changed  obligation -> recommendation (weakened, -2 levels)") != std::string::npos);
    CHECK(text.out.find("Each Party [-shall-]{+should+} act <script>alert([-1-]{+2+})</script>.") != std::string::npos);
    CHECK(run_pacta("diff --fail-on weakened " + a + " " + b).exit_code == 1);
    CHECK(run_pacta("diff --fail-on weakened " + b + " " + a).exit_code == 0);
    CHECK(run_pacta("diff --fail-on changed " + a + " " + a).exit_code == 0);
    CHECK(run_pacta("diff --fail-on changed " + a + " " + b).exit_code == 1);
    auto html = run_pacta("diff --format html " + a + " " + b);
    CHECK(html.exit_code == 0);
    CHECK(html.out.starts_with("<!DOCTYPE html>"));
    CHECK(html.out.find("<script>") == std::string::npos);
    CHECK(html.out.find("&lt;script&gt;alert(") != std::string::npos);
    CHECK(html.out.find("<del>shall</del><ins>should</ins>") != std::string::npos);
    CHECK(html.out.find("http") == std::string::npos);  // no external assets
    CHECK(run_pacta("diff " + a + " " + dir + "/missing.pacta").exit_code == 2);
    std::filesystem::remove_all(dir);
}

TEST_CASE("log follows @supersedes and shows where each commitment changed") {
    auto run = run_pacta("log " + pacta::test::source_dir() + "/corpus/data-sharing-mou/final.pacta");
    CHECK(run.exit_code == 0);
    CHECK(run.out.starts_with("4 drafts: draft 1 -> draft 2 -> draft 3 -> final\n"));
    CHECK(run.out.find("sec_3__para_2  now recommendation\n"
                       "  draft 1 -> draft 2: obligation -> commitment (weakened)\n"
                       "  draft 2 -> draft 3: commitment -> recommendation (weakened)\n") != std::string::npos);
}

TEST_CASE("log takes plain-text drafts given in order, named by their files") {
    std::string dir = pacta::test::temp_dir("cli-log-files");
    std::string v1 = write(dir, "v1.txt", "AGREEMENT ON TESTING\n\nArticle 1\n\n1. Each Party shall test its systems.\n");
    std::string v2 = write(dir, "v2.txt", "AGREEMENT ON TESTING\n\nArticle 1\n\n1. Each Party should test its systems.\n");
    std::string v3 = write(dir, "v3.txt", "AGREEMENT ON TESTING\n\nArticle 1\n\n1. Each Party may test its systems.\n");
    auto run = run_pacta("log " + v1 + " " + v2 + " " + v3);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("3 drafts: v1 -> v2 -> v3\n") != std::string::npos);
    CHECK(run.out.find("art_1__para_1  now permission\n"
                       "  v1 -> v2: obligation -> recommendation (weakened)\n"
                       "  v2 -> v3: recommendation -> permission (to-permission)\n") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("check, fmt, diff, akn and import read Akoma Ntoso") {
    std::string dir = pacta::test::temp_dir("cli-akn-in");
    std::string pacta_file = pacta::test::source_dir() + "/corpus/us-nl-cyber-doi/final.pacta";
    REQUIRE(run_pacta("akn " + pacta_file + " -o " + dir).exit_code == 0);
    std::string xml = dir + "/us-nl-cyber-doi.final.xml";

    auto checked = run_pacta("check " + xml);
    CHECK(checked.exit_code == 0);
    CHECK(checked.out.ends_with("1 file checked: no problems\n"));
    CHECK(checked.out.find("sec_3__para_1                commitment") != std::string::npos);

    // The same instrument as the .pacta it came from, comments aside.
    std::string expected;
    std::istringstream lines(run_pacta("fmt " + pacta_file).out);
    for (std::string line; std::getline(lines, line);)
        if (!line.starts_with("#")) expected += line + "\n";
    auto formatted = run_pacta("fmt " + xml);
    CHECK(formatted.exit_code == 0);
    CHECK(formatted.out == expected);
    auto imported = run_pacta("import " + xml);
    CHECK(imported.exit_code == 0);
    CHECK(imported.out == expected);

    CHECK(run_pacta("diff " + pacta_file + " " + xml).out.find("0 changed") != std::string::npos);
    REQUIRE(run_pacta("akn " + xml + " -o " + dir + "/again").exit_code == 0);
    CHECK(pacta::test::read_file(dir + "/again/us-nl-cyber-doi.final.xml") == pacta::test::read_file(xml));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a judgment, a DTD or malformed XML exit 2 with a positioned message") {
    std::string dir = pacta::test::temp_dir("cli-akn-refused");
    std::string examples = pacta::test::akn_examples_dir();
    if (std::filesystem::exists(examples) || std::getenv("CI")) {
        std::string judgment = examples + "/oasis-csprd02-ns30/za_Judgement_2008-11-26.xml";
        auto refused = run_pacta("check " + judgment);
        CHECK(refused.exit_code == 2);
        CHECK(refused.out.starts_with(judgment + ":6:2: fatal error: 'judgment' documents are not instruments pacta reads "
                                                 "(it reads act, statement and doc) [unsupported-document]\n"));
    }
    std::string dtd = write(dir, "dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"http://example.invalid/x.dtd\">\n<x/>\n");
    auto with_dtd = run_pacta("check " + dtd);
    CHECK(with_dtd.exit_code == 2);
    CHECK(with_dtd.out.starts_with(dtd + ":2:1: fatal error: this XML declares a document type (DOCTYPE)"));
    std::string broken = write(dir, "broken.xml", "<akomaNtoso>\n  <act>\n</akomaNtoso>\n");
    auto malformed = run_pacta("akn " + broken + " -o " + dir + "/out");
    CHECK(malformed.exit_code == 2);
    CHECK(malformed.out.find(broken + ":3:") == 0);
    CHECK_FALSE(std::filesystem::exists(dir + "/out/instrument.xml"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("characters XML 1.0 forbids are refused with their position, never written as invalid XML") {
    std::string dir = pacta::test::temp_dir("cli-xml-chars");
    std::string pacta = write(dir, "nonchar.pacta", pacta::test::kHeader + "ARTICLE 1\n1. Each Party shall act \xEF\xBF\xBF now.\n");
    auto refused = run_pacta("akn " + pacta + " -o " + dir + "/out");
    CHECK(refused.exit_code == 2);
    CHECK(refused.out.find(pacta + ":7:25: fatal error: U+FFFF is not a character") == 0);
    CHECK_FALSE(std::filesystem::exists(dir + "/out/test-treaty.xml"));
    // pugixml decodes character references without checking them: pacta does.
    std::string xml = pacta::test::read_file(pacta::test::source_dir() + "/out/akn/joint-statement-2019.xml");
    size_t p = xml.find("<p>", xml.find("<mainBody>"));
    REQUIRE(p != std::string::npos);
    xml.insert(p + 3, "&#x1;");
    std::string reference = write(dir, "reference.xml", xml);
    auto by_reference = run_pacta("akn " + reference + " -o " + dir + "/out");
    CHECK(by_reference.exit_code == 2);
    CHECK(by_reference.out.find("fatal error: this element holds U+0001 (written as a character reference)") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir + "/out/joint-statement-2019.xml"));
    std::filesystem::remove_all(dir);
}
