#include "cli/commands.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

#include "base/atomic_write.h"
#include "format/format.h"
#include "report/report.h"
#include "syntax/syntax.h"

namespace pacta::cli {

namespace {

bool use_colour(Colour c, int fd) {
    if (c == Colour::Always) return true;
    if (c == Colour::Never) return false;
    const char* no_colour = std::getenv("NO_COLOR");
    return isatty(fd) && (!no_colour || !*no_colour);
}

int exit_code_for(const DiagnosticEngine& diags) {
    if (diags.has_fatal()) return kUnusable;
    return diags.has_errors() ? kFindings : kClean;
}

int worse(int a, int b) { return std::max(a, b); }

} // namespace

int run_check(const CheckOptions& options, const CommonOptions& common) {
    report::TextStyle style{use_colour(common.colour, STDOUT_FILENO)};
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    int code = kClean;
    uint32_t errors = 0, warnings = 0;
    for (const std::string& path : options.files) {
        DiagnosticEngine diags(common.max_diagnostics);
        std::optional<Instrument> instrument = parse_file(path, diags);
        code = worse(code, exit_code_for(diags));
        errors += diags.count(Severity::Error) + diags.count(Severity::Fatal);
        warnings += diags.count(Severity::Warning);
        if (options.format == "json") {
            nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
            for (const Diagnostic& d : diags.diagnostics()) diagnostics.push_back(report::diagnostic_json(d));
            files.push_back({{"file", path},
                             {"instrument", instrument ? report::instrument_json(*instrument) : nlohmann::ordered_json()},
                             {"diagnostics", std::move(diagnostics)},
                             {"diagnostics_not_shown", diags.dropped()}});
        } else {
            report::print_diagnostics(std::cout, diags, style);
        }
    }
    if (options.format == "json") {
        nlohmann::ordered_json out{{"pacta", PACTA_VERSION},
                                   {"files", std::move(files)},
                                   {"summary", {{"errors", errors}, {"warnings", warnings}, {"exit_code", code}}}};
        std::cout << out.dump(2) << '\n';
    } else {
        std::string files_checked = fmt::format("{} file{} checked", options.files.size(), options.files.size() == 1 ? "" : "s");
        std::string counts = errors + warnings == 0 ? "no problems"
                                                    : fmt::format("{} error{}, {} warning{}", errors, errors == 1 ? "" : "s",
                                                                  warnings, warnings == 1 ? "" : "s");
        std::cout << files_checked << ": " << counts << '\n';
    }
    return code;
}

int run_fmt(const FmtOptions& options, const CommonOptions& common) {
    report::TextStyle style{use_colour(common.colour, STDERR_FILENO)};
    int code = kClean;
    for (const std::string& path : options.files) {
        DiagnosticEngine diags(common.max_diagnostics);
        std::optional<Instrument> instrument = parse_file(path, diags);
        if (!instrument || diags.has_errors()) {
            report::print_diagnostics(std::cerr, diags, style);
            std::cerr << path << ": not formatted: fix the errors above first\n";
            code = worse(code, exit_code_for(diags));
            continue;
        }
        std::string formatted = format::format_instrument(*instrument);
        bool changed = formatted != instrument->source->text();
        if (options.check) {
            if (changed) {
                std::cout << path << ": not in canonical form (run pacta fmt --write)\n";
                code = worse(code, kFindings);
            }
        } else if (options.write) {
            if (changed) {
                if (std::string error = write_file_atomically(path, formatted); !error.empty()) {
                    std::cerr << "pacta fmt: " << error << '\n';
                    code = worse(code, kUnusable);
                }
            }
        } else {
            std::cout << formatted;
        }
    }
    return code;
}

} // namespace pacta::cli
