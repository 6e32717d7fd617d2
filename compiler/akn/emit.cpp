#include "akn/akn.h"

#include <algorithm>
#include <sstream>

#include <fmt/format.h>
#include <pugixml.hpp>

namespace pacta::akn {

namespace {

constexpr const char* kNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
constexpr const char* kPactaNamespace = "https://pacta.invalid/ns/analysis/1.0";

bool has_hierarchy_body(InstrumentKind k) { return is_legally_binding(k) || k == InstrumentKind::CodeOfConduct; }

std::string_view element_of(ProvisionKind k) {
    switch (k) {
    case ProvisionKind::Part: return "part";
    case ProvisionKind::Chapter: return "chapter";
    case ProvisionKind::Section: return "section";
    case ProvisionKind::Article: return "article";
    case ProvisionKind::Paragraph: return "paragraph";
    case ProvisionKind::Point: return "point";
    default: return "hcontainer";
    }
}

// A span of text to wrap in an element while writing a paragraph.
struct Mark {
    uint32_t begin, end;
    enum Kind { Definition, Reference, Note, Cue } kind;
    const Inline* inl = nullptr;
    std::string strength;
};

class Emitter {
public:
    Emitter(const Instrument& in, const analysis::InstrumentAnalysis& a) : in_(in), a_(a) {}

    std::string run() {
        InstrumentKind kind = in_.meta.kind.value_or(InstrumentKind::Declaration);
        DocumentType type = document_type(kind);
        auto root = doc_.append_child("akomaNtoso");
        root.append_attribute("xmlns") = kNamespace;
        root.append_attribute("xmlns:pacta") = kPactaNamespace;
        auto document = root.append_child(std::string(type.element).c_str());
        document.append_attribute("name") = std::string(type.name).c_str();
        write_meta(document.append_child("meta"), type);
        write_preamble(document);
        auto body = document.append_child(has_hierarchy_body(kind) ? "body" : "mainBody");
        bool any = false;
        for (uint32_t i : in_.top) {
            ProvisionKind k = in_.provisions[i].kind;
            if (k == ProvisionKind::Preamble || k == ProvisionKind::Conclusions) continue;
            write_provision(body, i);
            any = true;
        }
        if (!any) body.append_child("hcontainer").append_attribute("name") = "empty";
        write_conclusions(document);
        std::ostringstream out;
        doc_.save(out, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.str();
    }

private:
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

    std::string term_id(const std::string& term) const {
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
    // deciding cue marked inline.
    void write_p(pugi::xml_node parent, const Prose& prose, const std::string& owner_id, int32_t index) {
        auto p = parent.append_child("p");
        // pugixml writes an element inline, without indentation that would add
        // white space to the clause, when its first child is text.
        p.append_child(pugi::node_pcdata);
        std::vector<Mark> marks;
        for (const Inline& i : prose.inlines)
            marks.push_back({i.begin, i.end,
                             i.kind == Inline::Kind::Definition  ? Mark::Definition
                             : i.kind == Inline::Kind::Reference ? Mark::Reference
                                                                 : Mark::Note,
                             &i, ""});
        if (index >= 0 && &prose == &in_.provisions[index].body) {
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
        uint32_t at = 0;
        int notes = 0, refs = 0, inlines = 0;
        for (const Mark& m : marks) {
            if (m.begin < at) continue;
            if (m.begin > at) p.append_child(pugi::node_pcdata).set_value(prose.text.substr(at, m.begin - at).c_str());
            std::string words = prose.text.substr(m.begin, m.end - m.begin);
            switch (m.kind) {
            case Mark::Definition: {
                auto d = p.append_child("def");
                d.append_attribute("refersTo") = ("#" + term_id(words)).c_str();
                d.append_child(pugi::node_pcdata).set_value(words.c_str());
                break;
            }
            case Mark::Reference: {
                auto r = p.append_child("ref");
                r.append_attribute("eId") = fmt::format("{}__ref_{}", owner_id, ++refs).c_str();
                r.append_attribute("href") = ("#" + m.inl->target).c_str();
                r.append_child(pugi::node_pcdata).set_value(words.c_str());
                break;
            }
            case Mark::Note: {
                auto n = p.append_child("authorialNote");
                n.append_attribute("eId") = fmt::format("{}__authorialNote_{}", owner_id, ++notes).c_str();
                n.append_attribute("marker") = std::to_string(++note_marker_).c_str();
                n.append_attribute("placement") = "bottom";
                n.append_child(pugi::node_pcdata);  // written inline: no white space added around the note
                n.append_child("p").append_child(pugi::node_pcdata).set_value(m.inl->note.c_str());
                n.append_child(pugi::node_pcdata);
                break;
            }
            case Mark::Cue: {
                auto c = p.append_child("inline");
                c.append_attribute("eId") = fmt::format("{}__inline_{}", owner_id, ++inlines).c_str();
                c.append_attribute("name") = "cue";
                c.append_attribute("refersTo") = fmt::format("#strength_{}", m.strength).c_str();
                c.append_child(pugi::node_pcdata).set_value(words.c_str());
                break;
            }
            }
            at = m.end;
        }
        // Always end on text (empty if need be), so that pugixml adds no
        // indentation inside the paragraph either.
        p.append_child(pugi::node_pcdata).set_value(at < prose.text.size() ? prose.text.substr(at).c_str() : "");
    }

    void write_num_heading(pugi::xml_node node, const Provision& p) {
        if (!p.number.empty()) node.append_child("num").append_child(pugi::node_pcdata).set_value(display_number(p.kind, p.number).c_str());
        if (!p.heading.text.empty()) {
            auto h = node.append_child("heading");
            h.append_child(pugi::node_pcdata).set_value(p.heading.text.c_str());
        }
    }

    void write_provision(pugi::xml_node parent, uint32_t index) {
        const Provision& p = in_.provisions[index];
        auto node = parent.append_child(std::string(element_of(p.kind)).c_str());
        if (element_of(p.kind) == "hcontainer")
            node.append_attribute("name") = std::string(provision_kind_name(p.kind)).c_str();
        node.append_attribute("eId") = p.id.c_str();
        attach_analysis(node, index);
        write_num_heading(node, p);
        if (p.children.empty()) {
            write_p(node.append_child("content"), p.body, p.id, static_cast<int32_t>(index));
            return;
        }
        if (!p.body.text.empty() || !p.body.inlines.empty()) write_p(node.append_child("intro"), p.body, p.id, static_cast<int32_t>(index));
        for (uint32_t c : p.children) write_provision(node, c);
    }

    void write_preamble(pugi::xml_node document) {
        for (uint32_t i : in_.top) {
            const Provision& pre = in_.provisions[i];
            if (pre.kind != ProvisionKind::Preamble || pre.children.empty()) continue;
            auto preamble = document.append_child("preamble");
            pugi::xml_node recitals;
            int formulas = 0;
            for (uint32_t c : pre.children) {
                const Provision& p = in_.provisions[c];
                if (p.kind == ProvisionKind::Formula) {
                    recitals = pugi::xml_node();
                    auto f = preamble.append_child("formula");
                    f.append_attribute("name") = ++formulas == 1 && !any_recital_before(pre, c) ? "enactingAuthority" : "enactingFormula";
                    f.append_attribute("eId") = p.id.c_str();
                    write_p(f, p.body, p.id, -1);
                    continue;
                }
                if (!recitals) {
                    recitals = preamble.append_child("recitals");
                    recitals.append_attribute("eId") = fmt::format("preamble__recs_{}", ++recital_groups_).c_str();
                }
                auto r = recitals.append_child("recital");
                r.append_attribute("eId") = p.id.c_str();
                attach_analysis(r, c);
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
            for (uint32_t c : fin.children) {
                const Provision& p = in_.provisions[c];
                if (p.kind == ProvisionKind::Formula) {
                    auto f = conclusions.append_child("formula");
                    f.append_attribute("name") = "witnessingClause";
                    f.append_attribute("eId") = p.id.c_str();
                    write_p(f, p.body, p.id, -1);
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
                    write_p(box, p.body, p.id, static_cast<int32_t>(c));
                    for (uint32_t g : p.children) write_p(box, in_.provisions[g].body, in_.provisions[g].id, static_cast<int32_t>(g));
                }
            }
            return;
        }
    }

    const Instrument& in_;
    const analysis::InstrumentAnalysis& a_;
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

} // namespace pacta::akn
