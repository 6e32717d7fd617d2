// What the commands share: colour on the terminal, and the exit code that
// a file's diagnostics call for.
#pragma once

#include "base/diagnostics.h"
#include "cli/commands.h"

namespace pacta::cli {

// Colour when asked, or on a terminal unless NO_COLOR is set.
bool use_colour(Colour colour, int fd);

// kUnusable after a fatal diagnostic, kFindings after an error, else kClean.
int exit_code_for(const DiagnosticEngine& diags);
// Errors and fatal errors: what stops an instrument.
uint32_t error_count(const DiagnosticEngine& diags);

} // namespace pacta::cli
