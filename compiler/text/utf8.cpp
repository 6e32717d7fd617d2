#include "text/text.h"

#include <cstring>

#include <fmt/format.h>
#include <unicode/utf8.h>

namespace pacta::text {

size_t byte_order_mark_length(std::string_view bytes) {
    return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

namespace {
std::string describe_control(UChar32 c) {
    if (c == 0) return "a NUL byte";
    return fmt::format("the control character U+{:04X}", static_cast<uint32_t>(c));
}

// Whether eight bytes are all printable ASCII (0x20-0x7E), tested at once:
// a byte under 0x20 borrows into its high bit, one of 0x7F or more sets it
// (a carry may flag a good byte too; that only sends it the slow way).
bool printable_ascii8(const uint8_t* p) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    uint64_t w;
    std::memcpy(&w, p, sizeof w);
    bool control = ((w - kOnes * 0x20) & ~w & kHighs) != 0;
    bool high = (((w + kOnes) | w) & kHighs) != 0;
    return !control && !high;
}

} // namespace

std::optional<EncodingProblem> find_encoding_problem(std::string_view bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const int32_t length = static_cast<int32_t>(bytes.size());
    int32_t i = 0;
    while (i < length) {
        if (i + 8 <= length && printable_ascii8(s + i)) { i += 8; continue; }
        // Fast path: printable ASCII and the three allowed controls.
        uint8_t b = s[i];
        if (b >= 0x20 && b < 0x7F) { ++i; continue; }
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            return EncodingProblem{static_cast<uint32_t>(start), 1,
                                   fmt::format("invalid UTF-8: byte 0x{:02X} does not start a valid character; "
                                               "save the file as UTF-8", s[start])};
        if (c == '\t' || c == '\n') continue;
        if (c == '\r') {
            if (i < length && s[i] == '\n') continue;
            return EncodingProblem{static_cast<uint32_t>(start), 1,
                                   "a carriage return not followed by a line feed; use LF or CRLF line endings"};
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0))
            return EncodingProblem{static_cast<uint32_t>(start), static_cast<uint32_t>(i - start),
                                   describe_control(c) + " cannot appear in a .pacta file"};
        // XML 1.0 has no way to write these two, and an instrument has no use
        // for them: refused here rather than emitted as invalid Akoma Ntoso.
        if (c == 0xFFFE || c == 0xFFFF)
            return EncodingProblem{static_cast<uint32_t>(start), static_cast<uint32_t>(i - start),
                                   fmt::format("U+{:04X} is not a character (XML cannot carry it); remove it",
                                               static_cast<uint32_t>(c))};
    }
    return std::nullopt;
}

} // namespace pacta::text
