#include "text/nesting.h"

namespace pacta::text {

namespace {

int default_rank(std::string_view keyword) {
    if (keyword == "ANNEX") return 1;
    if (keyword == "PART") return 2;
    if (keyword == "TITLE") return 3;
    if (keyword == "CHAPTER") return 4;
    if (keyword == "SECTION") return 5;
    if (keyword == "ARTICLE" || keyword == "NORM" || keyword == "CBM") return 20;
    return 0;
}

} // namespace

bool HeadingNesting::is_grouping(std::string_view keyword) {
    return keyword == "PART" || keyword == "TITLE" || keyword == "CHAPTER" || keyword == "SECTION";
}

int HeadingNesting::rank(std::string_view keyword, std::optional<int> innermost_grouping) {
    if (!is_grouping(keyword)) return default_rank(keyword);
    if (auto it = learned_.find(keyword); it != learned_.end()) return it->second;
    int rank = default_rank(keyword);
    if (innermost_grouping && *innermost_grouping >= rank) rank = *innermost_grouping + 1;
    learned_.emplace(std::string(keyword), rank);
    return rank;
}

} // namespace pacta::text
