// The parts of the Akoma Ntoso mapping that both directions share, so that
// the emitter and the reader cannot drift apart: document types and the
// way numbers are written in <num>.
#pragma once

#include <string>
#include <string_view>

#include "model/model.h"

namespace pacta::akn {

// The AKN document type and name for a kind: act/treaty, statement/
// declarationOfIntent, doc/report ...
struct DocumentType {
    std::string_view element;  // act, statement or doc
    std::string_view name;
};
DocumentType document_type(InstrumentKind kind);
// Where the provisions go: an act's <body> (hierarchy only), or the
// <mainBody> of a statement or doc.
std::string_view body_element(const DocumentType& type);

// The word an AKN <num> puts before a number of this kind ("Article" for
// "Article 5"), empty when the number stands alone ("2.", "(a)").
std::string_view number_label(ProvisionKind kind);

// The <num> text for a provision's number: "Article 5", "2.", "(a)".
std::string display_number(ProvisionKind kind, std::string_view number);

// A <num> back to the bare number: exactly the inverse of display_number
// for what pacta writes ("Article 5" -> "5", "(a)" -> "a", "2." -> "2");
// generic forms lose a label matching the kind in any case ("SECTION 1." ->
// "1"), a trailing dot and enclosing brackets, and keep any other label
// ("SEC. 6 ." -> "SEC. 6") so that no word is lost.
std::string bare_number(ProvisionKind kind, std::string_view num);

} // namespace pacta::akn
