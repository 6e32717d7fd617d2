// Draft comparison: provisions aligned across two drafts (by id, by text,
// then by shared rare words, with moves, renumbering, splits and merges), a
// word-level redline inside each pair, and what changed in commitment.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analysis.h"
#include "model/model.h"

namespace pacta::diff {

// ------------------------------------------------------------ redline
enum class Op { Equal, Delete, Insert };

// A run of the redline. Equal runs keep both texts, which may differ in
// layout only (white space, typographic quotes, no-break spaces); the old
// text is the concatenation of Equal.old_text and Delete runs, the new text
// that of Equal.new_text and Insert runs, character for character. Each is
// a view of the texts given to redline() (a run is one stretch of them): the
// texts must outlive the runs, which then cost no copy of the drafts.
struct Run {
    Op op;
    std::string_view old_text;
    std::string_view new_text;
};
std::vector<Run> redline(std::string_view old_text, std::string_view new_text);

// -------------------------------------------------------------- delta
enum class Direction { Same, Weakened, Strengthened, ToPermission, FromPermission };

struct Delta {
    Strength old_strength = Strength::None, new_strength = Strength::None;
    Direction direction = Direction::Same;
    int levels = 0;                     // new level - old level, when both have one
    bool polarity_flipped = false;
    std::vector<std::string> hedges_added, hedges_removed;
    std::string old_actor, new_actor;   // set only when the actor changed
    bool red_line_broken = false;       // new carries !expect and no longer meets it
    bool analysed = true;               // false: a pair analysis_needed() left out; nothing changed, strengths not known
    bool any() const;
};

// ---------------------------------------------------------- alignment
enum class Change { Unchanged, Changed, Renumbered, Moved, Split, Merged, Added, Deleted };
std::string_view change_name(Change c);
std::string_view direction_name(Direction d);

struct Pair {
    int32_t old_index = -1;   // into the old instrument's provisions, -1 if added
    int32_t new_index = -1;   // into the new one's, -1 if deleted
    Change change = Change::Unchanged;
    bool text_changed = false;
    bool formatting_only = false;   // differs in layout only
    std::vector<Run> runs;
    Delta delta;
    std::vector<int32_t> also;      // the other half of a split (new) or merge (old)
};

struct MetadataChange {
    std::string field, old_value, new_value;
};

// A container (part, title, chapter, section, article ...) whose heading
// changed, matched through the clauses it holds.
struct HeadingChange {
    std::string old_id, new_id, old_heading, new_heading;
};

struct Summary {
    uint32_t unchanged = 0, changed = 0, renumbered = 0, moved = 0, split = 0, merged = 0, added = 0, deleted = 0;
    uint32_t weakened = 0, strengthened = 0, red_lines_broken = 0;
    std::vector<size_t> weakened_pairs;  // indices into DraftDiff::pairs
};

struct DraftDiff {
    std::vector<Pair> pairs;   // in the order of the new draft; deleted provisions at their old place
    std::vector<MetadataChange> metadata;
    std::vector<HeadingChange> headings;   // in the new draft's order
    Summary summary;
};

struct Side {
    const Instrument& instrument;
    const analysis::InstrumentAnalysis& analysis;
};

DraftDiff compare(Side old_draft, Side new_draft);

// The alignment alone: it needs only the drafts' texts (and splits into
// words only the clauses without an identical twin in the other draft);
// then compare() with it.
std::vector<Pair> align(const Instrument& old_draft, const Instrument& new_draft);

// Which provisions of each draft a comparison must analyse, by provision
// index. A pair of identical clauses whose analysis could differ in nothing
// (same text and kind, no red line on either side, and, for an item that can
// take its parent's strength, parents alike in the same way) is left out, as
// git word-diffs only the lines that changed: compare() gives it an empty
// delta, its strengths not known. A report that shows every strength analyses every provision.
struct AnalysisNeeds {
    std::vector<bool> old_provisions, new_provisions;
};
AnalysisNeeds analysis_needed(const Instrument& old_draft, const Instrument& new_draft, const std::vector<Pair>& aligned);

DraftDiff compare(Side old_draft, Side new_draft, std::vector<Pair> aligned);

// Text with layout set aside (white space runs as one space, none at the
// ends; typographic quotes, dashes and no-break spaces plain): what a
// redline's Equal runs agree on.
std::string without_layout(std::string_view text);

std::vector<HeadingChange> compare_headings(const Instrument& old_draft, const Instrument& new_draft,
                                            const std::vector<Pair>& pairs);

} // namespace pacta::diff
