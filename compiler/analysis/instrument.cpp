// The instrument as a whole: every provision analysed in document order
// (so an item can take its parent's strength), the strength profile, red
// lines, and whether the language fits the kind of instrument.
#include <cctype>

#include <fmt/format.h>

#include "analysis/analysis.h"

namespace pacta::analysis {

namespace {

bool analysable(ProvisionKind k) {
    return k != ProvisionKind::Formula && k != ProvisionKind::Signature && k != ProvisionKind::Preamble &&
           k != ProvisionKind::Conclusions;
}

} // namespace

bool can_inherit(const Instrument& in, const Provision& p) {
    if (p.parent < 0) return false;
    ProvisionKind up = in.provisions[p.parent].kind;
    return p.kind == ProvisionKind::Point || (p.kind == ProvisionKind::Paragraph &&
                                              (up == ProvisionKind::Paragraph || up == ProvisionKind::Point));
}

namespace {

// The alternative wording in the case the drafter used: "The Parties" ->
// "The Participants", "shall" -> "will".
std::string match_case(std::string_view original, const std::string& alternative) {
    std::string out = alternative;
    size_t o = 0, a = 0;
    while (o < original.size() && a < out.size()) {
        if (std::isupper(static_cast<unsigned char>(original[o]))) out[a] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[a])));
        o = original.find(' ', o);
        a = out.find(' ', a);
        if (o == std::string_view::npos || a == std::string::npos) break;
        ++o, ++a;
    }
    return out;
}

std::vector<std::string> party_words(const Instrument& in) {
    std::vector<std::string> out;
    for (const Party& p : in.meta.parties) {
        out.push_back(fold_word(p.code));
        for (Word& w : split_words(p.name))
            if (w.folded.size() > 3) out.push_back(std::move(w.folded));
    }
    return out;
}

// Instruments where government drafting practice on non-binding wording
// applies in full; other non-binding kinds (norms, CBMs, declarations) may
// well speak of States' existing obligations, so only "shall" and entry
// into force are held against them.
bool full_drafting_check(InstrumentKind k) {
    return k == InstrumentKind::MemorandumOfUnderstanding || k == InstrumentKind::DeclarationOfIntent ||
           k == InstrumentKind::JointStatement;
}

class InstrumentChecker {
public:
    InstrumentChecker(const Instrument& in, const Lexicons& lex, DiagnosticEngine& diags, InstrumentAnalysis& result)
        : in_(in), lex_(lex), diags_(diags), result_(result) {}

    // Called for every provision in document order, with its words (empty
    // when it has no text), before finish().
    void visit(uint32_t index, const std::vector<Word>& words) {
        count_vocabulary(index, words);
        if (in_.meta.kind) scan_terms(index, *in_.meta.kind, words);
    }

    void finish() {
        check_red_lines();
        if (!in_.meta.kind) return;
        InstrumentKind kind = *in_.meta.kind;
        if (is_legally_binding(kind) && result_.profile.binding == 0 && result_.profile.analysed > 0)
            diags_.report(Rule::TreatyWithoutObligation, *in_.source, in_.meta.kind_source,
                          fmt::format("this {} binds no one: none of its {} provisions carries an obligation or a "
                                      "prohibition",
                                      kind_name(kind), result_.profile.analysed));
        check_mixed_vocabulary();
    }

private:
    SourceRange source_of(const Prose& prose, Span span) const {
        uint32_t begin = prose.source_offset(span.begin);
        return {begin, begin + (span.end - span.begin)};
    }

    void check_red_lines() {
        for (uint32_t i = 0; i < in_.provisions.size(); ++i) {
            const Provision& p = in_.provisions[i];
            if (!p.expect) continue;
            const ProvisionAnalysis& a = result_.provisions[i];
            if (meets_expectation(a.strength, *p.expect)) continue;
            std::string said = a.main >= 0 ? fmt::format("'{}' ({})", a.cues[a.main].words, strength_name(a.strength))
                                           : std::string("no commitment language (none)");
            SourceRange where = a.main >= 0 ? source_of(p.body, a.cues[a.main].span) : p.source;
            auto* d = diags_.report(Rule::RedLine, *in_.source, where,
                                    fmt::format("red line crossed in {}: it must carry at least {}, but says {}", p.id,
                                                strength_name(*p.expect), said));
            diags_.add_note(d, *in_.source, p.expect_source, "the red line is drawn here");
        }
    }

    void scan_terms(uint32_t index, InstrumentKind kind, const std::vector<Word>& words) {
        const Provision& p = in_.provisions[index];
        bool binding = is_legally_binding(kind);
        if (!binding && full_drafting_check(kind) && p.kind == ProvisionKind::Article)
            diags_.report(Rule::TreatyLanguage, *in_.source, {p.source.begin, p.source.begin + 7},
                          fmt::format("'ARTICLE' is treaty structure; a {} is not legally binding, so number its "
                                      "provisions as paragraphs or sections",
                                      kind_name(kind)));
        if (!result_.provisions[index].analysed) return;
        const Prose& prose = p.body;
        std::vector<bool> in_disclaimer(words.size(), false);
        for (size_t i = 0; i < words.size(); ++i) {
            const LexiconEntry* e = lex_.match(words, i, Category::Disclaimer);
            if (!e) continue;
            // The rest of the disclaimer's sentence ("… to give rise to rights
            // or obligations") restates it and is not treaty language either.
            size_t sentence_end = prose.text.find('.', words[i + e->words.size() - 1].end);
            for (size_t k = i; k < words.size() && words[k].begin < sentence_end; ++k) in_disclaimer[k] = true;
            if (binding) {
                Span span{words[i].begin, words[i + e->words.size() - 1].end};
                diags_.report(Rule::DisclaimerInTreaty, *in_.source, source_of(prose, span),
                              fmt::format("a {} is legally binding, yet {} says it is '{}'", kind_name(kind), p.id,
                                          prose.text.substr(span.begin, span.end - span.begin)));
            }
            i += e->words.size() - 1;
        }
        Category category = binding ? Category::SoftTerm : Category::TreatyTerm;
        for (size_t i = 0; i < words.size();) {
            const LexiconEntry* e = lex_.match(words, i, category);
            if (!e || in_disclaimer[i] || (!binding && !full_drafting_check(kind) && !is_core_term(*e))) {
                ++i;
                continue;
            }
            Span span{words[i].begin, words[i + e->words.size() - 1].end};
            std::string said = prose.text.substr(span.begin, span.end - span.begin);
            if (binding)
                diags_.report(Rule::SoftLanguageInTreaty, *in_.source, source_of(prose, span),
                              fmt::format("'{}' is the language of non-binding instruments; a {} would say '{}'", said,
                                          kind_name(kind), match_case(said, e->alternative)));
            else
                diags_.report(Rule::TreatyLanguage, *in_.source, source_of(prose, span),
                              fmt::format("'{}' is treaty language; a {} is not legally binding, so write '{}'", said,
                                          kind_name(kind), match_case(said, e->alternative)));
            i += e->words.size();
        }
    }

    static bool is_core_term(const LexiconEntry& e) {
        return e.phrase == "shall" || e.phrase.find("force") != std::string::npos;
    }

    struct Use {
        uint32_t count = 0;
        const Provision* first = nullptr;
        Span span;
    };

    void count_vocabulary(uint32_t index, const std::vector<Word>& words) {
        const Provision& p = in_.provisions[index];
        for (const Word& w : words) {
            // Only the capitalised, defined-term use counts: "a third party" is not treaty vocabulary.
            if (p.body.text[w.begin] != 'P') continue;
            Use* use = w.folded == "party" || w.folded == "parties"           ? &parties_
                       : w.folded == "participant" || w.folded == "participants" ? &participants_
                                                                               : nullptr;
            if (!use) continue;
            if (use->count++ == 0) use->first = &p, use->span = {w.begin, w.end};
        }
    }

    void check_mixed_vocabulary() {
        if (parties_.count == 0 || participants_.count == 0) return;
        bool parties_win = parties_.count >= participants_.count;
        const Use& minority = parties_win ? participants_ : parties_;
        const Use& majority = parties_win ? parties_ : participants_;
        std::string said = minority.first->body.text.substr(minority.span.begin, minority.span.end - minority.span.begin);
        diags_.report(Rule::MixedVocabulary, *in_.source, source_of(minority.first->body, minority.span),
                      fmt::format("the text speaks of {} {} times and of {} {} times; '{}' in {} is the odd one out",
                                  parties_win ? "Parties" : "Participants", majority.count,
                                  parties_win ? "Participants" : "Parties", minority.count, said, minority.first->id));
    }

    const Instrument& in_;
    const Lexicons& lex_;
    DiagnosticEngine& diags_;
    InstrumentAnalysis& result_;
    Use parties_, participants_;
};

std::vector<const Lexicon*> lexicons_of(const Instrument& in, const Options& options) {
    std::vector<const Lexicon*> list{&Lexicon::builtin(in.meta.language.empty() ? "en" : in.meta.language)};
    if (options.user) list.push_back(options.user);
    return list;
}

ClauseContext context_of(const Instrument& in) {
    ClauseContext context;
    context.kind = in.meta.kind;
    context.party_words = party_words(in);
    return context;
}

bool has_clause(const Provision& p) { return analysable(p.kind) && !p.body.text.empty(); }

// An item with no cue of its own takes its parent's strength.
void inherit(const Instrument& in, const Provision& p, const InstrumentAnalysis& result, ProvisionAnalysis& a) {
    if (a.main >= 0 || a.strength != Strength::None || !can_inherit(in, p)) return;
    const ProvisionAnalysis& up = result.provisions[p.parent];
    if (!up.analysed || up.strength == Strength::None) return;
    a.strength = up.strength;
    a.polarity = up.polarity;
    a.inherited = true;
    a.actor_text = up.actor_text;
}

void count(const ProvisionAnalysis& a, Profile& profile) {
    ++profile.analysed;
    ++profile.counts[static_cast<size_t>(a.strength)];
    if (a.strength != Strength::None) {
        ++profile.operative;
        if (!a.hedges.empty()) ++profile.hedged;
    }
    if (a.strength == Strength::Obligation || a.strength == Strength::Prohibition) ++profile.binding;
}

} // namespace

InstrumentAnalysis analyse(const Instrument& in, DiagnosticEngine& diags, const Options& options) {
    Lexicons lexicons(lexicons_of(in, options));
    ClauseContext context = context_of(in);
    InstrumentAnalysis result;
    result.provisions.resize(in.provisions.size());
    InstrumentChecker checker(in, lexicons, diags, result);
    const std::vector<Word> no_words;
    for (uint32_t i = 0; i < in.provisions.size(); ++i) {
        const Provision& p = in.provisions[i];
        if (!has_clause(p)) {
            checker.visit(i, no_words);
            continue;
        }
        context.recital = p.kind == ProvisionKind::Recital;
        std::vector<Word> words = split_words(p.body.text);
        ProvisionAnalysis a = analyse_clause(p.body.text, words, lexicons, context);
        inherit(in, p, result, a);
        count(a, result.profile);
        result.provisions[i] = std::move(a);
        checker.visit(i, words);
    }
    checker.finish();
    return result;
}

namespace {
ClauseMemo::Setting setting_of(const Instrument& in, const Options& options) {
    return {lexicons_of(in, options), in.meta.kind, party_words(in)};
}

// `only`, with the parents of each provision in it: an item may take its
// strength from them.
std::vector<bool> with_parents(const Instrument& in, const std::vector<bool>& only) {
    std::vector<bool> wanted(in.provisions.size(), false);
    for (size_t i = in.provisions.size(); i-- > 0;) {
        if (i >= only.size() || (!only[i] && !wanted[i])) continue;
        wanted[i] = true;
        for (int32_t up = in.provisions[i].parent; up >= 0 && !wanted[up]; up = in.provisions[up].parent) wanted[up] = true;
    }
    return wanted;
}
} // namespace

InstrumentAnalysis analyse_provisions(const Instrument& in, ClauseMemo& memo, const Options& options, const std::vector<bool>* only) {
    ClauseMemo::Setting setting = setting_of(in, options);
    if (memo.setting_ != setting) memo.known_[0].clear(), memo.known_[1].clear(), memo.setting_ = setting;
    Lexicons lexicons(setting.lexicons);
    ClauseContext context = context_of(in);
    std::vector<bool> wanted = only ? with_parents(in, *only) : std::vector<bool>(in.provisions.size(), true);
    InstrumentAnalysis result;
    result.provisions.resize(in.provisions.size());
    for (uint32_t i = 0; i < in.provisions.size(); ++i) {
        const Provision& p = in.provisions[i];
        if (!wanted[i]) {
            result.provisions[i].skipped = true;
            continue;
        }
        if (!has_clause(p)) continue;
        context.recital = p.kind == ProvisionKind::Recital;
        auto& known = memo.known_[context.recital ? 1 : 0];
        auto it = known.find(p.body.text);
        if (it == known.end()) it = known.emplace(p.body.text, analyse_clause(p.body.text, lexicons, context)).first;
        ProvisionAnalysis a = it->second;
        inherit(in, p, result, a);
        count(a, result.profile);
        result.provisions[i] = std::move(a);
    }
    return result;
}

bool clauses_read_alike(const Instrument& a, const Instrument& b, const Options& options) {
    return setting_of(a, options) == setting_of(b, options);
}

} // namespace pacta::analysis
