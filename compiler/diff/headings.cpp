// Headings of parts, titles, chapters, sections and articles: the alignment
// pairs clauses, so a container is matched through its clauses (the old
// container most of whose clauses went into the new one), then its heading
// compared. Matching by id would compare the wrong headings after a
// renumbering.
#include <algorithm>

#include "diff/diff.h"

namespace pacta::diff {

namespace {

constexpr int kLevels = 8;  // containers above a clause, at most

bool is_container(ProvisionKind k) {
    switch (k) {
    case ProvisionKind::Part: case ProvisionKind::Title: case ProvisionKind::Chapter: case ProvisionKind::Section:
    case ProvisionKind::Article: case ProvisionKind::Annex: case ProvisionKind::Norm: case ProvisionKind::Cbm: return true;
    default: return false;
    }
}

} // namespace

std::string without_layout(std::string_view text) {
    std::string plain = analysis::plain_typography(text), out;
    for (char c : plain) {
        bool space = c == ' ' || c == '\t' || c == '\n';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::vector<HeadingChange> compare_headings(const Instrument& old_draft, const Instrument& new_draft, const std::vector<Pair>& pairs) {
    std::vector<int32_t> old_of(new_draft.provisions.size(), -1);  // new provision -> old provision
    for (const Pair& p : pairs)
        if (p.old_index >= 0 && p.new_index >= 0 && p.change != Change::Merged && old_of[p.new_index] < 0)
            old_of[p.new_index] = p.old_index;
    // Each level up: a new parent takes the old parent its matched children
    // came from most often (kinds must agree; on a tie, the first old one).
    using Link = std::pair<int32_t, int32_t>;  // (new, old)
    std::vector<Link> level;
    for (int32_t n = 0; n < static_cast<int32_t>(old_of.size()); ++n)
        if (old_of[n] >= 0) level.push_back({n, old_of[n]});
    for (int up = 0; up < kLevels && !level.empty(); ++up) {
        std::vector<Link> votes;  // a (new parent, old parent) per child, sorted: equal votes side by side
        for (auto [n, o] : level) {
            int32_t np = new_draft.provisions[n].parent, op = old_draft.provisions[o].parent;
            if (np >= 0 && op >= 0 && new_draft.provisions[np].kind == old_draft.provisions[op].kind) votes.push_back({np, op});
        }
        std::sort(votes.begin(), votes.end());
        std::vector<Link> next;
        for (size_t i = 0; i < votes.size();) {
            int32_t np = votes[i].first, best = -1;
            size_t best_count = 0;
            while (i < votes.size() && votes[i].first == np) {
                size_t same = i;
                while (same < votes.size() && votes[same] == votes[i]) ++same;
                if (same - i > best_count) best = votes[i].second, best_count = same - i;
                i = same;
            }
            next.push_back({np, best});
            if (old_of[np] < 0) old_of[np] = best;
        }
        level = std::move(next);
    }
    std::vector<HeadingChange> changes;
    for (int32_t n = 0; n < static_cast<int32_t>(old_of.size()); ++n) {
        if (old_of[n] < 0) continue;
        const Provision& b = new_draft.provisions[n];
        const Provision& a = old_draft.provisions[old_of[n]];
        if (!is_container(b.kind)) continue;
        if (a.heading.text == b.heading.text || without_layout(a.heading.text) == without_layout(b.heading.text)) continue;
        changes.push_back({a.id, b.id, a.heading.text, b.heading.text});
    }
    return changes;
}

} // namespace pacta::diff
