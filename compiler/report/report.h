// Reports: diagnostics printed like a compiler's, and the model as JSON.
#pragma once

#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/diagnostics.h"
#include "analysis/analysis.h"
#include "diff/diff.h"
#include "model/model.h"

namespace pacta::report {

struct TextStyle {
    bool colour = false;
};

// "file:line:col: error: message [rule]", the source line, a caret line.
void print_diagnostic(std::ostream& out, const Diagnostic& d, TextStyle style);
void print_diagnostics(std::ostream& out, const DiagnosticEngine& diags, TextStyle style);
// "2 errors, 1 warning" (empty when there is nothing to say).
std::string summary_line(const DiagnosticEngine& diags);

// The JSON form of an instrument, with its analysis when given; keys are
// documented in docs/json.md.
nlohmann::ordered_json instrument_json(const Instrument& instrument,
                                       const analysis::InstrumentAnalysis* analysis = nullptr);

// The commitment profile as a small table, then (when `clauses`) one line a
// provision: id, strength, actor, cue, hedges.
void print_analysis(std::ostream& out, const Instrument& instrument, const analysis::InstrumentAnalysis& analysis,
                    TextStyle style, bool clauses);

// SARIF 2.1.0: one run, a rule for every diagnostic rule, one result per
// diagnostic with its region (columns in Unicode code points).
struct FileDiagnostics {
    std::string path;
    const std::vector<Diagnostic>* diagnostics;
};
nlohmann::ordered_json sarif_log(const std::vector<FileDiagnostics>& files);
nlohmann::ordered_json diagnostic_json(const Diagnostic& d);

// The draft comparison for a terminal: metadata changes, the summary, the
// weakened provisions, then each changed provision with its commitment delta
// and a redline ([-deleted-]{+inserted+}, or colour on a terminal).
void print_diff(std::ostream& out, const Instrument& old_draft, const Instrument& new_draft, const diff::DraftDiff& d,
                TextStyle style);
// The same as JSON (docs/json.md): every provision's runs rebuild both texts.
nlohmann::ordered_json diff_json(const Instrument& old_draft, const Instrument& new_draft, const diff::DraftDiff& d);
// The same as one self-contained HTML page, every text escaped.
std::string diff_html(const Instrument& old_draft, const Instrument& new_draft, const diff::DraftDiff& d);

// The whole `pacta check --format json` document: the version, the files'
// entries (checked_file_json) and the summary.
nlohmann::ordered_json check_json(nlohmann::ordered_json files, uint32_t errors, uint32_t warnings, int exit_code);
// One file's entry in `pacta check --format json` ("files" array).
nlohmann::ordered_json checked_file_json(const std::string& path, const Instrument* instrument,
                                         const analysis::InstrumentAnalysis* analysis, const DiagnosticEngine& diags);

// The front page of a published corpus (pacta build): every instrument with
// its kind, strength profile and links, then every draft-to-draft diff.
struct PublishedInstrument {
    std::string source;                               // the .pacta file, as given
    const Instrument* instrument = nullptr;           // null when it could not be read
    const analysis::InstrumentAnalysis* analysis = nullptr;
    uint32_t errors = 0, warnings = 0;
    std::string akn_href;                             // empty when not published (it has errors)
    std::string check_href;
};
struct PublishedDiff {
    const Instrument* old_draft = nullptr;
    const Instrument* new_draft = nullptr;
    const diff::Summary* summary = nullptr;
    std::string html_href, json_href;
};
std::string index_html(const std::vector<PublishedInstrument>& instruments, const std::vector<PublishedDiff>& diffs);

} // namespace pacta::report
