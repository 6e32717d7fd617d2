// What a comparison must analyse. Most clauses of consecutive drafts are
// identical, and so is everything their analysis depends on: analysing them
// only to find that nothing changed was most of the comparison's time.
#include <unordered_map>

#include "diff/diff.h"

namespace pacta::diff {

namespace {

// A clause's analysis depends on its text and kind (in the instruments'
// setting) and, for an item with no cue of its own, on the strength of its
// parent, which depends on the same things one level up. Two chains of
// parents give the same strength to inherit when they are alike level by
// level up to the top or to a parent without text on both sides (which
// passes nothing down).
class Ancestry {
public:
    Ancestry(const Instrument& old_draft, const Instrument& new_draft) : old_(old_draft), new_(new_draft) {}

    bool alike(int32_t a, int32_t b) {
        if (a < 0 || b < 0) return a == b;
        auto [known, fresh] = alike_.try_emplace(key(a, b), false);
        if (!fresh) return known->second;
        const Provision& x = old_.provisions[a];
        const Provision& y = new_.provisions[b];
        bool same = x.kind == y.kind && x.body.text == y.body.text && (x.body.text.empty() || alike(x.parent, y.parent));
        alike_[key(a, b)] = same;  // the recursion may have rehashed the table
        return same;
    }

private:
    static uint64_t key(int32_t a, int32_t b) { return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b); }

    const Instrument& old_;
    const Instrument& new_;
    std::unordered_map<uint64_t, bool> alike_;
};

} // namespace

AnalysisNeeds analysis_needed(const Instrument& old_draft, const Instrument& new_draft, const std::vector<Pair>& aligned) {
    AnalysisNeeds needs{std::vector<bool>(old_draft.provisions.size(), false), std::vector<bool>(new_draft.provisions.size(), false)};
    bool read_alike = analysis::clauses_read_alike(old_draft, new_draft);
    Ancestry ancestry(old_draft, new_draft);
    // Added and deleted clauses have no delta: only pairs need analysing.
    for (const Pair& p : aligned) {
        if (p.old_index < 0 || p.new_index < 0) continue;
        const Provision& a = old_draft.provisions[p.old_index];
        const Provision& b = new_draft.provisions[p.new_index];
        bool settled = read_alike && p.change != Change::Split && p.change != Change::Merged && !a.expect && !b.expect &&
                       a.kind == b.kind && a.body.text == b.body.text && ancestry.alike(a.parent, b.parent);
        if (settled) continue;
        needs.old_provisions[p.old_index] = true;
        needs.new_provisions[p.new_index] = true;
    }
    return needs;
}

} // namespace pacta::diff
