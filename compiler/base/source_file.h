// A source file held in memory: its UTF-8 bytes and a line table. Everything
// downstream points into it by byte offset; line and column are computed
// only when a position is shown to a person.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

// A half-open byte range [begin, end) in a SourceFile's text.
struct SourceRange {
    uint32_t begin = 0;
    uint32_t end = 0;
    uint32_t size() const { return end - begin; }
};

// 1-based line, and 1-based column counted in Unicode code points.
struct Position {
    uint32_t line = 1;
    uint32_t column = 1;
};

class SourceFile {
public:
    SourceFile(std::string path, std::string text);

    const std::string& path() const { return path_; }
    const std::string& text() const { return text_; }
    std::string_view slice(SourceRange r) const { return std::string_view(text_).substr(r.begin, r.size()); }

    uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }
    // Byte offset where 1-based `line` starts.
    uint32_t line_start(uint32_t line) const { return line_starts_[line - 1]; }
    // The text of a line without its line ending.
    std::string_view line_text(uint32_t line) const;
    Position position(uint32_t offset) const;
    // The 1-based line holding byte `offset` (the last line past the end).
    uint32_t line_of(uint32_t offset) const;

private:
    std::string path_;
    std::string text_;
    std::vector<uint32_t> line_starts_;
};

} // namespace pacta
