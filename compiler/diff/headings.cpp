// Headings of parts, titles, chapters, sections and articles: the alignment
// pairs clauses, so a container is matched through its clauses (the old
// container most of whose clauses went into the new one), then its heading
// compared. Matching by id would compare the wrong headings after a
// renumbering.
#include <map>

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
    std::map<int32_t, int32_t> old_of;  // new provision -> old provision
    for (const Pair& p : pairs)
        if (p.old_index >= 0 && p.new_index >= 0 && p.change != Change::Merged && !old_of.count(p.new_index))
            old_of[p.new_index] = p.old_index;
    // Each level up: a new parent takes the old parent its matched children
    // came from most often (kinds must agree).
    std::map<int32_t, int32_t> level = old_of;
    for (int up = 0; up < kLevels && !level.empty(); ++up) {
        std::map<int32_t, std::map<int32_t, int>> votes;
        for (auto [n, o] : level) {
            int32_t np = new_draft.provisions[n].parent, op = old_draft.provisions[o].parent;
            if (np >= 0 && op >= 0 && new_draft.provisions[np].kind == old_draft.provisions[op].kind) ++votes[np][op];
        }
        std::map<int32_t, int32_t> next;
        for (const auto& [np, candidates] : votes) {
            auto best = candidates.begin();
            for (auto it = candidates.begin(); it != candidates.end(); ++it)
                if (it->second > best->second) best = it;
            next[np] = best->first;
            old_of.emplace(np, best->first);
        }
        level = std::move(next);
    }
    std::vector<HeadingChange> changes;
    for (auto [n, o] : old_of) {
        const Provision& b = new_draft.provisions[n];
        const Provision& a = old_draft.provisions[o];
        if (!is_container(b.kind)) continue;
        if (without_layout(a.heading.text) != without_layout(b.heading.text)) changes.push_back({a.id, b.id, a.heading.text, b.heading.text});
    }
    return changes;
}

} // namespace pacta::diff
