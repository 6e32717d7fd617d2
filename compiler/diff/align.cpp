// Aligning the provisions of two drafts. Candidate pairs come from indexes
// (exact text, id, rare words), never from comparing every provision with
// every other, so large drafts align in near-linear time.
#include <algorithm>
#include <deque>
#include <future>
#include <thread>
#include <map>
#include <unordered_map>

#include "diff/diff.h"
#include "text/text.h"

namespace pacta::diff {

namespace {

constexpr double kSameProvision = 0.5;   // word-set similarity to call two provisions one
constexpr double kContained = 0.8;       // share of a part's words found in the whole (split/merge)
constexpr size_t kRareWord = 3;          // a word this rare in a draft identifies provisions
constexpr size_t kMaxCandidates = 8;

bool is_clause(const Provision& p) { return !p.body.text.empty(); }

// Whether two provisions have the same numbers from the top down ("art 5 /
// para 2 / point a"), compared level by level. An unnumbered provision's id
// counts its position ("para_nn_3"), which moves whenever one is added
// before it: that is not a renumbering.
bool same_numbering(const Instrument& x, const Provision& a, const Instrument& y, const Provision& b) {
    const Provision* p = &a;
    const Provision* q = &b;
    for (; p && q; p = p->parent >= 0 ? &x.provisions[p->parent] : nullptr, q = q->parent >= 0 ? &y.provisions[q->parent] : nullptr)
        if (id_alias(p->kind) != id_alias(q->kind) || p->number != q->number) return false;
    return !p && !q;
}

// A word as alignment sees it: analysis::word_key, the 64-bit hash of its
// folded form. Two different words share one with a chance of one in 2^64
// per pair, far below anything a draft holds; no table of words is built.
using WordId = uint64_t;

// A clause text as alignment sees it: its distinct words (sorted) and, for
// texts equal up to case, layout and punctuation, a hash of its word
// sequence with its length.
struct Form {
    std::vector<WordId> words;
    uint64_t sequence_hash = 0;
    uint32_t length = 0;
};

struct SequenceHash {
    size_t operator()(const Form* f) const { return f->sequence_hash; }
};
struct SequenceEqual {
    bool operator()(const Form* a, const Form* b) const { return a->sequence_hash == b->sequence_hash && a->length == b->length; }
};

// A clause text with its hash, computed once per clause: the texts are
// looked up in several tables, and a large draft holds megabytes of them.
struct TextKey {
    std::string_view text;
    size_t hash;
};
struct TextKeyHash {
    size_t operator()(const TextKey& k) const { return k.hash; }
};
struct TextKeyEqual {
    bool operator()(const TextKey& a, const TextKey& b) const { return a.hash == b.hash && a.text == b.text; }
};
template <class Value>
using ByText = std::unordered_map<TextKey, Value, TextKeyHash, TextKeyEqual>;

// The forms of both drafts' clauses, made when the alignment first asks
// for one: a clause whose exact text is in the other draft is matched
// without being split into words at all, as git word-diffs only the lines
// that changed.
class Forms {
public:
    const Form& of(TextKey text) {
        auto [slot, fresh] = by_text_.try_emplace(text, nullptr);
        if (fresh) slot->second = &make(text.text);
        return *slot->second;
    }

    // Takes over the forms another made (on another thread): word ids are
    // hashes of the words, the same whoever computes them.
    void adopt(Forms&& other) {
        for (const auto& [text, form] : other.by_text_) by_text_.try_emplace(text, form);
        adopted_.push_back(std::move(other.forms_));  // a deque moved whole keeps its elements in place
    }

private:
    const Form& make(std::string_view text) {
        Form& form = forms_.emplace_back();
        uint64_t sequence = 0xcbf29ce484222325ull;
        const bool ascii = text::is_ascii(text);
        text::word_segments_into(segments_, text);
        words_.clear();
        for (const text::WordSegment& segment : segments_) {
            if (!segment.word) continue;
            WordId w = key_of(text.substr(segment.start, segment.end - segment.start), ascii);
            words_.push_back(w);
            sequence = (sequence ^ w) * 0x100000001b3ull;
        }
        form.sequence_hash = sequence;
        form.length = static_cast<uint32_t>(words_.size());
        std::sort(words_.begin(), words_.end());
        form.words.assign(words_.begin(), std::unique(words_.begin(), words_.end()));
        return form;
    }

    WordId key_of(std::string_view word, bool ascii) {
        if (ascii) return analysis::ascii_word_key(word);
        analysis::fold_word_into(folded_, word);
        return analysis::word_key(folded_);
    }

    ByText<const Form*> by_text_;                                // views the instruments' texts
    std::deque<Form> forms_;                                     // which keeps its elements in place
    std::deque<std::deque<Form>> adopted_;                       // forms made by others, taken over (never moved again)
    // Buffers kept from one text to the next: its segments, its words, the word being folded.
    std::vector<text::WordSegment> segments_;
    std::vector<WordId> words_;
    std::string folded_;
};

struct Draft {
    const Instrument& in;
    Forms& forms;
    std::vector<uint32_t> clauses;           // provision indices with text, in order
    std::vector<const Form*> form_of;        // by provision index, once asked for
    std::vector<size_t> text_hash;           // by provision index (clauses only)

    Draft(const Instrument& instrument, Forms& shared)
        : in(instrument), forms(shared), form_of(in.provisions.size(), nullptr), text_hash(in.provisions.size(), 0) {
        for (uint32_t i = 0; i < in.provisions.size(); ++i)
            if (is_clause(in.provisions[i])) clauses.push_back(i), text_hash[i] = std::hash<std::string_view>{}(in.provisions[i].body.text);
    }

    const Form& form(uint32_t provision) {
        const Form*& f = form_of[provision];
        if (!f) f = &forms.of(text(provision));
        return *f;
    }
    const std::vector<WordId>& words(uint32_t provision) { return form(provision).words; }
    TextKey text(uint32_t provision) const { return {in.provisions[provision].body.text, text_hash[provision]}; }
};

size_t common_words(const std::vector<WordId>& a, const std::vector<WordId>& b) {
    size_t common = 0;
    for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
        if (*x < *y) ++x;
        else if (*y < *x) ++y;
        else ++common, ++x, ++y;
    }
    return common;
}

double similarity(const std::vector<WordId>& a, const std::vector<WordId>& b) {
    if (a.empty() && b.empty()) return 1;
    size_t common = common_words(a, b);
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// Share of `part`'s words that occur in `whole`.
double containment(const std::vector<WordId>& part, const std::vector<WordId>& whole) {
    if (part.empty()) return 0;
    return static_cast<double>(common_words(part, whole)) / static_cast<double>(part.size());
}

class Aligner {
public:
    Aligner(const Instrument& a, const Instrument& b)
        : old_(a, forms_), new_(b, forms_), old_of_(b.provisions.size(), -1), new_of_(a.provisions.size(), -1) {}

    std::vector<Pair> run() {
        match_same_text();
        make_forms_of_unmatched();
        match_same_words();
        match_same_id();
        match_rare_words();
        find_splits_and_merges();
        return pairs_in_new_order();
    }

private:
    void link(uint32_t o, uint32_t n) { new_of_[o] = static_cast<int32_t>(n), old_of_[n] = static_cast<int32_t>(o); }

    // Old clauses alike (in text, or in words), in document order: a range
    // of one array that holds every group side by side (a vector per group
    // was an allocation per old clause); those before `next` are linked
    // already.
    struct Twins {
        uint32_t begin = 0, end = 0, next = 0;
    };
    struct TwinGroups {
        std::vector<Twins> groups;
        std::vector<uint32_t> members;
    };

    // The old clauses `olds` grouped by key_of(clause), `table` taking each
    // key to its group.
    template <class Table, class KeyOf>
    static TwinGroups group_twins(Table& table, const std::vector<uint32_t>& olds, KeyOf key_of) {
        TwinGroups twins;
        std::vector<uint32_t> group_of(olds.size());
        for (size_t k = 0; k < olds.size(); ++k) {
            auto [it, fresh] = table.try_emplace(key_of(olds[k]), static_cast<uint32_t>(twins.groups.size()));
            if (fresh) twins.groups.emplace_back();
            group_of[k] = it->second;
            ++twins.groups[it->second].end;  // a count, for now
        }
        uint32_t at = 0;
        for (Twins& g : twins.groups) {
            uint32_t size = g.end;
            g.begin = g.next = g.end = at;
            at += size;
        }
        twins.members.resize(olds.size());
        for (size_t k = 0; k < olds.size(); ++k) twins.members[twins.groups[group_of[k]].end++] = olds[k];
        return twins;
    }

    // Among the twins, the old clause with the new one's id if it is one of
    // them; else the first not yet linked. The same id is looked up, not
    // searched for: a text repeated a hundred times costs no more per clause.
    template <class IsTwin>
    void link_twin(TwinGroups& twins, uint32_t group, uint32_t n, IsTwin is_twin) {
        if (auto it = old_by_id_.find(new_.in.provisions[n].id); it != old_by_id_.end() && new_of_[it->second] < 0 && is_twin(it->second))
            return link(it->second, n);
        Twins& g = twins.groups[group];
        while (g.next < g.end && new_of_[twins.members[g.next]] >= 0) ++g.next;
        if (g.next < g.end) link(twins.members[g.next++], n);
    }

    // Byte for byte: most clauses of consecutive drafts, matched by their
    // text alone, never split into words.
    void match_same_text() {
        old_by_id_.reserve(old_.clauses.size());
        for (uint32_t o : old_.clauses) old_by_id_.emplace(old_.in.provisions[o].id, o);
        ByText<uint32_t> by_text;
        by_text.reserve(old_.clauses.size());
        TwinGroups twins = group_twins(by_text, old_.clauses, [&](uint32_t o) { return old_.text(o); });
        for (uint32_t n : new_.clauses)
            if (auto it = by_text.find(new_.text(n)); it != by_text.end())
                link_twin(twins, it->second, n, [&](uint32_t o) { return TextKeyEqual{}(old_.text(o), new_.text(n)); });
    }

    // Every clause left unmatched is split into words, each draft's on a
    // thread of its own: splitting is most of the alignment's time, and even
    // consecutive drafts leave hundreds unmatched. A few (a thread costs
    // about 50 us here) are split when first asked for.
    void make_forms_of_unmatched() {
        constexpr size_t kWorthAThread = 64;
        std::vector<TextKey> old_texts, new_texts;
        for (uint32_t o : old_.clauses)
            if (new_of_[o] < 0) old_texts.push_back(old_.text(o));
        for (uint32_t n : new_.clauses)
            if (old_of_[n] < 0) new_texts.push_back(new_.text(n));
        if (std::min(old_texts.size(), new_texts.size()) < kWorthAThread || std::thread::hardware_concurrency() < 2) return;
        Forms new_forms;
        auto making_new = std::async(std::launch::async, [&] {
            for (const TextKey& text : new_texts) new_forms.of(text);
        });
        for (const TextKey& text : old_texts) forms_.of(text);
        making_new.get();
        forms_.adopt(std::move(new_forms));
    }

    // The same words up to case and layout.
    void match_same_words() {
        std::vector<uint32_t> unmatched;
        for (uint32_t o : old_.clauses)
            if (new_of_[o] < 0) unmatched.push_back(o);
        if (unmatched.empty()) return;
        std::unordered_map<const Form*, uint32_t, SequenceHash, SequenceEqual> by_words;
        TwinGroups twins = group_twins(by_words, unmatched, [&](uint32_t o) { return &old_.form(o); });
        for (uint32_t n : new_.clauses) {
            if (old_of_[n] >= 0) continue;
            if (auto it = by_words.find(&new_.form(n)); it != by_words.end())
                link_twin(twins, it->second, n, [&](uint32_t o) { return SequenceEqual{}(&old_.form(o), &new_.form(n)); });
        }
    }

    void match_same_id() {
        for (uint32_t n : new_.clauses) {
            if (old_of_[n] >= 0) continue;
            auto it = old_by_id_.find(new_.in.provisions[n].id);
            if (it == old_by_id_.end() || new_of_[it->second] >= 0) continue;
            if (similarity(old_.words(it->second), new_.words(n)) >= kSameProvision * 0.6) link(it->second, n);
        }
    }

    // A word is rare when few of the old clauses still unmatched hold it.
    void match_rare_words() {
        std::vector<uint32_t> unmatched;
        for (uint32_t o : old_.clauses)
            if (new_of_[o] < 0) unmatched.push_back(o);
        std::unordered_map<WordId, uint32_t> df;
        for (uint32_t o : unmatched)
            for (WordId w : old_.words(o)) ++df[w];
        std::unordered_map<WordId, std::vector<uint32_t>> index;  // rare word -> unmatched old clauses
        for (uint32_t o : unmatched)
            for (WordId w : old_.words(o))
                if (df[w] <= kRareWord) index[w].push_back(o);
        if (index.empty()) return;
        for (uint32_t n : new_.clauses) {
            if (old_of_[n] >= 0) continue;
            std::unordered_map<uint32_t, int> votes;
            for (WordId w : new_.words(n))
                if (auto it = index.find(w); it != index.end())
                    for (uint32_t o : it->second) ++votes[o];
            std::vector<std::pair<int, uint32_t>> ranked;
            for (auto [o, v] : votes) ranked.push_back({-v, o});
            std::sort(ranked.begin(), ranked.end());
            double best = 0;
            int32_t best_old = -1;
            for (size_t k = 0; k < ranked.size() && k < kMaxCandidates; ++k) {
                uint32_t o = ranked[k].second;
                if (new_of_[o] >= 0) continue;
                double s = similarity(old_.words(o), new_.words(n));
                if (s > best) best = s, best_old = static_cast<int32_t>(o);
            }
            if (best_old >= 0 && best >= kSameProvision) link(static_cast<uint32_t>(best_old), n);
        }
    }

    // An unmatched new clause beside a matched one whose old text holds its
    // words is the second half of a split; an unmatched old clause beside a
    // matched one whose new text holds its words was merged into it.
    void find_splits_and_merges() {
        for (size_t k = 0; k < new_.clauses.size(); ++k) {
            uint32_t n = new_.clauses[k];
            if (old_of_[n] >= 0) continue;
            for (size_t j : {k - 1, k + 1}) {
                if (j >= new_.clauses.size()) continue;
                uint32_t neighbour = new_.clauses[j];
                int32_t o = old_of_[neighbour];
                if (o < 0 || containment(new_.words(n), old_.words(static_cast<uint32_t>(o))) < kContained) continue;
                split_[n] = o;
                break;
            }
        }
        for (size_t k = 0; k < old_.clauses.size(); ++k) {
            uint32_t o = old_.clauses[k];
            if (new_of_[o] >= 0) continue;
            for (size_t j : {k - 1, k + 1}) {
                if (j >= old_.clauses.size()) continue;
                int32_t n = new_of_[old_.clauses[j]];
                if (n < 0 || containment(old_.words(o), new_.words(static_cast<uint32_t>(n))) < kContained) continue;
                merged_[o] = n;
                break;
            }
        }
    }

    std::vector<Pair> pairs_in_new_order() {
        // Matched pairs out of order (not on the longest increasing run of
        // old positions) were moved.
        std::vector<uint32_t> order;
        for (uint32_t n : new_.clauses)
            if (old_of_[n] >= 0) order.push_back(static_cast<uint32_t>(old_of_[n]));
        std::vector<bool> in_place = longest_increasing(order, old_.in.provisions.size());

        // The new clauses split from each old one, in document order.
        std::unordered_map<int32_t, std::vector<int32_t>> parts_of;
        for (auto& [part, whole] : split_) parts_of[whole].push_back(static_cast<int32_t>(part));

        std::vector<Pair> pairs;
        // One pair per new clause and per old one left unmatched: sized exactly.
        pairs.reserve(new_.clauses.size() +
                      static_cast<size_t>(std::count_if(old_.clauses.begin(), old_.clauses.end(), [&](uint32_t o) { return new_of_[o] < 0; })));
        std::vector<bool> old_done(old_.in.provisions.size(), false);
        size_t next_old = 0;  // deleted old clauses are emitted when the walk passes their place
        auto flush_deleted_before = [&](uint32_t old_position) {
            for (; next_old < old_.clauses.size() && old_.clauses[next_old] < old_position; ++next_old) {
                uint32_t o = old_.clauses[next_old];
                if (new_of_[o] >= 0 || old_done[o]) continue;
                Pair p;
                p.old_index = static_cast<int32_t>(o);
                if (auto m = merged_.find(o); m != merged_.end()) {
                    p.change = Change::Merged;
                    p.also.push_back(m->second);
                } else {
                    p.change = Change::Deleted;
                }
                old_done[o] = true;
                pairs.push_back(std::move(p));
            }
        };
        for (uint32_t n : new_.clauses) {
            Pair p;
            p.new_index = static_cast<int32_t>(n);
            if (int32_t o = old_of_[n]; o >= 0) {
                flush_deleted_before(static_cast<uint32_t>(o));
                p.old_index = o;
                const Provision& a = old_.in.provisions[o];
                const Provision& b = new_.in.provisions[n];
                bool same_text = a.body.text == b.body.text;
                bool moved = !in_place[static_cast<size_t>(o)];
                bool renumbered = a.id != b.id && !same_numbering(old_.in, a, new_.in, b);
                p.change = moved ? Change::Moved : renumbered ? Change::Renumbered : same_text ? Change::Unchanged : Change::Changed;
                if (auto parts = parts_of.find(o); parts != parts_of.end()) p.change = Change::Split, p.also = parts->second;
            } else if (auto s = split_.find(n); s != split_.end()) {
                p.old_index = s->second;
                p.change = Change::Split;
            } else {
                p.change = Change::Added;
            }
            pairs.push_back(std::move(p));
        }
        flush_deleted_before(UINT32_MAX);
        return pairs;
    }

    // Which values of `seq` (all below `bound`) lie on its longest increasing run.
    static std::vector<bool> longest_increasing(const std::vector<uint32_t>& seq, size_t bound) {
        std::vector<size_t> tails, parent(seq.size(), SIZE_MAX), tail_index;
        for (size_t i = 0; i < seq.size(); ++i) {
            auto it = std::lower_bound(tails.begin(), tails.end(), seq[i]);
            size_t pos = static_cast<size_t>(it - tails.begin());
            if (it == tails.end()) tails.push_back(seq[i]), tail_index.push_back(i);
            else *it = seq[i], tail_index[pos] = i;
            parent[i] = pos > 0 ? tail_index[pos - 1] : SIZE_MAX;
        }
        std::vector<bool> keep(bound, false);
        for (size_t i = tail_index.empty() ? SIZE_MAX : tail_index.back(); i != SIZE_MAX; i = parent[i]) keep[seq[i]] = true;
        return keep;
    }

    Forms forms_;
    Draft old_, new_;
    std::unordered_map<std::string_view, uint32_t> old_by_id_;  // old clauses by id
    std::vector<int32_t> old_of_, new_of_;
    std::map<uint32_t, int32_t> split_;   // new clause -> the old clause it was split from
    std::map<uint32_t, int32_t> merged_;  // old clause -> the new clause it was merged into
};

} // namespace

std::vector<Pair> align(const Instrument& old_draft, const Instrument& new_draft) {
    return Aligner(old_draft, new_draft).run();
}

} // namespace pacta::diff
