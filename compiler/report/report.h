// Reports: diagnostics printed like a compiler's, and the model as JSON.
#pragma once

#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/diagnostics.h"
#include "model/model.h"

namespace pacta::report {

struct TextStyle {
    bool colour = false;
};

// "file:line:col: error: message [rule]", the source line, a caret line.
void print_diagnostic(std::ostream& out, const Diagnostic& d, TextStyle style);
void print_diagnostics(std::ostream& out, const DiagnosticEngine& diags, TextStyle style);
// "2 errors, 1 warning" (empty when there is nothing to say).
std::string summary_line(const DiagnosticEngine& diags);

// The JSON form of an instrument; keys are documented in docs/json.md.
nlohmann::ordered_json instrument_json(const Instrument& instrument);
nlohmann::ordered_json diagnostic_json(const Diagnostic& d);

} // namespace pacta::report
