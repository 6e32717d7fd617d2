#include "text/text.h"

#include <algorithm>
#include <vector>

#include <unicode/uchar.h>

namespace pacta::text {

namespace {
// Levenshtein distance over bytes, ASCII case-folded: candidates are
// keywords and ids, which are ASCII.
size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t above = row[j];
            bool same = u_tolower(static_cast<unsigned char>(a[i - 1])) == u_tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
} // namespace

std::string_view trim_blanks(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::optional<std::string> closest_match(std::string_view word, std::span<const std::string_view> candidates) {
    if (word.size() > 64) return std::nullopt;
    size_t best = SIZE_MAX;
    std::string_view best_candidate;
    for (std::string_view c : candidates) {
        size_t d = edit_distance(word, c);
        if (d < best) best = d, best_candidate = c;
    }
    // Close enough: at most a third of the word wrong (and at least one edit allowed).
    size_t allowed = std::max<size_t>(1, word.size() / 3);
    if (best_candidate.empty() || best > allowed) return std::nullopt;
    return std::string(best_candidate);
}

} // namespace pacta::text
