// The .pacta lexer. The language is line-oriented: what a line is follows from
// its first word (a directive, a structure keyword, a paragraph or item marker,
// a comment), and everything after that word is prose. The lexer never splits
// prose into words: a run of prose is one token, so throughput does not depend
// on sentence length. See grammar/README.md for the language reference.
lexer grammar PactaLexer;

// ---------------------------------------------------------------- line start
NL      : '\r'? '\n' ;
INDENT  : [ \t]+ ;
COMMENT : '#' ~[\r\n]* ;

// A directive is "@name value". The whole first word is taken so that a
// misspelt "@tittle" is reported as an unknown directive, not read as prose.
DIRECTIVE : '@' ~[ \t\r\n]* -> pushMode(DIRECTIVE_VALUE) ;

// Structure keywords are upper case and must stand alone as the first word:
// "PARTIES shall" is prose because LEAD below matches a longer word.
KW_PREAMBLE  : 'PREAMBLE'  -> pushMode(HEAD) ;
KW_PART      : 'PART'      -> pushMode(NUMBER) ;
KW_TITLE     : 'TITLE'     -> pushMode(NUMBER) ;
KW_ANNEX     : 'ANNEX'     -> pushMode(NUMBER) ;
KW_CHAPTER   : 'CHAPTER'   -> pushMode(NUMBER) ;
KW_SECTION   : 'SECTION'   -> pushMode(NUMBER) ;
KW_ARTICLE   : 'ARTICLE'   -> pushMode(NUMBER) ;
KW_NORM      : 'NORM'      -> pushMode(NUMBER) ;
KW_CBM       : 'CBM'       -> pushMode(NUMBER) ;
KW_FINAL     : 'FINAL'     -> pushMode(HEAD) ;
KW_FORMULA   : 'FORMULA'   -> pushMode(HEAD) ;
KW_SIGNATURE : 'SIGNATURE' -> pushMode(NUMBER) ;

// Paragraph marker "12." and item marker "(a)", "(iv)", "(2)", "(A)"; a
// number inserted between drafts may carry a letter: "5a.", "(12a)".
PARA_MARK : [0-9]+ [a-z]* '.'                          -> pushMode(HEAD) ;
ITEM_MARK : '(' ([a-z]+ | [A-Z]+ | [0-9]+ [a-z]*) ')' -> pushMode(HEAD) ;

// Anything else opens a prose line. LEAD is one word only, so that a keyword
// or marker of the same length wins by being declared first.
LEAD_ESC   : '\\' ~[\r\n]                      -> type(ESC), pushMode(TEXT) ;
LEAD_DEF   : '{def:'                           -> type(DEF_OPEN), pushMode(TEXT), pushMode(INLINE) ;
LEAD_REF   : '{ref' [ \t]+ ~[ \t\r\n:{}]+ [ \t]* ':' -> type(REF_OPEN), pushMode(TEXT), pushMode(INLINE) ;
LEAD_NOTE  : '{note:'                          -> type(NOTE_OPEN), pushMode(TEXT), pushMode(INLINE) ;
LEAD_OPEN  : '{'                               -> type(BAD_OPEN), pushMode(TEXT) ;
LEAD_CLOSE : '}'                               -> type(STRAY_CLOSE), pushMode(TEXT) ;
LEAD_BACKSLASH : '\\'                          -> type(PLAIN), pushMode(TEXT) ;
LEAD       : ~[ \t\r\n{}\\]+                   -> type(PLAIN), pushMode(TEXT) ;

// ------------------------------------------------ the value of a directive
mode DIRECTIVE_VALUE;
VALUE_WS : [ \t]+ -> skip ;
VALUE    : ~[ \t\r\n] ~[\r\n]* ;
VALUE_NL : '\r'? '\n' -> type(NL), popMode ;

// ------------------------------------- the number after a keyword: "5", "II"
mode NUMBER;
NUMBER_WS : [ \t]+ -> skip ;
NUMBER_NL : '\r'? '\n' -> type(NL), popMode ;
NUM       : ~[ \t\r\n!]+ -> mode(HEAD) ;
NUMBER_ANNOTATION : ANNOTATION_BODY -> type(ANNOTATION), mode(HEAD) ;

// ------------------- after a marker or heading: annotations, then the prose
mode HEAD;
HEAD_WS    : [ \t]+ -> skip ;
HEAD_NL    : '\r'? '\n' -> type(NL), popMode ;
// "!expect obligation", "!actor US": the name and its one argument.
ANNOTATION : ANNOTATION_BODY ;
fragment ANNOTATION_BODY : '!' [a-z]* ([ \t]+ ~[ \t\r\n!{}\\]+)? ;
HEAD_ESC   : '\\' ~[\r\n]    -> type(ESC), mode(TEXT) ;
HEAD_DEF   : '{def:'         -> type(DEF_OPEN), mode(TEXT), pushMode(INLINE) ;
HEAD_REF   : '{ref' [ \t]+ ~[ \t\r\n:{}]+ [ \t]* ':' -> type(REF_OPEN), mode(TEXT), pushMode(INLINE) ;
HEAD_NOTE  : '{note:'        -> type(NOTE_OPEN), mode(TEXT), pushMode(INLINE) ;
HEAD_OPEN  : '{'             -> type(BAD_OPEN), mode(TEXT) ;
HEAD_CLOSE : '}'             -> type(STRAY_CLOSE), mode(TEXT) ;
HEAD_BACKSLASH : '\\'     -> type(PLAIN), mode(TEXT) ;
HEAD_PLAIN : ~[ \t\r\n!{}\\] ~[\r\n{}\\]* -> type(PLAIN), mode(TEXT) ;

// ------------------------------------------------------------------ prose
mode TEXT;
PLAIN       : ~[\r\n{}\\]+ ;
ESC         : '\\' ~[\r\n] ;
// A backslash at the end of a line stands for itself.
BACKSLASH   : '\\' -> type(PLAIN) ;
DEF_OPEN    : '{def:' -> pushMode(INLINE) ;
REF_OPEN    : '{ref' [ \t]+ ~[ \t\r\n:{}]+ [ \t]* ':' -> pushMode(INLINE) ;
NOTE_OPEN   : '{note:' -> pushMode(INLINE) ;
BAD_OPEN    : '{' ;
STRAY_CLOSE : '}' ;
TEXT_NL     : '\r'? '\n' -> type(NL), popMode ;

// ------------------------------------ inside {def: …}, {ref …: …}, {note: …}
mode INLINE;
INLINE_TEXT  : ~[\r\n{}\\]+ ;
INLINE_ESC   : '\\' ~[\r\n] -> type(ESC) ;
INLINE_BACKSLASH : '\\' -> type(INLINE_TEXT) ;
INLINE_NEST  : '{' -> type(BAD_OPEN) ;
INLINE_CLOSE : '}' -> popMode ;
// An unterminated inline ends with its line: leave INLINE and TEXT together.
INLINE_NL    : '\r'? '\n' -> type(NL), popMode, popMode ;
