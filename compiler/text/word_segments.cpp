// Word boundaries (Unicode UAX #29) as ICU's word break iterator finds them.
// Nearly every clause of a real draft is plain ASCII, where the rules reduce
// to a few comparisons of neighbouring characters; walking such a clause
// with ICU's iterator was most of a draft comparison's time. Any other text
// goes to ICU. tests/text/word_segments_test.cpp holds the two to agreement.
#include <algorithm>
#include <cstring>
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

bool alphanumeric(Break b) { return b == Break::Letter || b == Break::Digit; }
bool inside_word(Break b) { return b == Break::MidNumLet || b == Break::SingleQuote; }                       // WB6, WB7
bool inside_number(Break b) { return b == Break::MidNum || b == Break::MidNumLet || b == Break::SingleQuote; }  // WB11, WB12

// The rules, run by run rather than position by position: a word runs on
// through letters, digits and "_" (WB5, WB8-WB10, WB13a-b), and through a
// ".", "'" between two letters (WB6-7) or a ".", "'", ",", ";" between two
// digits (WB11-12); spaces join spaces (WB3d); CR joins LF (WB3);
// everything else stands alone (WB3a-b, WB999).
void ascii_segments(std::vector<WordSegment>& segments, std::string_view text) {
    segments.clear();
    segments.reserve(text.size() / 3 + 1);
    const size_t n = text.size();
    auto at = [&](size_t i) { return kBreakOf[static_cast<unsigned char>(text[i])]; };
    auto in_word = [](Break b) { return alphanumeric(b) || b == Break::ExtendNumLet; };
    for (size_t i = 0; i < n;) {
        size_t start = i;
        Break first = at(i++);
        bool word = false;
        if (in_word(first)) {
            bool alnum = alphanumeric(first);
            while (i < n) {
                size_t run = i;  // letters and digits, most of any word, in a tight loop
                while (i < n && alphanumeric(at(i))) ++i;
                alnum = alnum || i > run;
                if (i == n) break;
                Break here = at(i);
                if (here == Break::ExtendNumLet) {
                    ++i;
                    continue;
                }
                Break before = at(i - 1), after = i + 1 < n ? at(i + 1) : Break::Other;
                bool letters = before == Break::Letter && inside_word(here) && after == Break::Letter;
                bool digits = before == Break::Digit && inside_number(here) && after == Break::Digit;
                if (!letters && !digits) break;
                i += 2;
            }
            // ICU calls a segment a word when a rule with a word tag made
            // it: one with a letter or digit, or "_" joined to "_" (a lone
            // "_" is not).
            word = alnum || i - start >= 2;
        } else if (first == Break::Space) {
            while (i < n && at(i) == Break::Space) ++i;
        } else if (first == Break::CR && i < n && at(i) == Break::LF) {
            ++i;
        }
        segments.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i), word});
    }
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

void icu_segments(std::vector<WordSegment>& segments, std::string_view text) {
    segments.clear();
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) return;
    icu::BreakIterator& it = word_iterator();
    it.setText(&ut, status);
    int32_t start = it.first();
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next())
        segments.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), it.getRuleStatus() != UBRK_WORD_NONE});
    utext_close(&ut);
}

} // namespace

bool is_ascii(std::string_view text) {
    // Eight bytes at a time: a clause is tested before each fast path.
    size_t i = 0;
    uint64_t high = 0;
    for (; i + 8 <= text.size(); i += 8) {
        uint64_t block;
        std::memcpy(&block, text.data() + i, 8);
        high |= block;
    }
    for (; i < text.size(); ++i) high |= static_cast<unsigned char>(text[i]);
    return (high & 0x8080808080808080ull) == 0;
}

std::vector<WordSegment> icu_word_segments(std::string_view text) {
    std::vector<WordSegment> segments;
    icu_segments(segments, text);
    return segments;
}

namespace {

bool same_segments(const std::vector<WordSegment>& a, const std::vector<WordSegment>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const WordSegment& x, const WordSegment& y) { return x.start == y.start && x.end == y.end && x.word == y.word; });
}

// ICU's root rules for ASCII have moved between versions ("@" was a letter
// in ICU 72 and 73.1 only; ":" joined letters before ICU 72). The table
// above is ICU 72's (Debian 12's): the ICU this process runs with is asked
// once, on the strings where versions differ and one of each rule, and the
// rules are applied by hand only if it answers as the table does.
bool ascii_rules_hold() {
    static const bool hold = [] {
        for (std::string_view probe : {"a@b", "a:b", "1:2", "a.b", "1,5", "a'b", "1'5", "_a_", "__", "_", "a_1", "3a", "a  b", "\r\n", "a\tb"}) {
            std::vector<WordSegment> by_rules;
            ascii_segments(by_rules, probe);
            if (!same_segments(by_rules, icu_word_segments(probe))) return false;
        }
        return true;
    }();
    return hold;
}

} // namespace

std::vector<WordSegment> word_segments(std::string_view text) {
    std::vector<WordSegment> segments;
    word_segments_into(segments, text);
    return segments;
}

void word_segments_into(std::vector<WordSegment>& segments, std::string_view text) {
    if (is_ascii(text) && ascii_rules_hold()) ascii_segments(segments, text);
    else icu_segments(segments, text);
}

} // namespace pacta::text
