// What the commands share about the terminal they write to.
#pragma once

#include "cli/commands.h"

namespace pacta::cli {

// Colour when asked, or on a terminal unless NO_COLOR is set.
bool use_colour(Colour colour, int fd);

} // namespace pacta::cli
