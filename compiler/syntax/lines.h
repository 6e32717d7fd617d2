// Internal to syntax/: one record per source line, as the ANTLR glue
// (parse.cpp) hands it to the model builder (builder.cpp). Plain byte
// ranges into the source; no ANTLR type.
#pragma once

#include <cstdint>
#include <vector>

#include "base/source_file.h"

namespace pacta::syntax {

enum class Keyword { Preamble, Part, Title, Annex, Chapter, Section, Article, Norm, Cbm, Final, Formula, Signature };

struct Piece {
    enum class Kind { Plain, Escape, Definition, Reference, Note, BadOpen, StrayClose };
    Kind kind;
    SourceRange source;               // the whole piece as written
    std::vector<SourceRange> parts;   // the bytes that are text: plain runs, escaped characters
    std::vector<SourceRange> stray_braces;  // '{' inside an inline
    SourceRange target;               // a reference's id
    bool closed = true;               // an inline's closing brace was found
};

struct Line {
    enum class Kind { Blank, Comment, Directive, Heading, Marker, Prose };
    Kind kind = Kind::Blank;
    uint32_t number = 0;        // 1-based line number
    SourceRange source;         // the line without its ending
    uint32_t indent = 0;        // columns of leading white space (a tab counts to the next multiple of 4)
    Keyword keyword = Keyword::Preamble;
    SourceRange head;           // the directive name, keyword or marker
    SourceRange value;          // a directive's value, or a heading's number
    bool has_value = false;
    std::vector<SourceRange> annotations;
    std::vector<Piece> prose;
};

} // namespace pacta::syntax
