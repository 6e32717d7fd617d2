#include "cli/shared.h"

#include <unistd.h>

#include <cstdlib>

namespace pacta::cli {

bool use_colour(Colour colour, int fd) {
    if (colour == Colour::Always) return true;
    if (colour == Colour::Never) return false;
    const char* no_colour = std::getenv("NO_COLOR");
    return isatty(fd) && (!no_colour || !*no_colour);
}

int exit_code_for(const DiagnosticEngine& diags) {
    if (diags.has_fatal()) return kUnusable;
    return diags.has_errors() ? kFindings : kClean;
}

uint32_t error_count(const DiagnosticEngine& diags) {
    return diags.count(Severity::Error) + diags.count(Severity::Fatal);
}

} // namespace pacta::cli
