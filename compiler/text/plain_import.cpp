#include "text/import.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/nesting.h"
#include "text/text.h"

namespace pacta::text {

namespace {

bool contains_word(std::string_view text, std::string_view word) {
    std::string lower(text);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find(word) != std::string::npos;
}

// Prose as .pacta writes it, appended to `out`: braces and backslashes
// escaped, and a first character escaped when the line would otherwise read
// as structure.
void append_prose(std::string& out, std::string_view s, bool after_marker) {
    size_t start = out.size();
    escape_prose_into(out, s);
    std::string_view written = std::string_view(out).substr(start);
    // After a marker only "!" (an annotation) needs guarding; at a line start, any structure.
    bool escape = after_marker ? (!written.empty() && written[0] == '!') : reads_as_structure(written);
    if (escape && written[0] != '\\') out.insert(start, 1, '\\');
}

std::string slug(std::string_view s) {
    std::string out;
    for (char c : s) {
        char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '.') out += l;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && (out.back() == '-' || out.back() == '.')) out.pop_back();
    while (!out.empty() && !std::isalnum(static_cast<unsigned char>(out.front()))) out.erase(out.begin());
    return out.empty() ? "imported" : out;
}

bool is_roman(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::string_view("ivxlcIVXLC").find(c) != std::string_view::npos; });
}

class Importer {
public:
    explicit Importer(ImportResult& out) : out_(out) {}

    void line(uint32_t number, std::string_view raw) {
        std::string_view s = trim_blanks(raw);
        if (s.empty()) return;
        line_ = number;
        // Both kept from line to line: copying a line costs no allocation.
        line_text_.assign(s);
        std::string& text = text_;
        text.assign(s);
        // Document converters (pandoc) leave empty raw-HTML blocks in front
        // of list items; they hide the item's number. Kept as a comment, and
        // reported, so that nothing of the file is lost.
        if (auto found = converter_artefact(text)) {
            std::string artefact(found->first), rest(found->second);
            emit_line("# converter artefact: " + artefact);
            note(fmt::format("'{}' is a document converter's artefact; kept as a comment", artefact));
            if (rest.empty()) return;
            text = rest;
        }
        if (!may_be_structure(text)) return body_line(text);
        if (text == "PREAMBLE" || text == "Preamble") return open_preamble();
        if (is_enacting_formula(text)) {
            if (!in_preamble_) open_preamble();
            emit_prose_line("FORMULA ", text, true);
            in_preamble_ = false;
            after_preamble_ = true;
            return;
        }
        // EU acts open with citations ("Having regard to …"): formulas, not recitals.
        if (!after_preamble_ && !recitals_seen_ && starts_with_words(text, {"Having regard to", "HAVING REGARD TO"})) {
            if (!in_preamble_) open_preamble();
            emit_prose_line("FORMULA ", text, true);
            return;
        }
        if (is_whereas(text)) {
            if (!in_preamble_) open_preamble();
            emit_prose_line("FORMULA ", text, true);
            return;
        }
        // "TITLE III", "Chapter 2 Scope", "ANNEX VIIIa"; a capitalised word
        // followed by a sentence ("Annex V in order to …") is prose.
        // The number is roman or arabic, with a letter for one inserted between drafts.
        if (auto h = structure_heading(text)) {
            std::string keyword(h->keyword);
            for (char& c : keyword) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            if (h->keyword == keyword || h->rest.empty() || looks_like_heading(std::string(h->rest)))
                return container(keyword, std::string(h->number), std::string(h->rest));
        }
        if (auto h = article_heading(text)) return container("ARTICLE", std::string(h->number), std::string(h->rest));
        if (starts_with_words(text, {"Done at", "DONE at", "Done in", "IN WITNESS WHEREOF", "In witness whereof"})) {
            if (!in_final_) emit_blank(), emit_line("FINAL"), in_final_ = true;
            in_preamble_ = false;
            emit_prose_line("FORMULA ", text, true);
            return;
        }
        body_line(text);
    }

    void finish() {}

    void header(std::string title, std::string kind, std::string id, std::string language) {
        out_.pacta += fmt::format("@instrument {}\n@id {}\n@title {}\n@lang {}\n", kind, id, title, language);
    }

    void comment(std::string_view c) { out_.pacta += std::string(c) + "\n"; }

private:
    // Every structure pattern of line() starts with one of these words; the
    // regular expressions, slow on long lines, are tried only then.
    static bool may_be_structure(std::string_view text) {
        static constexpr std::string_view kStarts[] = {
            "PREAMBLE", "Preamble", "Have", "HAVE", "Having", "HAVING", "Whereas", "WHEREAS", "PART", "Part", "TITLE",
            "Title", "ANNEX", "Annex", "CHAPTER", "Chapter", "SECTION", "Section", "Article", "Done", "DONE", "IN WITNESS",
            "In witness"};
        return std::any_of(std::begin(kStarts), std::end(kStarts), [&](std::string_view w) { return text.starts_with(w); });
    }

    // A heading on the line after "Article 5" joins it.
    void join_heading(const std::string& text) {
        heading_pending_ = false;
        out_.pacta.back() == '\n' ? out_.pacta.pop_back() : void();
        out_.pacta += ' ';
        append_prose(out_.pacta, text, true);
        out_.pacta += '\n';
    }

    // A line that is not a heading: a numbered paragraph, an item or prose.
    void body_line(const std::string& text) {
        if (heading_pending_ && looks_like_heading(text)) return join_heading(text);
        heading_pending_ = false;
        char first = text[0];
        bool digit = first >= '0' && first <= '9', lower = first >= 'a' && first <= 'z';
        // Numbers inserted between drafts keep their neighbour's number with a letter: "(12a)", "5a.".
        if (digit) {
            size_t i = 0;
            while (i < text.size() && is_digit(text[i])) ++i;
            if (i < text.size() && is_lower(text[i])) ++i;
            if (i < text.size() && text[i] == '.')
                if (auto rest = spaces_then_rest(text, i + 1)) return item(0, text.substr(0, i), std::string(*rest), true);
        }
        if (first == '(') {
            size_t i = 1;
            while (i < text.size() && is_digit(text[i])) ++i;
            if (i > 1 && i < text.size() && is_lower(text[i])) ++i;
            if (i > 1 && i < text.size() && text[i] == ')')
                if (auto rest = spaces_then_rest(text, i + 1)) return item(0, text.substr(1, i - 1), std::string(*rest), false);
        }
        std::optional<std::string_view> lettered;
        size_t letters_at = first == '(' ? 1 : 0, letters = 0;
        if (first == '(' || lower) {
            while (letters_at + letters < text.size() && is_lower(text[letters_at + letters])) ++letters;
            size_t after = letters_at + letters;
            if ((letters == 1 || letters == 2) && after < text.size() && (text[after] == '.' || text[after] == ')'))
                lettered = spaces_then_rest(text, after + 1);
        }
        if (lettered) {
            std::string label = text.substr(letters_at, letters), rest(*lettered);
            // "c" after "b" is the next letter, "i" after "d" opens roman items.
            bool next_letter = label.size() == 1 && last_letter_.size() == 1 && label[0] == last_letter_[0] + 1;
            bool roman = is_roman(label) && !next_letter && !last_letter_.empty() && (last_level_ == 1 || last_level_ == 2);
            if (roman) return item(2, label, rest, false);
            last_letter_ = label;
            return item(1, label, rest, false);
        }
        plain(text);
    }

    static bool looks_like_heading(const std::string& text) {
        if (text.size() > 100) return false;
        char last = text.back();
        if (last == '.' || last == ';' || last == ':' || last == ',') return false;
        // Not ^(\(?[a-z0-9]+[.)]|Article|CHAPTER|Chapter|Section|SECTION)\s.* (by hand, as body_line's patterns).
        size_t i = text[0] == '(' ? 1 : 0, start = i;
        while (i < text.size() && (is_lower(text[i]) || is_digit(text[i]))) ++i;
        if (i > start && i < text.size() && (text[i] == '.' || text[i] == ')') && space_then_line(text, i + 1)) return false;
        for (std::string_view word : {"Article", "CHAPTER", "Chapter", "Section", "SECTION"})
            if (text.starts_with(word) && space_then_line(text, word.size())) return false;
        return true;
    }

    // The fixed phrases of an instrument's frame, matched by hand like the
    // headings below (these were std::regex patterns; the meaning is kept:
    // \s is C isspace, '.' matches neither CR nor LF).
    // \s*:?\s*$ from `at`.
    static bool only_colon_left(std::string_view text, size_t at) {
        at = skip_spaces(text, at);
        if (at < text.size() && text[at] == ':') at = skip_spaces(text, at + 1);
        return at == text.size();
    }
    // One of the phrases, ending at a word boundary, then anything but a line break.
    static bool starts_with_words(std::string_view text, std::initializer_list<std::string_view> phrases) {
        return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view phrase) {
            return text.starts_with(phrase) && (text.size() == phrase.size() || !is_word_char(text[phrase.size()])) &&
                   no_line_break(text.substr(phrase.size()));
        });
    }
    // "Have agreed as follows:", "HAVE ADOPTED THIS REGULATION:".
    static bool is_enacting_formula(std::string_view text) {
        for (std::string_view phrase : {"Have agreed as follows", "HAVE AGREED AS FOLLOWS"})
            if (text.starts_with(phrase) && only_colon_left(text, phrase.size())) return true;
        if (constexpr std::string_view adopted = "Have adopted this "; text.starts_with(adopted)) {
            // .* runs up to a line break, if any; from there only \s*:?\s* may follow.
            size_t line_break = text.find_first_of("\r\n", adopted.size());
            return line_break == std::string_view::npos || only_colon_left(text, line_break);
        }
        constexpr std::string_view adopted = "HAVE ADOPTED THIS ";
        if (!text.starts_with(adopted)) return false;
        size_t at = adopted.size();
        while (at < text.size() && ((text[at] >= 'A' && text[at] <= 'Z') || text[at] == ' ')) ++at;
        return at > adopted.size() && only_colon_left(text, at);
    }
    static bool is_whereas(std::string_view text) {
        for (std::string_view word : {"Whereas", "WHEREAS"})
            if (text.starts_with(word) && only_colon_left(text, word.size())) return true;
        return false;
    }
    // Pandoc's empty raw-HTML block, "```{=html} <!-- … --> ```", in front
    // of a line: the artefact and what follows it.
    static std::optional<std::pair<std::string_view, std::string_view>> converter_artefact(std::string_view text) {
        constexpr std::string_view open = "```{=html}";
        if (!text.starts_with(open)) return std::nullopt;
        size_t at = skip_spaces(text, open.size());
        if (!text.substr(at).starts_with("<!--")) return std::nullopt;
        // The comment ends at the first "-->" that a closing fence and a
        // rest without line breaks follow; the comment holds no line break.
        for (size_t close = text.find("-->", at + 4); close != std::string_view::npos; close = text.find("-->", close + 1)) {
            if (!no_line_break(text.substr(at + 4, close - (at + 4)))) break;
            size_t fence = skip_spaces(text, close + 3);
            if (!text.substr(fence).starts_with("```")) continue;
            size_t end = fence + 3;
            std::string_view rest = text.substr(skip_spaces(text, end));
            if (no_line_break(rest)) return std::pair{text.substr(0, end), rest};
        }
        return std::nullopt;
    }

    // "TITLE III Scope", "Chapter 2", "ANNEX VIIIa", "Article 5a – Title":
    // the keyword, its number (roman or arabic, with lower-case letters for
    // one inserted between drafts, ending at a non-word character) and what
    // follows. Matched by hand, not by std::regex, whose patterns took a
    // tenth of a plain-text diff to compile, on each thread.
    struct Heading {
        std::string_view keyword, number, rest;
    };
    static bool is_word_char(char c) { return is_lower(c) || is_digit(c) || (c >= 'A' && c <= 'Z') || c == '_'; }
    static bool is_roman_numeral(char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'; }
    // [IVXLC]+[a-z]* or (if `roman_too` is false, only) [0-9]+[a-z]*, ending
    // at a word boundary; `at` moves past it.
    static std::optional<std::string_view> heading_number(std::string_view text, size_t& at, bool roman_too) {
        size_t start = at, i = at;
        if (roman_too && i < text.size() && is_roman_numeral(text[i]))
            while (i < text.size() && is_roman_numeral(text[i])) ++i;
        else
            while (i < text.size() && is_digit(text[i])) ++i;
        if (i == start) return std::nullopt;
        while (i < text.size() && is_lower(text[i])) ++i;
        if (i < text.size() && is_word_char(text[i])) return std::nullopt;
        at = i;
        return text.substr(start, i - start);
    }
    static size_t skip_spaces(std::string_view text, size_t at) {
        while (at < text.size() && is_regex_space(text[at])) ++at;
        return at;
    }
    // keyword \s+ number \s* rest, the keyword one of `keywords`.
    static std::optional<Heading> heading_after(std::string_view text, std::initializer_list<std::string_view> keywords, bool roman_too) {
        for (std::string_view keyword : keywords) {
            if (!text.starts_with(keyword)) continue;
            size_t at = keyword.size();
            if (at >= text.size() || !is_regex_space(text[at])) return std::nullopt;
            at = skip_spaces(text, at);
            auto number = heading_number(text, at, roman_too);
            if (!number) return std::nullopt;
            return Heading{keyword, *number, text.substr(skip_spaces(text, at))};
        }
        return std::nullopt;
    }
    static std::optional<Heading> structure_heading(std::string_view text) {
        auto h = heading_after(text, {"PART", "Part", "TITLE", "Title", "ANNEX", "Annex", "CHAPTER", "Chapter", "SECTION", "Section"}, true);
        if (!h || !no_line_break(h->rest)) return std::nullopt;  // the rest is (.*)$
        return h;
    }
    // After an article's number, one separator may stand before its title:
    // a hyphen, colon or full stop, or an en or em dash (whole characters).
    static std::optional<Heading> article_heading(std::string_view text) {
        auto h = heading_after(text, {"Article"}, false);
        if (!h) return std::nullopt;
        for (std::string_view separator : {"-", ":", ".", "\u2013", "\u2014"})
            if (h->rest.starts_with(separator)) {
                std::string_view after = h->rest.substr(separator.size());
                h->rest = after.substr(skip_spaces(after, 0));
                break;
            }
        if (!no_line_break(h->rest)) return std::nullopt;  // the rest is (.*)$
        return h;
    }

    // body_line's item patterns, once std::regex (which walked every line to
    // its end: a quarter of `pacta diff` on plain drafts), are matched by
    // hand with the same meaning: \s is C isspace, '.' matches neither CR
    // nor LF, [a-z] and [0-9] are ASCII ranges.
    static bool is_regex_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
    static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
    static bool is_digit(char c) { return c >= '0' && c <= '9'; }
    static bool no_line_break(std::string_view s) {  // two memchr scans; find_first_of calls memchr per byte
        return s.find('\n') == std::string_view::npos && s.find('\r') == std::string_view::npos;
    }
    // \s+(.*)$ from `at`: the (.*), if it matches.
    static std::optional<std::string_view> spaces_then_rest(std::string_view text, size_t at) {
        if (at >= text.size() || !is_regex_space(text[at])) return std::nullopt;
        while (at < text.size() && is_regex_space(text[at])) ++at;
        std::string_view rest = text.substr(at);
        if (!no_line_break(rest)) return std::nullopt;
        return rest;
    }
    // \s.* from `at`.
    static bool space_then_line(std::string_view text, size_t at) {
        return at < text.size() && is_regex_space(text[at]) && no_line_break(text.substr(at + 1));
    }

    // Lines go straight into the .pacta, prose escaped in place.
    void emit_line(std::string_view s) { out_.pacta.append(s).push_back('\n'); }
    void emit_prose_line(std::string_view head, std::string_view text, bool after_marker) {
        out_.pacta.append(head);
        append_prose(out_.pacta, text, after_marker);
        out_.pacta.push_back('\n');
    }
    void emit_blank() {
        if (out_.pacta.size() >= 2 && out_.pacta.compare(out_.pacta.size() - 2, 2, "\n\n") != 0) out_.pacta += "\n";
    }

    void note(std::string message) { out_.notes.push_back({line_, std::move(message)}); }

    void open_preamble() {
        if (preamble_opened_ || after_preamble_) return;
        emit_blank();
        emit_line("PREAMBLE");
        in_preamble_ = preamble_opened_ = true;
    }

    // Containers nest as the builder will nest them (text::HeadingNesting).
    // Numbers must be new in their scope: articles and parts in the whole
    // text, the others in their parent.
    void container(const std::string& keyword, const std::string& number, const std::string& heading) {
        int rank = nesting_.rank(keyword, innermost_grouping());
        std::vector<OpenGroup> open = open_;
        while (!open.empty() && open.back().rank >= rank) open.pop_back();
        std::string scope;
        for (const OpenGroup& g : open) scope += g.name + "/";
        bool document_wide = keyword == "ARTICLE" || keyword == "PART";
        std::string key = document_wide ? keyword : scope + "|" + keyword;
        if (!numbers_[key].insert(number).second) {
            note(fmt::format("{} {} appears a second time; kept as prose", keyword, number));
            return plain(line_text_);
        }
        open_ = std::move(open);
        if (keyword != "ARTICLE") open_.push_back({keyword + number, rank, HeadingNesting::is_grouping(keyword)});
        in_preamble_ = false;
        after_preamble_ = true;
        in_final_ = false;
        emit_blank();
        if (heading.empty()) emit_line(keyword + " " + number);
        else emit_prose_line(keyword + " " + number + " ", heading, true);
        heading_pending_ = heading.empty();
        container_ = scope + keyword + number;
        levels_.clear();
        last_level_ = -1;
        last_letter_.clear();
    }

    std::optional<int> innermost_grouping() const {
        for (auto g = open_.rbegin(); g != open_.rend(); ++g)
            if (g->grouping) return g->rank;
        return std::nullopt;
    }

    // level 0: "1." paragraphs and "(1)" items; 1: letters; 2: roman.
    void item(int level, const std::string& number, const std::string& text, bool paragraph) {
        std::string marker = paragraph ? number + "." : "(" + number + ")";
        if (in_preamble_ && level == 0 && !paragraph) {
            if (!numbers_["preamble"].insert(number).second) {
                note(fmt::format("recital ({}) appears a second time; kept as prose", number));
                return plain("(" + number + ") " + text);
            }
            emit_prose_line(marker + " ", text, true);
            recitals_seen_ = true;
            return;
        }
        if (level > 0 && (levels_.empty() || static_cast<int>(levels_.size()) < level)) level = static_cast<int>(levels_.size());
        levels_.resize(level);
        std::string scope = container_;
        for (const auto& l : levels_) scope += "/" + l;
        // Mixing "1." and "(1)" at one level would give two provisions one id.
        std::string kind = paragraph ? "para" : "point";
        if (!numbers_[scope + "|" + kind].insert(number).second) {
            note(fmt::format("{} appears a second time here; kept as prose", marker));
            return plain(marker + " " + text);
        }
        levels_.push_back(kind + number);
        last_level_ = level;
        emit_prose_line(std::string(4 * level, ' ') + marker + " ", text, true);
    }

    void plain(const std::string& text) {
        // A line that starts in lower case right after an item finishes that
        // item's sentence (a page break or a converter split it): it is
        // written as the item's next line, not as a paragraph of its own that
        // would end the list.
        if (last_level_ >= 0 && starts_lower_case(text)) {
            emit_prose_line(std::string(4 * last_level_ + 4, ' '), text, false);
            return;
        }
        levels_.clear();
        last_level_ = -1;
        if (!in_preamble_ && !after_preamble_ && looks_like_recital(text)) open_preamble();
        if (in_preamble_) recitals_seen_ = true;
        emit_prose_line("", text, false);
    }

    static bool starts_lower_case(const std::string& text) {
        UChar32 c;
        int32_t i = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
        return c >= 0 && u_islower(c);
    }

    // The participle that opens a recital, as a whole word.
    static bool looks_like_recital(const std::string& text) {
        static constexpr std::string_view kLeads[] = {
            "Recognizing", "Recognising", "Recalling", "Noting", "Desiring", "Considering", "Convinced", "Mindful",
            "Concerned", "Conscious", "Bearing in mind", "Taking into account", "Welcoming", "Believing", "Having regard",
            "Emphasizing", "Reaffirming", "Acknowledging", "Determined", "Aware", "Stressing", "Affirming"};
        auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
        return std::any_of(std::begin(kLeads), std::end(kLeads), [&](std::string_view lead) {
            return text.starts_with(lead) && (text.size() == lead.size() || !word_char(text[lead.size()]));
        });
    }

    ImportResult& out_;
    uint32_t line_ = 0;
    std::string line_text_;  // the line being read, for what is kept as prose
    std::string text_;       // the same, less what line() takes off it
    bool in_preamble_ = false, preamble_opened_ = false, after_preamble_ = false, in_final_ = false;
    bool heading_pending_ = false;
    bool recitals_seen_ = false;
    struct OpenGroup {
        std::string name;  // keyword and number: "TITLE3"
        int rank;
        bool grouping;     // not an annex
    };
    std::vector<OpenGroup> open_;
    HeadingNesting nesting_;
    std::string container_;
    std::vector<std::string> levels_;
    int last_level_ = -1;
    std::string last_letter_;
    std::map<std::string, std::set<std::string>> numbers_;
};

} // namespace

std::string guess_kind(std::string_view title) {
    struct Guess {
        std::string_view word, kind;
    };
    static constexpr Guess kGuesses[] = {
        {"memorandum of understanding", "memorandum-of-understanding"}, {"declaration of intent", "declaration-of-intent"},
        {"joint statement", "joint-statement"}, {"code of conduct", "code-of-conduct"},
        {"confidence-building", "cbm-set"}, {"confidence building", "cbm-set"},
        {"additional protocol", "protocol"}, {"convention", "convention"}, {"treaty", "treaty"},
        {"protocol", "protocol"}, {"regulation", "regulation"}, {"agreement", "agreement"},
        {"norms", "norms"}, {"-act-", "regulation"}, {" act ", "regulation"}, {"declaration", "declaration"}, {"call for", "declaration"}, {"statement", "joint-statement"},
    };
    for (const Guess& g : kGuesses)
        if (contains_word(title, g.word)) return std::string(g.kind);
    return "declaration";
}

ImportResult import_plain_text(std::string_view text, std::string_view name, std::optional<std::string> kind) {
    ImportResult result;
    // The .pacta is about the size of the text (markers, escapes and
    // directives add a few per cent): sized once, it does not double past it.
    result.pacta.reserve(text.size() + text.size() / 8 + 4096);
    Importer importer(result);
    std::vector<std::string_view> lines;
    for (size_t at = 0; at <= text.size();) {
        size_t nl = text.find('\n', at);
        std::string_view l = text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        lines.push_back(l);
        if (nl == std::string_view::npos) break;
        at = nl + 1;
    }
    size_t i = 0;
    std::vector<std::string_view> comments;
    for (; i < lines.size() && (trim_blanks(lines[i]).empty() || lines[i].starts_with("#")); ++i)
        if (!trim_blanks(lines[i]).empty()) comments.push_back(lines[i]);
    std::string title = i < lines.size() ? std::string(trim_blanks(lines[i])) : std::string(name);
    // A title that opens the body ("Cyberspace now plays …") is prose, not a title.
    bool title_is_prose = title.size() > 160 || title.ends_with(".") || title.ends_with(";") || title.ends_with(",") ||
                          title.ends_with(":");
    std::string file_stem(name.substr(name.find_last_of('/') + 1));
    if (file_stem.ends_with(".txt")) file_stem.resize(file_stem.size() - 4);
    std::string shown_title = title_is_prose ? file_stem : title;
    result.kind = kind ? *kind : guess_kind(shown_title + " " + file_stem);
    // The language from a name part of its own: "paris-call-2018-fr", not "…-french-presidency".
    auto has_part = [&](std::string_view part) {
        std::string padded = "-" + file_stem + "-";
        return padded.find("-" + std::string(part) + "-") != std::string::npos;
    };
    std::string language = has_part("fr") ? "fr" : has_part("es") ? "es" : "en";
    for (std::string_view c : comments) importer.comment(c);
    importer.header(shown_title, result.kind, slug(file_stem), language);
    if (!title_is_prose) ++i;
    for (; i < lines.size(); ++i) importer.line(static_cast<uint32_t>(i + 1), lines[i]);
    importer.finish();
    return result;
}

} // namespace pacta::text
