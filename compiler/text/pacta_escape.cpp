// .pacta prose rules shared by the printer (format/) and the plain-text
// importer: which characters need a backslash, and which line starts would
// be read as structure rather than prose.
#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
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

size_t find_prose_special(std::string_view text, size_t from) {
    // Eight bytes at a time (a byte equal to c leaves a zero byte in x ^ c,
    // and the lowest flagged byte of the zero test is always a true one):
    // the importer writes, and the line reader reads, every byte of a draft
    // through this, where find_first_of calls memchr once per byte.
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    auto zero_bytes = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; };
    size_t i = from;
    for (; i + 8 <= text.size(); i += 8) {
        uint64_t block;
        std::memcpy(&block, text.data() + i, 8);
        uint64_t found = zero_bytes(block ^ (kOnes * '{')) | zero_bytes(block ^ (kOnes * '}')) | zero_bytes(block ^ (kOnes * '\\'));
        if (found) {
            if constexpr (std::endian::native == std::endian::little) return i + static_cast<size_t>(std::countr_zero(found)) / 8;
            break;  // big-endian: the byte loop below finds it
        }
    }
    for (; i < text.size(); ++i)
        if (text[i] == '{' || text[i] == '}' || text[i] == '\\') return i;
    return text.size();
}

void escape_prose_into(std::string& out, std::string_view text) {
    // Runs between special characters are appended whole: most prose has none.
    for (size_t at = 0; at < text.size();) {
        size_t special = find_prose_special(text, at);
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
