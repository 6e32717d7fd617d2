// Lexicon files: loading (with line-numbered errors), the built-in
// lexicons compiled into the binary, and phrase matching.
#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "analysis/analysis.h"
#include "text/text.h"

namespace pacta::analysis {

extern const char* const kBuiltinLexiconEn;
extern const char* const kBuiltinLexiconFr;
extern const char* const kBuiltinLexiconEs;

namespace {

struct CategoryName {
    std::string_view name;
    Category category;
};
constexpr CategoryName kCategories[] = {
    {"cue", Category::Cue},           {"constitutive", Category::Constitutive}, {"ignore", Category::Ignore},
    {"negator", Category::Negator},   {"hedge", Category::Hedge},               {"recital", Category::Recital},
    {"subordinator", Category::Subordinator}, {"actor", Category::Actor},       {"instrument", Category::Instrument},
    {"treaty-term", Category::TreatyTerm},    {"soft-term", Category::SoftTerm}, {"disclaimer", Category::Disclaimer},
};

Lexicon load_builtin(const char* name, const char* text) {
    Lexicon lexicon;
    DiagnosticEngine diags;
    SourceFile file(fmt::format("<built-in lexicon {}>", name), text);
    if (!lexicon.add(file, diags)) throw std::logic_error("the built-in lexicon " + std::string(name) + " is malformed");
    return lexicon;
}

} // namespace

bool Lexicon::has_builtin(std::string_view language) {
    std::string_view base = language.substr(0, language.find('-'));
    return base == "en" || base == "eng" || base == "fr" || base == "fra" || base == "es" || base == "spa";
}

// Each built the first time its language is asked for, not all three at once.
const Lexicon& Lexicon::builtin(std::string_view language) {
    std::string_view base = language.substr(0, language.find('-'));
    if (base == "fr" || base == "fra") {
        static const Lexicon fr = load_builtin("fr", kBuiltinLexiconFr);
        return fr;
    }
    if (base == "es" || base == "spa") {
        static const Lexicon es = load_builtin("es", kBuiltinLexiconEs);
        return es;
    }
    static const Lexicon en = load_builtin("en", kBuiltinLexiconEn);
    return en;
}

bool Lexicon::add(const SourceFile& file, DiagnosticEngine& diags) {
    bool ok = true;
    for (uint32_t line = 1; line <= file.line_count(); ++line) {
        std::string_view text = file.line_text(line);
        uint32_t line_begin = file.line_start(line);
        std::string_view content = pacta::text::trim_blanks(text.substr(0, text.find('#')));
        if (content.empty()) continue;
        auto fail = [&](std::string message) {
            diags.report(Rule::Lexicon, file, {line_begin, line_begin + static_cast<uint32_t>(text.size())}, std::move(message));
            ok = false;
        };
        size_t space = content.find_first_of(" \t");
        std::string_view category_name = content.substr(0, space);
        auto found = std::find_if(std::begin(kCategories), std::end(kCategories),
                                  [&](const CategoryName& c) { return c.name == category_name; });
        if (found == std::end(kCategories)) {
            fail(fmt::format("unknown category '{}'; use cue, constitutive, ignore, negator, hedge, recital, "
                             "subordinator, actor, instrument, treaty-term, soft-term or disclaimer",
                             category_name));
            continue;
        }
        LexiconEntry entry;
        entry.category = found->category;
        std::string_view rest = space == std::string_view::npos ? std::string_view() : pacta::text::trim_blanks(content.substr(space));
        if (entry.category == Category::Cue) {
            size_t s2 = rest.find_first_of(" \t");
            std::string_view strength = rest.substr(0, s2);
            auto parsed = parse_strength(strength);
            if (!parsed || *parsed == Strength::None) {
                fail(fmt::format("'{}' is not a strength a cue can carry; write 'cue STRENGTH phrase'", strength));
                continue;
            }
            entry.strength = *parsed;
            rest = s2 == std::string_view::npos ? std::string_view() : pacta::text::trim_blanks(rest.substr(s2));
        }
        size_t arrow = rest.find("=>");
        std::string_view phrase = pacta::text::trim_blanks(rest.substr(0, arrow));
        if (arrow != std::string_view::npos) {
            entry.alternative = std::string(pacta::text::trim_blanks(rest.substr(arrow + 2)));
            if (entry.alternative.empty()) {
                fail("nothing after '=>': give the alternative wording, or remove the arrow");
                continue;
            }
        }
        if (phrase.empty()) {
            fail(fmt::format("a '{}' entry needs a phrase", category_name));
            continue;
        }
        entry.phrase = std::string(phrase);
        for (Word& w : split_words(phrase)) {
            entry.gaps.push_back(w.after_punctuation);
            entry.keys.push_back(w.key);
            entry.words.push_back(std::move(w.folded));
        }
        if (entry.words.empty()) {
            fail(fmt::format("'{}' holds no words", phrase));
            continue;
        }
        uint64_t key = word_key(entry.words.front());
        first_words_[first_word_bit(key) / 64] |= uint64_t{1} << (first_word_bit(key) % 64);
        auto& bucket = index_[key];
        bucket.push_back(static_cast<uint32_t>(entries_.size()));
        entries_.push_back(std::move(entry));
        std::stable_sort(bucket.begin(), bucket.end(),
                         [&](uint32_t a, uint32_t b) { return entries_[a].words.size() > entries_[b].words.size(); });
    }
    return ok;
}

const LexiconEntry* Lexicon::match_any(const std::vector<Word>& words, size_t at, uint32_t mask) const {
    if (!may_start_entry(words[at].key)) return nullptr;
    auto it = index_.find(words[at].key);
    if (it == index_.end()) return nullptr;
    for (uint32_t e : it->second) {  // longest first
        const LexiconEntry& entry = entries_[e];
        if (!(mask & bit(entry.category)) || at + entry.words.size() > words.size()) continue;
        // Keys first, which turns most entries away without comparing text.
        bool same = words[at].key == entry.keys[0];
        for (size_t k = 1; k < entry.words.size() && same; ++k)
            same = words[at + k].key == entry.keys[k] && words[at + k].after_punctuation == entry.gaps[k];
        for (size_t k = 0; k < entry.words.size() && same; ++k) same = words[at + k].folded == entry.words[k];
        if (same) return &entry;
    }
    return nullptr;
}

const LexiconEntry* Lexicon::match(const std::vector<Word>& words, size_t at, Category category) const {
    return match_any(words, at, bit(category));
}

bool Lexicon::contains(Category category, std::string_view folded_word) const {
    uint64_t key = word_key(folded_word);
    if (!may_start_entry(key)) return false;
    auto it = index_.find(key);
    if (it == index_.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](uint32_t e) {
        return entries_[e].category == category && entries_[e].words.size() == 1 && entries_[e].words[0] == folded_word;
    });
}

const LexiconEntry* Lexicons::match(const std::vector<Word>& words, size_t at, Category category) const {
    return match_any(words, at, bit(category));
}

const LexiconEntry* Lexicons::match_any(const std::vector<Word>& words, size_t at, uint32_t mask) const {
    const LexiconEntry* best = nullptr;
    for (const Lexicon* l : list_)
        if (const LexiconEntry* e = l->match_any(words, at, mask); e && (!best || e->words.size() > best->words.size()))
            best = e;
    return best;
}

bool Lexicons::contains(Category category, std::string_view folded_word) const {
    return std::any_of(list_.begin(), list_.end(), [&](const Lexicon* l) { return l->contains(category, folded_word); });
}

} // namespace pacta::analysis
