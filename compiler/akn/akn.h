// Akoma Ntoso 3.0 (OASIS LegalDocML) output: an instrument, with its
// commitment analysis, as XML that validates against the official schema.
// The mapping is documented in docs/akn.md.
#pragma once

#include <string>

#include "akn/mapping.h"
#include "analysis/analysis.h"
#include "diff/diff.h"
#include "model/model.h"

namespace pacta::akn {

// The whole document, serialised (UTF-8, two-space indentation, final
// newline). Deterministic: the same input gives the same bytes.
std::string emit(const Instrument& instrument, const analysis::InstrumentAnalysis& analysis);

// The new draft with the changes since the old one marked (@contains
// "singleVersion"): inside a changed provision the words inserted in <ins>
// and the words deleted in <del>; an added provision's words in <ins>; a
// deleted provision at its place with status="removed" and its words in
// <del>; on each changed provision pacta:change (changed, moved,
// renumbered, split, added...), pacta:was (its old eId), pacta:commitment
// (weakened, strengthened...) and pacta:was-strength. Schema-valid.
std::string emit_redline(diff::Side old_draft, diff::Side new_draft, const diff::DraftDiff& d);

// The file name for an instrument: its @id, and its @version when it has one
// ("data-sharing-mou.draft-2.xml"). Only [a-z0-9.-]: never a path.
std::string file_name(const Instrument& instrument);

} // namespace pacta::akn
