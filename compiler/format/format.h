// The canonical .pacta form of an instrument. Parsing the output gives the
// same model as the input, and formatting it again changes nothing.
#pragma once

#include <string>

#include "model/model.h"

namespace pacta::format {

inline constexpr size_t kWidth = 80;

std::string format_instrument(const Instrument& instrument);

// Prose back to markup: braces and backslashes escaped, inline markup
// restored. Exposed for tests.
std::string render_prose(const Prose& prose);

} // namespace pacta::format
