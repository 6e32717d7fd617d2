#include "base/source_file.h"

#include <algorithm>

#include <unicode/utf8.h>

namespace pacta {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    // memchr (through find) rather than a byte loop: this runs over every
    // byte of every file, twice for a plain-text draft.
    for (size_t nl = text_.find('\n'); nl != std::string::npos; nl = text_.find('\n', nl + 1))
        line_starts_.push_back(static_cast<uint32_t>(nl + 1));
}

std::string_view SourceFile::line_text(uint32_t line) const {
    uint32_t begin = line_start(line);
    uint32_t end = line < line_count() ? line_start(line + 1) : static_cast<uint32_t>(text_.size());
    std::string_view s = std::string_view(text_).substr(begin, end - begin);
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

uint32_t SourceFile::line_of(uint32_t offset) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    return static_cast<uint32_t>(it - line_starts_.begin());
}

Position SourceFile::position(uint32_t offset) const {
    offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
    uint32_t line = line_of(offset);
    uint32_t column = 1;
    // Count code points, not bytes: a lawyer counts characters. Continuation
    // bytes (10xxxxxx) do not start a character.
    for (uint32_t i = line_starts_[line - 1]; i < offset; ++i)
        if (!U8_IS_TRAIL(static_cast<uint8_t>(text_[i]))) ++column;
    return {line, column};
}

} // namespace pacta
