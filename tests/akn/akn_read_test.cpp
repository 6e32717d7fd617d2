// Akoma Ntoso input: pacta's own output reads back to the same document,
// third-party acts, statements and docs import without losing a word, and
// untrusted XML is refused with a position.
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "akn/akn.h"
#include "akn/read.h"
#include "analysis/analysis.h"
#include "support.h"
#include "syntax/syntax.h"

using namespace pacta;

namespace {

struct Read {
    std::optional<Instrument> instrument;
    std::unique_ptr<DiagnosticEngine> diags = std::make_unique<DiagnosticEngine>();
    // "line:col: rule: message" of the first diagnostic, or "".
    std::string first() const {
        if (diags->diagnostics().empty()) return "";
        const Diagnostic& d = diags->diagnostics().front();
        return std::to_string(d.location.position.line) + ":" + std::to_string(d.location.position.column) + ": " +
               std::string(rule_name(d.rule)) + ": " + d.message;
    }
};

Read read_xml(std::string xml, std::string name = "test.xml") {
    Read r;
    if (auto file = source_from_bytes(std::move(name), std::move(xml), *r.diags)) r.instrument = akn::read(file, *r.diags);
    return r;
}

std::string emit(const Instrument& in) {
    DiagnosticEngine diags;
    return akn::emit(in, analysis::analyse(in, diags));
}

const std::string kOpen = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n";

std::string examples_dir() {
    std::string dir = test::akn_examples_dir();
    // Under CI the examples must be there: missing, the test fails, never skips.
    if (!std::filesystem::exists(dir)) REQUIRE(std::getenv("CI") == nullptr);
    return dir;
}

// Letters and digits only, ASCII folded to lower case, everything else
// outside ASCII kept: the text with layout, punctuation and case set aside.
void fold_into(std::string& out, std::string_view text) {
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) out += c;
        else if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
    }
}

size_t count_words(std::string_view text) {
    size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        bool space = std::isspace(static_cast<unsigned char>(c));
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

// Every text node outside <meta>, in document order.
void xml_text(pugi::xml_node node, std::string& folded, size_t& words) {
    for (pugi::xml_node c : node.children()) {
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
            fold_into(folded, c.value());
            words += count_words(c.value());
        } else if (c.type() == pugi::node_element && std::string_view(c.name()) != "meta") {
            xml_text(c, folded, words);
        }
    }
}

// The model's words in document order: each provision's number (its kind's
// label apart: "Article" is implied by an article), heading, body with its
// footnotes in place, then its children.
struct ModelText {
    std::string folded;
    std::vector<std::pair<size_t, std::string>> labels;  // where a label may stand, and which
};

void prose_text(const Prose& prose, std::string& out) {
    uint32_t at = 0;
    for (const Inline& i : prose.inlines) {
        if (i.kind != Inline::Kind::Note) continue;
        fold_into(out, std::string_view(prose.text).substr(at, i.begin - at));
        fold_into(out, i.note);
        at = i.begin;
    }
    fold_into(out, std::string_view(prose.text).substr(at));
}

void model_text(const Instrument& in, uint32_t index, ModelText& out) {
    const Provision& p = in.provisions[index];
    if (!p.number.empty() && !akn::number_label(p.kind).empty()) {
        std::string label;
        fold_into(label, akn::number_label(p.kind));
        out.labels.emplace_back(out.folded.size(), label);
    }
    fold_into(out.folded, p.number);
    prose_text(p.heading, out.folded);
    prose_text(p.body, out.folded);
    for (uint32_t c : p.children) model_text(in, c, out);
}

// True when the model's text is the XML's, letter for letter, but for kind
// labels that the XML may or may not spell out ("Article 5" or "5"): each
// label is matched whole or not at all.
bool same_words(const std::string& xml, const ModelText& model, std::string& where) {
    size_t x = 0, m = 0, label = 0;
    while (m <= model.folded.size()) {
        if (label < model.labels.size() && model.labels[label].first == m) {
            const std::string& l = model.labels[label++].second;
            if (xml.compare(x, l.size(), l) == 0) x += l.size();
            continue;
        }
        if (m == model.folded.size()) break;
        if (x >= xml.size() || xml[x] != model.folded[m]) {
            where = "xml: …" + xml.substr(x, 60) + "\nmodel: …" + model.folded.substr(m, 60);
            return false;
        }
        ++x, ++m;
    }
    where = "xml left over: " + xml.substr(x, 60);
    return x == xml.size();
}

} // namespace

TEST_CASE("number marks read back to bare numbers") {
    CHECK(akn::bare_number(ProvisionKind::Article, "Article 5") == "5");
    CHECK(akn::bare_number(ProvisionKind::Norm, "Norm 13(a)") == "13(a)");
    CHECK(akn::bare_number(ProvisionKind::Point, "(a)") == "a");
    CHECK(akn::bare_number(ProvisionKind::Point, "(13(a))") == "13(a)");
    CHECK(akn::bare_number(ProvisionKind::Paragraph, "2.") == "2");
    CHECK(akn::bare_number(ProvisionKind::Section, "SECTION 1. ") == "1");
    CHECK(akn::bare_number(ProvisionKind::Section, " SEC. 6 .") == "SEC. 6");  // a label of its own is kept
    CHECK(akn::bare_number(ProvisionKind::Point, "(a)(b)") == "(a)(b)");
    for (auto kind : {ProvisionKind::Article, ProvisionKind::Paragraph, ProvisionKind::Point, ProvisionKind::Cbm})
        for (std::string n : {"5", "13(a)", "iv", "5bis", "2.1"})
            CHECK(akn::bare_number(kind, akn::display_number(kind, n)) == n);
}

TEST_CASE("every corpus instrument reads back from its Akoma Ntoso to the same document") {
    size_t files = 0;
    for (const std::string& path : test::corpus_files()) {
        INFO(path);
        test::Analysed a = test::analyse_file(path);
        std::string xml = akn::emit(a.instrument, a.analysis);
        Read r = read_xml(xml, akn::file_name(a.instrument));
        REQUIRE(r.instrument);
        CHECK(r.diags->diagnostics().empty());
        CHECK(emit(*r.instrument) == xml);
        // The model itself, not only its XML: metadata and every provision.
        const Metadata &before = a.instrument.meta, &after = r.instrument->meta;
        CHECK(after.kind == before.kind);
        CHECK(after.id == before.id);
        CHECK(after.title == before.title);
        CHECK(after.date == before.date);
        CHECK(after.place == before.place);
        CHECK(after.version == before.version);
        REQUIRE(after.parties.size() == before.parties.size());
        for (size_t i = 0; i < before.parties.size(); ++i) {
            CHECK(after.parties[i].code == before.parties[i].code);
            CHECK(after.parties[i].name == before.parties[i].name);
        }
        REQUIRE(r.instrument->provisions.size() == a.instrument.provisions.size());
        for (size_t i = 0; i < a.instrument.provisions.size(); ++i) {
            const Provision &x = a.instrument.provisions[i], &y = r.instrument->provisions[i];
            INFO(x.id);
            CHECK(y.id == x.id);
            CHECK(y.kind == x.kind);
            CHECK(y.number == x.number);
            CHECK(y.parent == x.parent);
            CHECK(y.heading.text == x.heading.text);
            CHECK(y.body.text == x.body.text);
            CHECK(y.body.inlines.size() == x.body.inlines.size());
        }
        ++files;
    }
    CHECK(files >= 7);
}

TEST_CASE("provisions read from XML point at their element's line and column") {
    test::Analysed a = test::analyse_file(test::source_dir() + "/corpus/cyber-convention/final.pacta");
    std::string xml = akn::emit(a.instrument, a.analysis);
    Read r = read_xml(xml, "cyber-convention.xml");
    REQUIRE(r.instrument);
    const Provision* art5 = r.instrument->find("art_5");
    REQUIRE(art5);
    size_t at = xml.find("<article eId=\"art_5\"");
    REQUIRE(at != std::string::npos);
    Position expected = r.instrument->source->position(static_cast<uint32_t>(at));
    Location got = locate(*r.instrument->source, art5->source);
    CHECK(got.position.line == expected.line);
    CHECK(got.position.column == expected.column);
    CHECK(got.path == "cyber-convention.xml");
}

TEST_CASE("generic Akoma Ntoso maps to the nearest provisions and keeps all its text") {
    Read r = read_xml(R"(<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17">
  <act name="publicLaw">
    <meta><identification source="#x"><FRBRWork><FRBRuri value="/akn/us/act/2011-11-29/112-61"/>
      <FRBRdate date="2011-11-29" name="enactment"/></FRBRWork></identification></meta>
    <preface><longTitle><p>An Act to <i>amend</i> things.</p></longTitle></preface>
    <body>
      <section eId="sec_1">
        <num>SEC. 2. </num>
        <heading>Short <b>title</b></heading>
        <subsection>
          <num>(a)</num>
          <content>
            <p>This Act may be cited as the <def refersTo="#t">Test Act</def>.<authorialNote marker="1"><p>A
              note.</p></authorialNote></p>
            <blockList><item><num>(1)</num><p>first</p></item><item><p>second</p></item></blockList>
            <table><tr><td>cell one</td><td>cell two</td></tr></table>
          </content>
        </subsection>
        <wrapUp><p>Closing words.</p></wrapUp>
      </section>
    </body>
  </act>
</akomaNtoso>
)");
    INFO(r.first());
    REQUIRE(r.instrument);
    const Instrument& in = *r.instrument;
    CHECK(in.meta.kind == InstrumentKind::Regulation);
    CHECK(in.meta.id == "112-61");
    CHECK(in.meta.date == "2011-11-29");
    REQUIRE(in.top.size() == 2);
    const Provision& preamble = in.provisions[in.top[0]];
    CHECK(preamble.kind == ProvisionKind::Preamble);
    REQUIRE(preamble.children.size() == 1);
    CHECK(in.provisions[preamble.children[0]].body.text == "An Act to amend things.");
    const Provision& section = in.provisions[in.top[1]];
    CHECK(section.kind == ProvisionKind::Section);
    CHECK(section.number == "SEC. 2");
    CHECK(section.heading.text == "Short title");
    REQUIRE(section.children.size() == 2);
    const Provision& sub = in.provisions[section.children[0]];
    CHECK(sub.kind == ProvisionKind::Paragraph);
    CHECK(sub.number == "a");
    CHECK(sub.id == "sec_1__para_a");
    CHECK(sub.body.text == "This Act may be cited as the Test Act. (1) first second cell one cell two");
    REQUIRE(sub.body.inlines.size() == 2);
    CHECK(sub.body.inlines[0].kind == Inline::Kind::Definition);
    CHECK(sub.body.text.substr(sub.body.inlines[0].begin, sub.body.inlines[0].end - sub.body.inlines[0].begin) == "Test Act");
    CHECK(sub.body.inlines[1].kind == Inline::Kind::Note);
    CHECK(sub.body.inlines[1].note == "A note.");
    CHECK(sub.body.inlines[1].begin == sub.body.text.find(" (1)"));
    const Provision& wrap = in.provisions[section.children[1]];
    CHECK(wrap.kind == ProvisionKind::Paragraph);
    CHECK(wrap.body.text == "Closing words.");
    // Positions point into the XML.
    CHECK(locate(*in.source, section.source).position.line == 8);
    CHECK(locate(*in.source, section.source).position.column == 7);
}

TEST_CASE("the word comparison notices a lost or added word and accepts only kind labels as extra") {
    ModelText model{"5eachpartyshallact", {{0, "article"}}};  // "Article 5 Each Party shall act."
    std::string where;
    CHECK(same_words("article5eachpartyshallact", model, where));
    CHECK(same_words("5eachpartyshallact", model, where));
    CHECK_FALSE(same_words("article5eachpartyshallnotact", model, where));
    CHECK_FALSE(same_words("article5partyshallact", model, where));
    CHECK_FALSE(same_words("art5eachpartyshallact", model, where));
}

TEST_CASE("third-party acts, statements and docs import without losing a word") {
    std::string dir = examples_dir();
    if (!std::filesystem::exists(dir)) {
        WARN("Akoma Ntoso examples not found at " << dir << "; set PACTA_AKN_EXAMPLES");
        return;
    }
    size_t imported = 0, refused = 0, words = 0;
    for (std::string folder : {"oasis-csprd02-ns30", "oasis-csprd02", "own"}) {
        for (const auto& entry : std::filesystem::directory_iterator(dir + "/" + folder)) {
            std::string path = entry.path().string();
            if (entry.path().extension() != ".xml") continue;
            INFO(path);
            std::string bytes = test::read_file(path);
            pugi::xml_document doc;
            REQUIRE(doc.load_string(bytes.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
            std::string type = doc.document_element().first_child().type() == pugi::node_element
                                   ? doc.document_element().first_child().name()
                                   : doc.document_element().find_child([](pugi::xml_node n) {
                                         return n.type() == pugi::node_element;
                                     }).name();
            DiagnosticEngine diags;
            auto in = parse_file(path, diags);
            if (type != "act" && type != "statement" && type != "doc") {
                CHECK_FALSE(in);
                REQUIRE(diags.diagnostics().size() == 1);
                CHECK(diags.diagnostics()[0].rule == Rule::UnsupportedDocument);
                ++refused;
                continue;
            }
            REQUIRE(in);
            CHECK_FALSE(diags.has_errors());
            std::string xml;
            size_t file_words = 0;
            xml_text(doc.document_element(), xml, file_words);
            ModelText model;
            for (uint32_t t : in->top) model_text(*in, t, model);
            std::string where;
            bool same = same_words(xml, model, where);
            INFO(where);
            CHECK(same);
            CHECK(file_words > 10);
            words += file_words;
            ++imported;
        }
    }
    std::cout << "akn import: " << imported << " example documents imported (" << words
              << " words compared), " << refused << " refused\n";
    CHECK(imported == 10);  // 2 acts in each OASIS folder, 6 of ours
    CHECK(refused == 9);
}

TEST_CASE("judgments and debates are refused with one clear fatal diagnostic") {
    std::string dir = examples_dir();
    if (!std::filesystem::exists(dir)) return;
    for (auto [file, type] : {std::pair{"za_Judgement_2008-11-26.xml", "judgment"}, {"ke_Debate_Bungeni_2011-06-10.xml", "debate"}}) {
        std::string path = dir + "/oasis-csprd02-ns30/" + file;
        INFO(path);
        DiagnosticEngine diags;
        CHECK_FALSE(parse_file(path, diags));
        REQUIRE(diags.diagnostics().size() == 1);
        const Diagnostic& d = diags.diagnostics()[0];
        CHECK(d.severity == Severity::Fatal);
        CHECK(d.message == std::string("'") + type + "' documents are not instruments pacta reads (it reads act, statement and doc)");
        std::string bytes = test::read_file(path);
        size_t lines_before = std::count(bytes.begin(), bytes.begin() + bytes.find(std::string("<") + type), '\n');
        CHECK(d.location.position.line == lines_before + 1);
    }
}

TEST_CASE("XML with a DOCTYPE or entity declarations is refused before parsing") {
    Read dtd = read_xml("<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [\n  <!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n" +
                        kOpen + "<act name=\"treaty\"><body><article><content><p>&x;</p></content></article></body></act></akomaNtoso>\n");
    CHECK_FALSE(dtd.instrument);
    CHECK(dtd.first().starts_with("2:1: xml: this XML declares a document type (DOCTYPE)"));
    CHECK(dtd.diags->has_fatal());

    Read entity = read_xml(kOpen + "<!ENTITY y \"boom\">\n</akomaNtoso>\n");
    CHECK_FALSE(entity.instrument);
    CHECK(entity.first().starts_with("2:1: xml: this XML declares an entity"));
}

TEST_CASE("malformed, foreign and badly encoded XML get a fatal diagnostic with a position") {
    Read broken = read_xml(kOpen + "  <act name=\"treaty\">\n    <body>\n  </act>\n</akomaNtoso>\n");
    CHECK_FALSE(broken.instrument);
    CHECK(broken.first().starts_with("4:"));
    CHECK(broken.first().find("xml: malformed XML: ") != std::string::npos);

    Read html = read_xml("<html><body/></html>\n");
    CHECK_FALSE(html.instrument);
    CHECK(html.first().starts_with("1:1: xml: this XML is not Akoma Ntoso: its root is <html>"));

    Read latin1 = read_xml(kOpen + "<act name=\"treaty\"><body><article><content><p>Caf\xe9</p></content></article></body></act></akomaNtoso>\n");
    CHECK_FALSE(latin1.instrument);
    CHECK(latin1.first().starts_with("2:"));
    CHECK(latin1.first().find(": encoding: ") != std::string::npos);

    std::string deep = kOpen + "<act name=\"treaty\"><body>";
    for (int i = 0; i < 5000; ++i) deep += "<point>";
    for (int i = 0; i < 5000; ++i) deep += "</point>";
    Read nested = read_xml(deep + "</body></act></akomaNtoso>\n");
    CHECK_FALSE(nested.instrument);
    CHECK(nested.first().find("nesting-too-deep") != std::string::npos);
}

TEST_CASE("findings in XML point at the word in the XML, past references and CR LF line ends") {
    std::string xml = kOpen + R"(  <statement name="declarationOfIntent">
    <meta/>
    <mainBody>
      <paragraph eId="para_1">
        <num>1.</num>
        <content>
          <p>The Participants &amp; their partners&#x2019;
             experts shall exchange information.</p>
        </content>
      </paragraph>
    </mainBody>
  </statement>
</akomaNtoso>
)";
    for (bool crlf : {false, true}) {
        std::string bytes = xml;
        if (crlf)
            for (size_t at = bytes.find('\n'); at != std::string::npos; at = bytes.find('\n', at + 2)) bytes.insert(at, "\r");
        INFO("CR LF: " << crlf);
        Read r = read_xml(bytes);
        REQUIRE(r.instrument);
        const Provision& p = *r.instrument->find("para_1");
        CHECK(p.number == "1");
        CHECK(p.body.text == "The Participants & their partners\u2019 experts shall exchange information.");
        DiagnosticEngine diags;
        analysis::analyse(*r.instrument, diags);
        REQUIRE(diags.diagnostics().size() == 1);
        const Diagnostic& d = diags.diagnostics()[0];
        CHECK(d.rule == Rule::TreatyLanguage);
        CHECK(d.location.position.line == 9);
        CHECK(d.location.position.column == 22);
    }
}
