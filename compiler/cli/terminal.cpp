#include "cli/terminal.h"

#include <unistd.h>

#include <cstdlib>

namespace pacta::cli {

bool use_colour(Colour colour, int fd) {
    if (colour == Colour::Always) return true;
    if (colour == Colour::Never) return false;
    const char* no_colour = std::getenv("NO_COLOR");
    return isatty(fd) && (!no_colour || !*no_colour);
}

} // namespace pacta::cli
