// Clause text into words: word segments (text::word_segments, UAX #29)
// over the UTF-8 text in place, and a folded form of each word for matching
// (ICU case folding and NFC). The original text and its offsets are never
// changed.
#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "analysis/analysis.h"
#include "text/text.h"

namespace pacta::analysis {

namespace {

// FNV-1a, over the folded bytes: it can be computed as a word is folded.
// Every way of keying a word goes through this one step, so that they agree.
constexpr uint64_t kKeyBasis = 0xcbf29ce484222325ull;
uint64_t key_with(uint64_t key, char folded) { return (key ^ static_cast<unsigned char>(folded)) * 0x100000001b3ull; }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Typographic variants that must match their plain forms.
UChar32 plain(UChar32 c) {
    switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: return '\'';
    case 0x201C: case 0x201D: case 0x201F: case 0x2033: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return '-';
    case 0x00A0: case 0x202F: case 0x2007: return ' ';
    default: return c;
    }
}

} // namespace

std::string fold_word(std::string_view word) {
    std::string out;
    fold_word_into(out, word);
    return out;
}

void fold_word_into(std::string& out, std::string_view word) {
    out.clear();
    if (text::is_ascii(word)) {
        out.resize(word.size());
        std::transform(word.begin(), word.end(), out.begin(), ascii_lower);
        return;
    }
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    s.foldCase();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status)) s = nfc->normalize(s, status);
    icu::UnicodeString mapped;
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) mapped.append(plain(s.char32At(i)));
    mapped.toUTF8String(out);
}

std::string plain_typography(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        UChar32 p = c < 0 ? c : plain(c);
        if (p == c || p < 0) {
            out.append(text.substr(start, i - start));
        } else {
            char buffer[4];
            int32_t n = 0;
            U8_APPEND_UNSAFE(buffer, n, p);
            out.append(buffer, n);
        }
    }
    return out;
}

uint64_t word_key(std::string_view folded) {
    uint64_t key = kKeyBasis;
    for (char c : folded) key = key_with(key, c);
    return key;
}

uint64_t ascii_word_key(std::string_view word) {
    uint64_t key = kKeyBasis;
    for (char c : word) key = key_with(key, ascii_lower(c));
    return key;
}

namespace {

// A plain ASCII word folded into `out` and keyed in the same pass.
uint64_t fold_ascii_into(std::string& out, std::string_view word) {
    out.resize(word.size());
    uint64_t key = kKeyBasis;
    for (size_t i = 0; i < word.size(); ++i) {
        char c = ascii_lower(word[i]);
        out[i] = c;
        key = key_with(key, c);
    }
    return key;
}

// Whether a stretch between words holds more than white space (U+0009-U+000D
// and U+0020 in ASCII: ICU's White_Space, asked only beyond ASCII).
bool holds_punctuation(std::string_view piece, bool ascii) {
    if (ascii) return piece.find_first_not_of(" \t\n\v\f\r") != std::string_view::npos;
    for (int32_t i = 0; i < static_cast<int32_t>(piece.size());) {
        UChar32 c;
        U8_NEXT(piece.data(), i, static_cast<int32_t>(piece.size()), c);
        bool space = c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : u_isUWhiteSpace(c);
        if (c >= 0 && !space) return true;
    }
    return false;
}

} // namespace

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    words.reserve(text.size() / 6 + 1);  // about one word per six bytes of prose: no regrowth for most clauses
    thread_local std::vector<text::WordSegment> segments;
    text::word_segments_into(segments, text);
    const bool ascii = text::is_ascii(text);
    bool punctuation = false;
    for (const text::WordSegment& segment : segments) {
        std::string_view piece = text.substr(segment.start, segment.end - segment.start);
        if (!segment.word) {
            punctuation = punctuation || holds_punctuation(piece, ascii);
            continue;
        }
        Word& word = words.emplace_back(Word{segment.start, segment.end, {}, punctuation});
        if (ascii) {
            word.key = fold_ascii_into(word.folded, piece);
        } else {
            fold_word_into(word.folded, piece);
            word.key = word_key(word.folded);
        }
        punctuation = false;
    }
    return words;
}

} // namespace pacta::analysis
