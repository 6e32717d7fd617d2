// What changed between two drafts: the redline of each pair, the
// commitment delta, metadata changes and the summary a negotiator reads first.
#include <algorithm>
#include <atomic>
#include <future>
#include <thread>
#include <unordered_map>

#include "diff/diff.h"

namespace pacta::diff {

namespace {

std::vector<std::string> hedge_words(const analysis::ProvisionAnalysis& a) {
    std::vector<std::string> out;
    for (const auto& h : a.hedges) out.push_back(analysis::fold_word(h.words));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Delta finish_delta(Delta d, const Provision& old_p, const analysis::ProvisionAnalysis& a, const Provision& new_p,
                   const analysis::ProvisionAnalysis& b) {
    if (analysis::fold_word(a.actor_text) != analysis::fold_word(b.actor_text) && !a.inherited && !b.inherited)
        d.old_actor = a.actor_text, d.new_actor = b.actor_text;
    d.red_line_broken = new_p.expect && !meets_expectation(b.strength, *new_p.expect) &&
                        (!old_p.expect || meets_expectation(a.strength, *old_p.expect));
    return d;
}

Delta delta_of(const Provision& old_p, const analysis::ProvisionAnalysis& a, const Provision& new_p,
               const analysis::ProvisionAnalysis& b) {
    Delta d;
    d.old_strength = a.strength;
    d.new_strength = b.strength;
    auto lo = strength_level(a.strength), ln = strength_level(b.strength);
    if (a.strength != b.strength) {
        if (b.strength == Strength::Permission) d.direction = Direction::ToPermission;
        else if (a.strength == Strength::Permission) d.direction = Direction::FromPermission;
        else if (lo && ln && *ln < *lo) d.direction = Direction::Weakened;
        else if (lo && ln && *ln > *lo) d.direction = Direction::Strengthened;
        if (lo && ln) d.levels = *ln - *lo;
    }
    d.polarity_flipped = a.polarity != b.polarity;
    auto old_h = hedge_words(a), new_h = hedge_words(b);
    std::set_difference(new_h.begin(), new_h.end(), old_h.begin(), old_h.end(), std::back_inserter(d.hedges_added));
    std::set_difference(old_h.begin(), old_h.end(), new_h.begin(), new_h.end(), std::back_inserter(d.hedges_removed));
    // A hedge slipped in weakens a commitment of the same strength; in a
    // recital or narrative text it commits no one to less.
    bool operative = b.strength != Strength::None && b.strength != Strength::Recognition;
    if (!operative) return finish_delta(d, old_p, a, new_p, b);
    if (d.direction == Direction::Same && !d.hedges_added.empty() && d.hedges_removed.empty()) d.direction = Direction::Weakened;
    if (d.direction == Direction::Same && d.hedges_added.empty() && !d.hedges_removed.empty()) d.direction = Direction::Strengthened;
    return finish_delta(d, old_p, a, new_p, b);
}

void compare_metadata(const Metadata& a, const Metadata& b, std::vector<MetadataChange>& out) {
    auto field = [&](std::string name, const std::string& x, const std::string& y) {
        if (x != y) out.push_back({std::move(name), x, y});
    };
    field("kind", a.kind ? std::string(kind_name(*a.kind)) : "", b.kind ? std::string(kind_name(*b.kind)) : "");
    field("title", a.title, b.title);
    field("date", a.date, b.date);
    field("place", a.place, b.place);
    field("version", a.version, b.version);
    auto parties = [](const Metadata& m) {
        std::string s;
        for (const Party& p : m.parties) s += (s.empty() ? "" : "; ") + p.code + " = " + p.name;
        return s;
    };
    field("parties", parties(a), parties(b));
}

bool keeps_strength(Strength old_strength, Strength new_strength) {
    if (old_strength == new_strength) return true;
    auto lo = strength_level(old_strength), ln = strength_level(new_strength);
    return lo && ln && *ln >= *lo;
}

// When a provision is split, each part is compared with the whole: the part
// that kept "shall" is the same commitment, and the part that did not (a
// definition, a condition) weakens nothing while another part carries it.
void settle_split_parts(std::vector<Pair>& pairs) {
    std::unordered_map<int32_t, std::vector<Pair*>> parts;  // old provision -> its parts
    for (Pair& p : pairs)
        if (p.change == Change::Split && p.old_index >= 0 && p.new_index >= 0) parts[p.old_index].push_back(&p);
    for (auto& [old_index, group] : parts) {
        if (group.size() < 2) continue;
        Strength old_strength = group.front()->delta.old_strength;
        bool carried = std::any_of(group.begin(), group.end(),
                                   [&](const Pair* p) { return keeps_strength(old_strength, p->delta.new_strength); });
        if (!carried) continue;
        for (Pair* p : group) {
            Delta& d = p->delta;
            bool lost_strength = d.old_strength != d.new_strength && !keeps_strength(d.old_strength, d.new_strength);
            if (lost_strength && (d.direction == Direction::Weakened || d.direction == Direction::ToPermission))
                d.direction = Direction::Same, d.levels = 0;
        }
    }
}

} // namespace

bool Delta::any() const {
    return direction != Direction::Same || polarity_flipped || !hedges_added.empty() || !hedges_removed.empty() ||
           !new_actor.empty() || !old_actor.empty() || red_line_broken;
}

std::string_view change_name(Change c) {
    switch (c) {
    case Change::Unchanged: return "unchanged";
    case Change::Changed: return "changed";
    case Change::Renumbered: return "renumbered";
    case Change::Moved: return "moved";
    case Change::Split: return "split";
    case Change::Merged: return "merged";
    case Change::Added: return "added";
    case Change::Deleted: return "deleted";
    }
    return "changed";
}

std::string_view direction_name(Direction d) {
    switch (d) {
    case Direction::Same: return "same";
    case Direction::Weakened: return "weakened";
    case Direction::Strengthened: return "strengthened";
    case Direction::ToPermission: return "to-permission";
    case Direction::FromPermission: return "from-permission";
    }
    return "same";
}

DraftDiff compare(Side old_draft, Side new_draft) {
    return compare(old_draft, new_draft, align(old_draft.instrument, new_draft.instrument));
}

namespace {

// The redline of each pair, on two threads when there are many: each is
// independent of the others, and tokenising is most of a comparison's time.
void redline_pairs(const Instrument& old_draft, const Instrument& new_draft, std::vector<Pair>& pairs) {
    auto redline_range = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            Pair& p = pairs[i];
            std::string_view old_text = p.old_index >= 0 ? std::string_view(old_draft.provisions[p.old_index].body.text) : "";
            std::string_view new_text = p.new_index >= 0 && p.change != Change::Merged ? std::string_view(new_draft.provisions[p.new_index].body.text) : "";
            p.runs = redline(old_text, new_text);
            p.text_changed = std::any_of(p.runs.begin(), p.runs.end(), [](const Run& r) { return r.op != Op::Equal; });
            p.formatting_only = !p.text_changed && old_text != new_text;
        }
    };
    constexpr size_t kWorthAThread = 256;
    if (pairs.size() < kWorthAThread || std::thread::hardware_concurrency() < 2) return redline_range(0, pairs.size());
    // The pairs are taken a few at a time by whichever thread is free, not
    // halved: the changed ones, where the time goes, bunch together (a
    // rewritten chapter), and one half could hold nearly all of them.
    constexpr size_t kBatch = 8;
    std::atomic<size_t> next{0};
    auto take_batches = [&] {
        for (size_t from; (from = next.fetch_add(kBatch)) < pairs.size();) redline_range(from, std::min(from + kBatch, pairs.size()));
    };
    auto other = std::async(std::launch::async, take_batches);
    take_batches();
    other.get();
}

} // namespace

DraftDiff compare(Side old_draft, Side new_draft, std::vector<Pair> aligned) {
    DraftDiff result;
    result.pairs = std::move(aligned);
    compare_metadata(old_draft.instrument.meta, new_draft.instrument.meta, result.metadata);
    redline_pairs(old_draft.instrument, new_draft.instrument, result.pairs);
    Summary& s = result.summary;
    for (size_t i = 0; i < result.pairs.size(); ++i) {
        Pair& p = result.pairs[i];
        const Provision* a = p.old_index >= 0 ? &old_draft.instrument.provisions[p.old_index] : nullptr;
        const Provision* b = p.new_index >= 0 ? &new_draft.instrument.provisions[p.new_index] : nullptr;
        if (a && b) {
            const analysis::ProvisionAnalysis& x = old_draft.analysis.provisions[p.old_index];
            const analysis::ProvisionAnalysis& y = new_draft.analysis.provisions[p.new_index];
            if (x.skipped || y.skipped) p.delta.analysed = false;
            else p.delta = delta_of(*a, x, *b, y);
            if (p.change == Change::Unchanged && p.text_changed) p.change = Change::Changed;
        }
    }
    settle_split_parts(result.pairs);
    result.headings = compare_headings(old_draft.instrument, new_draft.instrument, result.pairs);
    for (size_t i = 0; i < result.pairs.size(); ++i) {
        const Pair& p = result.pairs[i];
        switch (p.change) {
        case Change::Unchanged: ++s.unchanged; break;
        case Change::Changed: ++s.changed; break;
        case Change::Renumbered: ++s.renumbered; break;
        case Change::Moved: ++s.moved; break;
        case Change::Split: ++s.split; break;
        case Change::Merged: ++s.merged; break;
        case Change::Added: ++s.added; break;
        case Change::Deleted: ++s.deleted; break;
        }
        if (p.delta.direction == Direction::Weakened || p.delta.direction == Direction::ToPermission) {
            ++s.weakened;
            s.weakened_pairs.push_back(i);
        }
        if (p.delta.direction == Direction::Strengthened || p.delta.direction == Direction::FromPermission) ++s.strengthened;
        if (p.delta.red_line_broken) ++s.red_lines_broken;
    }
    return result;
}

} // namespace pacta::diff
