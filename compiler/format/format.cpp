#include "format/format.h"
#include "text/text.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

namespace pacta::format {

namespace {

// Inline content keeps its edge spaces only if they are escaped.
void escape_inline_into(std::string& out, std::string_view content) {
    size_t b = 0, e = content.size();
    if (b < e && (content[b] == ' ' || content[b] == '\t')) out += '\\', out += content[b++];
    bool trailing = e > b && (content[e - 1] == ' ' || content[e - 1] == '\t');
    text::escape_prose_into(out, content.substr(b, e - b - (trailing ? 1 : 0)));
    if (trailing) out += '\\', out += content[e - 1];
}

// Breaks `markup` into lines of at most `width` columns (when words allow),
// only at single spaces outside inline markup and never before a word that
// would read as structure.
std::vector<std::string_view> wrap(std::string_view markup, size_t first_width, size_t width) {
    std::vector<size_t> breaks;  // positions of breakable spaces
    int depth = 0;
    for (size_t i = 0; i < markup.size(); ++i) {
        char c = markup[i];
        if (c == '\\') { ++i; continue; }
        if (c == '{') ++depth;
        else if (c == '}') depth = std::max(0, depth - 1);
        else if (c == ' ' && depth == 0 && i > 0 && i + 1 < markup.size() && markup[i - 1] != ' ' && markup[i + 1] != ' ' &&
                 markup[i - 1] != '\t' && markup[i + 1] != '\t' && !text::reads_as_structure(markup.substr(i + 1)))
            breaks.push_back(i);
    }
    auto columns = [&](size_t from, size_t to) {
        size_t n = 0;
        for (size_t i = from; i < to; ++i)
            if ((static_cast<unsigned char>(markup[i]) & 0xC0) != 0x80) ++n;
        return n;
    };
    std::vector<std::string_view> lines;
    size_t start = 0, limit = first_width;
    size_t fit = std::string_view::npos;  // the last break that keeps the line within the limit
    auto cut = [&](size_t at) {
        lines.push_back(markup.substr(start, at - start));
        start = at + 1;
        limit = width;
        fit = std::string_view::npos;
    };
    for (size_t b : breaks) {
        if (columns(start, b) <= limit) { fit = b; continue; }
        if (fit != std::string_view::npos) cut(fit);
        if (columns(start, b) <= limit) fit = b;
        else cut(b);  // one word longer than a line: it stands alone
    }
    if (columns(start, markup.size()) > limit && fit != std::string_view::npos) cut(fit);
    lines.push_back(markup.substr(start));
    return lines;
}

class Printer {
public:
    explicit Printer(const Instrument& in) : in_(in) {}

    std::string run() {
        print_metadata();
        indent_.resize(in_.provisions.size());
        for (uint32_t i = 0; i < in_.provisions.size(); ++i) print_provision(i);
        if (!in_.trailing_comments.empty()) out_ += '\n';
        for (const auto& c : in_.trailing_comments) out_ += c + '\n';
        return std::move(out_);
    }

private:
    void directive(std::string_view name, std::string_view value) {
        if (!value.empty()) out_ += fmt::format("{:<12}{}\n", fmt::format("@{}", name), value);
    }

    void print_metadata() {
        const Metadata& m = in_.meta;
        for (const auto& c : m.comments) out_ += c + '\n';
        if (m.kind) directive("instrument", kind_name(*m.kind));
        directive("id", m.id);
        directive("title", m.title);
        for (const Party& p : m.parties) directive("party", fmt::format("{} = {}", p.code, p.name));
        directive("date", m.date);
        directive("place", m.place);
        directive("lang", m.language);
        directive("version", m.version);
        directive("supersedes", m.supersedes);
    }

    static bool is_item(const Provision& p) {
        return p.kind == ProvisionKind::Paragraph || p.kind == ProvisionKind::Point || p.kind == ProvisionKind::Recital;
    }

    static std::string marker_of(const Provision& p) {
        if (p.number.empty()) return "";
        return p.kind == ProvisionKind::Paragraph ? p.number + "." : "(" + p.number + ")";
    }

    // Items hang under the text of their parent: "1. Text" puts its items and
    // wrapped lines at column 3, "(a) Text" at 4 more. Unnumbered text and
    // headings wrap at 3 (any indentation reads as a continuation).
    uint32_t text_column(uint32_t index) const {
        const Provision& p = in_.provisions[index];
        if (!is_item(p)) return 3;
        return p.number.empty() ? indent_[index] + 3 : indent_[index] + static_cast<uint32_t>(marker_of(p).size()) + 1;
    }

    uint32_t indent_for(const Provision& p) const {
        if (!is_item(p) || p.parent < 0 || !is_item(in_.provisions[p.parent])) return 0;
        return text_column(static_cast<uint32_t>(p.parent));
    }

    static std::string_view keyword_of(ProvisionKind k) {
        switch (k) {
        case ProvisionKind::Preamble: return "PREAMBLE";
        case ProvisionKind::Part: return "PART";
        case ProvisionKind::Title: return "TITLE";
        case ProvisionKind::Annex: return "ANNEX";
        case ProvisionKind::Chapter: return "CHAPTER";
        case ProvisionKind::Section: return "SECTION";
        case ProvisionKind::Article: return "ARTICLE";
        case ProvisionKind::Norm: return "NORM";
        case ProvisionKind::Cbm: return "CBM";
        case ProvisionKind::Conclusions: return "FINAL";
        case ProvisionKind::Formula: return "FORMULA";
        case ProvisionKind::Signature: return "SIGNATURE";
        default: return "";
        }
    }

    std::string annotations(const Provision& p) const {
        std::string s;
        if (p.expect) s += fmt::format(" !expect {}", strength_name(*p.expect));
        if (p.kind != ProvisionKind::Signature)
            for (const auto& a : p.actors) s += fmt::format(" !actor {}", a);
        return s;
    }

    // Writes `head` followed by the prose, wrapped; continuation lines are
    // indented `indent + 4`. `at_line_start` says whether the prose begins a
    // line of its own (and so must not read as structure).
    void emit(std::string head, const Prose& prose, uint32_t indent, uint32_t wrap_column, bool after_head) {
        std::string markup = render_prose(prose);
        bool needs_escape = after_head ? !markup.empty() && (markup[0] == '!' || markup[0] == ' ' || markup[0] == '\t')
                                       : text::reads_as_structure(markup);
        if (needs_escape) markup.insert(markup.begin(), '\\');
        if (!markup.empty() && (markup.back() == ' ' || markup.back() == '\t') &&
            (markup.size() < 2 || markup[markup.size() - 2] != '\\'))
            markup.insert(markup.end() - 1, '\\');
        std::string prefix = std::string(indent, ' ') + head;
        if (!head.empty() && !markup.empty()) prefix += ' ';
        size_t first = kWidth > prefix.size() + 20 ? kWidth - prefix.size() : 20;
        std::string continuation(wrap_column, ' ');
        auto lines = wrap(markup, first, kWidth - continuation.size());
        out_ += prefix;
        for (size_t i = 0; i < lines.size(); ++i) {
            if (i) out_ += continuation;
            out_ += lines[i];
            out_ += '\n';
        }
    }

    void print_provision(uint32_t index) {
        const Provision& p = in_.provisions[index];
        uint32_t indent = indent_[index] = indent_for(p);
        std::string_view keyword = keyword_of(p.kind);
        bool blank_before = !keyword.empty() && p.kind != ProvisionKind::Formula && p.kind != ProvisionKind::Signature;
        if (blank_before && !out_.empty()) out_ += '\n';
        for (const auto& c : p.comments) out_ += std::string(indent, ' ') + c + '\n';
        if (!keyword.empty()) {
            std::string head(keyword);
            if (!p.number.empty()) head += ' ' + p.number;
            head += annotations(p);
            bool own_heading = p.kind != ProvisionKind::Formula && p.kind != ProvisionKind::Signature;
            emit(head, own_heading ? p.heading : p.body, 0, 3, true);
            if (own_heading && !p.body.empty()) emit("", p.body, 0, 3, false);
            return;
        }
        if (p.number.empty()) {  // unnumbered: the grammar gives it no annotations
            emit("", p.body, indent, text_column(index), false);
            return;
        }
        emit(marker_of(p) + annotations(p), p.body, indent, text_column(index), true);
    }

    const Instrument& in_;
    std::string out_;
    std::vector<uint32_t> indent_;  // by provision index, filled in document order
};

} // namespace

std::string render_prose(const Prose& prose) {
    std::string out;
    size_t at = 0;
    const std::string& t = prose.text;
    for (const Inline& i : prose.inlines) {
        text::escape_prose_into(out, std::string_view(t).substr(at, i.begin - at));
        switch (i.kind) {
        case Inline::Kind::Definition:
            out += "{def: ";
            escape_inline_into(out, std::string_view(t).substr(i.begin, i.end - i.begin));
            out += '}';
            break;
        case Inline::Kind::Reference:
            out += fmt::format("{{ref {}: ", i.target);
            escape_inline_into(out, std::string_view(t).substr(i.begin, i.end - i.begin));
            out += '}';
            break;
        case Inline::Kind::Note:
            out += "{note: ";
            escape_inline_into(out, i.note);
            out += '}';
            break;
        }
        at = i.end;
    }
    text::escape_prose_into(out, std::string_view(t).substr(at));
    return out;
}

std::string format_instrument(const Instrument& instrument) { return Printer(instrument).run(); }

} // namespace pacta::format

