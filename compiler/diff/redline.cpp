// The word-level redline: word segments (words, spaces, punctuation) interned
// to integers, dtl's O(NP) sequence diff, then a clean-up so that a lawyer
// reads changed phrases rather than confetti.
#include <algorithm>
#include <deque>
#include <optional>
#include <stdexcept>

#include <dtl/dtl.hpp>

#include "diff/diff.h"
#include "text/text.h"

namespace pacta::diff {

namespace {

struct Token {
    std::string_view text;
    int id;           // equal ids: equal up to layout
    bool blank;       // white space only
};

// Token ids by layout-insensitive form: white space runs as one space,
// typographic quotes, dashes and no-break spaces plain (the same folding as
// matching). Plain ASCII is its own form and is looked up by view, with no
// copy; other forms are kept here. Ids are numbered in order of first
// sight, in an open-addressing table: one allocation per pair of texts,
// where a node-based map made one per distinct token.
class TokenIds {
public:
    explicit TokenIds(size_t bytes) {
        while ((size_t{1} << bits_) < bytes / 4) ++bits_;  // a slot per four bytes to start with; it doubles when half full
        slots_.resize(size_t{1} << bits_);
    }

    // `plain` when the whole text is ASCII: no piece of it needs folding.
    Token token(std::string_view piece, bool plain) {
        std::string_view key = piece;
        if (!plain && !text::is_ascii(piece)) key = plain_forms_.emplace_back(analysis::plain_typography(piece));
        bool blank = key.find_first_not_of(" \t\n") == std::string_view::npos;
        if (blank) key = " ";
        return {piece, intern(key), blank};
    }

private:
    struct Slot {
        std::string_view key;
        int id = -1;
    };

    int intern(std::string_view key) {
        if (2 * (count_ + 1) > static_cast<int>(slots_.size())) grow();
        Slot& slot = find(key);
        if (slot.id < 0) slot = {key, count_++};
        return slot.id;
    }

    Slot& find(std::string_view key) {
        size_t mask = slots_.size() - 1;
        for (size_t i = home(key);; i = (i + 1) & mask)
            if (slots_[i].id < 0 || slots_[i].key == key) return slots_[i];
    }

    // The hash's high bits, spread by a multiplication (FNV's low bits mix poorly).
    size_t home(std::string_view key) const { return static_cast<size_t>((analysis::word_key(key) * 0x9E3779B97F4A7C15ull) >> (64 - bits_)); }

    void grow() {
        std::vector<Slot> old = std::move(slots_);
        ++bits_;
        slots_.assign(size_t{1} << bits_, Slot{});
        for (const Slot& s : old)
            if (s.id >= 0) find(s.key) = s;
    }

    unsigned bits_ = 4;
    std::vector<Slot> slots_;
    int count_ = 0;
    std::deque<std::string> plain_forms_;  // which keeps its elements in place
};

std::vector<Token> tokenize(std::string_view text, TokenIds& ids) {
    thread_local std::vector<text::WordSegment> segments;  // redlines run on two threads
    text::word_segments_into(segments, text);
    const bool plain = text::is_ascii(text);
    std::vector<Token> tokens;
    tokens.reserve(segments.size());
    for (const text::WordSegment& segment : segments)
        tokens.push_back(ids.token(text.substr(segment.start, segment.end - segment.start), plain));
    return tokens;
}

// Two stretches of one text, the second right after the first, as one.
std::string_view join(std::string_view a, std::string_view b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    if (a.data() + a.size() != b.data()) throw std::logic_error("redline: runs of one kind are not one stretch of text");
    return {a.data(), a.size() + b.size()};
}

void push(std::vector<Run>& runs, Op op, std::string_view old_text, std::string_view new_text) {
    if (!runs.empty() && runs.back().op == op) {
        runs.back().old_text = join(runs.back().old_text, old_text);
        runs.back().new_text = join(runs.back().new_text, new_text);
        return;
    }
    runs.push_back({op, old_text, new_text});
}

// A lone space or punctuation mark between two changes is absorbed into
// them, and within a change all that was deleted comes before all that was
// inserted: "[-shall-]{+should+}", not "[-sh-]{+sho+}…". (What is deleted
// within a change is one stretch of the old text, what is inserted one of
// the new.)
std::vector<Run> clean_up(std::vector<Run> runs) {
    for (size_t i = 1; i + 1 < runs.size(); ++i) {
        Run& r = runs[i];
        bool small = r.op == Op::Equal && r.new_text.size() <= 2 && runs[i - 1].op != Op::Equal && runs[i + 1].op != Op::Equal;
        if (small) {
            Run del{Op::Delete, r.old_text, {}}, ins{Op::Insert, {}, r.new_text};
            runs.erase(runs.begin() + static_cast<long>(i));
            runs.insert(runs.begin() + static_cast<long>(i), {del, ins});
        }
    }
    std::vector<Run> out;
    for (size_t i = 0; i < runs.size();) {
        if (runs[i].op == Op::Equal) { push(out, Op::Equal, runs[i].old_text, runs[i].new_text); ++i; continue; }
        std::string_view deleted, inserted;
        for (; i < runs.size() && runs[i].op != Op::Equal; ++i)
            if (runs[i].op == Op::Delete) deleted = join(deleted, runs[i].old_text);
            else inserted = join(inserted, runs[i].new_text);
        if (!deleted.empty()) out.push_back({Op::Delete, deleted, {}});
        if (!inserted.empty()) out.push_back({Op::Insert, {}, inserted});
    }
    return out;
}

// What the full diff would give when one side holds the whole change (or
// none): most pairs of consecutive drafts are identical, and tokenising them
// only to find that out was most of the redline's time.
std::optional<std::vector<Run>> trivial_redline(std::string_view old_text, std::string_view new_text) {
    if (old_text == new_text) {
        if (old_text.empty()) return std::vector<Run>{};
        return std::vector<Run>{{Op::Equal, old_text, new_text}};
    }
    if (old_text.empty()) return std::vector<Run>{{Op::Insert, {}, new_text}};
    if (new_text.empty()) return std::vector<Run>{{Op::Delete, old_text, {}}};
    return std::nullopt;
}

} // namespace

namespace {

// The token diff of two texts, cleaned up.
std::vector<Run> word_diff(std::string_view old_text, std::string_view new_text) {
    if (auto runs = trivial_redline(old_text, new_text)) return std::move(*runs);
    TokenIds ids(old_text.size() + new_text.size());
    std::vector<Token> a = tokenize(old_text, ids), b = tokenize(new_text, ids);
    std::vector<int> x, y;
    for (const Token& t : a) x.push_back(t.id);
    for (const Token& t : b) y.push_back(t.id);
    dtl::Diff<int, std::vector<int>> d(x, y);
    d.compose();
    std::vector<Run> runs;
    for (const auto& [id, info] : d.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON)
            push(runs, Op::Equal, a[static_cast<size_t>(info.beforeIdx - 1)].text, b[static_cast<size_t>(info.afterIdx - 1)].text);
        else if (info.type == dtl::SES_DELETE)
            push(runs, Op::Delete, a[static_cast<size_t>(info.beforeIdx - 1)].text, "");
        else
            push(runs, Op::Insert, "", b[static_cast<size_t>(info.afterIdx - 1)].text);
    }
    return clean_up(std::move(runs));
}

bool plain_space(char c) { return c == ' ' || c == '\n'; }
bool plain_visible(char c) { return c > ' ' && c < 0x7f; }

// How many bytes two texts share at their start and at their end, cut where
// a plain ASCII character follows a space: a word boundary in both texts
// whatever surrounds it, so the words between split as they would in the
// whole texts.
struct SharedEnds {
    size_t head = 0, tail = 0;
};
SharedEnds shared_ends(std::string_view a, std::string_view b) {
    SharedEnds ends;
    size_t limit = std::min(a.size(), b.size());
    size_t same = static_cast<size_t>(std::mismatch(a.begin(), a.begin() + static_cast<long>(limit), b.begin()).first - a.begin());
    for (size_t p = same; p-- > 1;)  // p < same: a[p] is b[p]
        if (plain_space(a[p - 1]) && plain_visible(a[p])) { ends.head = p; break; }
    size_t room = limit - ends.head, same_tail = 0;
    while (same_tail < room && a[a.size() - 1 - same_tail] == b[b.size() - 1 - same_tail]) ++same_tail;
    for (size_t t = same_tail; t-- > 1;) {  // t < same_tail: the character before the cut is shared too
        size_t cut = a.size() - t;
        if (plain_space(a[cut - 1]) && plain_visible(a[cut])) { ends.tail = t; break; }
    }
    return ends;
}

} // namespace

// Only the middle where the texts differ is split into words and diffed, as
// git word-diffs only the lines that changed: most amendments touch a few
// words of a long clause.
std::vector<Run> redline(std::string_view old_text, std::string_view new_text) {
    if (auto runs = trivial_redline(old_text, new_text)) return std::move(*runs);
    SharedEnds ends = shared_ends(old_text, new_text);
    std::vector<Run> middle = word_diff(old_text.substr(ends.head, old_text.size() - ends.head - ends.tail),
                                        new_text.substr(ends.head, new_text.size() - ends.head - ends.tail));
    if (ends.head == 0 && ends.tail == 0) return middle;
    std::vector<Run> runs;
    runs.reserve(middle.size() + 2);
    if (ends.head) push(runs, Op::Equal, old_text.substr(0, ends.head), new_text.substr(0, ends.head));
    for (const Run& r : middle) push(runs, r.op, r.old_text, r.new_text);
    if (ends.tail) push(runs, Op::Equal, old_text.substr(old_text.size() - ends.tail), new_text.substr(new_text.size() - ends.tail));
    return runs;
}

} // namespace pacta::diff
