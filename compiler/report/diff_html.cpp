// The draft comparison as one self-contained HTML page: no external assets,
// every piece of text escaped (a draft can contain "<script>").
#include <fmt/format.h>

#include "report/report.h"

namespace pacta::report {

namespace {

std::string escape(std::string_view s) {
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

constexpr const char* kStyle = R"(
body { font-family: Georgia, 'Times New Roman', serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
table.summary td { padding: 0.1rem 0.8rem; } table.summary td.n { text-align: right; font-weight: bold; }
.provision { border-top: 1px solid #ddd; padding: 0.6rem 0; }
.id { font-family: monospace; font-weight: bold; }
.badge { display: inline-block; font: 0.75rem sans-serif; padding: 0.1rem 0.45rem; border-radius: 0.6rem; margin-left: 0.4rem; background: #eee; }
.weakened, .to-permission { background: #f8d0d0; } .strengthened, .from-permission { background: #d0f0d0; }
.redbroken { background: #b00; color: #fff; }
del { background: #fbe3e3; color: #900; } ins { background: #e1f5e1; color: #060; text-decoration: underline; }
.text { margin-top: 0.3rem; line-height: 1.5; }
)";

std::string badge(std::string_view cls, std::string_view text) {
    return fmt::format("<span class=\"badge {}\">{}</span>", escape(cls), escape(text));
}

} // namespace

std::string diff_html(const Instrument& a, const Instrument& b, const diff::DraftDiff& d) {
    std::string h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += fmt::format("<title>{} → {}</title>\n<style>{}</style>\n</head>\n<body>\n", escape(a.meta.title.empty() ? a.path : a.meta.title),
                     escape(b.meta.version.empty() ? b.path : b.meta.version), kStyle);
    h += fmt::format("<h1>{}</h1>\n<p>{} → {}</p>\n", escape(b.meta.title), escape(a.meta.version.empty() ? a.path : a.meta.version),
                     escape(b.meta.version.empty() ? b.path : b.meta.version));
    const diff::Summary& s = d.summary;
    h += "<h2>Summary</h2>\n<table class=\"summary\">\n";
    auto row = [&](std::string_view label, uint32_t n) { h += fmt::format("<tr><td>{}</td><td class=\"n\">{}</td></tr>\n", label, n); };
    row("weakened", s.weakened);
    row("strengthened", s.strengthened);
    row("red lines broken", s.red_lines_broken);
    row("unchanged", s.unchanged);
    row("changed", s.changed);
    row("moved", s.moved);
    row("renumbered", s.renumbered);
    row("split", s.split);
    row("merged", s.merged);
    row("added", s.added);
    row("deleted", s.deleted);
    h += "</table>\n";
    if (!d.metadata.empty()) {
        h += "<h2>Metadata</h2>\n<ul>\n";
        for (const auto& m : d.metadata)
            h += fmt::format("<li>{}: <del>{}</del> <ins>{}</ins></li>\n", escape(m.field), escape(m.old_value), escape(m.new_value));
        h += "</ul>\n";
    }
    h += "<h2>Provisions</h2>\n";
    for (const diff::Pair& p : d.pairs) {
        if (p.change == diff::Change::Unchanged && !p.delta.any()) continue;
        std::string old_id = p.old_index >= 0 ? a.provisions[p.old_index].id : "";
        std::string new_id = p.new_index >= 0 ? b.provisions[p.new_index].id : "";
        h += "<div class=\"provision\">\n<span class=\"id\">" + escape(new_id.empty() ? old_id : new_id) + "</span>";
        if (!old_id.empty() && !new_id.empty() && old_id != new_id) h += " <small>(was " + escape(old_id) + ")</small>";
        h += badge("change", diff::change_name(p.change));
        const diff::Delta& dl = p.delta;
        if (p.old_index >= 0 && p.new_index >= 0) {
            if (dl.old_strength != dl.new_strength)
                h += badge(diff::direction_name(dl.direction),
                           fmt::format("{} → {}", strength_name(dl.old_strength), strength_name(dl.new_strength)));
            else if (dl.direction != diff::Direction::Same)
                h += badge(diff::direction_name(dl.direction), diff::direction_name(dl.direction));
            for (const auto& x : dl.hedges_added) h += badge("weakened", "hedge added: " + x);
            for (const auto& x : dl.hedges_removed) h += badge("strengthened", "hedge removed: " + x);
            if (!dl.old_actor.empty() || !dl.new_actor.empty()) h += badge("actor", "actor: " + dl.old_actor + " → " + dl.new_actor);
            if (dl.red_line_broken) h += badge("redbroken", "red line broken");
        }
        h += "\n<div class=\"text\">";
        for (const auto& r : p.runs) {
            if (r.op == diff::Op::Equal) h += escape(r.new_text);
            else if (r.op == diff::Op::Delete) h += "<del>" + escape(r.old_text) + "</del>";
            else h += "<ins>" + escape(r.new_text) + "</ins>";
        }
        h += "</div>\n</div>\n";
    }
    h += "</body>\n</html>\n";
    return h;
}

} // namespace pacta::report
