#include "base/diagnostics.h"

#include <unicode/utf8.h>

namespace pacta {

namespace {
struct RuleInfo {
    std::string_view name;
    Severity severity;
    std::string_view explanation;
};
constexpr RuleInfo kRules[] = {
#define PACTA_RULE(id, name, severity, explanation) {name, Severity::severity, explanation},
#include "base/diagnostics.def"
#undef PACTA_RULE
};

constexpr uint32_t kExcerptContext = 60;  // code points kept each side of the caret

// The byte offset `n` code points before or after `from`, clamped to [lo, hi].
uint32_t step_code_points(std::string_view s, uint32_t from, int64_t n, uint32_t lo, uint32_t hi) {
    uint32_t i = from;
    for (; n > 0 && i < hi; --n) {
        ++i;
        while (i < hi && U8_IS_TRAIL(static_cast<uint8_t>(s[i]))) ++i;
    }
    for (; n < 0 && i > lo; ++n) {
        --i;
        while (i > lo && U8_IS_TRAIL(static_cast<uint8_t>(s[i]))) --i;
    }
    return i;
}

uint32_t count_code_points(std::string_view s) {
    uint32_t n = 0;
    for (char c : s)
        if (!U8_IS_TRAIL(static_cast<uint8_t>(c))) ++n;
    return n;
}
} // namespace

std::string_view severity_name(Severity s) {
    switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    case Severity::Fatal: return "fatal error";
    }
    return "error";
}

std::string_view rule_name(Rule r) { return kRules[static_cast<int>(r)].name; }
Severity rule_severity(Rule r) { return kRules[static_cast<int>(r)].severity; }
std::string_view rule_explanation(Rule r) { return kRules[static_cast<int>(r)].explanation; }

std::optional<Rule> find_rule(std::string_view name) {
    for (size_t i = 0; i < std::size(kRules); ++i)
        if (kRules[i].name == name) return static_cast<Rule>(i);
    return std::nullopt;
}

Location locate(const SourceFile& file, SourceRange range) {
    Location loc;
    loc.path = file.path();
    loc.position = file.position(range.begin);
    uint32_t line_begin = file.line_start(loc.position.line);
    std::string_view line = file.line_text(loc.position.line);
    uint32_t line_end = line_begin + static_cast<uint32_t>(line.size());
    uint32_t begin = std::min(range.begin, line_end);
    uint32_t end = std::min(std::max(range.end, begin), line_end);
    // A 10 MB line is shown as a window around the caret, not in full.
    const std::string_view text = file.text();
    uint32_t from = step_code_points(text, begin, -static_cast<int64_t>(kExcerptContext), line_begin, line_end);
    uint32_t to = step_code_points(text, std::max(end, begin), kExcerptContext, line_begin, line_end);
    loc.excerpt = std::string(from > line_begin ? "…" : "");
    uint32_t prefix = from > line_begin ? 1 : 0;
    loc.excerpt += text.substr(from, to - from);
    if (to < line_end) loc.excerpt += "…";
    loc.caret_column = prefix + count_code_points(text.substr(from, begin - from)) + 1;
    // Underline no further than the excerpt shows.
    uint32_t shown_end = std::min(end, to);
    loc.length = std::max<uint32_t>(1, count_code_points(text.substr(begin, shown_end > begin ? shown_end - begin : 0)));
    return loc;
}

Location locate_file(std::string path) {
    Location loc;
    loc.path = std::move(path);
    loc.position = {0, 0};
    return loc;
}

bool DiagnosticEngine::admit(Rule rule) {
    ++counts_[static_cast<int>(rule_severity(rule))];
    if (kept_.size() < max_kept_ || rule_severity(rule) == Severity::Fatal) return true;
    ++dropped_;
    return false;
}

Diagnostic* DiagnosticEngine::report(Rule rule, const SourceFile& file, SourceRange range, std::string message) {
    if (!admit(rule)) return nullptr;
    kept_.push_back({rule_severity(rule), rule, std::move(message), locate(file, range), {}});
    return &kept_.back();
}

Diagnostic* DiagnosticEngine::report(Rule rule, Location location, std::string message) {
    if (!admit(rule)) return nullptr;
    kept_.push_back({rule_severity(rule), rule, std::move(message), std::move(location), {}});
    return &kept_.back();
}

void DiagnosticEngine::add_note(Diagnostic* d, const SourceFile& file, SourceRange range, std::string message) {
    if (d) d->notes.emplace_back(locate(file, range), std::move(message));
}

} // namespace pacta
