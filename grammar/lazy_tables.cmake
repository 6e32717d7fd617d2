# Run on the generated lexer and parser (cmake -P, with FILE and CLASS): ANTLR
# 4.7's C++ target deserialises each recogniser's tables in a static
# initialiser, at the start of every run, though only .pacta text that is not
# plain ever reaches the ANTLR front end. The tables are built instead when
# the first lexer or parser is made (a function-local static, so once and
# thread-safely). Stops the build if the generated code has another shape.
file(READ "${FILE}" code)
set(eager "${CLASS}::Initializer ${CLASS}::_init;")
string(FIND "${code}" "${eager}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${FILE}: no '${eager}' to make lazy; has the ANTLR version changed?")
endif()
string(REPLACE "${eager}" "" code "${code}")
string(REGEX MATCH "${CLASS}::${CLASS}\\([A-Za-z]+ \\*input\\) : [A-Za-z]+\\(input\\) {\n" constructor "${code}")
if(constructor STREQUAL "")
  message(FATAL_ERROR "${FILE}: no ${CLASS} constructor found to build the tables in")
endif()
string(REPLACE "${constructor}" "${constructor}  static const Initializer tables;  // built by the first ${CLASS}\n  (void)tables;\n" code "${code}")
file(WRITE "${FILE}" "${code}")
