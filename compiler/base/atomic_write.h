// Writing output so that a reader never sees half a file: write a temporary
// file beside the target, flush it, then rename it over the target.
#pragma once

#include <string>
#include <string_view>

namespace pacta {

// Returns an empty string on success, else a message saying what failed.
std::string write_file_atomically(const std::string& path, std::string_view contents);

} // namespace pacta
