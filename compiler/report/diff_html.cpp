// The draft comparison as one self-contained HTML page: no external assets,
// every piece of text escaped (a draft can contain "<script>").
#include <fmt/format.h>

#include "report/html.h"
#include "report/report.h"

namespace pacta::report {

namespace {

std::string badge(std::string_view cls, std::string_view text) {
    return fmt::format("<span class=\"badge {}\">{}</span>", escape_html(cls), escape_html(text));
}

} // namespace

std::string diff_html(const Instrument& a, const Instrument& b, const diff::DraftDiff& d) {
    std::string h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += fmt::format("<title>{} → {}</title>\n<style>{}</style>\n</head>\n<body>\n", escape_html(a.meta.title.empty() ? a.path : a.meta.title),
                     escape_html(b.meta.version.empty() ? b.path : b.meta.version), kHtmlStyle);
    h += fmt::format("<h1>{}</h1>\n<p>{} → {}</p>\n", escape_html(b.meta.title), escape_html(a.meta.version.empty() ? a.path : a.meta.version),
                     escape_html(b.meta.version.empty() ? b.path : b.meta.version));
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
            h += fmt::format("<li>{}: <del>{}</del> <ins>{}</ins></li>\n", escape_html(m.field), escape_html(m.old_value), escape_html(m.new_value));
        h += "</ul>\n";
    }
    if (!d.headings.empty()) {
        h += "<h2>Headings</h2>\n<ul>\n";
        for (const auto& x : d.headings)
            h += fmt::format("<li><span class=\"id\">{}</span>: <del>{}</del> <ins>{}</ins></li>\n", escape_html(x.new_id),
                             escape_html(x.old_heading), escape_html(x.new_heading));
        h += "</ul>\n";
    }
    h += "<h2>Provisions</h2>\n";
    for (const diff::Pair& p : d.pairs) {
        if (p.change == diff::Change::Unchanged && !p.delta.any()) continue;
        std::string old_id = p.old_index >= 0 ? a.provisions[p.old_index].id : "";
        std::string new_id = p.new_index >= 0 ? b.provisions[p.new_index].id : "";
        h += "<div class=\"provision\">\n<span class=\"id\">" + escape_html(new_id.empty() ? old_id : new_id) + "</span>";
        if (!old_id.empty() && !new_id.empty() && old_id != new_id) h += " <small>(was " + escape_html(old_id) + ")</small>";
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
            if (r.op == diff::Op::Equal) h += escape_html(r.new_text);
            else if (r.op == diff::Op::Delete) h += "<del>" + escape_html(r.old_text) + "</del>";
            else h += "<ins>" + escape_html(r.new_text) + "</ins>";
        }
        h += "</div>\n</div>\n";
    }
    h += "</body>\n</html>\n";
    return h;
}

} // namespace pacta::report
