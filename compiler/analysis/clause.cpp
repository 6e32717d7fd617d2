// One clause: its cues, the one that decides, who it binds, its hedges.
//
// The decisions follow MODALITY.md and government drafting practice:
// - the longest lexicon phrase wins at a position ("shall not" over "shall",
//   "as may be necessary" swallows its "may");
// - a cue inside an embedded clause ("that …", "where …") does not decide
//   while a cue of the main clause exists ("We reaffirm that rights must …"
//   is a recognition);
// - the instrument acting on itself ("This Convention shall enter into
//   force") binds no one;
// - "will" with no one to bind ("This initiative will help …") is narrative;
// - a negated obligation is a prohibition, "No Party shall" too;
// - a recital is a recognition whatever its verbs.
#include <algorithm>

#include "analysis/analysis.h"

namespace pacta::analysis {

namespace {

bool is_participle(std::string_view w) {
    static const std::string_view kIrregular[] = {
        "made", "taken", "held", "done", "given", "kept", "set", "put", "sent", "brought", "built", "sought",
        "known", "shown", "seen", "laid", "paid", "met", "sold", "told", "found", "spent", "bound", "drawn",
        "written", "borne", "chosen", "undertaken", "forbidden", "withdrawn", "granted", "carried"};
    if (w.size() > 3 && (w.ends_with("ed") || w.ends_with("en"))) return true;
    return std::find(std::begin(kIrregular), std::end(kIrregular), w) != std::end(kIrregular);
}

// Adverbs that may stand between a modal and what it governs ("shall also
// not", "shall promptly be notified").
bool is_filler(std::string_view w) {
    static const std::string_view kFillers[] = {"also", "further", "promptly", "immediately", "therefore", "thus",
                                                "furthermore", "moreover", "in", "particular", "jointly", "each",
                                                "then", "still", "only", "equally", "likewise"};
    return std::find(std::begin(kFillers), std::end(kFillers), w) != std::end(kFillers) || w.ends_with("ly");
}

struct Analyser {
    std::string_view text;
    const Lexicons& lex;
    const ClauseContext& context;
    const std::vector<Word>& words;
    std::vector<size_t> cue_word;  // index of each cue's first word
    std::vector<size_t> cue_length;

    bool is_actor_word(const std::string& w) const {
        if (lex.contains(Category::Actor, w)) return true;
        return std::find(context.party_words.begin(), context.party_words.end(), w) != context.party_words.end();
    }

    // The first word of the clause a word belongs to: just after the last
    // punctuation before it.
    size_t clause_start(size_t at) const {
        size_t k = at;
        while (k > 0 && !words[k].after_punctuation) --k;
        return k;
    }

    // Recognition and encouragement verbs double as nouns ("the request",
    // "a recall", "our support").
    static bool is_verb_cue(const LexiconEntry& e) {
        return e.category == Category::Cue && (e.strength == Strength::Recognition || e.strength == Strength::Encouragement);
    }

    static bool is_determiner(std::string_view w) {
        static const std::string_view kDeterminers[] = {"the", "a", "an", "this", "that", "these", "those", "such",
                                                        "any", "each", "every", "its", "their", "his", "her", "our",
                                                        "my", "your", "no", "of", "for", "to", "whose", "which"};
        return std::find(std::begin(kDeterminers), std::end(kDeterminers), w) != std::end(kDeterminers);
    }

    static bool is_preposition(std::string_view w) {
        static const std::string_view kPrepositions[] = {"for", "under", "of", "from", "by", "made", "received",
                                                         "concerning", "relating", "pursuant", "submitted", "referred"};
        return std::find(std::begin(kPrepositions), std::end(kPrepositions), w) != std::end(kPrepositions);
    }

    bool starts_modal(size_t at) const {
        const LexiconEntry* e = lex.match(words, at, Category::Cue);
        if (!e) e = lex.match(words, at, Category::Constitutive);
        if (!e) return false;
        switch (e->strength) {
        case Strength::Obligation: case Strength::Prohibition: case Strength::Permission:
        case Strength::Recommendation: case Strength::Commitment: return true;
        default: return e->category == Category::Constitutive;
        }
    }

    // "shall also be considered", "shall not be deemed": a deeming phrase
    // of the lexicon ("shall be considered") with an adverb or "not" after
    // its modal. It deems, whatever the adverb: it binds no one. Returns the
    // entry and the length it covers in the clause, or none.
    std::pair<const LexiconEntry*, size_t> deeming_with_adverb(size_t at) const {
        static const std::string_view kAdverbs[] = {"also", "equally", "likewise", "similarly", "further", "furthermore", "not",
                                                    "only", "then", "therefore", "thus", "hence", "nevertheless", "still", "automatically"};
        auto is_adverb = [](std::string_view w) { return std::find(std::begin(kAdverbs), std::end(kAdverbs), w) != std::end(kAdverbs); };
        size_t k = at + 1;
        while (k < words.size() && k - at <= 2 && !words[k].after_punctuation && is_adverb(words[k].folded)) ++k;
        if (k == at + 1 || k >= words.size()) return {nullptr, 0};
        std::vector<Word> without_adverbs{words[at]};
        for (size_t j = k; j < words.size() && j < k + 4; ++j) without_adverbs.push_back(words[j]);
        const LexiconEntry* e = lex.match(without_adverbs, 0, Category::Constitutive);
        if (!e || e->words.size() < 2) return {nullptr, 0};
        return {e, e->words.size() + (k - at - 1)};
    }

    void find_cues(ProvisionAnalysis& out) {
        for (size_t i = 0; i < words.size();) {
            // A hedge ("upon request") hides the cue-like words inside it.
            const LexiconEntry* best = lex.match_any(
                words, i, bit(Category::Cue) | bit(Category::Constitutive) | bit(Category::Ignore) | bit(Category::Hedge));
            if (!best) { ++i; continue; }
            size_t length = best->words.size();
            if (best->category == Category::Cue)
                if (auto [deeming, covered] = deeming_with_adverb(i); deeming) best = deeming, length = covered;
            // A verb cue right before another cue is a noun in subject
            // position ("Requests may not be refused"): not a cue.
            bool noun_before_cue =
                is_verb_cue(*best) &&
                ((length == 1 && i + 1 < words.size() && !words[i + 1].after_punctuation &&
                  (starts_modal(i + 1) || is_preposition(words[i + 1].folded))) ||
                 (i > 0 && !words[i].after_punctuation && is_determiner(words[i - 1].folded)));
            if (best->category != Category::Ignore && best->category != Category::Hedge && !noun_before_cue) {
                Cue cue;
                cue.span = {words[i].begin, words[i + length - 1].end};
                cue.words = std::string(text.substr(cue.span.begin, cue.span.end - cue.span.begin));
                cue.constitutive = best->category == Category::Constitutive;
                cue.lexical = cue.constitutive ? Strength::None : best->strength;
                cue.strength = cue.lexical;
                out.cues.push_back(std::move(cue));
                cue_word.push_back(i);
                cue_length.push_back(length);
            }
            i += length;
        }
    }

    // Negation and passive voice, read from the words after the cue.
    void read_after(size_t c, Cue& cue) {
        size_t k = cue_word[c] + cue_length[c];
        size_t seen = 0;
        while (k < words.size() && seen < 3 && !words[k].after_punctuation) {
            const std::string& w = words[k].folded;
            if (lex.contains(Category::Negator, w)) { cue.negated = true; ++k; ++seen; continue; }
            if (w == "be" || w == "been" || w == "being") {
                if (k + 1 < words.size() && is_participle(words[k + 1].folded)) cue.passive = true;
                break;
            }
            if (!is_filler(w)) break;
            ++k;
            ++seen;
        }
        // "shall be prohibited", "are prohibited": the lexicon says so; a
        // passive cue ending in "be …ed" is passive too.
        const std::string& last = words[cue_word[c] + cue_length[c] - 1].folded;
        if (cue_length[c] > 1 && is_participle(last) && words[cue_word[c] + cue_length[c] - 2].folded == "be")
            cue.passive = true;
    }

    // In arrangements drafted as political commitments (MOUs, declarations
    // of intent, CBM sets, codes of conduct) "will" is the commitment verb
    // whoever its subject; elsewhere it may just state a fact.
    bool will_commits() const {
        if (!context.kind) return false;
        switch (*context.kind) {
        case InstrumentKind::MemorandumOfUnderstanding:
        case InstrumentKind::DeclarationOfIntent:
        case InstrumentKind::CbmSet:
        case InstrumentKind::CodeOfConduct: return true;
        default: return false;
        }
    }

    // "that", "which", "who" after a noun open a relative clause inside the
    // subject ("A Party that has made a reservation may …"), which leaves the
    // cue after it in the main clause; after a verb ("We reaffirm that …")
    // they open a complement clause, which does not.
    bool is_relative_not_complement(size_t k) const {
        static const std::string_view kRelatives[] = {"that", "which", "who", "whom", "whose"};
        if (std::find(std::begin(kRelatives), std::end(kRelatives), words[k].folded) == std::end(kRelatives)) return false;
        if (k == 0 || words[k].after_punctuation) return false;
        if (lex.match(words, k - 1, Category::Cue) || lex.match(words, k - 1, Category::Constitutive)) return false;
        static const std::string_view kComplementVerbs[] = {"ensure", "ensures", "provide", "provides", "agree", "agrees",
                                                            "decide", "decides", "declare", "declares", "so", "such",
                                                            "given", "provided", "order", "considering", "noting",
                                                            "recognizing", "recognising", "understand", "state",
                                                            "states", "confirm", "confirms", "believe", "find"};
        return std::find(std::begin(kComplementVerbs), std::end(kComplementVerbs), words[k - 1].folded) ==
               std::end(kComplementVerbs);
    }

    bool any_actor(size_t from, size_t to) const {
        for (size_t k = from; k < to; ++k)
            if (is_actor_word(words[k].folded)) return true;
        return false;
    }

    void read_clause(size_t c, Cue& cue, Span& subject) {
        size_t at = cue_word[c];
        size_t start = clause_start(at);
        for (size_t k = start; k < at; ++k) {
            const std::string& w = words[k].folded;
            if (is_relative_not_complement(k)) continue;
            if (lex.contains(Category::Subordinator, w)) {
                cue.subordinate = true;
                start = k + 1;  // the subject of an embedded cue comes after its subordinator
            }
        }
        // "Should a Party wish …": an inverted conditional, not a recommendation.
        if (words[at].folded == "should" && cue_length[c] == 1 &&
            (at == 0 || words[at - 1].folded == "or" || words[at - 1].folded == "and"))
            cue.subordinate = true;
        // The verb of a relative clause ("systems which consider that …").
        if (at > 0 && !words[at].after_punctuation &&
            (words[at - 1].folded == "which" || words[at - 1].folded == "who" || words[at - 1].folded == "that") &&
            cue.lexical != Strength::Obligation && cue.lexical != Strength::Prohibition &&
            cue.lexical != Strength::Permission && cue.lexical != Strength::Recommendation &&
            cue.lexical != Strength::Commitment)
            cue.subordinate = true;
        // "information whose disclosure is prohibited": a relative clause on
        // a noun of the object, not the main clause's verb.
        for (size_t k = start; k < at; ++k)
            if (words[k].folded == "whose" && at - k <= 4) cue.subordinate = true;
        // A phrase set off by commas may stand between subject and modal
        // ("States, as appropriate, should …"): look back a few clauses for
        // the one that names an actor.
        size_t subject_start = start, subject_end = at;
        for (int hops = 0; hops < 3 && !any_actor(subject_start, subject_end) && subject_start > 0 && !cue.subordinate;
             ++hops) {
            subject_end = subject_start;
            subject_start = clause_start(subject_start - 1);
        }
        if (!any_actor(subject_start, subject_end)) subject_start = start, subject_end = at;
        if (subject_start < subject_end) subject = {words[subject_start].begin, words[subject_end - 1].end};

        bool has_actor = any_actor(subject_start, subject_end);
        // "This Convention shall …", "Nothing in this Convention shall …":
        // the instrument is the subject, not merely mentioned in it.
        bool names_instrument = start < at && lex.match(words, start, Category::Instrument);
        if (names_instrument && !has_actor && cue.lexical != Strength::Recognition) {
            cue.constitutive = true;
            cue.strength = Strength::None;
            return;
        }
        if (cue.constitutive) return;
        bool no_subject = start < at && (words[start].folded == "no" || words[start].folded == "neither");
        if (cue.lexical == Strength::Obligation && (cue.negated || no_subject)) cue.strength = Strength::Prohibition;
        // "will" binds only someone: with no actor it states a fact.
        if (cue_length[c] == 1 && words[at].folded == "will" && !cue.passive && !has_actor && !will_commits()) {
            cue.narrative = true;
            cue.strength = Strength::None;
        }
    }

    // A definition ("'computer data' means …") binds no one, whatever
    // modal words its definiens holds.
    bool defines_before(size_t at) const {
        for (size_t k = 0; k < at; ++k)
            if ((words[k].folded == "means" || words[k].folded == "mean") && (k == 0 || words[k - 1].folded != "by"))
                return true;
        return false;
    }

    int32_t choose_main(const ProvisionAnalysis& out) const {
        auto pick = [&](auto accept) -> int32_t {
            for (size_t c = 0; c < out.cues.size(); ++c)
                if (accept(out.cues[c])) return static_cast<int32_t>(c);
            return -1;
        };
        // Only the main clause decides: a clause whose only commitment words
        // sit in embedded clauses ("Done …, in a single copy which shall be
        // deposited") commits no one. A narrative "will" is still shown.
        int32_t main = pick([](const Cue& c) { return !c.subordinate && !c.narrative; });
        if (main < 0) main = pick([](const Cue& c) { return !c.subordinate; });
        return main;
    }

    void find_hedges(ProvisionAnalysis& out) const {
        for (size_t i = 0; i < words.size();) {
            const LexiconEntry* e = lex.match(words, i, Category::Hedge);
            if (!e) { ++i; continue; }
            Span span{words[i].begin, words[i + e->words.size() - 1].end};
            out.hedges.push_back({span, std::string(text.substr(span.begin, span.end - span.begin))});
            i += e->words.size();
        }
    }

    // A recital opener ("Recognizing", "Mindful of") is the recital's cue.
    void read_recital(ProvisionAnalysis& out) {
        out.strength = Strength::Recognition;
        out.main = -1;
        if (words.empty()) return;
        const LexiconEntry* e = lex.match(words, 0, Category::Recital);
        if (!e) {
            // "The member States …, Considering that …": the opener may follow a comma.
            for (size_t k = 1; k < words.size() && !e; ++k)
                if (words[k].after_punctuation) {
                    e = lex.match(words, k, Category::Recital);
                    if (e) {
                        Cue cue;
                        cue.span = {words[k].begin, words[k + e->words.size() - 1].end};
                        cue.words = std::string(text.substr(cue.span.begin, cue.span.end - cue.span.begin));
                        cue.lexical = cue.strength = Strength::Recognition;
                        out.cues.insert(out.cues.begin(), std::move(cue));
                        out.main = 0;
                    }
                }
            return;
        }
        Cue cue;
        cue.span = {words[0].begin, words[e->words.size() - 1].end};
        cue.words = std::string(text.substr(cue.span.begin, cue.span.end - cue.span.begin));
        cue.lexical = cue.strength = Strength::Recognition;
        out.cues.insert(out.cues.begin(), std::move(cue));
        out.main = 0;
    }

    ProvisionAnalysis run() {
        ProvisionAnalysis out;
        out.analysed = true;
        find_cues(out);
        std::vector<Span> subjects(out.cues.size());
        for (size_t c = 0; c < out.cues.size(); ++c) {
            read_after(c, out.cues[c]);
            read_clause(c, out.cues[c], subjects[c]);
        }
        find_hedges(out);
        if (context.recital) {
            read_recital(out);
            return out;
        }
        out.main = choose_main(out);
        if (out.main >= 0 && defines_before(cue_word[out.main])) out.main = -1;  // "X means …": a definition
        if (out.main >= 0) {
            const Cue& main = out.cues[out.main];
            out.strength = main.strength;
            out.polarity = main.negated || main.strength == Strength::Prohibition ? Polarity::Negative : Polarity::Positive;
            out.actor = subjects[out.main];
            out.actor_text = std::string(text.substr(out.actor.begin, out.actor.end - out.actor.begin));
        }
        return out;
    }
};

} // namespace

ProvisionAnalysis analyse_clause(std::string_view text, const Lexicons& lexicons, const ClauseContext& context) {
    return analyse_clause(text, split_words(text), lexicons, context);
}

ProvisionAnalysis analyse_clause(std::string_view text, const std::vector<Word>& words, const Lexicons& lexicons,
                                 const ClauseContext& context) {
    return Analyser{text, lexicons, context, words, {}, {}}.run();
}

} // namespace pacta::analysis
