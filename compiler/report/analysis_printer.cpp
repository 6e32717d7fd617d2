#include <fmt/format.h>

#include "report/report.h"

namespace pacta::report {

namespace {
// Strength names padded for a table; the longest is "recommendation".
constexpr int kStrengthWidth = 14;

std::string percent(uint32_t part, uint32_t whole) {
    return whole == 0 ? "-" : fmt::format("{:.0f}%", 100.0 * part / whole);
}

std::string clause_line(const Provision& p, const analysis::ProvisionAnalysis& a) {
    std::string line = fmt::format("  {:<28} {:<{}}", p.id, strength_name(a.strength), kStrengthWidth);
    if (a.main >= 0) {
        const auto& cue = a.cues[a.main];
        line += fmt::format(" \"{}\"", cue.words);
        if (cue.passive) line += " (passive)";
    } else if (a.inherited) {
        line += " (from the words introducing it)";
    }
    if (!a.actor_text.empty()) line += fmt::format("  actor: {}", a.actor_text);
    if (!a.hedges.empty()) {
        line += "  hedged: ";
        for (size_t i = 0; i < a.hedges.size(); ++i) line += (i ? ", " : "") + fmt::format("\"{}\"", a.hedges[i].words);
    }
    return line;
}
} // namespace

void print_analysis(std::ostream& out, const Instrument& in, const analysis::InstrumentAnalysis& a, TextStyle style,
                    bool clauses) {
    const char* bold = style.colour ? "\033[1m" : "";
    const char* reset = style.colour ? "\033[0m" : "";
    const analysis::Profile& profile = a.profile;
    std::string kind = in.meta.kind ? fmt::format("{} ({})", kind_name(*in.meta.kind),
                                                  is_legally_binding(*in.meta.kind) ? "legally binding"
                                                                                    : "not legally binding")
                                    : std::string("unknown kind");
    out << bold << in.path << reset << ": " << kind << ", " << profile.analysed << " provisions with text\n";
    static constexpr Strength kOrder[] = {Strength::Obligation, Strength::Prohibition, Strength::Commitment,
                                          Strength::Recommendation, Strength::Endeavour, Strength::Encouragement,
                                          Strength::Recognition, Strength::Permission, Strength::None};
    out << fmt::format("  {:<{}} {:>5} {:>7}\n", "strength", kStrengthWidth, "level", "count");
    for (Strength s : kOrder) {
        uint32_t n = profile.counts[static_cast<size_t>(s)];
        auto level = strength_level(s);
        out << fmt::format("  {:<{}} {:>5} {:>7}\n", strength_name(s), kStrengthWidth,
                           level ? std::to_string(*level) : std::string("-"), n);
    }
    out << fmt::format("  binding language: {} of operative provisions ({} of {}); hedged: {}\n",
                       percent(profile.binding, profile.operative), profile.binding, profile.operative,
                       percent(profile.hedged, profile.operative));
    if (!clauses) return;
    for (size_t i = 0; i < in.provisions.size(); ++i)
        if (a.provisions[i].analysed) out << clause_line(in.provisions[i], a.provisions[i]) << '\n';
}

} // namespace pacta::report
