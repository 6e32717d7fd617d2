// Diagnostics as data, in the manner of clang: a table of rules
// (diagnostics.def), one engine that collects them, printers elsewhere.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_file.h"

namespace pacta {

enum class Severity { Note, Warning, Error, Fatal };
std::string_view severity_name(Severity s);

enum class Rule {
#define PACTA_RULE(id, name, severity, explanation) id,
#include "base/diagnostics.def"
#undef PACTA_RULE
};
std::string_view rule_name(Rule r);
Severity rule_severity(Rule r);
std::string_view rule_explanation(Rule r);
std::optional<Rule> find_rule(std::string_view name);
constexpr size_t kRuleCount = static_cast<size_t>(Rule::RedLine) + 1;

// Where a diagnostic points, resolved when it is made so that it outlives
// the file. `excerpt` is the source line (shortened around the column for
// very long lines) and `caret_column` the caret's column within it.
struct Location {
    std::string path;
    Position position;
    uint32_t length = 1;        // code points to underline
    std::string excerpt;
    uint32_t caret_column = 0;  // 0: no excerpt
};

struct Diagnostic {
    Severity severity = Severity::Error;
    Rule rule = Rule::Syntax;
    std::string message;
    Location location;
    std::vector<std::pair<Location, std::string>> notes;
};

Location locate(const SourceFile& file, SourceRange range);
Location locate_file(std::string path);  // a whole file: no line, no excerpt

class DiagnosticEngine {
public:
    explicit DiagnosticEngine(uint32_t max_kept = 100) : max_kept_(max_kept) {}

    // Returns the diagnostic, or nullptr when past the cap (it is still counted).
    Diagnostic* report(Rule rule, const SourceFile& file, SourceRange range, std::string message);
    Diagnostic* report(Rule rule, Location location, std::string message);
    void add_note(Diagnostic* d, const SourceFile& file, SourceRange range, std::string message);

    const std::vector<Diagnostic>& diagnostics() const { return kept_; }
    uint32_t count(Severity s) const { return counts_[static_cast<int>(s)]; }
    uint32_t dropped() const { return dropped_; }
    bool has_errors() const { return count(Severity::Error) + count(Severity::Fatal) > 0; }
    bool has_fatal() const { return count(Severity::Fatal) > 0; }

private:
    bool admit(Rule rule);
    uint32_t max_kept_;
    uint32_t counts_[4] = {};
    uint32_t dropped_ = 0;
    std::vector<Diagnostic> kept_;
};

} // namespace pacta
