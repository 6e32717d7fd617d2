// Word boundaries (Unicode UAX #29) as ICU's word break iterator finds them.
// Nearly every clause of a real draft is plain ASCII, where the rules reduce
// to a few comparisons of neighbouring characters; walking such a clause
// with ICU's iterator was most of a draft comparison's time. Any other text
// goes to ICU. tests/text/word_segments_test.cpp holds the two to agreement.
#include <memory>
#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "text/text.h"

namespace pacta::text {

namespace {

// ASCII characters by their Word_Break property, as ICU's root rules use it:
// its ALetter adds "@" and its MidLetter leaves out the colon, so "a@b" is
// one segment and "a:b" three (the double quote matters only around Hebrew
// letters).
enum class Break : uint8_t { Other, CR, LF, Newline, Letter, Digit, SingleQuote, MidNumLet, MidNum, ExtendNumLet, Space };

constexpr std::array<Break, 128> kBreakOf = [] {
    std::array<Break, 128> table{};
    for (char c = 'a'; c <= 'z'; ++c) table[static_cast<size_t>(c)] = Break::Letter;
    for (char c = 'A'; c <= 'Z'; ++c) table[static_cast<size_t>(c)] = Break::Letter;
    for (char c = '0'; c <= '9'; ++c) table[static_cast<size_t>(c)] = Break::Digit;
    table['@'] = Break::Letter;
    table['\r'] = Break::CR;
    table['\n'] = Break::LF;
    table['\v'] = Break::Newline;
    table['\f'] = Break::Newline;
    table['\''] = Break::SingleQuote;
    table['.'] = Break::MidNumLet;
    table[','] = Break::MidNum;
    table[';'] = Break::MidNum;
    table['_'] = Break::ExtendNumLet;
    table[' '] = Break::Space;
    return table;
}();

bool line_end(Break b) { return b == Break::CR || b == Break::LF || b == Break::Newline; }
bool alphanumeric(Break b) { return b == Break::Letter || b == Break::Digit; }
bool inside_word(Break b) { return b == Break::MidNumLet || b == Break::SingleQuote; }                       // WB6, WB7
bool inside_number(Break b) { return b == Break::MidNum || b == Break::MidNumLet || b == Break::SingleQuote; }  // WB11, WB12

// Whether UAX #29 keeps the two characters around a position together,
// given one more on each side (Other beyond the ends).
bool joined(Break before2, Break before, Break after, Break after2) {
    if (before == Break::CR && after == Break::LF) return true;                                      // WB3
    if (line_end(before) || line_end(after)) return false;                                           // WB3a, WB3b
    if (before == Break::Space && after == Break::Space) return true;                                // WB3d
    if (alphanumeric(before) && alphanumeric(after)) return true;                                    // WB5, WB8-WB10
    if (before == Break::Letter && inside_word(after) && after2 == Break::Letter) return true;        // WB6
    if (before2 == Break::Letter && inside_word(before) && after == Break::Letter) return true;       // WB7
    if (before == Break::Digit && inside_number(after) && after2 == Break::Digit) return true;       // WB12
    if (before2 == Break::Digit && inside_number(before) && after == Break::Digit) return true;      // WB11
    if ((alphanumeric(before) || before == Break::ExtendNumLet) && after == Break::ExtendNumLet) return true;  // WB13a
    if (before == Break::ExtendNumLet && alphanumeric(after)) return true;                           // WB13b
    return false;                                                                                    // WB999
}

bool is_ascii(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

std::vector<WordSegment> ascii_segments(std::string_view text) {
    std::vector<WordSegment> segments;
    segments.reserve(text.size() / 3 + 1);
    auto at = [&](size_t i) { return i < text.size() ? kBreakOf[static_cast<unsigned char>(text[i])] : Break::Other; };
    // ICU calls a segment a word when a rule with a word tag made it: one
    // with a letter or digit, or "_" joined to "_" (a lone "_" is not).
    auto push = [&](size_t start, size_t end, bool alnum) {
        bool underscores = end - start >= 2 && at(start) == Break::ExtendNumLet;
        segments.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), alnum || underscores});
    };
    // The characters two before, one before, at and after position i.
    Break before2 = Break::Other, before = Break::Other, here = at(0), after = at(1);
    size_t start = 0;
    bool alnum = false;
    for (size_t i = 0; i < text.size(); ++i) {
        if (i > start && !joined(before2, before, here, after)) {
            push(start, i, alnum);
            start = i, alnum = false;
        }
        alnum = alnum || alphanumeric(here);
        before2 = before, before = here, here = after, after = at(i + 2);
    }
    if (start < text.size()) push(start, text.size(), alnum);
    return segments;
}

icu::BreakIterator& word_iterator() {
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator unavailable");
        return bi;
    }();
    return *it;
}

} // namespace

std::vector<WordSegment> icu_word_segments(std::string_view text) {
    std::vector<WordSegment> segments;
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) return segments;
    icu::BreakIterator& it = word_iterator();
    it.setText(&ut, status);
    int32_t start = it.first();
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next())
        segments.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), it.getRuleStatus() != UBRK_WORD_NONE});
    utext_close(&ut);
    return segments;
}

std::vector<WordSegment> word_segments(std::string_view text) {
    return is_ascii(text) ? ascii_segments(text) : icu_word_segments(text);
}

} // namespace pacta::text
