// .pacta prose rules shared by the printer (format/) and the plain-text
// importer: which characters need a backslash, and which line starts would
// be read as structure rather than prose.
#include <algorithm>
#include <array>
#include <cctype>

#include "text/text.h"

namespace pacta::text {

namespace {

constexpr std::array<std::string_view, 12> kKeywords{"PREAMBLE", "PART", "TITLE",   "ANNEX",   "CHAPTER",  "SECTION",
                                                     "ARTICLE",  "NORM", "CBM",     "FINAL",   "FORMULA", "SIGNATURE"};

// The first word as the lexer sees it at the start of a line: up to white
// space or a brace or backslash.
std::string_view first_word(std::string_view s) {
    size_t n = s.find_first_of(" \t{}\\");
    return s.substr(0, n);
}

// Digits, then perhaps lower-case letters: "12", "5a", "12bis".
bool is_number_with_suffix(std::string_view s) {
    size_t digits = 0;
    while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
    return digits > 0 && std::all_of(s.begin() + digits, s.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

} // namespace

bool is_marker(std::string_view w) {
    if (w.size() >= 2 && w.back() == '.') return is_number_with_suffix(w.substr(0, w.size() - 1));
    if (w.size() >= 3 && w.front() == '(' && w.back() == ')') {
        std::string_view in = w.substr(1, w.size() - 2);
        auto all = [&](int (*pred)(int)) {
            return std::all_of(in.begin(), in.end(), [&](char c) { return pred(static_cast<unsigned char>(c)) != 0; });
        };
        return all(::islower) || all(::isupper) || is_number_with_suffix(in);
    }
    return false;
}

void escape_prose_into(std::string& out, std::string_view text) {
    // Runs between special characters are appended whole: most prose has none.
    for (size_t at = 0; at < text.size();) {
        size_t special = at;  // a plain scan: find_first_of calls memchr for every byte
        while (special < text.size() && text[special] != '{' && text[special] != '}' && text[special] != '\\') ++special;
        out.append(text.substr(at, special - at));
        if (special == text.size()) break;
        out += '\\';
        out += text[special];
        at = special + 1;
    }
}

bool reads_as_structure(std::string_view s) {
    if (s.empty()) return false;
    if (s[0] == '#' || s[0] == '@' || s[0] == ' ' || s[0] == '\t') return true;
    std::string_view w = first_word(s);
    return is_marker(w) || std::find(kKeywords.begin(), kKeywords.end(), w) != kKeywords.end();
}

} // namespace pacta::text
