// The .pacta parser: a flat sequence of lines. Nesting (which paragraph an
// item belongs to, which article a paragraph belongs to) is decided by the
// model builder from keywords and indentation with an explicit stack, so no
// input can make this parser recurse. See grammar/README.md.
parser grammar PactaParser;

options { tokenVocab = PactaLexer; }

// The front end ends every chunk it parses with a line break, so that each
// line is decided by its first token (LL(1)) and the last line needs no rule
// of its own.
document : line* EOF ;

line : INDENT? lineBody? NL ;

lineBody
    : COMMENT                               # commentLine
    | DIRECTIVE VALUE?                      # directiveLine
    | keyword NUM? annotation* prose?       # headingLine
    | marker annotation* prose?             # markerLine
    | prose                                 # proseLine
    ;

keyword
    : KW_PREAMBLE | KW_PART | KW_TITLE | KW_ANNEX | KW_CHAPTER | KW_SECTION | KW_ARTICLE
    | KW_NORM | KW_CBM | KW_FINAL | KW_FORMULA | KW_SIGNATURE
    ;

marker     : PARA_MARK | ITEM_MARK ;
annotation : ANNOTATION ;

prose : piece+ ;

// Malformed pieces (a lone brace, an unclosed inline) are accepted here and
// reported by the model builder, which can say what was meant.
piece
    : PLAIN                                 # plainPiece
    | ESC                                   # escapePiece
    | DEF_OPEN  inlineText INLINE_CLOSE?    # definitionPiece
    | REF_OPEN  inlineText INLINE_CLOSE?    # referencePiece
    | NOTE_OPEN inlineText INLINE_CLOSE?    # notePiece
    | BAD_OPEN                              # badOpenPiece
    | STRAY_CLOSE                           # strayClosePiece
    ;

inlineText : (INLINE_TEXT | ESC | BAD_OPEN)* ;
