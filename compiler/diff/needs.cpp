// What a comparison must analyse. Most clauses of consecutive drafts are
// identical, and so is everything their analysis depends on: analysing them
// only to find that nothing changed was most of the comparison's time.
#include <unordered_map>

#include "diff/diff.h"

namespace pacta::diff {

namespace {

// A clause's analysis depends on its text and kind (in the instruments'
// setting) and, for an item with no cue of its own that can take its
// parent's strength (analysis::can_inherit), on that parent's strength,
// which depends on the same things one level up.
class Inheritance {
public:
    Inheritance(const Instrument& old_draft, const Instrument& new_draft) : old_(old_draft), new_(new_draft) {}

    // Whether the two provisions (of one kind and text) take the same
    // strength from their parents, if any.
    bool alike(const Provision& a, const Provision& b) {
        bool from_a = analysis::can_inherit(old_, a), from_b = analysis::can_inherit(new_, b);
        if (from_a != from_b) return false;
        return !from_a || same_strength(a.parent, b.parent);
    }

private:
    // Whether two parents end with the same strength: same kind and text,
    // and the same from their own parents.
    bool same_strength(int32_t a, int32_t b) {
        auto [known, fresh] = same_.try_emplace(key(a, b), false);
        if (!fresh) return known->second;
        const Provision& x = old_.provisions[a];
        const Provision& y = new_.provisions[b];
        bool same = x.kind == y.kind && x.body.text == y.body.text && (x.body.text.empty() || alike(x, y));
        same_[key(a, b)] = same;  // the recursion may have rehashed the table
        return same;
    }
    static uint64_t key(int32_t a, int32_t b) { return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b); }

    const Instrument& old_;
    const Instrument& new_;
    std::unordered_map<uint64_t, bool> same_;
};

} // namespace

AnalysisNeeds analysis_needed(const Instrument& old_draft, const Instrument& new_draft, const std::vector<Pair>& aligned) {
    AnalysisNeeds needs{std::vector<bool>(old_draft.provisions.size(), false), std::vector<bool>(new_draft.provisions.size(), false)};
    bool read_alike = analysis::clauses_read_alike(old_draft, new_draft);
    Inheritance inheritance(old_draft, new_draft);
    // Added and deleted clauses have no delta: only pairs need analysing.
    for (const Pair& p : aligned) {
        if (p.old_index < 0 || p.new_index < 0) continue;
        const Provision& a = old_draft.provisions[p.old_index];
        const Provision& b = new_draft.provisions[p.new_index];
        bool settled = read_alike && p.change != Change::Split && !a.expect && !b.expect &&
                       a.kind == b.kind && a.body.text == b.body.text && inheritance.alike(a, b);
        if (settled) continue;
        needs.old_provisions[p.old_index] = true;
        needs.new_provisions[p.new_index] = true;
    }
    return needs;
}

} // namespace pacta::diff
