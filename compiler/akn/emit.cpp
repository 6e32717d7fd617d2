#include "akn/akn.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <pugixml.hpp>

namespace pacta::akn {

namespace {

constexpr const char* kNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
constexpr const char* kPactaNamespace = "https://pacta.invalid/ns/analysis/1.0";


std::string_view element_of(ProvisionKind k) {
    switch (k) {
    case ProvisionKind::Part: return "part";
    case ProvisionKind::Title: return "title";
    case ProvisionKind::Chapter: return "chapter";
    case ProvisionKind::Section: return "section";
    case ProvisionKind::Article: return "article";
    case ProvisionKind::Paragraph: return "paragraph";
    case ProvisionKind::Point: return "point";
    default: return "hcontainer";
    }
}

// What a redline adds to the new draft: the pair of each of its provisions,
// and where each deleted provision of the old draft is shown.
struct Redline {
    const Instrument& old_draft;
    const diff::DraftDiff& diff;
    std::vector<const diff::Pair*> pair_of_new;              // by new index
    std::map<int32_t, std::vector<int32_t>> deleted_first;   // new parent (-1: the body) -> old indices shown first in it
    std::map<int32_t, std::vector<int32_t>> deleted_after;   // new provision -> old indices shown right after it
    std::vector<const diff::Pair*> pair_of_old;              // by old index
    std::map<std::string_view, const diff::HeadingChange*> heading_of_new;  // by new eId
};

// One child to write: a provision of the new draft, or a deleted one of the old.
struct Child {
    bool deleted;
    uint32_t index;
};

// A span of text to wrap in an element while writing a paragraph.
struct Mark {
    uint32_t begin, end;
    enum Kind { Definition, Reference, Note, Cue } kind;
    const Inline* inl = nullptr;
    std::string strength;
};

// pugixml's output appended to a string.
struct StringWriter : pugi::xml_writer {
    std::string text;
    void write(const void* data, size_t size) override { text.append(static_cast<const char*>(data), size); }
};

// How many bytes pugixml would write.
struct ByteCounter : pugi::xml_writer {
    size_t bytes = 0;
    void write(const void*, size_t size) override { bytes += size; }
};

class Emitter {
public:
    Emitter(const Instrument& in, const analysis::InstrumentAnalysis& a, const Redline* redline = nullptr)
        : in_(in), a_(a), redline_(redline) {}

    std::string run() {
        InstrumentKind kind = in_.meta.kind.value_or(InstrumentKind::Declaration);
        DocumentType type = document_type(kind);
        auto root = doc_.append_child("akomaNtoso");
        root.append_attribute("xmlns") = kNamespace;
        root.append_attribute("xmlns:pacta") = kPactaNamespace;
        auto document = root.append_child(std::string(type.element).c_str());
        document.append_attribute("name") = std::string(type.name).c_str();
        if (redline_) document.append_attribute("contains") = "singleVersion";
        write_meta(document.append_child("meta"), type);
        write_preamble(document);
        auto body = document.append_child(std::string(body_element(type)).c_str());
        bool any = false;
        for (Child c : children_of(-1)) {
            if (!c.deleted) {
                ProvisionKind k = in_.provisions[c.index].kind;
                if (k == ProvisionKind::Preamble || k == ProvisionKind::Conclusions) continue;
            }
            write_child(body, c);
            any = true;
        }
        if (!any) body.append_child("hcontainer").append_attribute("name") = "empty";
        write_conclusions(document);
        return serialise();
    }

private:
    // Saved twice: once to count the bytes, then into a string of exactly
    // that size. Growing the string instead would copy the document into
    // ever larger fresh memory, and on large documents the page faults of
    // those copies cost more than formatting the document twice.
    std::string serialise() const {
        constexpr std::string_view declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        const unsigned flags = pugi::format_indent | pugi::format_no_declaration;
        ByteCounter counter;
        doc_.save(counter, "  ", flags, pugi::encoding_utf8);
        StringWriter out;
        out.text.reserve(declaration.size() + counter.bytes);
        out.text = declaration;
        doc_.save(out, "  ", flags, pugi::encoding_utf8);
        return std::move(out.text);
    }

    std::string work_uri(const DocumentType& type) const {
        std::string date = in_.meta.date.empty() ? "0001-01-01" : in_.meta.date;
        return fmt::format("/akn/zz/{}/{}/{}", type.element, date, in_.meta.id.empty() ? "untitled" : in_.meta.id);
    }

    void frbr(pugi::xml_node level, const std::string& uri, const std::string& component, const std::string& author) {
        level.append_child("FRBRthis").append_attribute("value") = (uri + component).c_str();
        level.append_child("FRBRuri").append_attribute("value") = uri.c_str();
        auto date = level.append_child("FRBRdate");
        date.append_attribute("date") = (in_.meta.date.empty() ? "0001-01-01" : in_.meta.date).c_str();
        date.append_attribute("name") = in_.meta.date.empty() ? "unknown" : "signature";
        level.append_child("FRBRauthor").append_attribute("href") = author.c_str();
    }

    void write_meta(pugi::xml_node meta, const DocumentType& type) {
        auto id = meta.append_child("identification");
        id.append_attribute("source") = "#pacta";
        std::string work = work_uri(type);
        std::string language = language_code();
        std::string expression = fmt::format("{}/{}@{}", work, language, in_.meta.version.empty() ? "" : version_slug());
        std::string author = in_.meta.parties.empty() ? "#pacta" : "#" + in_.meta.parties.front().code;
        auto w = id.append_child("FRBRWork");
        frbr(w, work, "/!main", author);
        w.append_child("FRBRcountry").append_attribute("value") = "zz";
        if (!in_.meta.title.empty()) w.append_child("FRBRname").append_attribute("value") = in_.meta.title.c_str();
        auto e = id.append_child("FRBRExpression");
        frbr(e, expression, "/!main", author);
        if (!in_.meta.version.empty()) e.append_child("FRBRversionNumber").append_attribute("value") = in_.meta.version.c_str();
        e.append_child("FRBRlanguage").append_attribute("language") = language.c_str();
        auto m = id.append_child("FRBRManifestation");
        frbr(m, expression + ".akn", "/!main.xml", "#pacta");

        auto refs = meta.append_child("references");
        refs.append_attribute("source") = "#pacta";
        for (const Party& p : in_.meta.parties) {
            auto o = refs.append_child("TLCOrganization");
            o.append_attribute("eId") = p.code.c_str();
            o.append_attribute("href") = fmt::format("/akn/ontology/organization/zz/{}", p.code).c_str();
            o.append_attribute("showAs") = p.name.c_str();
        }
        if (!in_.meta.place.empty()) {  // where it was signed or adopted
            auto place = refs.append_child("TLCLocation");
            place.append_attribute("eId") = "place";
            place.append_attribute("href") = "/akn/ontology/location/zz/place";
            place.append_attribute("showAs") = in_.meta.place.c_str();
        }
        auto tool = refs.append_child("TLCOrganization");
        tool.append_attribute("eId") = "pacta";
        tool.append_attribute("href") = "/akn/ontology/organization/zz/pacta";
        tool.append_attribute("showAs") = "pacta";
        for (auto name : all_strength_names()) {
            auto c = refs.append_child("TLCConcept");
            c.append_attribute("eId") = fmt::format("strength_{}", name).c_str();
            c.append_attribute("href") = fmt::format("/akn/ontology/concept/pacta/strength/{}", name).c_str();
            c.append_attribute("showAs") = std::string(name).c_str();
        }
        for (const Provision& p : in_.provisions)
            for (const Prose* prose : {&p.heading, &p.body})
                for (const Inline& i : prose->inlines)
                    if (i.kind == Inline::Kind::Definition) add_term(refs, prose->text.substr(i.begin, i.end - i.begin));
    }

    std::string term_id(std::string_view term) const {
        std::string id = "trm_";
        for (char c : term) id += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : '_';
        return id;
    }

    void add_term(pugi::xml_node refs, const std::string& term) {
        std::string id = term_id(term);
        if (std::find(terms_.begin(), terms_.end(), id) != terms_.end()) return;
        terms_.push_back(id);
        auto t = refs.append_child("TLCTerm");
        t.append_attribute("eId") = id.c_str();
        t.append_attribute("href") = fmt::format("/akn/ontology/term/zz/{}", id).c_str();
        t.append_attribute("showAs") = term.c_str();
    }

    std::string language_code() const {
        std::string l = in_.meta.language.substr(0, in_.meta.language.find('-'));
        if (l == "en" || l.empty()) return "eng";
        if (l == "fr") return "fra";
        if (l == "es") return "spa";
        return l;
    }

    std::string version_slug() const {
        std::string s;
        for (char c : in_.meta.version) s += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
        return s;
    }

    void attach_analysis(pugi::xml_node node, uint32_t index) {
        const auto& a = a_.provisions[index];
        if (!a.analysed) return;
        node.append_attribute("refersTo") = fmt::format("#strength_{}", strength_name(a.strength)).c_str();
        node.append_attribute("pacta:strength") = std::string(strength_name(a.strength)).c_str();
        if (!a.actor_text.empty()) node.append_attribute("pacta:actor") = a.actor_text.c_str();
        if (!a.hedges.empty()) {
            std::string hedges;
            for (const auto& h : a.hedges) hedges += (hedges.empty() ? "" : "; ") + h.words;
            node.append_attribute("pacta:hedges") = hedges.c_str();
        }
    }

    // Writes prose as a <p>, with definitions, references, footnotes and the
    // deciding cue marked inline; in a redline, with the words inserted and
    // deleted since the old draft in <ins> and <del>.
    void write_p(pugi::xml_node parent, const Prose& prose, const std::string& owner_id, int32_t index) {
        auto p = parent.append_child("p");
        // pugixml writes an element inline, without indentation that would add
        // white space to the clause, when its first child is text.
        p.append_child(pugi::node_pcdata);
        Marks marks{marks_of(prose, index), {}, {}};
        marks.written.assign(marks.list.size(), false);
        const diff::Pair* pair = redline_ && index >= 0 && &prose == &in_.provisions[index].body ? redline_->pair_of_new[index] : nullptr;
        if (pair && pair->text_changed) write_runs(p, prose, marks, pair->runs, owner_id);
        else write_span(p, prose, marks, 0, static_cast<uint32_t>(prose.text.size()), owner_id);
        // Always end on text (empty if need be), so that pugixml adds no
        // indentation inside the paragraph either.
        p.append_child(pugi::node_pcdata);
    }

    struct Marks {
        std::vector<Mark> list;      // by position
        std::vector<bool> written;
        struct { int notes = 0, refs = 0, inlines = 0, ins = 0, del = 0; } counts;
    };

    std::vector<Mark> marks_of(const Prose& prose, int32_t index) const {
        std::vector<Mark> marks;
        for (const Inline& i : prose.inlines)
            marks.push_back({i.begin, i.end,
                             i.kind == Inline::Kind::Definition  ? Mark::Definition
                             : i.kind == Inline::Kind::Reference ? Mark::Reference
                                                                 : Mark::Note,
                             &i, ""});
        if (index >= 0 && &prose == &in_.provisions[index].body && in_.provisions[index].kind != ProvisionKind::Formula) {
            const auto& a = a_.provisions[index];
            if (a.analysed && a.main >= 0) {
                const auto& cue = a.cues[a.main];
                bool overlaps = std::any_of(marks.begin(), marks.end(), [&](const Mark& m) {
                    return m.kind != Mark::Note && m.begin < cue.span.end && cue.span.begin < m.end;
                });
                if (!overlaps) marks.push_back({cue.span.begin, cue.span.end, Mark::Cue, nullptr, std::string(strength_name(cue.strength))});
            }
        }
        std::stable_sort(marks.begin(), marks.end(), [](const Mark& x, const Mark& y) { return x.begin < y.begin; });
        return marks;
    }

    // The redline of a changed provision: its new text run by run. A mark
    // that straddles a change is left out (its words are all kept).
    void write_runs(pugi::xml_node p, const Prose& prose, Marks& marks, const std::vector<diff::Run>& runs, const std::string& owner_id) {
        uint32_t at = 0;
        for (const diff::Run& run : runs) {
            if (run.op == diff::Op::Delete) {
                auto del = p.append_child("del");
                del.append_attribute("eId") = fmt::format("{}__del_{}", owner_id, ++marks.counts.del).c_str();
                std::string_view deleted = run.old_text.substr(0, run.old_text.find('\0'));  // as far as a C string would go
                del.append_child(pugi::node_pcdata).set_value(deleted.data(), deleted.size());
                p.append_child(pugi::node_pcdata);  // text between elements keeps pugixml from indenting the next
                continue;
            }
            auto end = static_cast<uint32_t>(at + run.new_text.size());
            if (run.op == diff::Op::Equal) {
                write_span(p, prose, marks, at, end, owner_id);
            } else {
                auto ins = p.append_child("ins");
                ins.append_attribute("eId") = fmt::format("{}__ins_{}", owner_id, ++marks.counts.ins).c_str();
                ins.append_child(pugi::node_pcdata);
                write_span(ins, prose, marks, at, end, owner_id);
                ins.append_child(pugi::node_pcdata);
                p.append_child(pugi::node_pcdata);
            }
            at = end;
        }
    }

    // Text [begin, end) of the prose, with the marks that lie inside it.
    void write_span(pugi::xml_node node, const Prose& prose, Marks& marks, uint32_t begin, uint32_t end, const std::string& owner_id) {
        const std::string_view text = prose.text;
        uint32_t at = begin;
        for (size_t k = 0; k < marks.list.size(); ++k) {
            const Mark& m = marks.list[k];
            if (marks.written[k] || m.begin < at || m.end > end || (m.begin == end && m.end > m.begin)) continue;
            if (m.begin > at) append_text(node, text.substr(at, m.begin - at));
            write_mark(node, m, text.substr(m.begin, m.end - m.begin), owner_id, marks);
            node.append_child(pugi::node_pcdata);
            marks.written[k] = true;
            at = m.end;
        }
        if (at < end) append_text(node, text.substr(at, end - at));
    }

    // A text child with these words; views of the prose, so that no copy of
    // each run is made on the way into pugixml.
    static void append_text(pugi::xml_node node, std::string_view words) {
        node.append_child(pugi::node_pcdata).set_value(words.data(), words.size());
    }

    void write_mark(pugi::xml_node node, const Mark& m, std::string_view words, const std::string& owner_id, Marks& marks) {
        switch (m.kind) {
        case Mark::Definition: {
            auto d = node.append_child("def");
            d.append_attribute("refersTo") = ("#" + term_id(words)).c_str();
            append_text(d, words);
            break;
        }
        case Mark::Reference: {
            auto r = node.append_child("ref");
            r.append_attribute("eId") = fmt::format("{}__ref_{}", owner_id, ++marks.counts.refs).c_str();
            r.append_attribute("href") = ("#" + m.inl->target).c_str();
            append_text(r, words);
            break;
        }
        case Mark::Note: {
            auto n = node.append_child("authorialNote");
            n.append_attribute("eId") = fmt::format("{}__authorialNote_{}", owner_id, ++marks.counts.notes).c_str();
            n.append_attribute("marker") = std::to_string(++note_marker_).c_str();
            n.append_attribute("placement") = "bottom";
            n.append_child(pugi::node_pcdata);  // written inline: no white space added around the note
            n.append_child("p").append_child(pugi::node_pcdata).set_value(m.inl->note.c_str());
            n.append_child(pugi::node_pcdata);
            break;
        }
        case Mark::Cue: {
            auto c = node.append_child("inline");
            c.append_attribute("eId") = fmt::format("{}__inline_{}", owner_id, ++marks.counts.inlines).c_str();
            c.append_attribute("name") = "cue";
            c.append_attribute("refersTo") = fmt::format("#strength_{}", m.strength).c_str();
            append_text(c, words);
            break;
        }
        }
    }

    // A redline's heading change for a provision of the new draft is given.
    void write_num_heading(pugi::xml_node node, const Provision& p, const diff::HeadingChange* change = nullptr) {
        if (!p.number.empty()) node.append_child("num").append_child(pugi::node_pcdata).set_value(display_number(p.kind, p.number).c_str());
        if (change) return write_heading_redline(node, p, *change);
        if (!p.heading.text.empty()) {
            auto h = node.append_child("heading");
            h.append_child(pugi::node_pcdata).set_value(p.heading.text.c_str());
        }
    }

    const diff::HeadingChange* heading_change(const Provision& p) const {
        if (!redline_) return nullptr;
        auto it = redline_->heading_of_new.find(p.id);
        return it == redline_->heading_of_new.end() ? nullptr : it->second;
    }

    // A heading that changed: the old one deleted, the new one inserted.
    void write_heading_redline(pugi::xml_node node, const Provision& p, const diff::HeadingChange& change) {
        auto h = node.append_child("heading");
        h.append_child(pugi::node_pcdata);
        if (!change.old_heading.empty()) {
            auto del = h.append_child("del");
            del.append_attribute("eId") = (p.id + "__heading__del_1").c_str();
            del.append_child(pugi::node_pcdata).set_value(change.old_heading.c_str());
            h.append_child(pugi::node_pcdata).set_value(change.new_heading.empty() ? "" : " ");
        }
        if (!change.new_heading.empty()) {
            auto ins = h.append_child("ins");
            ins.append_attribute("eId") = (p.id + "__heading__ins_1").c_str();
            ins.append_child(pugi::node_pcdata).set_value(change.new_heading.c_str());
        }
        h.append_child(pugi::node_pcdata);
    }

    void write_provision(pugi::xml_node parent, uint32_t index) {
        const Provision& p = in_.provisions[index];
        auto node = parent.append_child(std::string(element_of(p.kind)).c_str());
        if (element_of(p.kind) == "hcontainer")
            node.append_attribute("name") = std::string(provision_kind_name(p.kind)).c_str();
        node.append_attribute("eId") = p.id.c_str();
        attach_analysis(node, index);
        attach_change(node, index);
        write_num_heading(node, p, heading_change(p));
        std::vector<Child> children = children_of(static_cast<int32_t>(index));
        if (children.empty()) {
            write_p(node.append_child("content"), p.body, p.id, static_cast<int32_t>(index));
            return;
        }
        if (!p.body.text.empty() || !p.body.inlines.empty()) write_p(node.append_child("intro"), p.body, p.id, static_cast<int32_t>(index));
        for (Child c : children) write_child(node, c);
    }

    // The children to write under a provision of the new draft (-1: the
    // top), with the deleted provisions of a redline at their place.
    std::vector<Child> children_of(int32_t parent) const {
        const std::vector<uint32_t>& kids = parent < 0 ? in_.top : in_.provisions[parent].children;
        std::vector<Child> out;
        auto add_deleted = [&](const std::map<int32_t, std::vector<int32_t>>& where, int32_t key) {
            if (auto it = where.find(key); redline_ && it != where.end())
                for (int32_t d : it->second) out.push_back({true, static_cast<uint32_t>(d)});
        };
        if (redline_) add_deleted(redline_->deleted_first, parent);
        for (uint32_t k : kids) {
            out.push_back({false, k});
            if (redline_) add_deleted(redline_->deleted_after, static_cast<int32_t>(k));
        }
        return out;
    }

    void write_child(pugi::xml_node parent, Child c) {
        if (c.deleted) write_deleted(parent, c.index, element_of(redline_->old_draft.provisions[c.index].kind));
        else write_provision(parent, c.index);
    }

    // What happened to a provision since the old draft, as pacta attributes.
    void attach_change(pugi::xml_node node, uint32_t index) {
        if (!redline_ || !redline_->pair_of_new[index]) return;
        const diff::Pair& pair = *redline_->pair_of_new[index];
        if (pair.change == diff::Change::Unchanged && !pair.delta.any()) return;
        node.append_attribute("pacta:change") = std::string(diff::change_name(pair.change)).c_str();
        if (pair.old_index < 0) return;
        const std::string& was = redline_->old_draft.provisions[pair.old_index].id;
        if (was != in_.provisions[index].id) node.append_attribute("pacta:was") = was.c_str();
        const diff::Delta& d = pair.delta;
        if (d.direction != diff::Direction::Same) node.append_attribute("pacta:commitment") = std::string(diff::direction_name(d.direction)).c_str();
        if (d.old_strength != d.new_strength) node.append_attribute("pacta:was-strength") = std::string(strength_name(d.old_strength)).c_str();
        if (d.red_line_broken) node.append_attribute("pacta:red-line") = "broken";
    }

    // A provision of the old draft that the new one no longer has: its words
    // in <del>, the element marked status="removed"; its deleted children with it.
    void write_deleted(pugi::xml_node parent, uint32_t old_index, std::string_view element) {
        const Provision& p = redline_->old_draft.provisions[old_index];
        auto node = parent.append_child(std::string(element).c_str());
        if (element == "hcontainer" || element == "container") node.append_attribute("name") = std::string(provision_kind_name(p.kind)).c_str();
        if (element == "formula") node.append_attribute("name") = "enactingFormula";
        std::string id = in_.find(p.id) ? p.id + "-deleted" : p.id;
        node.append_attribute("eId") = id.c_str();
        node.append_attribute("status") = "removed";
        node.append_attribute("pacta:change") = std::string(diff::change_name(redline_->pair_of_old[old_index]
                                                                                ? redline_->pair_of_old[old_index]->change
                                                                                : diff::Change::Deleted)).c_str();
        if (element == "recital" || element == "container" || element == "formula") {
            write_deleted_p(node, p.body.text, id);
            return;
        }
        write_num_heading(node, p);
        std::vector<uint32_t> children;
        for (uint32_t c : p.children)
            if (is_old_only(c)) children.push_back(c);
        if (children.empty()) {
            write_deleted_p(node.append_child("content"), p.body.text, id);
            return;
        }
        if (!p.body.text.empty()) write_deleted_p(node.append_child("intro"), p.body.text, id);
        for (uint32_t c : children) write_deleted(node, c, element_of(redline_->old_draft.provisions[c].kind));
    }

    void write_deleted_p(pugi::xml_node parent, const std::string& text, const std::string& owner_id) {
        auto p = parent.append_child("p");
        p.append_child(pugi::node_pcdata);
        if (!text.empty()) {
            auto del = p.append_child("del");
            del.append_attribute("eId") = (owner_id + "__del_1").c_str();
            del.append_child(pugi::node_pcdata).set_value(text.c_str());
        }
        p.append_child(pugi::node_pcdata);
    }

    bool is_old_only(uint32_t old_index) const {
        const diff::Pair* pair = redline_->pair_of_old[old_index];
        return pair && pair->new_index < 0;
    }

    void write_preamble(pugi::xml_node document) {
        for (uint32_t i : in_.top) {
            const Provision& pre = in_.provisions[i];
            if (pre.kind != ProvisionKind::Preamble || pre.children.empty()) continue;
            auto preamble = document.append_child("preamble");
            pugi::xml_node recitals;
            int formulas = 0;
            for (Child child : children_of(static_cast<int32_t>(i))) {
                if (child.deleted && redline_->old_draft.provisions[child.index].kind == ProvisionKind::Formula) {
                    recitals = pugi::xml_node();
                    write_deleted(preamble, child.index, "formula");
                    continue;
                }
                if (child.deleted) {
                    if (!recitals) {
                        recitals = preamble.append_child("recitals");
                        recitals.append_attribute("eId") = fmt::format("preamble__recs_{}", ++recital_groups_).c_str();
                    }
                    write_deleted(recitals, child.index, "recital");
                    continue;
                }
                uint32_t c = child.index;
                const Provision& p = in_.provisions[c];
                if (p.kind == ProvisionKind::Formula) {
                    recitals = pugi::xml_node();
                    auto f = preamble.append_child("formula");
                    f.append_attribute("name") = ++formulas == 1 && !any_recital_before(pre, c) ? "enactingAuthority" : "enactingFormula";
                    f.append_attribute("eId") = p.id.c_str();
                    write_p(f, p.body, p.id, static_cast<int32_t>(c));
                    continue;
                }
                if (!recitals) {
                    recitals = preamble.append_child("recitals");
                    recitals.append_attribute("eId") = fmt::format("preamble__recs_{}", ++recital_groups_).c_str();
                }
                auto r = recitals.append_child("recital");
                r.append_attribute("eId") = p.id.c_str();
                attach_analysis(r, c);
                attach_change(r, c);
                if (!p.number.empty()) r.append_child("num").append_child(pugi::node_pcdata).set_value(("(" + p.number + ")").c_str());
                write_p(r, p.body, p.id, static_cast<int32_t>(c));
            }
            return;
        }
    }

    bool any_recital_before(const Provision& pre, uint32_t index) const {
        for (uint32_t c : pre.children) {
            if (c == index) return false;
            if (in_.provisions[c].kind != ProvisionKind::Formula) return true;
        }
        return false;
    }

    void write_conclusions(pugi::xml_node document) {
        for (uint32_t i : in_.top) {
            const Provision& fin = in_.provisions[i];
            if (fin.kind != ProvisionKind::Conclusions || fin.children.empty()) continue;
            auto conclusions = document.append_child("conclusions");
            for (Child child : children_of(static_cast<int32_t>(i))) {
                if (child.deleted) {
                    write_deleted(conclusions, child.index, "container");
                    continue;
                }
                uint32_t c = child.index;
                const Provision& p = in_.provisions[c];
                if (p.kind == ProvisionKind::Formula) {
                    auto f = conclusions.append_child("formula");
                    f.append_attribute("name") = "witnessingClause";
                    f.append_attribute("eId") = p.id.c_str();
                    write_p(f, p.body, p.id, static_cast<int32_t>(c));
                } else if (p.kind == ProvisionKind::Signature) {
                    auto box = conclusions.append_child("container");
                    box.append_attribute("name") = "signature";
                    box.append_attribute("eId") = p.id.c_str();
                    auto line = box.append_child("p");
                    line.append_child(pugi::node_pcdata);
                    auto sig = line.append_child("signature");
                    sig.append_child(pugi::node_pcdata);
                    auto party = sig.append_child("party");
                    party.append_attribute("refersTo") = ("#" + p.actors.front()).c_str();
                    party.append_child(pugi::node_pcdata).set_value(p.body.text.c_str());
                } else {
                    auto box = conclusions.append_child("container");
                    box.append_attribute("name") = "finalClause";
                    box.append_attribute("eId") = p.id.c_str();
                    attach_analysis(box, c);
                    attach_change(box, c);
                    write_p(box, p.body, p.id, static_cast<int32_t>(c));
                    for (uint32_t g : p.children) write_p(box, in_.provisions[g].body, in_.provisions[g].id, static_cast<int32_t>(g));
                }
            }
            return;
        }
    }

    const Instrument& in_;
    const analysis::InstrumentAnalysis& a_;
    const Redline* redline_;
    pugi::xml_document doc_;
    std::vector<std::string> terms_;
    int note_marker_ = 0;
    int recital_groups_ = 0;
};

} // namespace

std::string file_name(const Instrument& instrument) {
    auto slug = [](std::string_view s) {
        std::string out;
        for (char c : s) {
            char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            bool keep = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
            if (keep) out += l;
            else if (!out.empty() && out.back() != '-') out += '-';
        }
        while (!out.empty() && out.back() == '-') out.pop_back();
        return out;
    };
    std::string name = slug(instrument.meta.id.empty() ? std::string_view("instrument") : std::string_view(instrument.meta.id));
    if (name.empty()) name = "instrument";
    if (std::string version = slug(instrument.meta.version); !version.empty()) name += "." + version;
    return name + ".xml";
}

std::string emit(const Instrument& instrument, const analysis::InstrumentAnalysis& analysis) {
    return Emitter(instrument, analysis).run();
}

namespace {

// Where each old-only provision (deleted, or merged into another) is shown:
// right after the new provision that precedes it in the alignment, lifted to
// be a sibling under its old parent's counterpart; first in that parent when
// nothing precedes it there.
void place_deleted(const Instrument& old_draft, const Instrument& new_draft, Redline& r) {
    auto counterpart = [&](int32_t old_index) -> int32_t {
        if (old_index < 0) return -1;
        if (const diff::Pair* p = r.pair_of_old[old_index]; p && p->new_index >= 0) return p->new_index;
        const Provision* same = new_draft.find(old_draft.provisions[old_index].id);
        return same ? static_cast<int32_t>(same - new_draft.provisions.data()) : -1;
    };
    int32_t last_new = -1;
    for (const diff::Pair& pair : r.diff.pairs) {
        if (pair.new_index >= 0) {
            last_new = pair.new_index;
            continue;
        }
        int32_t old_parent = old_draft.provisions[pair.old_index].parent;
        if (old_parent >= 0 && r.pair_of_old[old_parent] && r.pair_of_old[old_parent]->new_index < 0) continue;  // shown with its parent
        int32_t parent = counterpart(old_parent);
        int32_t anchor = last_new;
        while (anchor >= 0 && new_draft.provisions[anchor].parent != parent) anchor = new_draft.provisions[anchor].parent;
        if (anchor < 0 && parent >= 0 && new_draft.provisions[parent].children.empty()) anchor = parent;  // no children allowed in a leaf
        if (anchor >= 0) r.deleted_after[anchor].push_back(pair.old_index);
        else r.deleted_first[parent].push_back(pair.old_index);
    }
}

} // namespace

std::string emit_redline(diff::Side old_draft, diff::Side new_draft, const diff::DraftDiff& d) {
    Redline r{old_draft.instrument, d, std::vector<const diff::Pair*>(new_draft.instrument.provisions.size()), {}, {},
              std::vector<const diff::Pair*>(old_draft.instrument.provisions.size()), {}};
    for (const diff::HeadingChange& h : d.headings) r.heading_of_new.emplace(h.new_id, &h);
    for (const diff::Pair& p : d.pairs) {
        if (p.old_index >= 0 && p.change != diff::Change::Split) r.pair_of_old[p.old_index] = &p;
        if (p.new_index >= 0 && p.change != diff::Change::Merged) r.pair_of_new[p.new_index] = &p;
    }
    place_deleted(old_draft.instrument, new_draft.instrument, r);
    return Emitter(new_draft.instrument, new_draft.analysis, &r).run();
}

} // namespace pacta::akn
