// Text helpers built on ICU: byte-level checks of untrusted input and the
// "did you mean" used by diagnostics.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::text {

// The first thing that makes a buffer unusable as .pacta source: invalid
// UTF-8, a NUL, a control character, a carriage return not followed by a
// line feed. `offset` is the byte where it starts.
struct EncodingProblem {
    uint32_t offset;
    uint32_t length;
    std::string message;
};
std::optional<EncodingProblem> find_encoding_problem(std::string_view bytes);

// Number of bytes of a UTF-8 byte order mark at the start, 0 or 3.
size_t byte_order_mark_length(std::string_view bytes);

// .pacta prose: '{', '}' and '\\' escaped with a backslash.
void escape_prose_into(std::string& out, std::string_view text);
// The offset of the first '{', '}' or '\\' at or after `from` (text.size()
// if there is none): where a run of plain .pacta prose ends.
size_t find_prose_special(std::string_view text, size_t from = 0);
// Would this text, at the start of a line, be read as something other than
// prose (a comment, directive, keyword or marker)?
bool reads_as_structure(std::string_view line_start);
// Is this first word of a line a paragraph or item marker ("12.", "5a.",
// "(a)", "(IV)", "(12a)")? PARA_MARK and ITEM_MARK of grammar/PactaLexer.g4.
bool is_marker(std::string_view first_word);

// A stretch of text between two word boundaries (Unicode UAX #29, as ICU's
// word break iterator finds them): a word (letters, digits, "_") or not
// (space, punctuation). Offsets are bytes of the text given.
struct WordSegment {
    uint32_t start, end;
    bool word;
};
// Every segment of the text, in order. Plain ASCII is segmented by the
// rules directly, anything else by ICU: the same boundaries either way.
std::vector<WordSegment> word_segments(std::string_view text);
// The same into `segments` (replaced), which keeps its capacity: what splits
// clause after clause allocates once.
void word_segments_into(std::vector<WordSegment>& segments, std::string_view text);
// ICU's segmentation alone (what word_segments must agree with).
std::vector<WordSegment> icu_word_segments(std::string_view text);

// Whether every byte is below 0x80 (the fast paths of word boundaries and
// folding apply).
bool is_ascii(std::string_view text);

// `s` without the spaces, tabs and carriage returns at its ends.
std::string_view trim_blanks(std::string_view s);

// The candidate closest to `word` (case-insensitively, in edit distance),
// if it is close enough to be what the user meant.
std::optional<std::string> closest_match(std::string_view word, std::span<const std::string_view> candidates);

} // namespace pacta::text
