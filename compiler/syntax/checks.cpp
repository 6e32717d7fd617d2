// Checks that need the whole instrument: required metadata, references
// that must resolve, the draft a file supersedes.
#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include <fmt/format.h>

#include "syntax/builder.h"
#include "text/text.h"

namespace pacta::syntax {

namespace {

void check_metadata(const Instrument& in, const SourceFile& file, const DirectiveState& directives,
                    DiagnosticEngine& diags) {
    for (std::string_view required : {"instrument", "id", "title"})
        if (!directives.seen.count(required))
            diags.report(Rule::MissingMetadata, file, {0, 0},
                         fmt::format("the instrument has no @{}; add it at the top", required));
}

void check_references(const Instrument& in, const SourceFile& file, DiagnosticEngine& diags) {
    // The id set and the sorted list for suggestions are made when the
    // first reference, and the first one that misses, is met: most drafts
    // (every plain-text import) have none, and a large one has a million ids.
    std::unordered_set<std::string_view> ids;
    std::vector<std::string_view> all;
    for (const Provision& p : in.provisions)
        for (const Prose* prose : {&p.heading, &p.body})
            for (const Inline& i : prose->inlines) {
                if (i.kind != Inline::Kind::Reference) continue;
                if (ids.empty())
                    for (const Provision& q : in.provisions) ids.insert(q.id);
                if (ids.count(i.target)) continue;
                if (all.empty()) {
                    all.assign(ids.begin(), ids.end());
                    std::sort(all.begin(), all.end());
                }
                std::string message = fmt::format("'{}' refers to no provision of this instrument", i.target);
                if (auto s = text::closest_match(i.target, all)) message += fmt::format("; did you mean '{}'?", *s);
                diags.report(Rule::UnknownReference, file, i.source, message);
            }
}

void check_supersedes(const Instrument& in, const SourceFile& file, DiagnosticEngine& diags) {
    if (in.meta.supersedes.empty()) return;
    std::filesystem::path base = std::filesystem::path(file.path()).parent_path();
    std::filesystem::path target = base / in.meta.supersedes;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(target, ec))
        diags.report(Rule::MissingSupersedes, file, in.meta.supersedes_source,
                     fmt::format("the draft this one supersedes, '{}', cannot be found (looked for {})",
                                 in.meta.supersedes, target.string()));
}

} // namespace

void check_instrument(const Instrument& instrument, const SourceFile& file, const DirectiveState& directives,
                      DiagnosticEngine& diags) {
    check_metadata(instrument, file, directives, diags);
    check_references(instrument, file, diags);
    check_supersedes(instrument, file, diags);
}

} // namespace pacta::syntax
