#include <fmt/format.h>

#include "report/report.h"

namespace pacta::report {

namespace {
const char* colour_of(Severity s) {
    switch (s) {
    case Severity::Note: return "\033[1;36m";
    case Severity::Warning: return "\033[1;35m";
    default: return "\033[1;31m";
    }
}

void print_location_line(std::ostream& out, const Location& loc, Severity severity, std::string_view message,
                         std::string_view rule, TextStyle style) {
    const char* bold = style.colour ? "\033[1m" : "";
    const char* reset = style.colour ? "\033[0m" : "";
    out << bold << loc.path;
    if (loc.position.line > 0) out << ':' << loc.position.line << ':' << loc.position.column;
    out << ": " << reset << (style.colour ? colour_of(severity) : "") << severity_name(severity) << ": " << reset << bold
        << message << reset;
    if (!rule.empty()) out << " [" << rule << ']';
    out << '\n';
}

void print_excerpt(std::ostream& out, const Location& loc, TextStyle style) {
    if (loc.caret_column == 0) return;
    std::string gutter = fmt::format("{:>5} | ", loc.position.line);
    std::string excerpt = loc.excerpt;
    for (char& c : excerpt)
        if (c == '\t') c = ' ';  // keep the caret under its character
    out << gutter << excerpt << '\n';
    out << std::string(gutter.size() - 2, ' ') << "| " << std::string(loc.caret_column - 1, ' ')
        << (style.colour ? "\033[1;32m" : "") << '^' << std::string(loc.length > 1 ? loc.length - 1 : 0, '~')
        << (style.colour ? "\033[0m" : "") << '\n';
}
} // namespace

void print_diagnostic(std::ostream& out, const Diagnostic& d, TextStyle style) {
    print_location_line(out, d.location, d.severity, d.message, rule_name(d.rule), style);
    print_excerpt(out, d.location, style);
    for (const auto& [loc, message] : d.notes) {
        print_location_line(out, loc, Severity::Note, message, "", style);
        print_excerpt(out, loc, style);
    }
}

std::string summary_line(const DiagnosticEngine& diags) {
    std::vector<std::string> parts;
    auto count = [&](uint32_t n, std::string_view one, std::string_view many) {
        if (n) parts.push_back(fmt::format("{} {}", n, n == 1 ? one : many));
    };
    count(diags.count(Severity::Fatal) + diags.count(Severity::Error), "error", "errors");
    count(diags.count(Severity::Warning), "warning", "warnings");
    std::string line;
    for (size_t i = 0; i < parts.size(); ++i) line += (i ? ", " : "") + parts[i];
    if (diags.dropped()) line += fmt::format(" ({} not shown)", diags.dropped());
    return line;
}

void print_diagnostics(std::ostream& out, const DiagnosticEngine& diags, TextStyle style) {
    for (const Diagnostic& d : diags.diagnostics()) print_diagnostic(out, d, style);
    if (diags.dropped())
        out << fmt::format("... and {} more not shown (raise the limit with --max-diagnostics)\n", diags.dropped());
}

} // namespace pacta::report
