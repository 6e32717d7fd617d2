// The pacta commands. Each returns the process exit code.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pacta::cli {

enum ExitCode : int {
    kClean = 0,      // no errors
    kFindings = 1,   // errors in the input (or a check that failed)
    kUnusable = 2,   // bad usage, or input that cannot be read at all
};

enum class Colour { Auto, Always, Never };

struct CommonOptions {
    Colour colour = Colour::Auto;
    unsigned max_diagnostics = 100;
};

struct CheckOptions {
    std::vector<std::string> files;
    std::string format = "text";           // text, json or sarif
    std::vector<std::string> lexicons;     // the user's own lexicon files
    bool brief = false;                    // text: the profile only, no line per clause
};
int run_check(const CheckOptions& options, const CommonOptions& common);

struct FmtOptions {
    std::vector<std::string> files;
    bool write = false;
    bool check = false;
};
int run_fmt(const FmtOptions& options, const CommonOptions& common);

struct AknOptions {
    std::vector<std::string> files;
    std::string output_dir;
};
int run_akn(const AknOptions& options, const CommonOptions& common);

struct ImportOptions {
    std::string file;
    std::string output;               // empty: standard output
    std::optional<std::string> kind;  // overrides the kind guessed from the title
};
int run_import(const ImportOptions& options, const CommonOptions& common);

struct DiffOptions {
    std::string old_file, new_file;
    std::string format = "text";   // text or json
    std::string fail_on;           // "", "weakened" or "changed"
};
int run_diff(const DiffOptions& options, const CommonOptions& common);

struct LogOptions {
    std::vector<std::string> files;  // the drafts, oldest first; or only the latest, earlier ones found through @supersedes
    std::string format = "text";
};
int run_log(const LogOptions& options, const CommonOptions& common);

// Publishes a corpus folder: checks, Akoma Ntoso, draft comparisons and an
// index page, in parallel (0 jobs: one per core).
struct BuildOptions {
    std::string corpus;
    std::string output_dir;
    unsigned jobs = 0;
};
int run_build(const BuildOptions& options, const CommonOptions& common);

int run_explain(const std::string& rule);

} // namespace pacta::cli
