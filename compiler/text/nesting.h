// How structure headings nest in one instrument. The model builder and the
// plain-text importer both ask this one rule, so that the numbering scopes
// the importer checks are the containers the builder makes.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace pacta::text {

// Ranks: the deeper, the higher. An annex closes everything; parts hold
// titles, titles chapters, chapters sections; articles, norms and CBMs are
// innermost. Instruments do not all agree: a grouping (part, title,
// chapter, section) met for the first time inside one it would otherwise
// close sits below it for the rest of the instrument (the Budapest
// Convention's titles in sections, EU acts' chapters in titles).
class HeadingNesting {
public:
    // The rank of a container opened by `keyword` ("TITLE"), while the
    // innermost open grouping has rank `innermost_grouping` (none: nullopt).
    // 0 for a keyword that opens no container (PREAMBLE, FINAL, FORMULA ...).
    int rank(std::string_view keyword, std::optional<int> innermost_grouping);
    static bool is_grouping(std::string_view keyword);

private:
    std::map<std::string, int, std::less<>> learned_;
};

} // namespace pacta::text
