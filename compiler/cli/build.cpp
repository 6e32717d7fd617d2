// pacta build: publishes a corpus folder. Every .pacta under it is checked
// and written as Akoma Ntoso; every draft that supersedes another is compared
// with it (HTML and JSON); index.html links it all. The work is spread over
// the cores. Output is deterministic, every file is written atomically, and
// files an earlier build wrote that are no longer produced are removed.
//
//   OUT/index.html
//   OUT/akn/ID[.VERSION].xml        the instrument with its commitment analysis
//   OUT/check/ID[.VERSION].json     what `pacta check --format json` says of it
//   OUT/diff/ID.OLD.to.NEW.html     the redline page; .json beside it
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "akn/akn.h"
#include "analysis/analysis.h"
#include "base/atomic_write.h"
#include "cli/commands.h"
#include "cli/shared.h"
#include "diff/diff.h"
#include "report/report.h"
#include "syntax/syntax.h"

namespace pacta::cli {

namespace fs = std::filesystem;

namespace {

struct Built {
    std::string source;  // as found under the corpus folder given
    std::optional<Instrument> instrument;
    std::optional<analysis::InstrumentAnalysis> analysis;
    std::unique_ptr<DiagnosticEngine> diags;
    int exit_code = kClean;
    std::string stem;        // ID[.VERSION]: names its files; empty when it cannot be published
    std::string akn, check;  // the files' contents
};

struct BuiltDiff {
    size_t old_index, new_index;
    std::string stem;
    diff::DraftDiff result;
    std::string html, json;
};

// A line on the terminal saying how far the build is ("[7/12] akn ...").
class Progress {
public:
    explicit Progress(bool shown) : shown_(shown) {}
    void step(std::string_view phase, size_t done, size_t total, std::string_view what) {
        if (!shown_) return;
        std::lock_guard lock(mutex_);
        std::cerr << fmt::format("\r\033[K[{}/{}] {} {}", done, total, phase, what) << std::flush;
    }
    void finish() {
        if (shown_) std::cerr << "\r\033[K" << std::flush;
    }

private:
    bool shown_;
    std::mutex mutex_;
};

// Runs work(i) for i in [0, count) on `jobs` threads; the order of results is
// fixed by i, never by which thread finished first.
template <typename Work>
void parallel_for(size_t count, unsigned jobs, Work work) {
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t i = next++; i < count; i = next++) work(i);
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < std::min<size_t>(jobs, count); ++t) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
}

std::vector<std::string> find_instruments(const fs::path& folder) {
    std::vector<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().extension() == ".pacta") files.push_back(entry.path().generic_string());
    std::sort(files.begin(), files.end());
    return files;
}

std::string strip_extension(std::string name) { return name.substr(0, name.rfind('.')); }

// A name for the check report of a file that has no stem of its own (it
// cannot be read, or another instrument took its id): its path, as a slug.
std::string source_slug(const std::string& source) {
    std::string slug;
    for (char c : strip_extension(source)) slug += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '-';
    return slug + ".source";
}

void build_instrument(Built& b, unsigned max_diagnostics) {
    b.diags = std::make_unique<DiagnosticEngine>(max_diagnostics);
    b.instrument = parse_file(b.source, *b.diags);
    if (b.instrument) b.analysis = analysis::analyse(*b.instrument, *b.diags);
    b.exit_code = exit_code_for(*b.diags);
    const auto* in = b.instrument ? &*b.instrument : nullptr;
    const auto* a = b.analysis ? &*b.analysis : nullptr;
    auto files = nlohmann::ordered_json::array({report::checked_file_json(b.source, in, a, *b.diags)});
    b.check = report::check_json(std::move(files), error_count(*b.diags), b.diags->count(Severity::Warning), b.exit_code).dump(2) + '\n';
    if (!in) return;
    b.stem = strip_extension(akn::file_name(*in));
    if (b.exit_code == kClean) b.akn = akn::emit(*in, *a);
}

// Which built instrument each one supersedes (-1: none in this corpus).
std::vector<int32_t> link_drafts(const std::vector<Built>& built) {
    std::map<fs::path, int32_t> by_path;
    for (size_t i = 0; i < built.size(); ++i) by_path[fs::weakly_canonical(built[i].source)] = static_cast<int32_t>(i);
    std::vector<int32_t> previous(built.size(), -1);
    for (size_t i = 0; i < built.size(); ++i) {
        if (!built[i].instrument || built[i].instrument->meta.supersedes.empty()) continue;
        fs::path target = fs::weakly_canonical(fs::path(built[i].source).parent_path() / built[i].instrument->meta.supersedes);
        if (auto it = by_path.find(target); it != by_path.end() && built[it->second].instrument) previous[i] = it->second;
    }
    return previous;
}

// The diff's name: ID.OLD-VERSION.to.NEW-VERSION.
std::string diff_stem(const Built& old_draft, const Built& new_draft) {
    std::string head = new_draft.stem.substr(0, new_draft.stem.find('.'));
    std::string new_part = new_draft.stem.starts_with(head + ".") && old_draft.stem.starts_with(head + ".")
                               ? new_draft.stem.substr(head.size() + 1)
                               : new_draft.stem;
    return old_draft.stem + ".to." + new_part;
}

void build_diff(BuiltDiff& d, const std::vector<Built>& built) {
    const Built& a = built[d.old_index];
    const Built& b = built[d.new_index];
    d.result = diff::compare({*a.instrument, *a.analysis}, {*b.instrument, *b.analysis});
    d.html = report::diff_html(*a.instrument, *b.instrument, d.result);
    d.json = report::diff_json(*a.instrument, *b.instrument, d.result).dump(2) + '\n';
}

// Removes, from the folders pacta build writes, the files it did not write
// this time (an instrument renamed or deleted since the last build).
void remove_stale(const fs::path& out, const std::set<fs::path>& written) {
    for (const char* folder : {"akn", "check", "diff"}) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(out / folder, ec)) {
            auto ext = entry.path().extension();
            bool ours = ext == ".xml" || ext == ".json" || ext == ".html";
            if (entry.is_regular_file() && ours && !written.count(entry.path())) fs::remove(entry.path(), ec);
        }
    }
}

} // namespace

int run_build(const BuildOptions& options, const CommonOptions& common) {
    std::error_code ec;
    if (!fs::is_directory(options.corpus, ec)) {
        std::cerr << "pacta build: " << options.corpus << " is not a folder of .pacta files\n";
        return kUnusable;
    }
    fs::path out = options.output_dir;
    for (const char* folder : {"akn", "check", "diff"}) fs::create_directories(out / folder, ec);
    if (ec || !fs::is_directory(out / "diff")) {
        std::cerr << "pacta build: cannot create the output folder " << out.string() << ": " << ec.message() << '\n';
        return kUnusable;
    }
    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    Progress progress(isatty(STDERR_FILENO));

    std::vector<Built> built;
    for (std::string& source : find_instruments(options.corpus)) {
        built.emplace_back();
        built.back().source = std::move(source);
    }
    std::atomic<size_t> done{0};
    parallel_for(built.size(), jobs, [&](size_t i) {
        build_instrument(built[i], common.max_diagnostics);
        progress.step("checked", ++done, built.size(), built[i].source);
    });

    int code = kClean;
    std::set<std::string> stems;
    for (Built& b : built) {
        code = std::max(code, b.exit_code);
        if (!b.stem.empty() && !stems.insert(b.stem).second) {
            b.diags->report(Rule::Input, locate_file(b.source),
                            fmt::format("another instrument in the corpus has the same @id and @version ({}); give this one its own @version", b.stem));
            b.stem.clear(), b.akn.clear();
            code = std::max<int>(code, kFindings);
        }
    }

    std::vector<int32_t> previous = link_drafts(built);
    std::vector<BuiltDiff> diffs;
    for (size_t i = 0; i < built.size(); ++i)
        if (previous[i] >= 0 && !built[i].stem.empty() && !built[previous[i]].stem.empty())
            diffs.push_back({static_cast<size_t>(previous[i]), i, diff_stem(built[previous[i]], built[i]), {}, {}, {}});
    done = 0;
    parallel_for(diffs.size(), jobs, [&](size_t i) {
        build_diff(diffs[i], built);
        progress.step("compared", ++done, diffs.size(), diffs[i].stem);
    });
    progress.finish();

    std::set<fs::path> written;
    std::vector<std::pair<fs::path, const std::string*>> files;
    std::vector<report::PublishedInstrument> index;
    for (const Built& b : built) {
        std::string name = b.stem.empty() ? source_slug(b.source) : b.stem;
        report::PublishedInstrument entry{b.source, b.instrument ? &*b.instrument : nullptr, b.analysis ? &*b.analysis : nullptr,
                                          error_count(*b.diags),
                                          b.diags->count(Severity::Warning), "", "check/" + name + ".json"};
        files.push_back({out / entry.check_href, &b.check});
        if (!b.akn.empty()) files.push_back({out / (entry.akn_href = "akn/" + b.stem + ".xml"), &b.akn});
        index.push_back(std::move(entry));
    }
    std::vector<report::PublishedDiff> published_diffs;
    for (const BuiltDiff& d : diffs) {
        report::PublishedDiff entry{&*built[d.old_index].instrument, &*built[d.new_index].instrument, &d.result.summary,
                                    "diff/" + d.stem + ".html", "diff/" + d.stem + ".json"};
        files.push_back({out / entry.html_href, &d.html});
        files.push_back({out / entry.json_href, &d.json});
        published_diffs.push_back(std::move(entry));
    }
    std::string index_page = report::index_html(index, published_diffs);
    files.push_back({out / "index.html", &index_page});
    for (const auto& [path, contents] : files) {
        if (std::string error = write_file_atomically(path.string(), *contents); !error.empty()) {
            std::cerr << "pacta build: " << error << '\n';
            return kUnusable;
        }
        written.insert(path);
    }
    remove_stale(out, written);

    report::TextStyle style{use_colour(common.colour, STDOUT_FILENO)};
    uint32_t errors = 0, warnings = 0;
    for (size_t i = 0; i < built.size(); ++i) {
        const DiagnosticEngine& diags = *built[i].diags;
        uint32_t file_errors = error_count(diags);
        uint32_t file_warnings = diags.count(Severity::Warning);
        // Errors stop an instrument from being published, so they are shown
        // whole; warnings are counted, and listed in the check report.
        if (file_errors) report::print_diagnostics(std::cout, diags, style);
        else if (file_warnings)
            std::cout << fmt::format("{}: {} warning{} (see {})\n", built[i].source, file_warnings, file_warnings == 1 ? "" : "s",
                                     (out / index[i].check_href).string());
        errors += file_errors;
        warnings += file_warnings;
    }
    size_t published = std::count_if(built.begin(), built.end(), [](const Built& b) { return !b.akn.empty(); });
    std::cout << fmt::format("{}: {} of {} instruments published, {} draft comparisons; {} error{}, {} warning{}\n",
                             (out / "index.html").string(), published, built.size(), diffs.size(), errors, errors == 1 ? "" : "s",
                             warnings, warnings == 1 ? "" : "s");
    return code;
}

} // namespace pacta::cli
