// Akoma Ntoso 3.0 input: an act, statement or doc, as the instrument model.
// The inverse of the emitter (akn.h) for what pacta writes, and a lossless
// best fit for generic AKN: every word outside <meta> lands in a number,
// heading, prose or footnote of the nearest provision. Depends on the model
// only (not on analysis), so that the front end can read .xml files.
#pragma once

#include <memory>
#include <optional>

#include "akn/mapping.h"
#include "base/diagnostics.h"
#include "base/source_file.h"
#include "model/model.h"

namespace pacta::akn {

// Reads the XML bytes of `file` (already checked as UTF-8). Refuses, with
// one fatal diagnostic and nullopt: a DOCTYPE or entity declaration
// (untrusted input: nothing is ever fetched or expanded), malformed XML, a
// root that is not Akoma Ntoso 3.0, document types other than act,
// statement and doc, and nesting deeper than any real document.
std::optional<Instrument> read(std::shared_ptr<const SourceFile> file, DiagnosticEngine& diags);

} // namespace pacta::akn
