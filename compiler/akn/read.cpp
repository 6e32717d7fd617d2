// Akoma Ntoso in: the emitter's mapping (docs/akn.md) read backwards, and
// generic AKN folded onto the same model without dropping a word. Elements
// are matched by local name so that the working-draft namespaces of AKN 3.0
// (…/3.0/WD17, …/3.0/CSD…) read like the final one.
#include "akn/read.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <pugixml.hpp>
#include <unicode/utf8.h>

namespace pacta::akn {

namespace {

constexpr std::string_view kNamespacePrefix = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
// Deeper than any real document; hostile input stops here instead of
// exhausting the stack.
constexpr uint32_t kMaxDepth = 100;

std::string_view local_name(pugi::xml_node node) {
    std::string_view name = node.name();
    size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// std::isspace in the "C" locale, which pacta never leaves; inline, because
// text nodes are scanned a byte at a time and the library call showed in
// profiles of large imports.
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Hierarchical elements (the AKN ANhier group) and the provision kind each
// comes nearest to.
std::optional<ProvisionKind> hierarchy_kind(std::string_view n, std::string_view hcontainer_name = {}) {
    if (is_one_of(n, {"book", "tome", "part", "subpart"})) return ProvisionKind::Part;
    if (n == "title") return ProvisionKind::Title;
    if (is_one_of(n, {"subtitle", "chapter", "subchapter"})) return ProvisionKind::Chapter;
    if (is_one_of(n, {"section", "division", "subdivision", "level", "transitional"})) return ProvisionKind::Section;
    if (is_one_of(n, {"article", "rule"})) return ProvisionKind::Article;
    if (is_one_of(n, {"paragraph", "subsection", "subrule", "clause", "proviso", "alinea", "list", "sublist"}))
        return ProvisionKind::Paragraph;
    if (is_one_of(n, {"point", "indent", "subparagraph", "subclause"})) return ProvisionKind::Point;
    if (n == "hcontainer") {
        if (hcontainer_name == "norm") return ProvisionKind::Norm;
        if (hcontainer_name == "cbm") return ProvisionKind::Cbm;
        if (hcontainer_name == "annex") return ProvisionKind::Annex;
        return ProvisionKind::Section;
    }
    return std::nullopt;
}

std::optional<ProvisionKind> hierarchy_kind(pugi::xml_node node) {
    return hierarchy_kind(local_name(node), node.attribute("name").value());
}

// Elements whose text starts and ends a block: a break between two of them
// reads as a space. Everything else (b, i, span, ref, def, docTitle …) is
// inline and joins its neighbours without adding a space.
bool is_block(std::string_view n) {
    static const std::unordered_set<std::string_view> blocks{
        "p", "block", "blockList", "item", "listIntroduction", "listWrapUp", "blockContainer", "container",
        "tblock", "table", "caption", "tr", "th", "td", "ul", "ol", "li", "toc", "tocItem", "formula", "citation",
        "citations", "recital", "recitals", "longTitle", "num", "heading", "subheading", "crossHeading", "intro",
        "wrapUp", "content", "foreign", "signature", "eol", "eop", "br", "quotedStructure", "embeddedStructure",
        "subFlow", "preface", "preamble", "conclusions", "coverPage", "component", "components", "attachment",
        "attachments", "interstitial", "mainBody", "body", "documentRef", "componentRef", "img", "doc"};
    return blocks.contains(n) || hierarchy_kind(n).has_value();
}

// Where each byte of a text node's value came from in the file: pugixml
// decodes references (&amp; &#233;) and folds CR LF into LF, so after the
// first of them value and source no longer line up byte for byte.
class SourceMap {
public:
    SourceMap(std::string_view file_text, uint32_t begin, bool references, size_t value_size)
        : raw_(file_text.substr(std::min<size_t>(begin, file_text.size()))), base_(begin), references_(references),
          verbatim_(is_verbatim(value_size)) {}

    // Whether value byte i came from source byte begin + i, for all of the
    // value: true when the source holds no reference or CR within that length
    // (before the first of them pugixml copies byte for byte). pacta's own
    // output almost always is, and then a text run needs no byte-by-byte walk.
    bool verbatim() const { return verbatim_; }

    // The source offset of value byte `index`; calls must not go backwards.
    uint32_t offset(size_t index, std::string_view value) {
        if (verbatim_) return base_ + static_cast<uint32_t>(index);
        while (value_at_ < index && raw_at_ < raw_.size()) {
            char c = raw_[raw_at_];
            size_t semicolon = c == '&' && references_ ? raw_.find(';', raw_at_) : std::string_view::npos;
            if (semicolon != std::string_view::npos) {  // one reference, one decoded character
                value_at_ += utf8_length(static_cast<unsigned char>(value[value_at_]));
                raw_at_ = semicolon + 1;
            } else if (c == '\r') {
                raw_at_ += raw_at_ + 1 < raw_.size() && raw_[raw_at_ + 1] == '\n' ? 2 : 1;
                ++value_at_;
            } else {
                ++raw_at_, ++value_at_;
            }
        }
        return base_ + static_cast<uint32_t>(raw_at_);
    }

private:
    static size_t utf8_length(unsigned char lead) { return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

    bool is_verbatim(size_t value_size) const {
        std::string_view covered = raw_.substr(0, value_size);
        return covered.size() == value_size && covered.find('\r') == std::string_view::npos &&
               (!references_ || covered.find('&') == std::string_view::npos);
    }

    std::string_view raw_;
    uint32_t base_;
    bool references_;
    bool verbatim_;
    size_t raw_at_ = 0, value_at_ = 0;
};

// Builds one Prose from XML text nodes. Layout white space (a run holding a
// line break or tab, or a block boundary) reads as one space; spaces inside
// a line are kept as written, so pacta's own output reads back exactly.
class ProseBuilder {
public:
    explicit ProseBuilder(Prose& prose) : prose_(prose) {}

    // A text node's value; `map` says where each byte of it came from.
    void text(std::string_view s, SourceMap& map) {
        size_t i = 0;
        while (i < s.size()) {
            size_t j = i;
            bool space = is_space(s[i]);
            while (j < s.size() && is_space(s[j]) == space) ++j;
            if (space && s.substr(i, j - i).find_first_of("\n\r\t\v\f") != std::string_view::npos) {
                soft_break();
            } else {
                // One segment per stretch copied byte for byte from the source.
                if (map.verbatim()) {
                    append(s.substr(i, j - i), map.offset(i, s));
                    i = j;
                    continue;
                }
                for (size_t k = i; k < j;) {
                    uint32_t start = map.offset(k, s);
                    size_t e = k + 1;
                    while (e < j && map.offset(e, s) == start + (e - k)) ++e;
                    append(s.substr(k, e - k), start);
                    k = e;
                }
            }
            i = j;
        }
    }

    void soft_break() { pending_space_ = !prose_.text.empty(); }

    // Where inline markup starts: after any pending space, so that a
    // definition or reference covers its own words only.
    uint32_t mark() {
        flush();
        return static_cast<uint32_t>(prose_.text.size());
    }

    Prose& prose() { return prose_; }

    void finish() {
        while (!prose_.text.empty() && prose_.text.back() == ' ') prose_.text.pop_back();
        auto size = static_cast<uint32_t>(prose_.text.size());
        for (Inline& i : prose_.inlines) i.begin = std::min(i.begin, size), i.end = std::min(i.end, size);
        pending_space_ = false;
    }

private:
    void flush() {
        if (pending_space_ && !prose_.text.empty() && prose_.text.back() != ' ') prose_.text += ' ';
        pending_space_ = false;
    }

    void append(std::string_view s, uint32_t source_offset) {
        flush();
        if (prose_.text.empty()) {  // prose never starts with a space
            size_t lead = s.find_first_not_of(' ');
            if (lead == std::string_view::npos) return;
            s.remove_prefix(lead);
            source_offset += static_cast<uint32_t>(lead);
        }
        auto at = static_cast<uint32_t>(prose_.text.size());
        auto length = static_cast<uint32_t>(s.size());
        TextSegment* last = prose_.segments.empty() ? nullptr : &prose_.segments.back();
        if (last && last->text_offset + last->length == at && last->source_offset + last->length == source_offset)
            last->length += length;  // one segment per run of text copied as it stands
        else
            prose_.segments.push_back({at, source_offset, length});
        prose_.text += s;
    }

    Prose& prose_;
    bool pending_space_ = false;
};

// What a document type is read as: the inverse of document_type(), with the
// nearest kind for names pacta does not write.
InstrumentKind kind_for(std::string_view element, std::string_view name) {
    for (std::string_view k : all_kind_names()) {
        InstrumentKind kind = *parse_kind(k);
        DocumentType type = document_type(kind);
        if (type.element == element && type.name == name) return kind;
    }
    if (element == "act") return InstrumentKind::Regulation;  // generic legislation binds
    return InstrumentKind::Declaration;
}

std::string language_from_code(std::string_view code) {
    if (code == "eng") return "en";
    if (code == "fra") return "fr";
    if (code == "spa") return "es";
    return std::string(code);
}

class Reader {
public:
    Reader(std::shared_ptr<const SourceFile> file, DiagnosticEngine& diags) : file_(std::move(file)), diags_(diags) {}

    std::optional<Instrument> run() {
        if (refuse_declarations() || !parse() || refuse_forbidden_characters()) return std::nullopt;
        pugi::xml_node document = document_element();
        if (!document) return std::nullopt;
        instrument_.source = file_;
        instrument_.path = file_->path();
        reserve_provisions(document);
        try {
            read_meta(document);
            read_document(document);
        } catch (const TooDeep& deep) {
            diags_.report(Rule::NestingTooDeep, *file_, deep.range,
                          fmt::format("elements are nested more than {} levels deep; no instrument needs this many, so "
                                      "the file is probably damaged",
                                      kMaxDepth));
            return std::nullopt;
        }
        return std::move(instrument_);
    }

private:
    struct TooDeep {
        SourceRange range;
    };

    // ------------------------------------------------------------ input
    // Drafts come from other delegations: a DTD could define entities that
    // expand without bound or point at other files, so any declaration is
    // refused before the parser sees the bytes.
    bool refuse_declarations() {
        const std::string& text = file_->text();
        for (std::string_view token : {"<!DOCTYPE", "<!ENTITY"}) {
            size_t at = text.find(token);
            if (at == std::string::npos) continue;
            diags_.report(Rule::Xml, *file_, {static_cast<uint32_t>(at), static_cast<uint32_t>(at + token.size())},
                          fmt::format("this XML declares {}; pacta does not read documents with a DTD or entity "
                                      "declarations (they can expand without bound or fetch other files)",
                                      token == "<!DOCTYPE" ? "a document type (DOCTYPE)" : "an entity"));
            return true;
        }
        return false;
    }

    bool parse() {
        const std::string& text = file_->text();
        // Without parse_doctype pugixml never reads a DTD. White space in
        // text is kept, so that a space between two inline elements survives.
        unsigned options = pugi::parse_default | pugi::parse_ws_pcdata;
        pugi::xml_parse_result result = doc_.load_buffer(text.data(), text.size(), options, pugi::encoding_utf8);
        if (result) return true;
        auto at = static_cast<uint32_t>(std::clamp<ptrdiff_t>(result.offset, 0, static_cast<ptrdiff_t>(text.size())));
        diags_.report(Rule::Xml, *file_, {at, at + 1}, fmt::format("malformed XML: {}", result.description()));
        return false;
    }

    // pugixml decodes character references without checking them, so
    // "&#x1;" or "&#xFFFF;" would reach the model and then the output as
    // XML that no other tool reads. XML 1.0 forbids them: so does pacta.
    bool refuse_forbidden_characters() {
        struct Finder : pugi::xml_tree_walker {
            pugi::xml_node found;
            uint32_t code = 0;
            bool for_each(pugi::xml_node& node) override {
                if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) check(node, node.value());
                for (pugi::xml_attribute a : node.attributes()) check(node, a.value());
                return !found;
            }
            void check(pugi::xml_node node, std::string_view value) {
                if (auto c = first_forbidden(value); c && !found) found = node, code = *c;
            }
        } finder;
        doc_.traverse(finder);
        if (!finder.found) return false;
        pugi::xml_node at = finder.found.type() == pugi::node_element ? finder.found : finder.found.parent();
        diags_.report(Rule::Xml, *file_, range_of(at),
                      fmt::format("this element holds U+{:04X} (written as a character reference), which XML 1.0 does "
                                  "not allow; the file is not well-formed XML",
                                  finder.code));
        return true;
    }

    static std::optional<uint32_t> first_forbidden(std::string_view value) {
        const auto* s = reinterpret_cast<const uint8_t*>(value.data());
        auto length = static_cast<int32_t>(value.size());
        for (int32_t i = 0; i < length;) {
            if (s[i] >= 0x20 && s[i] < 0x80) { ++i; continue; }
            UChar32 c;
            U8_NEXT(s, i, length, c);
            bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
                           (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed) return static_cast<uint32_t>(c < 0 ? 0xFFFD : c);
        }
        return std::nullopt;
    }

    // Room for the provisions to come, made up front: growing the vector
    // would move every provision read so far into fresh memory again and
    // again, and on a 100 MB document those page faults were a quarter of
    // the import. Elements with an eId bound the count from above in pacta's
    // output (refs and notes have one too); capacity never written to costs
    // address space, not memory.
    void reserve_provisions(pugi::xml_node document) {
        struct ElementsWithId : pugi::xml_tree_walker {
            size_t count = 0;
            bool for_each(pugi::xml_node& node) override {
                if (node.type() == pugi::node_element && node.attribute("eId")) ++count;
                return true;
            }
        } walker;
        document.traverse(walker);
        instrument_.provisions.reserve(walker.count);
        used_.reserve(walker.count);
    }

    SourceRange range_of(pugi::xml_node node) const {
        // offset_debug() is where the element's name starts; diagnostics
        // point at its '<'.
        auto offset = static_cast<uint32_t>(std::max<ptrdiff_t>(node.offset_debug(), 1) - 1);
        return {offset, offset + 1 + static_cast<uint32_t>(std::string_view(node.name()).size())};
    }

    pugi::xml_node document_element() {
        pugi::xml_node root = doc_.document_element();
        std::string_view name = root.name();
        size_t colon = name.find(':');
        std::string xmlns = colon == std::string_view::npos ? "xmlns" : fmt::format("xmlns:{}", name.substr(0, colon));
        std::string_view ns = root.attribute(xmlns.c_str()).value();
        if (local_name(root) != "akomaNtoso" || !ns.starts_with(kNamespacePrefix)) {
            diags_.report(Rule::Xml, *file_, range_of(root),
                          fmt::format("this XML is not Akoma Ntoso: its root is <{}>{}; pacta reads Akoma Ntoso 3.0 "
                                      "(<akomaNtoso xmlns=\"{}\">)",
                                      name, ns.empty() ? "" : fmt::format(" in namespace {}", ns), kNamespacePrefix));
            return {};
        }
        pugi::xml_node document = first_element(root);
        std::string_view type = document ? local_name(document) : std::string_view("empty");
        if (!is_one_of(type, {"act", "statement", "doc"})) {
            diags_.report(Rule::UnsupportedDocument, *file_, range_of(document ? document : root),
                          fmt::format("'{}' documents are not instruments pacta reads (it reads act, statement and doc)",
                                      type));
            return {};
        }
        return document;
    }

    static pugi::xml_node first_element(pugi::xml_node node) {
        for (pugi::xml_node c : node.children())
            if (c.type() == pugi::node_element) return c;
        return {};
    }

    static pugi::xml_node child(pugi::xml_node node, std::string_view name) {
        for (pugi::xml_node c : node.children())
            if (c.type() == pugi::node_element && local_name(c) == name) return c;
        return {};
    }

    // -------------------------------------------------------- metadata
    void read_meta(pugi::xml_node document) {
        Metadata& meta = instrument_.meta;
        meta.kind = kind_for(local_name(document), document.attribute("name").value());
        meta.kind_source = range_of(document);
        pugi::xml_node m = child(document, "meta");
        pugi::xml_node identification = child(m, "identification");
        pugi::xml_node work = child(identification, "FRBRWork");
        pugi::xml_node expression = child(identification, "FRBRExpression");

        std::string_view uri = trim(child(work, "FRBRuri").attribute("value").value());
        while (uri.ends_with('/')) uri.remove_suffix(1);
        meta.id = std::string(uri.substr(uri.rfind('/') + 1));
        pugi::xml_node date = child(work, "FRBRdate");
        std::string_view when = date.attribute("date").value();
        // The emitter's stand-in for "no date" (the schema requires one).
        if (!(when == "0001-01-01" && std::string_view(date.attribute("name").value()) == "unknown"))
            meta.date = std::string(when.substr(0, 10));
        meta.title = child(work, "FRBRname").attribute("value").value();
        meta.version = child(expression, "FRBRversionNumber").attribute("value").value();
        meta.language = language_from_code(child(expression, "FRBRlanguage").attribute("language").value());

        for (pugi::xml_node r : child(m, "references").children()) {
            std::string_view name = local_name(r), eid = r.attribute("eId").value();
            if (name == "TLCOrganization" && eid != "pacta")  // the tool that wrote the file is not a party
                meta.parties.push_back({std::string(eid), r.attribute("showAs").value(), range_of(r)});
            else if (name == "TLCLocation" && eid == "place")
                meta.place = r.attribute("showAs").value();
        }
        if (meta.title.empty()) meta.title = first_title(document);
    }

    // A generic document's title when FRBRname gives none: its docTitle or
    // shortTitle, as a reader sees it.
    std::string first_title(pugi::xml_node document) {
        for (std::string_view name : {"docTitle", "shortTitle"}) {
            pugi::xml_node found = document.find_node([&](pugi::xml_node n) { return local_name(n) == name; });
            if (std::string title = found ? plain_text(found, 1) : ""; !title.empty()) return title;
        }
        return {};
    }

    // ------------------------------------------------------- structure
    void read_document(pugi::xml_node document) {
        int32_t preamble = -1;
        for (pugi::xml_node c : document.children()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view n = local_name(c);
            if (n == "meta") continue;
            if (n == "coverPage" || n == "preface" || n == "preamble") {
                // A generic cover page or preface reads as formulas of the preamble.
                if (preamble < 0) preamble = static_cast<int32_t>(create(ProvisionKind::Preamble, -1, c, {}, "preamble"));
                if (n == "preamble") read_preamble(c, preamble, 1);
                else read_blocks_as(c, ProvisionKind::Formula, preamble, 1);
            } else if (n == "conclusions") {
                read_conclusions(c, static_cast<int32_t>(create(ProvisionKind::Conclusions, -1, c, {}, "conclusions")));
            } else {  // body, mainBody; attachments and components read as more of the body
                read_children(c, -1, 1);
            }
        }
    }

    void check_depth(pugi::xml_node node, uint32_t depth) const {
        if (depth > kMaxDepth) throw TooDeep{range_of(node)};
    }

    // The children of a body or an annex: hierarchy nests, meta is
    // skipped, wrappers (attachment, doc, components …) are looked through,
    // and any other block becomes an unnumbered paragraph.
    void read_children(pugi::xml_node node, int32_t parent, uint32_t depth) {
        check_depth(node, depth);
        for (pugi::xml_node c : node.children()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view n = local_name(c);
            if (n == "meta") continue;
            if (hierarchy_kind(c)) read_hierarchy(c, parent, depth + 1);
            else if (is_one_of(n, {"attachments", "attachment", "components", "component", "doc", "act", "statement",
                                   "preface", "preamble", "body", "mainBody", "conclusions", "coverPage",
                                   "interstitial", "recitals", "citations"}))
                read_children(c, parent, depth + 1);
            else read_block(c, ProvisionKind::Paragraph, parent, depth + 1);
        }
    }

    // A block standing on its own: an unnumbered provision of `kind`,
    // unless it holds no text at all.
    void read_block(pugi::xml_node node, ProvisionKind kind, int32_t parent, uint32_t depth) {
        Prose prose;
        ProseBuilder builder(prose);
        collect_text(node, builder, depth);
        builder.finish();
        if (prose.empty()) return;
        uint32_t index = create(kind, parent, node, {});
        instrument_.provisions[index].body = std::move(prose);
    }

    void read_blocks_as(pugi::xml_node node, ProvisionKind kind, int32_t parent, uint32_t depth) {
        for (pugi::xml_node c : node.children())
            if (c.type() == pugi::node_element) read_block(c, kind, parent, depth + 1);
    }

    // The <num> that numbers an element: its first child element, if a num.
    static pugi::xml_node num_of(pugi::xml_node node) {
        pugi::xml_node first = first_element(node);
        return first && local_name(first) == "num" ? first : pugi::xml_node();
    }

    void read_hierarchy(pugi::xml_node node, int32_t parent, uint32_t depth) {
        check_depth(node, depth);
        ProvisionKind kind = *hierarchy_kind(node);
        // The emitter's placeholder for an empty body.
        if (local_name(node) == "hcontainer" && std::string_view(node.attribute("name").value()) == "empty" &&
            !first_element(node))
            return;
        pugi::xml_node num = num_of(node);
        uint32_t index = create(kind, parent, node, num ? bare_number(kind, plain_text(num, depth)) : std::string());
        Prose heading;
        ProseBuilder heading_builder(heading);
        for (pugi::xml_node c : node.children()) {
            if (c.type() != pugi::node_element || c == num) continue;
            std::string_view n = local_name(c);
            // Re-fetched each time: reading a child grows the vector.
            const Provision& p = instrument_.provisions[index];
            bool nothing_after_heading = p.body.empty() && p.children.empty();
            if (is_one_of(n, {"num", "heading", "subheading"}) && nothing_after_heading) {
                heading_builder.soft_break();
                collect_text(c, heading_builder, depth + 1);
            } else if (hierarchy_kind(c)) {
                read_hierarchy(c, static_cast<int32_t>(index), depth + 1);
            } else if ((n == "content" || n == "intro") && nothing_after_heading) {
                Prose body;
                ProseBuilder body_builder(body);
                collect_text(c, body_builder, depth + 1);
                body_builder.finish();
                instrument_.provisions[index].body = std::move(body);
            } else {  // wrapUp, crossHeading, a second intro …: a paragraph of its own, in place
                read_block(c, ProvisionKind::Paragraph, static_cast<int32_t>(index), depth + 1);
            }
        }
        heading_builder.finish();
        instrument_.provisions[index].heading = std::move(heading);
    }

    void read_preamble(pugi::xml_node node, int32_t preamble, uint32_t depth) {
        check_depth(node, depth);
        for (pugi::xml_node c : node.children()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view n = local_name(c);
            if (n == "recitals" || n == "citations") read_preamble(c, preamble, depth + 1);
            else if (n == "recital" || n == "citation") read_recital(c, preamble, depth + 1);
            else read_block(c, ProvisionKind::Formula, preamble, depth + 1);  // formula, and any other preamble text
        }
    }

    void read_recital(pugi::xml_node node, int32_t preamble, uint32_t depth) {
        pugi::xml_node num = num_of(node);
        uint32_t index = create(ProvisionKind::Recital, preamble, node,
                                num ? bare_number(ProvisionKind::Recital, plain_text(num, depth)) : std::string());
        Prose body;
        ProseBuilder builder(body);
        for (pugi::xml_node c : node.children())
            if (c != num) collect_node(c, builder, depth + 1);
        builder.finish();
        instrument_.provisions[index].body = std::move(body);
    }

    void read_conclusions(pugi::xml_node node, int32_t conclusions) {
        for (pugi::xml_node c : node.children()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view n = local_name(c), name = c.attribute("name").value();
            if (n == "formula") read_block(c, ProvisionKind::Formula, conclusions, 2);
            else if (n == "container" && name == "signature" && is_own_signature(c)) read_signature(c, conclusions);
            else if (n == "container" && name == "finalClause") read_final_clause(c, conclusions);
            else read_block(c, ProvisionKind::Formula, conclusions, 2);  // "Done at …", signature blocks
        }
    }

    static pugi::xml_node signature_party(pugi::xml_node box) {
        return child(child(child(box, "p"), "signature"), "party");
    }

    // pacta's own signature block: container/p/signature/party refersTo="#CODE".
    static bool is_own_signature(pugi::xml_node box) {
        return std::string_view(signature_party(box).attribute("refersTo").value()).starts_with('#');
    }

    void read_signature(pugi::xml_node box, int32_t conclusions) {
        std::string code = signature_party(box).attribute("refersTo").value() + 1;
        uint32_t index = create(ProvisionKind::Signature, conclusions, box, code);
        Prose body;
        ProseBuilder builder(body);
        collect_text(box, builder, 2);
        builder.finish();
        instrument_.provisions[index].body = std::move(body);
        instrument_.provisions[index].actors.push_back(code);
    }

    // A final clause: its first <p> is its own text, each further <p> a
    // sub-item. A container has no <num>, so the number comes back from the
    // eId ("conclusions__para_2" -> paragraph 2).
    void read_final_clause(pugi::xml_node box, int32_t conclusions) {
        std::string_view eid = box.attribute("eId").value();
        size_t last = eid.rfind("__");
        std::string_view own = last == std::string_view::npos ? eid : eid.substr(last + 2);
        ProvisionKind kind = own.starts_with("point_") ? ProvisionKind::Point : ProvisionKind::Paragraph;
        size_t cut = own.find('_');
        std::string number = cut == std::string_view::npos || own.substr(cut + 1).starts_with("nn_")
                                 ? std::string()
                                 : std::string(own.substr(cut + 1));
        uint32_t index = create(kind, conclusions, box, number);
        bool first = true;
        for (pugi::xml_node c : box.children()) {
            if (c.type() != pugi::node_element) continue;
            if (first) {
                Prose body;
                ProseBuilder builder(body);
                collect_text(c, builder, 2);
                builder.finish();
                instrument_.provisions[index].body = std::move(body);
                first = false;
            } else {
                read_block(c, ProvisionKind::Paragraph, static_cast<int32_t>(index), 2);
            }
        }
    }

    // ------------------------------------------------------------ text
    std::string plain_text(pugi::xml_node node, uint32_t depth) {
        Prose prose;
        ProseBuilder builder(prose);
        collect_text(node, builder, depth);
        builder.finish();
        return prose.text;
    }

    void collect_text(pugi::xml_node node, ProseBuilder& out, uint32_t depth) {
        check_depth(node, depth);
        for (pugi::xml_node c : node.children()) collect_node(c, out, depth + 1);
    }

    // One node's text into `out`: footnotes become note inlines, definitions
    // and in-document references keep their span, all else is its words.
    void collect_node(pugi::xml_node node, ProseBuilder& out, uint32_t depth) {
        if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
            std::string_view value = node.value();
            SourceMap map(file_->text(), static_cast<uint32_t>(std::max<ptrdiff_t>(node.offset_debug(), 0)),
                          node.type() == pugi::node_pcdata, value.size());
            out.text(value, map);
            return;
        }
        if (node.type() != pugi::node_element) return;  // comments, processing instructions
        std::string_view n = local_name(node);
        if (n == "authorialNote") {
            Inline note;
            note.kind = Inline::Kind::Note;
            note.begin = note.end = out.mark();
            note.note = plain_text(node, depth);
            note.source = range_of(node);
            out.prose().inlines.push_back(std::move(note));
            return;
        }
        std::string_view href = node.attribute("href").value();
        bool definition = n == "def", reference = n == "ref" && href.starts_with('#') && href.size() > 1;
        bool block = is_block(n);
        if (block) out.soft_break();
        uint32_t begin = definition || reference ? out.mark() : 0;
        collect_text(node, out, depth);
        if (block) out.soft_break();
        if (!definition && !reference) return;
        Inline markup;
        markup.kind = definition ? Inline::Kind::Definition : Inline::Kind::Reference;
        markup.begin = begin;
        markup.end = static_cast<uint32_t>(out.prose().text.size());
        if (reference) markup.target = std::string(href.substr(1));
        markup.source = range_of(node);
        if (markup.end > markup.begin) out.prose().inlines.push_back(std::move(markup));
    }

    // ------------------------------------------------------ provisions
    uint32_t create(ProvisionKind kind, int32_t parent, pugi::xml_node node, std::string number,
                    std::string_view fixed_id = {}) {
        Provision p;
        p.kind = kind;
        p.number = std::move(number);
        p.parent = parent;
        p.depth = parent < 0 ? 0 : instrument_.provisions[parent].depth + 1;
        p.source = p.extent = range_of(node);
        p.line = file_->position(p.source.begin).line;
        p.id = unique_id(p, node, fixed_id);
        auto index = static_cast<uint32_t>(instrument_.provisions.size());
        instrument_.provisions.push_back(std::move(p));
        if (parent >= 0) instrument_.provisions[parent].children.push_back(index);
        else instrument_.top.push_back(index);
        return index;
    }

    // The document's eId when it gives a fresh one; otherwise an id made the
    // way pacta makes them (parent__alias_number, nn_N when unnumbered);
    // _2, _3 … against clashes.
    std::string unique_id(const Provision& p, pugi::xml_node node, std::string_view fixed_id) {
        std::string id(fixed_id.empty() ? node.attribute("eId").value() : fixed_id);
        if (id.empty()) id = node.attribute("id").value();  // pre-3.0 drafts
        if (id.empty() || used_.contains(id)) id = made_id(p);
        std::string unique = id;
        for (int n = 2; used_.contains(unique); ++n) unique = fmt::format("{}_{}", id, n);
        used_.insert(unique);
        return unique;
    }

    std::string made_id(const Provision& p) {
        std::string prefix = p.parent >= 0 ? instrument_.provisions[p.parent].id + "__" : "";
        std::string scope = prefix + std::string(id_alias(p.kind));
        std::string own = p.number.empty() ? fmt::format("nn_{}", ++unnumbered_[scope]) : clean_number(p.number);
        return fmt::format("{}_{}", scope, own.empty() ? "nn" : own);
    }


    std::shared_ptr<const SourceFile> file_;
    DiagnosticEngine& diags_;
    pugi::xml_document doc_;
    Instrument instrument_;
    std::unordered_set<std::string> used_;
    std::unordered_map<std::string, uint32_t> unnumbered_;
};

} // namespace

std::optional<Instrument> read(std::shared_ptr<const SourceFile> file, DiagnosticEngine& diags) {
    return Reader(std::move(file), diags).run();
}

} // namespace pacta::akn
