// Commitment-language analysis: for every provision, who is bound, by what
// words, how strongly, softened by which hedges; for the instrument, its
// strength profile and whether its language fits its kind. Findings go to the
// DiagnosticEngine like the front end's, at the exact words.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/diagnostics.h"
#include "model/model.h"

namespace pacta::analysis {

// ------------------------------------------------------------ lexicons
// A word of a clause: byte offsets into the clause text and its folded form
// (case-folded, NFC, typographic quotes and dashes made plain).
struct Word {
    uint32_t begin;
    uint32_t end;
    std::string folded;
    bool after_punctuation;  // a comma, semicolon, colon... stands between it and the word before
    uint64_t key = 0;        // word_key(folded): a lexicon looks a word up by it, hashed once
};
// The hash a lexicon indexes words by (entries are then checked word for word).
uint64_t word_key(std::string_view folded);
// word_key of a plain ASCII word's folded form, without folding it into a
// string (the alignment keys every word of a changed clause).
uint64_t ascii_word_key(std::string_view ascii_word);
// The words of a clause, at Unicode word boundaries (text::word_segments);
// white space and punctuation are not words.
std::vector<Word> split_words(std::string_view text);
std::string fold_word(std::string_view word);
// The same, into `out` (replaced), which keeps its capacity between calls:
// a plain ASCII word then costs no allocation.
void fold_word_into(std::string& out, std::string_view word);
// Typographic quotes, dashes and no-break spaces as their plain forms, case
// kept: what layout-insensitive comparison (the redline) needs.
std::string plain_typography(std::string_view text);

enum class Category {
    Cue, Constitutive, Ignore, Negator, Hedge, Recital, Subordinator, Actor, Instrument,
    TreatyTerm, SoftTerm, Disclaimer,
};
constexpr uint32_t bit(Category c) { return 1u << static_cast<uint32_t>(c); }

struct LexiconEntry {
    Category category;
    Strength strength = Strength::None;  // for cues
    std::vector<std::string> words;      // folded, as matched
    std::vector<uint64_t> keys;          // word_key of each: compared before the words themselves
    std::vector<bool> gaps;              // punctuation before each word (as in "non-binding")
    std::string phrase;                  // as written in the lexicon
    std::string alternative;             // after "=>"
};

class Lexicon {
public:
    // The built-in lexicon of a language ("en", "fr", "es"); English for
    // any other language.
    static const Lexicon& builtin(std::string_view language);
    static bool has_builtin(std::string_view language);

    // Adds the entries of a lexicon file; a malformed line is a fatal
    // diagnostic naming its line. Returns false if any line was malformed.
    bool add(const SourceFile& file, DiagnosticEngine& diags);

    // The longest entry of `category` matching at words[at], if any.
    const LexiconEntry* match(const std::vector<Word>& words, size_t at, Category category) const;
    // The longest entry of any category in `mask` (bits 1 << Category).
    const LexiconEntry* match_any(const std::vector<Word>& words, size_t at, uint32_t mask) const;
    bool contains(Category category, std::string_view folded_word) const;
    size_t size() const { return entries_.size(); }

private:
    // Lets the index be searched with a string_view, without a copy.
    std::vector<LexiconEntry> entries_;
    // First word's key -> entries starting with it, of every category, longest
    // first: one lookup serves a match over several categories, and a
    // clause's words are hashed once, not at every lookup.
    std::unordered_map<uint64_t, std::vector<uint32_t>> index_;
    // A bit per range of keys, set where some entry's first word falls: most
    // words of a clause start no entry, and are turned away by one bit test
    // rather than a lookup in the index (a dozen lookups per word).
    static constexpr unsigned kFirstWordBits = 14;
    std::vector<uint64_t> first_words_ = std::vector<uint64_t>((1u << kFirstWordBits) / 64);
    static size_t first_word_bit(uint64_t key) { return static_cast<size_t>(key >> (64 - kFirstWordBits)); }
    bool may_start_entry(uint64_t key) const { return (first_words_[first_word_bit(key) / 64] >> (first_word_bit(key) % 64)) & 1; }
};

// ------------------------------------------------------------- results
struct Span {
    uint32_t begin = 0;  // byte offsets into the provision's text
    uint32_t end = 0;
    bool empty() const { return begin == end; }
};

enum class Polarity { Positive, Negative };

struct Cue {
    Span span;
    std::string words;       // exactly as in the text
    Strength strength;       // after negation and the kind of sentence are taken into account
    Strength lexical;        // as the lexicon has it
    bool negated = false;
    bool passive = false;
    bool subordinate = false;    // in an embedded clause ("that …", "where …")
    bool constitutive = false;   // the instrument acting on itself: binds no one
    bool narrative = false;      // "will" stating a fact, with no one bound
};

struct Hedge {
    Span span;
    std::string words;
};

struct ProvisionAnalysis {
    bool analysed = false;       // false for containers without text, headings only
    bool skipped = false;        // left out on request (analyse_provisions' `only`): nothing is known
    std::vector<Cue> cues;       // every cue, in order
    int32_t main = -1;           // the cue that decides, or -1
    Strength strength = Strength::None;
    Polarity polarity = Polarity::Positive;
    bool inherited = false;      // an item with no cue of its own takes its parent's strength
    Span actor;                  // the subject the main cue binds
    std::string actor_text;
    std::vector<Hedge> hedges;
};

struct Profile {
    std::array<uint32_t, 9> counts{};  // by Strength
    uint32_t analysed = 0;             // provisions with text
    uint32_t operative = 0;            // ... whose strength is not none
    uint32_t binding = 0;              // obligation + prohibition
    uint32_t hedged = 0;               // operative provisions with a hedge
};

struct InstrumentAnalysis {
    std::vector<ProvisionAnalysis> provisions;  // parallel to Instrument::provisions
    Profile profile;
};

// The lexicons in force: the built-in one of the instrument's language, then
// the user's (--lexicon); the longest match across them wins.
class Lexicons {
public:
    explicit Lexicons(std::vector<const Lexicon*> list) : list_(std::move(list)) {}
    const LexiconEntry* match(const std::vector<Word>& words, size_t at, Category category) const;
    const LexiconEntry* match_any(const std::vector<Word>& words, size_t at, uint32_t mask) const;
    bool contains(Category category, std::string_view folded_word) const;

private:
    std::vector<const Lexicon*> list_;
};

struct Options {
    const Lexicon* user = nullptr;  // entries from --lexicon files
};

struct ClauseContext {
    bool recital = false;
    std::optional<InstrumentKind> kind;
    std::vector<std::string> party_words;  // folded words of declared party codes and names
};

// Analyses one clause as it would stand in an instrument (for tests and the
// evaluation set, and for each provision by analyse()).
ProvisionAnalysis analyse_clause(std::string_view text, const Lexicons& lexicons, const ClauseContext& context);
// The same, on words already split from `text`.
ProvisionAnalysis analyse_clause(std::string_view text, const std::vector<Word>& words, const Lexicons& lexicons,
                                 const ClauseContext& context);

// Analyses every provision, then checks the instrument as a whole; findings
// (kind fit, red lines) are reported to `diags` at the exact words.
InstrumentAnalysis analyse(const Instrument& instrument, DiagnosticEngine& diags, const Options& options = {});

// Clause analyses already made, by clause text. A clause's own analysis (before
// an item takes its parent's strength) depends only on its text and on the
// instrument's language, kind and parties; consecutive drafts share most of
// their clauses, so the second draft of a diff reuses the first one's work.
// The texts are viewed, not copied: the instruments analysed must outlive it.

class ClauseMemo {
public:
    // What besides its text a clause's own analysis depends on.
    struct Setting {
        std::vector<const Lexicon*> lexicons;
        std::optional<InstrumentKind> kind;
        std::vector<std::string> party_words;
        bool operator==(const Setting&) const = default;
    };

private:
    friend InstrumentAnalysis analyse_provisions(const Instrument&, ClauseMemo&, const Options&, const std::vector<bool>*);
    std::optional<Setting> setting_;
    std::array<std::unordered_map<std::string_view, ProvisionAnalysis>, 2> known_;  // not recital, recital
};

// Every provision's analysis, without the instrument-level checks (they
// report findings only): what a comparison of drafts needs. With the same
// `memo` (and lexicons) for both drafts, unchanged clauses are analysed once.
// Given `only` (by provision index), the others are skipped, except the
// parents an item may take its strength from; the profile counts those
// analysed.
InstrumentAnalysis analyse_provisions(const Instrument& instrument, ClauseMemo& memo, const Options& options = {},
                                      const std::vector<bool>* only = nullptr);

// Whether an item with no cue of its own takes its parent's strength: a
// point, or a paragraph within a paragraph or point (items of a list carry
// the force of the words that introduce them).
bool can_inherit(const Instrument& instrument, const Provision& provision);

// Whether a clause of the same text reads alike in both instruments (same
// lexicons, kind and parties): its own analysis is then the same in both.
bool clauses_read_alike(const Instrument& a, const Instrument& b, const Options& options = {});

} // namespace pacta::analysis
