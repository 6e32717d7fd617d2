// pacta: a compiler for the texts of international instruments.
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace {

// A comparison leaves its data to the ending process (run_diff), and so
// its caller leaves the program's static tables (lexicons, parser tables,
// stream buffers): once the output is flushed the process ends without
// running their destructors, which took a twentieth of a small comparison.
[[noreturn]] void end_process(int code) {
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    std::_Exit(code);
}

} // namespace

int main(int argc, char** argv) {
    using namespace pacta::cli;
    CLI::App app{"pacta: checks the commitment language of international instruments, diffs drafts, emits Akoma Ntoso"};
    app.set_version_flag("--version", PACTA_VERSION);
    app.require_subcommand(1);
    app.fallthrough();  // global options may follow the command name

    CommonOptions common;
    std::string colour = "auto";
    app.add_option("--color,--colour", colour, "colour in the terminal: auto, always or never (NO_COLOR is honoured)")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_option("--max-diagnostics", common.max_diagnostics, "diagnostics shown per file (the rest are counted)")
        ->check(CLI::Range(1u, 1000000u));

    CheckOptions check;
    auto* check_cmd = app.add_subcommand("check", "report problems in instruments and their commitment language");
    check_cmd->add_option("FILE", check.files, "instruments to check: .pacta, plain-text drafts (.txt), Akoma Ntoso (.xml)")->required();
    check_cmd->add_option("--format", check.format, "text, json or sarif")->check(CLI::IsMember({"text", "json", "sarif"}));
    check_cmd->add_option("--lexicon", check.lexicons, "add the entries of a lexicon file (repeatable)");
    check_cmd->add_flag("--brief", check.brief, "text: the strength profile only, not a line per clause");

    FmtOptions fmt;
    auto* fmt_cmd = app.add_subcommand("fmt", "print instruments in canonical .pacta form");
    fmt_cmd->add_option("FILE", fmt.files, "instruments to format (.pacta; a .txt or .xml is printed as .pacta)")->required();
    fmt_cmd->add_flag("--write,-w", fmt.write, "rewrite the files in place");
    fmt_cmd->add_flag("--check", fmt.check, "exit 1 if a file is not in canonical form; change nothing");

    AknOptions akn;
    auto* akn_cmd = app.add_subcommand("akn", "write Akoma Ntoso 3.0 XML, one file per instrument, named by its @id");
    akn_cmd->add_option("FILE", akn.files, "instruments: .pacta, .txt or .xml")->required();
    akn_cmd->add_option("-o,--output", akn.output_dir, "the folder to write into")->required();

    ImportOptions import;
    std::string import_kind;
    auto* import_cmd = app.add_subcommand("import", "turn a plain-text draft or an Akoma Ntoso document into .pacta");
    import_cmd->add_option("FILE", import.file, "a plain-text draft (.txt) or Akoma Ntoso (.xml)")->required();
    import_cmd->add_option("-o,--output", import.output, "the .pacta file to write (default: standard output)");
    import_cmd->add_option("--kind", import_kind, "the kind of instrument, instead of the one the title suggests");

    DiffOptions diff;
    auto* diff_cmd = app.add_subcommand("diff", "compare two drafts: alignment, redline, commitments weakened or strengthened");
    diff_cmd->add_option("OLD", diff.old_file, "the earlier draft (.pacta, .txt or .xml)")->required();
    diff_cmd->add_option("NEW", diff.new_file, "the later draft (.pacta, .txt or .xml)")->required();
    diff_cmd->add_option("--format", diff.format, "text, json, html, or akn (the new draft as Akoma Ntoso with <ins>/<del>)")
        ->check(CLI::IsMember({"text", "json", "html", "akn"}));
    diff_cmd->add_option("--fail-on", diff.fail_on, "exit 1 when a commitment was weakened, or when anything changed")
        ->check(CLI::IsMember({"weakened", "changed"}));

    LogOptions log;
    auto* log_cmd = app.add_subcommand("log", "the history of a draft chain: where each provision's commitment changed");
    log_cmd->add_option("FILE", log.files, "the drafts, oldest first (plain-text drafts have no @supersedes); or only the "
                                           "latest, and earlier ones are followed through @supersedes")->required();
    log_cmd->add_option("--format", log.format, "text or json")->check(CLI::IsMember({"text", "json"}));

    BuildOptions build;
    auto* build_cmd = app.add_subcommand("build", "publish a corpus folder: check every instrument, write its Akoma Ntoso, "
                                                  "compare every draft with the one it supersedes, write index.html");
    build_cmd->add_option("FOLDER", build.corpus, "the folder of .pacta files (searched recursively)")->required();
    build_cmd->add_option("-o,--output", build.output_dir, "the folder to publish into")->required();
    build_cmd->add_option("-j,--jobs", build.jobs, "threads to use (default: one per core)")->check(CLI::Range(1u, 256u));

    std::string rule;
    auto* explain_cmd = app.add_subcommand("explain", "explain a diagnostic rule, e.g. 'pacta explain treaty-language'");
    explain_cmd->add_option("RULE", rule, "the rule name shown in brackets after a message")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "pacta: " << e.what() << "\nRun 'pacta --help' for usage.\n";
        return kUnusable;
    }
    common.colour = colour == "always" ? Colour::Always : colour == "never" ? Colour::Never : Colour::Auto;
    if (*check_cmd) return run_check(check, common);
    if (*fmt_cmd) return run_fmt(fmt, common);
    if (*explain_cmd) return run_explain(rule);
    if (*akn_cmd) return run_akn(akn, common);
    if (*diff_cmd) end_process(run_diff(diff, common));
    if (*log_cmd) return run_log(log, common);
    if (*build_cmd) return run_build(build, common);
    if (*import_cmd) {
        if (!import_kind.empty()) import.kind = import_kind;
        return run_import(import, common);
    }
    return kUnusable;
}
