// Bad and hostile input: a clear message with a position and no crash,
// hang or loss of text.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "base/diagnostics.h"
#include "support.h"
#include "syntax/syntax.h"
#include "text/text.h"

using namespace pacta;
using Strings = std::vector<std::string>;

namespace {
const Diagnostic& only_fatal(const test::Parsed& r) {
    REQUIRE(!r.instrument);
    REQUIRE(r.diags->has_fatal());
    return r.diags->diagnostics().back();
}
} // namespace

TEST_CASE("invalid UTF-8 is refused at its exact position") {
    auto r = test::parse_body("ARTICLE 1\nEach Party \xC3\x28 shall act.\n");
    const Diagnostic& d = only_fatal(r);
    CHECK(d.rule == Rule::Encoding);
    CHECK(d.location.position.line == 7);
    CHECK(d.location.position.column == 12);
    CHECK(d.message == "invalid UTF-8: byte 0xC3 does not start a valid character; save the file as UTF-8");
}

TEST_CASE("NUL bytes and control characters are refused") {
    auto nul = test::parse_body(std::string("ARTICLE 1\nText\0more.\n", 21));
    CHECK(only_fatal(nul).message == "a NUL byte cannot appear in a .pacta file");
    CHECK(only_fatal(nul).location.position.line == 7);
    CHECK(only_fatal(nul).location.position.column == 5);
    auto bell = test::parse_body("ARTICLE 1\nText\x07.\n");
    CHECK(only_fatal(bell).message == "the control character U+0007 cannot appear in a .pacta file");
    auto c1 = test::parse_body("ARTICLE 1\nText\xC2\x85.\n");
    CHECK(only_fatal(c1).message == "the control character U+0085 cannot appear in a .pacta file");
    auto cr = test::parse_body("ARTICLE 1\rText.\n");
    CHECK(only_fatal(cr).message == "a carriage return not followed by a line feed; use LF or CRLF line endings");
}

TEST_CASE("every byte that is not printable ASCII is looked at, wherever it stands among eight") {
    // Text is checked eight bytes at a time where it is plain: each byte
    // value, at each place in a word, must still be found exactly.
    for (int b = 0; b < 256; ++b)
        for (size_t at = 0; at < 16; ++at) {
            std::string text(24, 'a');
            text[at] = static_cast<char>(b);
            bool fine = (b >= 0x20 && b < 0x7F) || b == '\t' || b == '\n';
            auto problem = text::find_encoding_problem(text);
            INFO("byte " << b << " at " << at);
            REQUIRE(problem.has_value() == !fine);
            if (problem) CHECK(problem->offset == at);
        }
}

TEST_CASE("a BOM and CRLF line endings read as if absent") {
    std::string lf = test::kHeader + "ARTICLE 1 Scope\n1. Each Party\n   shall act.\n";
    std::string crlf;
    for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    auto a = test::parse(lf);
    auto b = test::parse("\xEF\xBB\xBF" + crlf);
    REQUIRE(a.messages().empty());
    REQUIRE(b.messages().empty());
    CHECK(b.provision("art_1").heading.text == "Scope");
    CHECK(b.provision("art_1__para_1").body.text == a.provision("art_1__para_1").body.text);
}

TEST_CASE("an empty file, a missing file and a directory are unusable input") {
    CHECK(only_fatal(test::parse("")).message == "is empty: an instrument needs at least @instrument, @id and @title");
    CHECK(only_fatal(test::parse("  \n\n")).rule == Rule::Input);
    DiagnosticEngine missing, directory;
    CHECK(!parse_file("/nonexistent/x.pacta", missing));
    CHECK(missing.diagnostics().at(0).message == "no such file");
    CHECK(!parse_file(test::source_dir(), directory));
    CHECK(directory.diagnostics().at(0).message == "is a directory, not a .pacta file");
}

TEST_CASE("a 10 MB line is read whole, and its diagnostic shows a window of it") {
    std::string words;
    while (words.size() < 10'000'000) words += "shall cooperate ";
    auto r = test::parse_body("ARTICLE 1\n" + words + "}\n");
    REQUIRE(r.instrument);
    CHECK(r.provision("art_1").body.text == words + "}");  // the brace is reported, and kept
    REQUIRE(r.diags->diagnostics().size() == 1);
    CHECK(r.diags->diagnostics()[0].location.excerpt.size() < 200);
}

TEST_CASE("5,000 levels of nesting stop with one clear message") {
    std::string body = "ARTICLE 1\n";
    for (int i = 0; i < 5000; ++i) body += std::string(i, ' ') + "(a) deeper\n";
    auto r = test::parse_body(body);
    const Diagnostic& d = only_fatal(r);
    CHECK(d.rule == Rule::NestingTooDeep);
    CHECK(d.location.position.line == 7 + 8);
    CHECK(r.diags->diagnostics().size() == 1);
}

TEST_CASE("5,000 nested containers and braces are flat, not deep") {
    std::string body;
    for (int i = 0; i < 5000; ++i) body += "PART 1\nCHAPTER 1\nSECTION 1\n";
    auto r = test::parse_body(body + std::string(5000, '{') + "\n");
    REQUIRE(r.instrument);
    CHECK(r.diags->count(Severity::Error) > 0);
}

TEST_CASE("a 30-digit paragraph number is kept, warned about, and ordered without overflow") {
    auto r = test::parse_body("ARTICLE 1\n999999999999999999999999999998. A.\n999999999999999999999999999999. B.\n");
    CHECK(r.messages() == Strings{
        "7:1: number-too-long: paragraph number '999999999999999999999999999998' has 30 digits; is it a typing error?",
        "8:1: number-too-long: paragraph number '999999999999999999999999999999' has 30 digits; is it a typing error?"});
    CHECK(r.provision("art_1__para_999999999999999999999999999999").body.text == "B.");
}

TEST_CASE("a syntax error in one line does not hide errors in later lines") {
    auto r = test::parse_body("ARTICLE\nX.\nARTICLE 2\n1. !bogus x\nSIGNATURE AA y\n");
    CHECK(r.messages().size() == 3);
}
