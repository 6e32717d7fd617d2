// What the HTML reports share: escaping (every text a draft gives is
// untrusted: it can contain "<script>") and the house style.
#pragma once

#include <string>
#include <string_view>

namespace pacta::report {

std::string escape_html(std::string_view s);

// The style sheet every page embeds (pages are self-contained: no assets).
extern const char* const kHtmlStyle;

} // namespace pacta::report
