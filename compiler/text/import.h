// Plain-text drafts into .pacta source: titles, "Article N" and other
// headings, numbered and lettered paragraphs, participle-led recitals, a
// "Done at" block. The result goes through the ordinary front end, so a
// .txt draft is checked, diffed and emitted like any .pacta file.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pacta::text {

struct ImportNote {
    uint32_t line;        // 1-based line of the plain text
    std::string message;  // what could not be placed as it stood, and what was done with it
};

struct ImportResult {
    std::string pacta;    // the .pacta source
    std::string kind;     // the kind of instrument used
    std::vector<ImportNote> notes;
};

// `name` is the file's name (for the @id and the language); `kind`
// overrides the kind guessed from the title. No text is ever dropped: a
// line that cannot be placed as structure is kept as prose.
ImportResult import_plain_text(std::string_view text, std::string_view name, std::optional<std::string> kind = {});

// The kind a title suggests: "Convention on Cybercrime" -> convention.
std::string guess_kind(std::string_view title);

} // namespace pacta::text
