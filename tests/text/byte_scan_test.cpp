// The scans that read eight bytes at a time (ASCII test, the end of a run of
// plain .pacta prose) must find each byte wherever it stands among eight,
// and the word key computed without folding must be the folded word's.
#include <filesystem>
#include <sstream>

#include <catch2/catch.hpp>

#include "analysis/analysis.h"
#include "support.h"
#include "text/text.h"

using namespace pacta;

TEST_CASE("every byte above 0x7F makes a text non-ASCII, wherever it stands among eight", "[text]") {
    for (int b = 1; b < 256; ++b)
        for (size_t length = 1; length <= 19; ++length)
            for (size_t at = 0; at < length; ++at) {
                std::string s(length, 'a');
                s[at] = static_cast<char>(b);
                INFO("byte " << b << " at " << at << " of " << length);
                REQUIRE(text::is_ascii(s) == (b < 0x80));
            }
    CHECK(text::is_ascii(""));
}

TEST_CASE("the end of plain prose is found at every brace and backslash, wherever it stands among eight", "[text]") {
    for (int b = 1; b < 256; ++b)
        for (size_t at = 0; at < 19; ++at) {
            std::string s(19, 'a');
            s[at] = static_cast<char>(b);
            bool special = b == '{' || b == '}' || b == '\\';
            INFO("byte " << b << " at " << at);
            REQUIRE(text::find_prose_special(s) == (special ? at : s.size()));
            // From any start: the byte if it lies ahead, else the end.
            for (size_t from = 0; from <= s.size(); ++from)
                REQUIRE(text::find_prose_special(s, from) == (special && at >= from ? at : s.size()));
        }
    // The first of several; a byte equal to a special one only in some bits is not one.
    CHECK(text::find_prose_special("abcdefgh\\{}ijk") == 8);
    CHECK(text::find_prose_special("{abc}") == 0);
    CHECK(text::find_prose_special(std::string(40, '[') + "|}") == 41);
}

TEST_CASE("an ASCII word's key is the key of its folded form", "[text]") {
    for (std::string_view word : {"shall", "SHALL", "Shall", "ArTiClE", "2024", "a1_b", "@", "Z", "e-mail", ""}) {
        INFO(word);
        CHECK(analysis::ascii_word_key(word) == analysis::word_key(analysis::fold_word(word)));
    }
    CHECK(analysis::word_key("shall") != analysis::word_key("should"));
    CHECK(analysis::word_key("ab") != analysis::word_key("ba"));
}

TEST_CASE("the ASCII word split folds, keys and marks punctuation as the general one does", "[text]") {
    // A line with one character beyond ASCII at its end takes the general
    // path (ICU folding, every stretch between words looked at code point
    // by code point); its words before that character must be the plain
    // line's, to the byte.
    std::vector<std::string> lines = {"The Parties SHALL, in good faith; co-operate (as appropriate).", "each\tParty\vshall\fact\rnow",
                                      "Article 5(1)(a)\tapplies\v\f\r\nto 3.5 % of it's \"users\"... @all _x_ __"};
    for (const auto& entry : std::filesystem::directory_iterator(test::texts_dir())) {
        std::istringstream in(test::read_file(entry.path().string()));
        for (std::string line; std::getline(in, line) && lines.size() < 3000;)
            if (text::is_ascii(line)) lines.push_back(line);
    }
    for (const std::string& line : lines) {
        auto plain = analysis::split_words(line);
        auto general = analysis::split_words(line + " \xC3\xA9");
        INFO(line);
        REQUIRE(general.size() == plain.size() + 1);
        for (size_t i = 0; i < plain.size(); ++i) {
            REQUIRE(plain[i].begin == general[i].begin);
            REQUIRE(plain[i].end == general[i].end);
            REQUIRE(plain[i].folded == general[i].folded);
            REQUIRE(plain[i].key == general[i].key);
            REQUIRE(plain[i].after_punctuation == general[i].after_punctuation);
        }
    }
}
