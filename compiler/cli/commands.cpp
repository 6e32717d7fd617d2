#include "cli/commands.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>
#include <sstream>
#include <tuple>

#include <fmt/format.h>

#include "akn/akn.h"
#include "akn/read.h"
#include "analysis/analysis.h"
#include "diff/diff.h"
#include "base/atomic_write.h"
#include "cli/shared.h"
#include "format/format.h"
#include "report/report.h"
#include "syntax/syntax.h"

namespace pacta::cli {

namespace {

int worse(int a, int b) { return std::max(a, b); }

} // namespace

namespace {

// Loads the user's lexicon files into one lexicon; nullopt (after printing
// why) if one cannot be used.
std::optional<analysis::Lexicon> load_user_lexicon(const std::vector<std::string>& paths, const CommonOptions& common) {
    analysis::Lexicon lexicon;
    DiagnosticEngine diags(common.max_diagnostics);
    for (const std::string& path : paths) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            diags.report(Rule::Input, locate_file(path), "the lexicon cannot be read");
            continue;
        }
        std::ostringstream text;
        text << in.rdbuf();
        SourceFile file(path, std::move(text).str());
        lexicon.add(file, diags);
    }
    if (!diags.has_errors()) return lexicon;
    report::print_diagnostics(std::cerr, diags, {use_colour(common.colour, STDERR_FILENO)});
    return std::nullopt;
}

struct CheckedFile {
    std::string path;
    std::optional<Instrument> instrument;
    std::optional<analysis::InstrumentAnalysis> analysis;
    std::unique_ptr<DiagnosticEngine> diags;
};

} // namespace

int run_check(const CheckOptions& options, const CommonOptions& common) {
    std::optional<analysis::Lexicon> user;
    if (!options.lexicons.empty() && !(user = load_user_lexicon(options.lexicons, common))) return kUnusable;
    analysis::Options analysis_options{user ? &*user : nullptr};

    std::vector<CheckedFile> checked;
    int code = kClean;
    uint32_t errors = 0, warnings = 0;
    for (const std::string& path : options.files) {
        CheckedFile f{path, std::nullopt, std::nullopt, std::make_unique<DiagnosticEngine>(common.max_diagnostics)};
        f.instrument = parse_file(path, *f.diags);
        if (f.instrument) f.analysis = analysis::analyse(*f.instrument, *f.diags, analysis_options);
        code = worse(code, exit_code_for(*f.diags));
        errors += error_count(*f.diags);
        warnings += f.diags->count(Severity::Warning);
        checked.push_back(std::move(f));
    }

    if (options.format == "json") {
        nlohmann::ordered_json files = nlohmann::ordered_json::array();
        for (const CheckedFile& f : checked)
            files.push_back(report::checked_file_json(f.path, f.instrument ? &*f.instrument : nullptr,
                                                      f.analysis ? &*f.analysis : nullptr, *f.diags));
        std::cout << report::check_json(std::move(files), errors, warnings, code).dump(2) << '\n';
        return code;
    }
    if (options.format == "sarif") {
        std::vector<report::FileDiagnostics> files;
        for (const CheckedFile& f : checked) files.push_back({f.path, &f.diags->diagnostics()});
        std::cout << report::sarif_log(files).dump(2) << '\n';
        return code;
    }
    report::TextStyle style{use_colour(common.colour, STDOUT_FILENO)};
    for (const CheckedFile& f : checked) {
        report::print_diagnostics(std::cout, *f.diags, style);
        if (f.instrument) report::print_analysis(std::cout, *f.instrument, *f.analysis, style, !options.brief);
    }
    std::string files_checked = fmt::format("{} file{} checked", options.files.size(), options.files.size() == 1 ? "" : "s");
    std::string counts = errors + warnings == 0 ? "no problems"
                                                : fmt::format("{} error{}, {} warning{}", errors, errors == 1 ? "" : "s",
                                                              warnings, warnings == 1 ? "" : "s");
    std::cout << files_checked << ": " << counts << '\n';
    return code;
}

int run_fmt(const FmtOptions& options, const CommonOptions& common) {
    report::TextStyle style{use_colour(common.colour, STDERR_FILENO)};
    int code = kClean;
    for (const std::string& path : options.files) {
        // A draft in another format is printed as .pacta, never overwritten with it.
        if ((options.write || options.check) && !path.ends_with(".pacta")) {
            std::cerr << path << ": fmt --write and --check work on .pacta files; 'pacta import " << path
                      << " -o FILE.pacta' turns a draft into one\n";
            code = worse(code, kUnusable);
            continue;
        }
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

namespace pacta::cli {

int run_akn(const AknOptions& options, const CommonOptions& common) {
    report::TextStyle style{use_colour(common.colour, STDERR_FILENO)};
    std::error_code ec;
    std::filesystem::create_directories(options.output_dir, ec);
    if (ec || !std::filesystem::is_directory(options.output_dir)) {
        std::cerr << "pacta akn: cannot create the output folder " << options.output_dir << ": " << ec.message() << '\n';
        return kUnusable;
    }
    int code = kClean;
    std::set<std::string> written;
    for (const std::string& path : options.files) {
        DiagnosticEngine diags(common.max_diagnostics);
        std::optional<Instrument> instrument = parse_file(path, diags);
        if (!instrument || diags.has_errors()) {
            report::print_diagnostics(std::cerr, diags, style);
            std::cerr << path << ": no Akoma Ntoso written: fix the errors above first\n";
            code = worse(code, exit_code_for(diags));
            continue;
        }
        DiagnosticEngine findings(common.max_diagnostics);
        auto analysis = analysis::analyse(*instrument, findings);
        // file_name() keeps only [a-z0-9.-]: the file stays inside the folder.
        std::string name = akn::file_name(*instrument);
        if (!written.insert(name).second) {
            std::cerr << path << ": another instrument given here already has the id and version that name " << name
                      << "; give this one its own @version\n";
            code = worse(code, kFindings);
            continue;
        }
        std::string target = (std::filesystem::path(options.output_dir) / name).string();
        if (std::string error = write_file_atomically(target, akn::emit(*instrument, analysis)); !error.empty()) {
            std::cerr << "pacta akn: " << error << '\n';
            code = worse(code, kUnusable);
        }
    }
    return code;
}

int run_import(const ImportOptions& options, const CommonOptions& common) {
    report::TextStyle style{use_colour(common.colour, STDERR_FILENO)};
    DiagnosticEngine diags(common.max_diagnostics);
    auto plain = load_source(options.file, diags);
    if (!plain) {
        report::print_diagnostics(std::cerr, diags, style);
        return kUnusable;
    }
    if (options.kind && !parse_kind(*options.kind)) {
        std::cerr << "pacta import: unknown kind '" << *options.kind << "'; see grammar/README.md for the kinds\n";
        return kUnusable;
    }
    // Parsed as well as made, so that the user hears about anything that did not fit.
    std::string pacta;
    if (options.file.ends_with(".xml")) {
        auto instrument = akn::read(plain, diags);
        if (!instrument) {
            report::print_diagnostics(std::cerr, diags, style);
            return kUnusable;
        }
        if (options.kind) instrument->meta.kind = parse_kind(*options.kind);
        pacta = format::format_instrument(*instrument);
        parse_source(std::make_shared<SourceFile>(options.file + " (imported as .pacta)", pacta), diags);
    } else {
        import_and_parse(*plain, diags, options.kind, &pacta);
    }
    report::print_diagnostics(std::cerr, diags, style);
    if (options.output.empty()) {
        std::cout << pacta;
    } else if (std::string error = write_file_atomically(options.output, pacta); !error.empty()) {
        std::cerr << "pacta import: " << error << '\n';
        return kUnusable;
    }
    return exit_code_for(diags);
}

int run_diff(const DiffOptions& options, const CommonOptions& common) {
    report::TextStyle err_style{use_colour(common.colour, STDERR_FILENO)};
    DiagnosticEngine old_diags(common.max_diagnostics), new_diags(common.max_diagnostics);
    // Each draft is read on a thread of its own (ANTLR, where a draft needs
    // it, one chunk at a time).
    auto reading_old = std::async(std::launch::async, [&] { return parse_file(options.old_file, old_diags); });
    std::optional<Instrument> new_read = parse_file(options.new_file, new_diags);
    std::optional<Instrument> old_read = reading_old.get();
    if (!old_read || !new_read) {
        report::print_diagnostics(std::cerr, old_diags, err_style);
        report::print_diagnostics(std::cerr, new_diags, err_style);
        return kUnusable;
    }
    // Problems in the drafts do not stop the comparison; errors are shown.
    for (DiagnosticEngine* d : {&old_diags, &new_diags})
        if (d->has_errors()) report::print_diagnostics(std::cerr, *d, err_style);
    // The drafts are held in place from here on: alignment and analyses view their texts.
    const Instrument& old_draft = *old_read;
    const Instrument& new_draft = *new_read;
    // The lexicons the analyses read with are built while the drafts are
    // aligned, on the second core (the alignment uses it only while it
    // splits the unmatched clauses of the new draft into words).
    auto lexicons_built = std::async(std::launch::async, [&] {
        for (const Instrument* draft : {&old_draft, &new_draft}) analysis::Lexicon::builtin(draft->meta.language);
    });
    auto aligned = diff::align(old_draft, new_draft);
    lexicons_built.get();
    // The text and HTML reports show only what changed: the pairs identical
    // in all their analysis depends on are not analysed. JSON and Akoma
    // Ntoso give every provision's strength.
    bool every_strength = options.format == "json" || options.format == "akn";
    diff::AnalysisNeeds needs;
    if (!every_strength) needs = diff::analysis_needed(old_draft, new_draft, aligned);
    // Each draft analysed on a thread of its own.
    auto analyse = [&](const Instrument& draft, const std::vector<bool>& only) {
        analysis::ClauseMemo memo;  // a clause repeated in the draft is analysed once
        return std::make_unique<analysis::InstrumentAnalysis>(analysis::analyse_provisions(draft, memo, {}, every_strength ? nullptr : &only));
    };
    auto analysing_old = std::async(std::launch::async, analyse, std::cref(old_draft), std::cref(needs.old_provisions));
    auto new_analysis = analyse(new_draft, needs.new_provisions);
    auto old_analysis = analysing_old.get();
    diff::DraftDiff d = diff::compare({old_draft, *old_analysis}, {new_draft, *new_analysis}, std::move(aligned));
    if (options.format == "json")
        std::cout << report::diff_json(old_draft, new_draft, d).dump(2) << '\n';
    else if (options.format == "html")
        std::cout << report::diff_html(old_draft, new_draft, d);
    else if (options.format == "akn")
        std::cout << akn::emit_redline({old_draft, *old_analysis}, {new_draft, *new_analysis}, d);
    else
        report::print_diff(std::cout, old_draft, new_draft, d, {use_colour(common.colour, STDOUT_FILENO)});
    const diff::Summary& s = d.summary;
    int code = kClean;
    if (options.fail_on == "weakened" && (s.weakened > 0 || s.red_lines_broken > 0)) code = kFindings;
    else if (options.fail_on == "changed" && s.unchanged != d.pairs.size()) code = kFindings;
    // The process ends with this command: the drafts, their analyses, words
    // and comparison are left to it rather than freed string by string and
    // vector by vector (a tenth of the run on large drafts), as compilers do.
    static_cast<void>(new std::tuple<std::optional<Instrument>, std::optional<Instrument>, std::unique_ptr<analysis::InstrumentAnalysis>,
                                     std::unique_ptr<analysis::InstrumentAnalysis>, diff::DraftDiff>(
        std::move(old_read), std::move(new_read), std::move(old_analysis), std::move(new_analysis), std::move(d)));
    return code;
}

namespace {

struct Draft {
    Instrument instrument;
    analysis::InstrumentAnalysis analysis;
};

std::optional<Draft> read_draft(const std::string& path, const CommonOptions& common) {
    DiagnosticEngine diags(common.max_diagnostics);
    auto in = parse_file(path, diags);
    if (!in) {
        report::print_diagnostics(std::cerr, diags, {use_colour(common.colour, STDERR_FILENO)});
        return std::nullopt;
    }
    DiagnosticEngine findings;
    auto a = analysis::analyse(*in, findings);
    return Draft{std::move(*in), std::move(a)};
}

// The drafts from the first to `latest`, found through @supersedes.
std::optional<std::vector<Draft>> read_superseded_chain(const std::string& latest, const CommonOptions& common) {
    std::vector<Draft> chain;  // latest first while reading
    std::set<std::string> seen;
    for (std::filesystem::path at = latest;;) {
        if (!seen.insert(std::filesystem::weakly_canonical(at).string()).second) {
            std::cerr << "pacta log: " << at.string() << " appears twice in the @supersedes chain\n";
            return std::nullopt;
        }
        auto draft = read_draft(at.string(), common);
        if (!draft) return std::nullopt;
        std::string previous = draft->instrument.meta.supersedes;
        chain.push_back(std::move(*draft));
        if (previous.empty()) break;
        at = at.parent_path() / previous;
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

} // namespace

// The history of a draft chain: for each provision of the latest draft, the
// drafts in which its strength or its hedges changed. The chain is the files
// given, oldest first, or, for one file, the drafts it @supersedes.
int run_log(const LogOptions& options, const CommonOptions& common) {
    std::vector<Draft> chain;
    if (options.files.size() == 1) {
        auto found = read_superseded_chain(options.files.front(), common);
        if (!found) return kUnusable;
        chain = std::move(*found);
    } else {
        for (const std::string& path : options.files) {
            auto draft = read_draft(path, common);
            if (!draft) return kUnusable;
            chain.push_back(std::move(*draft));
        }
    }
    // A draft is named by its @version, else by its file name.
    auto label = [](const Instrument& in) {
        return in.meta.version.empty() ? std::filesystem::path(in.path).stem().string() : in.meta.version;
    };
    // For each later draft's provision, its predecessor and what changed on the way.
    struct Step {
        int32_t previous = -1;
        std::string event;
    };
    std::vector<std::vector<Step>> steps(chain.size());
    for (size_t k = 1; k < chain.size(); ++k) {
        steps[k].resize(chain[k].instrument.provisions.size());
        diff::DraftDiff d = diff::compare({chain[k - 1].instrument, chain[k - 1].analysis}, {chain[k].instrument, chain[k].analysis});
        for (const diff::Pair& p : d.pairs) {
            if (p.new_index < 0) continue;
            Step& s = steps[k][p.new_index];
            s.previous = p.old_index;
            const diff::Delta& dl = p.delta;
            std::vector<std::string> what;
            if (p.old_index < 0) what.push_back(fmt::format("added as {}", strength_name(chain[k].analysis.provisions[p.new_index].strength)));
            else if (dl.old_strength != dl.new_strength)
                what.push_back(fmt::format("{} -> {} ({})", strength_name(dl.old_strength), strength_name(dl.new_strength),
                                           diff::direction_name(dl.direction)));
            for (const auto& h : dl.hedges_added) what.push_back("hedge added: \"" + h + "\"");
            for (const auto& h : dl.hedges_removed) what.push_back("hedge removed: \"" + h + "\"");
            if (dl.red_line_broken) what.push_back("RED LINE BROKEN");
            for (size_t i = 0; i < what.size(); ++i) s.event += (i ? "; " : "") + what[i];
        }
    }
    const Draft& latest = chain.back();
    nlohmann::ordered_json history = nlohmann::ordered_json::array();
    std::cout << (options.format == "json" ? "" : fmt::format("{} drafts: ", chain.size()));
    if (options.format != "json") {
        for (size_t k = 0; k < chain.size(); ++k) std::cout << (k ? " -> " : "") << label(chain[k].instrument);
        std::cout << '\n';
    }
    for (uint32_t n = 0; n < latest.instrument.provisions.size(); ++n) {
        if (!latest.analysis.provisions[n].analysed) continue;
        std::vector<std::pair<size_t, std::string>> events;
        int32_t index = static_cast<int32_t>(n);
        for (size_t k = chain.size() - 1; k >= 1 && index >= 0; --k) {
            const Step& s = steps[k][static_cast<size_t>(index)];
            if (!s.event.empty()) events.push_back({k, s.event});
            index = s.previous;
        }
        if (events.empty()) continue;
        std::reverse(events.begin(), events.end());
        const Provision& p = latest.instrument.provisions[n];
        if (options.format == "json") {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto& [k, e] : events)
                list.push_back({{"from", label(chain[k - 1].instrument)}, {"to", label(chain[k].instrument)}, {"change", e}});
            history.push_back({{"id", p.id}, {"strength", strength_name(latest.analysis.provisions[n].strength)}, {"changes", list}});
            continue;
        }
        std::cout << '\n' << p.id << "  now " << strength_name(latest.analysis.provisions[n].strength) << '\n';
        for (const auto& [k, e] : events)
            std::cout << fmt::format("  {} -> {}: {}\n", label(chain[k - 1].instrument), label(chain[k].instrument), e);
    }
    if (options.format == "json") {
        nlohmann::ordered_json drafts = nlohmann::ordered_json::array();
        for (const Draft& d : chain) drafts.push_back({{"file", d.instrument.path}, {"version", d.instrument.meta.version}});
        std::cout << nlohmann::ordered_json{{"drafts", drafts}, {"provisions", history}}.dump(2) << '\n';
    }
    return kClean;
}

int run_explain(const std::string& name) {
    auto rule = find_rule(name);
    if (!rule) {
        std::cerr << "pacta explain: no rule '" << name << "'. The rules are:\n";
        for (size_t r = 0; r < kRuleCount; ++r) std::cerr << "  " << rule_name(static_cast<Rule>(r)) << '\n';
        return kUnusable;
    }
    std::cout << rule_name(*rule) << " (" << severity_name(rule_severity(*rule)) << ")\n\n"
              << rule_explanation(*rule) << '\n';
    return kClean;
}

} // namespace pacta::cli
