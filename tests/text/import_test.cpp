// Plain-text import: every real text in ../shared/texts imports and checks
// without errors, keeps every line's words, and emits schema-valid AKN; the
// Budapest Convention comes out as a treaty with its 48 articles.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "akn/akn.h"
#include "analysis/analysis.h"
#include "support.h"
#include "syntax/syntax.h"
#include "text/import.h"
#include "text/text.h"

using namespace pacta;

namespace {

std::vector<std::string> texts() {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(test::texts_dir()))
        if (e.path().extension() == ".txt") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

std::string everything_said(const Instrument& in) {
    std::string all = in.meta.title + "\n";
    // What the importer keeps as a comment (converter artefacts) is kept too.
    for (const auto& c : in.meta.comments) all += c + "\n";
    for (const auto& c : in.trailing_comments) all += c + "\n";
    for (const Provision& p : in.provisions) {
        for (const auto& c : p.comments) all += c + "\n";
        all += p.number + " " + p.heading.text + "\n" + p.body.text + "\n";
        all += "(" + p.number + ") " + p.body.text + "\n" + p.number + ". " + p.body.text + "\n";
        if (p.kind == ProvisionKind::Preamble) all += "Preamble\nPREAMBLE\n";
        // Headings are read as a keyword and a number: "CHAPTER I", "Article 3", "TITLE II".
        std::vector<std::string> keywords;
        switch (p.kind) {
        case ProvisionKind::Part: keywords = {"PART", "Part"}; break;
        case ProvisionKind::Title: keywords = {"TITLE", "Title"}; break;
        case ProvisionKind::Annex: keywords = {"ANNEX", "Annex"}; break;
        case ProvisionKind::Chapter: keywords = {"CHAPTER", "Chapter"}; break;
        case ProvisionKind::Section: keywords = {"SECTION", "Section"}; break;
        case ProvisionKind::Article: keywords = {"Article"}; break;
        default: break;
        }
        for (const auto& k : keywords) all += k + " " + p.number + " " + p.heading.text + "\n";
    }
    return all;
}

} // namespace

TEST_CASE("every real text imports, checks clean and loses no line") {
    REQUIRE(std::filesystem::exists(test::texts_dir()));
    auto files = texts();
    REQUIRE(files.size() >= 10);
    for (const std::string& path : files) {
        INFO(path);
        DiagnosticEngine diags(100000);
        auto in = parse_file(path, diags);
        REQUIRE(in);
        CHECK(diags.count(Severity::Error) + diags.count(Severity::Fatal) == 0);
        std::string all = everything_said(*in);
        std::ifstream lines(path);
        int checked = 0;
        for (std::string line; std::getline(lines, line);) {
            std::string_view s = line;
            while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
            if (s.empty() || s.starts_with("#")) continue;
            // A converter's artefact in front of a line is kept as a comment
            // of its own (checked above); the rest of the line must be placed.
            if (s.starts_with("```{=html}") && s.find("```", 3) != std::string_view::npos) {
                CHECK(all.find("converter artefact: ```{=html}") != std::string::npos);
                s.remove_prefix(std::min(s.size(), s.find("```", 3) + 3));
                while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
                if (s.empty()) continue;
            }
            // The words at the end of every line are somewhere in the model.
            size_t keep = std::min<size_t>(40, s.size() / 2);
            std::string tail(s.substr(s.size() - keep));
            INFO(line.substr(0, 80));
            CHECK(all.find(tail) != std::string::npos);
            ++checked;
        }
        CHECK(checked > 10);
    }
}

TEST_CASE("the Budapest Convention comes out as a convention with 48 articles, recitals and final clauses") {
    DiagnosticEngine diags(100000);
    auto in = parse_file(test::texts_dir() + "/budapest-convention-ets185.txt", diags);
    REQUIRE(in);
    CHECK(in->meta.kind == InstrumentKind::Convention);
    CHECK(is_legally_binding(*in->meta.kind));
    int articles = 0, recitals = 0, formulas = 0;
    bool final_part = false;
    for (const Provision& p : in->provisions) {
        articles += p.kind == ProvisionKind::Article;
        recitals += p.kind == ProvisionKind::Recital;
        formulas += p.kind == ProvisionKind::Formula;
        final_part = final_part || p.kind == ProvisionKind::Conclusions;
    }
    CHECK(articles == 48);
    CHECK(recitals >= 15);
    CHECK(formulas >= 2);  // "Have agreed as follows:" and the testimonium
    CHECK(final_part);
    CHECK(in->find("art_48") != nullptr);
    CHECK(in->find("art_2")->heading.text == "Illegal access");
}

TEST_CASE("the kind is guessed from the title and can be overridden") {
    CHECK(text::guess_kind("Convention on Cybercrime") == "convention");
    CHECK(text::guess_kind("Declaration of Intent on Cooperation") == "declaration-of-intent");
    CHECK(text::guess_kind("Memorandum of Understanding between A and B") == "memorandum-of-understanding");
    CHECK(text::guess_kind("Joint Statement of the Leaders") == "joint-statement");
    auto forced = text::import_plain_text("Some Arrangement\n\n1. The sides will meet.\n", "x.txt", "memorandum-of-understanding");
    CHECK(forced.pacta.find("@instrument memorandum-of-understanding\n") != std::string::npos);
}

TEST_CASE("a number given twice is kept as prose and reported with its line") {
    auto r = text::import_plain_text("A Treaty\n\nArticle 1\n\n1. First.\n\n1. Again.\n", "t.txt");
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].line == 7);
    CHECK(r.notes[0].message == "1. appears a second time here; kept as prose");
    CHECK(r.pacta.find("\\1. Again.") != std::string::npos);
}

TEST_CASE("headings: keyword, number and title, with a dash or colon between taken whole") {
    auto r = text::import_plain_text("A Treaty\n\nTITLE IVa General\n\nArticle 1 \u2013 Scope\n\n1. It applies.\n\n"
                                     "Article 2a: Terms\n\n1. They mean.\n\nArticle 3\u2014Final\n\n1. Done.\n\n"
                                     "Article 12B is cited here.\n\nChapter 2 of the report is prose.\n",
                                     "t.txt");
    CHECK(r.pacta.find("TITLE IVa General\n") != std::string::npos);
    CHECK(r.pacta.find("ARTICLE 1 Scope\n") != std::string::npos);
    CHECK(r.pacta.find("ARTICLE 2a Terms\n") != std::string::npos);
    CHECK(r.pacta.find("ARTICLE 3 Final\n") != std::string::npos);
    // A number running into a capital, or a capitalised keyword before a sentence: prose.
    CHECK(r.pacta.find("ARTICLE 12") == std::string::npos);
    CHECK(r.pacta.find("CHAPTER 2") == std::string::npos);
    CHECK_FALSE(text::find_encoding_problem(r.pacta));
}

TEST_CASE("the frame of an act: citations, recitals' opening, enacting formula, final clauses and converter artefacts") {
    auto r = text::import_plain_text("A Regulation\n\nHaving regard to the Treaty,\n\nWhereas:\n\n(1) A reason.\n\n"
                                     "HAVE ADOPTED THIS REGULATION:\n\n```{=html} <!-- --> ``` Article 1 Scope\n\n"
                                     "1. It applies.\n\nDone atop the hill, the Parties met.\n\nDone at Brussels.\n",
                                     "r.txt");
    CHECK(r.pacta.find("FORMULA Having regard to the Treaty,\n") != std::string::npos);
    CHECK(r.pacta.find("FORMULA Whereas:\n") != std::string::npos);
    CHECK(r.pacta.find("FORMULA HAVE ADOPTED THIS REGULATION:\n") != std::string::npos);
    CHECK(r.pacta.find("# converter artefact: ```{=html} <!-- --> ```\n\nARTICLE 1 Scope\n") != std::string::npos);
    // "Done atop" is no final clause; "Done at Brussels" is.
    auto final_at = r.pacta.find("FINAL\n");
    REQUIRE(final_at != std::string::npos);
    CHECK(r.pacta.find("Done atop") < final_at);
    CHECK(r.pacta.find("FORMULA Done at Brussels.\n") > final_at);
}

TEST_CASE("a list survives a sentence broken over two lines, and letters stay letters") {
    DiagnosticEngine diags;
    SourceFile plain("list.txt",
                     "A Treaty\n\nArticle 1\n\n1. The following practices shall be prohibited:\n\n"
                     "a. the sale of listening devices;\n\nb. the use of such devices by public\n\n"
                     "authorities, unless it is strictly necessary for:\n\ni. the search for a missing person;\n\n"
                     "ii. the prevention of an imminent threat;\n\nc. the export of such devices.\n\n"
                     "(2a) An inserted paragraph keeps its number.\n");
    auto in = import_and_parse(plain, diags);
    REQUIRE(in);
    CHECK(in->find("art_1__para_1__point_b")->body.text ==
          "the use of such devices by public authorities, unless it is strictly necessary for:");
    CHECK(in->find("art_1__para_1__point_b__point_i"));
    CHECK(in->find("art_1__para_1__point_b__point_ii"));
    CHECK(in->find("art_1__para_1__point_c"));  // the letter after b, not roman 100
    CHECK(in->find("art_1__point_2a"));  // "(2a)": a numbered point, as "(2)" would be
    auto analysis = analysis::analyse(*in, diags);
    const Provision* item = in->find("art_1__para_1__point_b__point_ii");
    CHECK(analysis.provisions[item - in->provisions.data()].strength == Strength::Prohibition);
}

TEST_CASE("every real text emits Akoma Ntoso that validates") {
    std::string schema = test::source_dir() + "/../shared/akn/akomantoso30.xsd";
    REQUIRE(std::filesystem::exists(schema));
    std::string dir = test::temp_dir("import-akn");
    for (const std::string& path : texts()) {
        INFO(path);
        test::Analysed a = test::analyse_file(path);
        std::string out = dir + "/" + akn::file_name(a.instrument);
        std::ofstream(out, std::ios::binary) << akn::emit(a.instrument, a.analysis);
        CHECK(std::system(("xmllint --noout --nonet --schema '" + schema + "' '" + out + "' 2>/dev/null").c_str()) == 0);
    }
    std::filesystem::remove_all(dir);
}

namespace {

std::string describe(const Prose& p) {
    std::string out = "[" + p.text + "]";
    for (const TextSegment& s : p.segments) out += fmt::format(" {}:{}+{}", s.text_offset, s.source_offset, s.length);
    for (const Inline& i : p.inlines)
        out += fmt::format(" inline {} {}-{} {} {} {}-{}", static_cast<int>(i.kind), i.begin, i.end, i.target, i.note,
                           i.source.begin, i.source.end);
    return out;
}

// Everything the model holds, so that two instruments can be compared whole.
std::string describe(const Instrument& in, const DiagnosticEngine& diags) {
    const Metadata& m = in.meta;
    std::string out = fmt::format("{} {} {} {} {} {} {} {} {}\n", m.kind ? static_cast<int>(*m.kind) : -1, m.id, m.title,
                                  m.date, m.place, m.language, m.version, m.supersedes, fmt::join(m.comments, "|"));
    for (const Party& p : m.parties) out += fmt::format("party {} {} {}-{}\n", p.code, p.name, p.source.begin, p.source.end);
    for (const Provision& p : in.provisions)
        out += fmt::format("{} {} {} {} {} {} {}-{} {}-{} {} {} {} [{}] [{}] [{}]\n  {}\n  {}\n", static_cast<int>(p.kind),
                           p.number, p.id, p.expect ? static_cast<int>(*p.expect) : -1, p.expect_source.begin,
                           fmt::join(p.actors, ","), p.source.begin, p.source.end, p.extent.begin, p.extent.end, p.line,
                           p.parent, p.depth, fmt::join(p.children, ","), fmt::join(p.comments, "|"),
                           fmt::join(in.trailing_comments, "|"), describe(p.heading), describe(p.body));
    for (const Diagnostic& d : diags.diagnostics())
        out += fmt::format("diagnostic {}:{} {} {}\n", d.location.position.line, d.location.position.column, d.location.length, d.message);
    return out;
}

std::string parsed_with(const std::string& pacta, LineReading reading) {
    DiagnosticEngine diags(1000000);
    auto in = parse_source(std::make_shared<SourceFile>("imported.pacta", pacta), diags, reading);
    REQUIRE(in);
    return describe(*in, diags);
}

} // namespace

TEST_CASE("the importer's .pacta read by hand gives the instrument ANTLR gives, for every real text") {
    for (const auto& path : texts()) {
        INFO(path);
        std::string pacta = text::import_plain_text(test::read_file(path), path).pacta;
        CHECK(parsed_with(pacta, LineReading::PlainByHand) == parsed_with(pacta, LineReading::Antlr));
    }
}

TEST_CASE("lines read by hand follow the lexer where a first word looks like structure") {
    std::string pacta = test::kHeader +
                        "# a comment {with braces}\n"
                        "PREAMBLE\n"
                        "PARTIES to this Treaty, \\{noting\\} 12.5 per cent\\\n"
                        "12.5 per cent is prose\n"
                        "(a)b is prose too\n"
                        "\\ARTICLE 9 is escaped prose\n"
                        "ARTICLE 1 Scope \\\\ and \\}\n"
                        "1.\tEach Party shall act.\n"
                        "\t(a) first item \u2014 with a dash;\n"
                        "    (iv) \\!not an annotation\n"
                        "   \n"
                        "ARTICLE\\2 odd number\n"
                        "SECTION 2\n"
                        "FINAL\n"
                        "FORMULA Done at Budapest \\\u00e9t\u00e9\n"
                        "PARTS ending without a line break";
    CHECK(parsed_with(pacta, LineReading::PlainByHand) == parsed_with(pacta, LineReading::Antlr));
}

TEST_CASE("lines with inline markup or annotations are left to ANTLR, with the same result") {
    std::string pacta = test::kHeader + "ARTICLE 1\n1. !expect obligation Each Party shall {def: act} now.\n2. A } stray.\n";
    CHECK(parsed_with(pacta, LineReading::PlainByHand) == parsed_with(pacta, LineReading::Antlr));
}
