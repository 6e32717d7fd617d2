#include "report/html.h"

namespace pacta::report {

std::string escape_html(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

const char* const kHtmlStyle = R"(
body { font-family: Georgia, 'Times New Roman', serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
table { border-collapse: collapse; } td, th { padding: 0.15rem 0.7rem; text-align: left; vertical-align: top; }
th { font: 0.8rem sans-serif; color: #555; border-bottom: 1px solid #ccc; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.summary td.n { font-weight: bold; }
.provision { border-top: 1px solid #ddd; padding: 0.6rem 0; }
.id { font-family: monospace; font-weight: bold; }
.badge { display: inline-block; font: 0.75rem sans-serif; padding: 0.1rem 0.45rem; border-radius: 0.6rem; margin-left: 0.4rem; background: #eee; }
.weakened, .to-permission, .errors { background: #f8d0d0; } .strengthened, .from-permission { background: #d0f0d0; }
.binding { background: #dde4f8; } .non-binding { background: #f3ecd8; }
.redbroken { background: #b00; color: #fff; }
del { background: #fbe3e3; color: #900; } ins { background: #e1f5e1; color: #060; text-decoration: underline; }
.text { margin-top: 0.3rem; line-height: 1.5; }
.bar { display: inline-block; height: 0.7rem; background: #7a8fc4; vertical-align: middle; }
)";

} // namespace pacta::report
