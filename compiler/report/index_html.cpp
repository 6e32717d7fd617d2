// The front page of a published corpus: one self-contained HTML page with
// every instrument (kind, binding or not, strength profile, problems, links)
// and every draft-to-draft comparison (summary, links). Every text escaped.
#include <fmt/format.h>

#include "report/html.h"
#include "report/report.h"

namespace pacta::report {

namespace {

std::string link(const std::string& href, std::string_view text) {
    return fmt::format("<a href=\"{}\">{}</a>", escape_html(href), escape_html(text));
}

// "obligation 12 · commitment 3 · recognition 8": binding strengths first,
// then down the scale, permission and none last; zero counts left out.
std::string profile_text(const analysis::Profile& profile) {
    constexpr Strength kOrder[] = {Strength::Obligation,  Strength::Prohibition,   Strength::Commitment,
                                   Strength::Recommendation, Strength::Endeavour, Strength::Encouragement,
                                   Strength::Recognition, Strength::Permission,    Strength::None};
    std::string out;
    for (Strength s : kOrder) {
        uint32_t n = profile.counts[static_cast<size_t>(s)];
        if (n > 0) out += fmt::format("{}{} {}", out.empty() ? "" : " · ", strength_name(s), n);
    }
    return out.empty() ? "—" : out;
}

std::string percent(uint32_t part, uint32_t whole) {
    return whole == 0 ? "—" : fmt::format("{}%", (part * 100 + whole / 2) / whole);
}

std::string instrument_row(const PublishedInstrument& p) {
    if (!p.instrument)
        return fmt::format("<tr><td colspan=\"7\">{} <span class=\"badge errors\">cannot be read</span> {}</td></tr>\n",
                           escape_html(p.source), link(p.check_href, "diagnostics"));
    const Instrument& in = *p.instrument;
    std::string kind = in.meta.kind ? std::string(kind_name(*in.meta.kind)) : "unknown kind";
    bool binding = in.meta.kind && is_legally_binding(*in.meta.kind);
    std::string title = in.meta.title.empty() ? p.source : in.meta.title;
    std::string row = "<tr><td>";
    row += p.akn_href.empty() ? escape_html(title) : link(p.akn_href, title);
    if (!in.meta.version.empty()) row += " <small>(" + escape_html(in.meta.version) + ")</small>";
    row += "<br><small>" + escape_html(p.source) + "</small></td>";
    row += fmt::format("<td>{}<br><span class=\"badge {}\">{}</span></td>", escape_html(kind), binding ? "binding" : "non-binding",
                       binding ? "legally binding" : "not legally binding");
    const analysis::Profile& profile = p.analysis->profile;
    row += fmt::format("<td class=\"n\">{}</td><td>{}</td>", profile.analysed, profile_text(profile));
    row += fmt::format("<td class=\"n\">{}</td><td class=\"n\">{}</td>", percent(profile.binding, profile.operative),
                       percent(profile.hedged, profile.operative));
    std::string problems = p.errors + p.warnings == 0
                               ? std::string("none")
                               : fmt::format("{} error{}, {} warning{}", p.errors, p.errors == 1 ? "" : "s", p.warnings,
                                             p.warnings == 1 ? "" : "s");
    row += "<td>" + link(p.check_href, problems);
    if (p.akn_href.empty()) row += " <span class=\"badge errors\">no XML: fix the errors</span>";
    return row + "</td></tr>\n";
}

std::string diff_row(const PublishedDiff& d) {
    const diff::Summary& s = *d.summary;
    auto label = [](const Instrument& in) { return in.meta.version.empty() ? in.path : in.meta.version; };
    std::string row = fmt::format("<tr><td>{}</td><td>{} → {}</td>", escape_html(d.new_draft->meta.id),
                                  escape_html(label(*d.old_draft)), escape_html(label(*d.new_draft)));
    row += fmt::format("<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
                       s.changed + s.moved + s.renumbered + s.split + s.merged, s.added, s.deleted, s.unchanged);
    std::string weakened = s.weakened ? fmt::format("<span class=\"badge weakened\">{} weakened</span>", s.weakened) : "";
    std::string strengthened =
        s.strengthened ? fmt::format("<span class=\"badge strengthened\">{} strengthened</span>", s.strengthened) : "";
    std::string broken = s.red_lines_broken
                             ? fmt::format("<span class=\"badge redbroken\">{} red line{} broken</span>", s.red_lines_broken,
                                           s.red_lines_broken == 1 ? "" : "s")
                             : "";
    std::string badges = weakened + strengthened + broken;
    row += "<td>" + (badges.empty() ? std::string("no strength changed") : badges) + "</td>";
    row += "<td>" + link(d.html_href, "redline") + " · " + link(d.json_href, "JSON") + "</td></tr>\n";
    return row;
}

} // namespace

std::string index_html(const std::vector<PublishedInstrument>& instruments, const std::vector<PublishedDiff>& diffs) {
    std::string h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += fmt::format("<title>pacta: the corpus</title>\n<style>{}</style>\n</head>\n<body>\n", kHtmlStyle);
    h += fmt::format("<h1>The corpus: {} instrument{}, {} draft comparison{}</h1>\n", instruments.size(),
                     instruments.size() == 1 ? "" : "s", diffs.size(), diffs.size() == 1 ? "" : "s");
    h += "<p>Each title links to the instrument in Akoma Ntoso 3.0; the problems link to the checker's JSON report. "
         "The profile counts the provisions by the strength of their commitment language; <em>binding</em> is the share "
         "of operative provisions that are obligations or prohibitions, <em>hedged</em> the share that carry a hedge.</p>\n";
    h += "<h2>Instruments</h2>\n<table>\n<tr><th>instrument</th><th>kind</th><th>clauses</th><th>strength profile</th>"
         "<th>binding</th><th>hedged</th><th>problems</th></tr>\n";
    for (const PublishedInstrument& p : instruments) h += instrument_row(p);
    h += "</table>\n";
    if (!diffs.empty()) {
        h += "<h2>Draft comparisons</h2>\n<table>\n<tr><th>instrument</th><th>drafts</th><th>changed</th><th>added</th>"
             "<th>deleted</th><th>unchanged</th><th>commitments</th><th>report</th></tr>\n";
        for (const PublishedDiff& d : diffs) h += diff_row(d);
        h += "</table>\n";
    }
    h += "</body>\n</html>\n";
    return h;
}

} // namespace pacta::report
