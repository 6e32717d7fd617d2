// What a comparison must analyse. Most clauses of consecutive drafts are
// identical, and so is everything their analysis depends on: analysing them
// only to find that nothing changed was most of the comparison's time.
#include "diff/diff.h"

namespace pacta::diff {

namespace {

// Whether the parents of two identical clauses give them the same strength
// to inherit: none on both sides, or a pair settled itself.
bool parents_settle(const Instrument& old_draft, const Provision& a, const Instrument& new_draft, const Provision& b,
                    const std::vector<int32_t>& partner, const std::vector<bool>& settled) {
    if (a.parent < 0 || b.parent < 0) return a.parent == b.parent;
    const Provision& pa = old_draft.provisions[a.parent];
    const Provision& pb = new_draft.provisions[b.parent];
    if (pa.kind != pb.kind) return false;
    if (pa.body.text.empty() && pb.body.text.empty()) return true;
    return settled[b.parent] && partner[b.parent] == a.parent;
}

} // namespace

AnalysisNeeds analysis_needed(const Instrument& old_draft, const Instrument& new_draft, const std::vector<Pair>& aligned) {
    AnalysisNeeds needs{std::vector<bool>(old_draft.provisions.size(), false), std::vector<bool>(new_draft.provisions.size(), false)};
    bool alike = analysis::clauses_read_alike(old_draft, new_draft);
    std::vector<int32_t> partner(new_draft.provisions.size(), -1);  // new provision -> old, for one-to-one pairs
    for (const Pair& p : aligned)
        if (p.old_index >= 0 && p.new_index >= 0 && p.change != Change::Split && p.change != Change::Merged)
            partner[p.new_index] = p.old_index;
    // Parents come before their items, so one pass in the new draft's order
    // settles each parent before its items ask.
    std::vector<bool> settled(new_draft.provisions.size(), false);
    for (uint32_t n = 0; n < new_draft.provisions.size(); ++n) {
        int32_t o = partner[n];
        if (o < 0 || !alike) continue;
        const Provision& a = old_draft.provisions[o];
        const Provision& b = new_draft.provisions[n];
        settled[n] = a.body.text == b.body.text && a.kind == b.kind && !a.expect && !b.expect &&
                     parents_settle(old_draft, a, new_draft, b, partner, settled);
    }
    // Added and deleted clauses have no delta: only pairs need analysing.
    for (const Pair& p : aligned) {
        if (p.old_index < 0 || p.new_index < 0 || settled[p.new_index]) continue;
        needs.old_provisions[p.old_index] = true;
        needs.new_provisions[p.new_index] = true;
    }
    return needs;
}

} // namespace pacta::diff
