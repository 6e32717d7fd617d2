#include <fmt/format.h>

#include "report/report.h"

namespace pacta::report {

namespace {
using json = nlohmann::ordered_json;

std::string pair_id(const Instrument& a, const Instrument& b, const diff::Pair& p) {
    std::string old_id = p.old_index >= 0 ? a.provisions[p.old_index].id : "";
    std::string new_id = p.new_index >= 0 ? b.provisions[p.new_index].id : "";
    if (old_id.empty()) return new_id;
    if (new_id.empty() || new_id == old_id) return old_id;
    return fmt::format("{} (was {})", new_id, old_id);
}

std::string delta_text(const diff::Delta& d) {
    std::vector<std::string> parts;
    if (d.old_strength != d.new_strength)
        parts.push_back(fmt::format("{} -> {}{}", strength_name(d.old_strength), strength_name(d.new_strength),
                                    d.direction == diff::Direction::Same
                                        ? ""
                                        : fmt::format(" ({}{})", diff::direction_name(d.direction),
                                                      d.levels ? fmt::format(", {:+} level{}", d.levels, std::abs(d.levels) == 1 ? "" : "s") : "")));
    else if (d.direction != diff::Direction::Same)
        parts.push_back(std::string(diff::direction_name(d.direction)));
    if (d.polarity_flipped) parts.push_back("polarity flipped");
    for (const auto& h : d.hedges_added) parts.push_back(fmt::format("hedge added: \"{}\"", h));
    for (const auto& h : d.hedges_removed) parts.push_back(fmt::format("hedge removed: \"{}\"", h));
    if (!d.old_actor.empty() || !d.new_actor.empty()) parts.push_back(fmt::format("actor: \"{}\" -> \"{}\"", d.old_actor, d.new_actor));
    if (d.red_line_broken) parts.push_back("RED LINE BROKEN");
    std::string s;
    for (size_t i = 0; i < parts.size(); ++i) s += (i ? "; " : "") + parts[i];
    return s;
}

std::string redline_text(const std::vector<diff::Run>& runs, TextStyle style) {
    std::string s;
    for (const auto& r : runs) {
        switch (r.op) {
        case diff::Op::Equal: s += r.new_text; break;
        case diff::Op::Delete: s += style.colour ? "\033[31;9m" : "[-", s += r.old_text, s += style.colour ? "\033[0m" : "-]"; break;
        case diff::Op::Insert: s += style.colour ? "\033[32;4m" : "{+", s += r.new_text, s += style.colour ? "\033[0m" : "+}"; break;
        }
    }
    return s;
}

std::string_view op_name(diff::Op op) {
    return op == diff::Op::Equal ? "equal" : op == diff::Op::Delete ? "delete" : "insert";
}
} // namespace

void print_diff(std::ostream& out, const Instrument& a, const Instrument& b, const diff::DraftDiff& d, TextStyle style) {
    const char* bold = style.colour ? "\033[1m" : "";
    const char* reset = style.colour ? "\033[0m" : "";
    out << bold << a.path << " -> " << b.path << reset << '\n';
    for (const auto& m : d.metadata) out << fmt::format("  {}: \"{}\" -> \"{}\"\n", m.field, m.old_value, m.new_value);
    for (const auto& h : d.headings)
        out << fmt::format("  heading of {}: \"{}\" -> \"{}\"\n", h.new_id, h.old_heading, h.new_heading);
    const diff::Summary& s = d.summary;
    out << fmt::format("  {} unchanged, {} changed, {} moved, {} renumbered, {} split, {} merged, {} added, {} deleted\n",
                       s.unchanged, s.changed, s.moved, s.renumbered, s.split, s.merged, s.added, s.deleted);
    out << fmt::format("  commitments: {} weakened, {} strengthened{}\n", s.weakened, s.strengthened,
                       s.red_lines_broken ? fmt::format(", {} red line{} broken", s.red_lines_broken, s.red_lines_broken == 1 ? "" : "s") : "");
    for (size_t i : s.weakened_pairs)
        out << fmt::format("  weakened: {}: {}\n", pair_id(a, b, d.pairs[i]), delta_text(d.pairs[i].delta));
    for (const diff::Pair& p : d.pairs) {
        if (p.change == diff::Change::Unchanged && !p.delta.any()) continue;
        if (p.change == diff::Change::Renumbered && !p.text_changed && !p.delta.any()) {
            out << '\n' << bold << pair_id(a, b, p) << reset << "  renumbered\n";
            continue;
        }
        out << '\n' << bold << pair_id(a, b, p) << reset << "  " << diff::change_name(p.change);
        if (p.formatting_only) out << " (layout only)";
        if (std::string delta = delta_text(p.delta); !delta.empty()) out << "  " << delta;
        out << '\n' << "  " << redline_text(p.runs, style) << '\n';
    }
}

json diff_json(const Instrument& a, const Instrument& b, const diff::DraftDiff& d) {
    auto side = [](const Instrument& in) {
        return json{{"file", in.path}, {"id", in.meta.id}, {"version", in.meta.version}};
    };
    json metadata = json::array();
    for (const auto& m : d.metadata) metadata.push_back({{"field", m.field}, {"old", m.old_value}, {"new", m.new_value}});
    json headings = json::array();
    for (const auto& h : d.headings)
        headings.push_back({{"old_id", h.old_id}, {"new_id", h.new_id}, {"old", h.old_heading}, {"new", h.new_heading}});
    const diff::Summary& s = d.summary;
    json weakened = json::array();
    for (size_t i : s.weakened_pairs) weakened.push_back(pair_id(a, b, d.pairs[i]));
    json summary{{"unchanged", s.unchanged}, {"changed", s.changed},  {"moved", s.moved},
                 {"renumbered", s.renumbered}, {"split", s.split},   {"merged", s.merged},
                 {"added", s.added},           {"deleted", s.deleted}, {"weakened", s.weakened},
                 {"strengthened", s.strengthened}, {"red_lines_broken", s.red_lines_broken}, {"weakened_provisions", weakened}};
    json provisions = json::array();
    for (const diff::Pair& p : d.pairs) {
        json runs = json::array();
        for (const auto& r : p.runs) {
            json run{{"op", op_name(r.op)}};
            if (r.op != diff::Op::Insert) run["old"] = std::string(r.old_text);
            if (r.op != diff::Op::Delete) run["new"] = std::string(r.new_text);
            runs.push_back(std::move(run));
        }
        const diff::Delta& dl = p.delta;
        // Strengths of a pair left unanalysed (nothing changed) are not known: null, never a guess.
        auto strength = [&](Strength x) { return dl.analysed ? json(strength_name(x)) : json(nullptr); };
        json delta{{"old_strength", strength(dl.old_strength)},
                   {"new_strength", strength(dl.new_strength)},
                   {"direction", diff::direction_name(dl.direction)},
                   {"levels", dl.levels},
                   {"polarity_flipped", dl.polarity_flipped},
                   {"hedges_added", dl.hedges_added},
                   {"hedges_removed", dl.hedges_removed},
                   {"old_actor", dl.old_actor},
                   {"new_actor", dl.new_actor},
                   {"red_line_broken", dl.red_line_broken}};
        provisions.push_back({{"old_id", p.old_index >= 0 ? json(a.provisions[p.old_index].id) : json(nullptr)},
                              {"new_id", p.new_index >= 0 ? json(b.provisions[p.new_index].id) : json(nullptr)},
                              {"change", diff::change_name(p.change)},
                              {"text_changed", p.text_changed},
                              {"formatting_only", p.formatting_only},
                              {"delta", p.old_index >= 0 && p.new_index >= 0 ? delta : json(nullptr)},
                              {"runs", std::move(runs)}});
    }
    return json{{"old", side(a)}, {"new", side(b)}, {"metadata", std::move(metadata)}, {"headings", std::move(headings)}, {"summary", std::move(summary)},
                {"provisions", std::move(provisions)}};
}

} // namespace pacta::report
