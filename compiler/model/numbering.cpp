#include "model/model.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace pacta {

namespace {
bool is_punct(char c) { return !std::isalnum(static_cast<unsigned char>(c)) && !std::isspace(static_cast<unsigned char>(c)); }

// Arabic reading: digits then an optional letter suffix ("5", "5bis", "12a").
// Compared by (digits as a big number, suffix) so that 30 digits never overflow.
struct Arabic {
    std::string digits;
    std::string suffix;
};
std::optional<Arabic> read_arabic(std::string_view s) {
    size_t i = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == 0) return std::nullopt;
    std::string_view digits = s.substr(0, i);
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    return Arabic{std::string(digits), std::string(s.substr(i))};
}
int compare(const Arabic& a, const Arabic& b) {
    if (a.digits.size() != b.digits.size()) return a.digits.size() < b.digits.size() ? -1 : 1;
    if (int c = a.digits.compare(b.digits)) return c < 0 ? -1 : 1;
    if (int c = a.suffix.compare(b.suffix)) return c < 0 ? -1 : 1;
    return 0;
}

std::optional<long> read_roman(std::string_view s) {
    if (s.empty() || s.size() > 15) return std::nullopt;
    auto value = [](char c) -> int {
        switch (std::tolower(static_cast<unsigned char>(c))) {
        case 'i': return 1; case 'v': return 5; case 'x': return 10; case 'l': return 50;
        case 'c': return 100; case 'd': return 500; case 'm': return 1000; default: return 0;
        }
    };
    bool upper = std::isupper(static_cast<unsigned char>(s[0]));
    long total = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        int v = value(s[i]);
        if (v == 0 || bool(std::isupper(static_cast<unsigned char>(s[i]))) != upper) return std::nullopt;
        int next = i + 1 < s.size() ? value(s[i + 1]) : 0;
        total += v < next ? -v : v;
    }
    if (total <= 0) return std::nullopt;
    return total;
}

// Letters: "a".."z", then "aa", "bb" ... (the repeated-letter style of
// legislative drafting).
std::optional<long> read_letters(std::string_view s) {
    if (s.empty() || s.size() > 4) return std::nullopt;
    for (char c : s)
        if (c != s[0] || !std::isalpha(static_cast<unsigned char>(c))) return std::nullopt;
    return static_cast<long>(s.size() - 1) * 26 + (std::tolower(static_cast<unsigned char>(s[0])) - 'a') + 1;
}

// The number stripped of marker punctuation: "(a)" -> "a", "13(a)" -> "13a"
// for comparison purposes.
std::string compact(std::string_view s) {
    std::string out;
    for (char c : s)
        if (std::isalnum(static_cast<unsigned char>(c))) out += c;
    return out;
}
} // namespace

std::string clean_number(std::string_view number) {
    size_t b = 0, e = number.size();
    while (b < e && (is_punct(number[b]) || std::isspace(static_cast<unsigned char>(number[b])))) ++b;
    while (e > b && (is_punct(number[e - 1]) || std::isspace(static_cast<unsigned char>(number[e - 1])))) --e;
    std::string out;
    bool pending_dash = false;
    for (size_t i = b; i < e; ++i) {
        unsigned char c = static_cast<unsigned char>(number[i]);
        if (std::isspace(c)) continue;
        if (is_punct(static_cast<char>(c))) { pending_dash = true; continue; }
        if (pending_dash) out += '-', pending_dash = false;
        out += static_cast<char>(c);
    }
    return out;
}

bool is_valid_number(std::string_view number) {
    std::string c = compact(number);
    if (c.empty()) return false;
    for (char ch : number)
        if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '(' && ch != ')' && ch != '.' && ch != '-')
            return false;
    return read_arabic(c) || read_roman(c) || read_letters(c) || std::all_of(c.begin(), c.end(), [](char ch) {
               return std::isalpha(static_cast<unsigned char>(ch));
           });
}

bool numbers_in_order(std::string_view earlier, std::string_view later) {
    std::string a = compact(earlier), b = compact(later);
    bool common = false;
    if (auto x = read_arabic(a), y = read_arabic(b); x && y) {
        common = true;
        if (compare(*x, *y) < 0) return true;
    }
    if (auto x = read_roman(a), y = read_roman(b); x && y) {
        common = true;
        if (*x < *y) return true;
    }
    if (auto x = read_letters(a), y = read_letters(b); x && y) {
        common = true;
        if (*x < *y) return true;
    }
    return !common;
}

} // namespace pacta
