// The ASCII word segmentation must give exactly ICU's boundaries and word
// flags: over every string of up to two ASCII characters, every string of up
// to five over characters of each word-break class, and every line of the
// real texts.
#include <filesystem>
#include <sstream>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support.h"
#include "text/text.h"

using namespace pacta;

namespace {

std::string shown(const std::vector<text::WordSegment>& segments, std::string_view s) {
    std::string out;
    for (const auto& g : segments) out += fmt::format("[{}{}]", s.substr(g.start, g.end - g.start), g.word ? "" : "~");
    return out;
}

// The first string the two segmentations disagree on, or "".
// The segments by rule go into one buffer, string after string, as a
// caller splitting clause after clause reuses it.
template <class Strings>
std::string first_disagreement(const Strings& strings) {
    std::vector<text::WordSegment> mine;
    for (const std::string& s : strings) {
        text::word_segments_into(mine, s);
        auto icu = text::icu_word_segments(s);
        bool same = mine.size() == icu.size();
        for (size_t i = 0; same && i < mine.size(); ++i)
            same = mine[i].start == icu[i].start && mine[i].end == icu[i].end && mine[i].word == icu[i].word;
        if (!same) return fmt::format("{:?}: {} vs ICU {}", s, shown(mine, s), shown(icu, s));
    }
    return "";
}

// Every string of `length` characters drawn from `alphabet`.
std::vector<std::string> all_strings(std::string_view alphabet, size_t length) {
    std::vector<std::string> out{""};
    for (size_t k = 0; k < length; ++k) {
        std::vector<std::string> longer;
        for (const std::string& s : out)
            for (char c : alphabet) longer.push_back(s + c);
        out = std::move(longer);
    }
    return out;
}

} // namespace

TEST_CASE("ASCII word segments are ICU's on every short string", "[text]") {
    std::string ascii;
    for (int c = 1; c < 128; ++c) ascii += static_cast<char>(c);
    for (size_t length = 1; length <= 2; ++length) CHECK(first_disagreement(all_strings(ascii, length)) == "");
    // One or two characters of each word-break class and a few others.
    const std::string classes = "aZ7'.,;:_ \t\n\r\v-\"(";
    for (size_t length = 3; length <= 4; ++length) CHECK(first_disagreement(all_strings(classes, length)) == "");
    CHECK(first_disagreement(all_strings("a7'.,_ \n", 5)) == "");
}

TEST_CASE("ASCII word segments are ICU's on every line of the real texts", "[text]") {
    std::vector<std::string> lines;
    for (const auto& e : std::filesystem::directory_iterator(test::texts_dir())) {
        std::istringstream in(test::read_file(e.path().string()));
        for (std::string line; std::getline(in, line);) lines.push_back(line);
    }
    REQUIRE(lines.size() > 10000);
    CHECK(first_disagreement(lines) == "");
}
