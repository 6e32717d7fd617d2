// Internal to syntax/: builds the instrument from syntax::Line records. The
// hierarchy comes from keywords (part > chapter > section > article) and
// indentation (paragraph > item > item), kept on explicit stacks so that no
// input can recurse; depth is capped with a diagnostic.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

#include "base/diagnostics.h"
#include "model/model.h"
#include "text/nesting.h"
#include "syntax/lines.h"

namespace pacta::syntax {

inline constexpr uint32_t kMaxItemDepth = 8;

struct DirectiveState {
    std::map<std::string, SourceRange, std::less<>> seen;  // directive name -> where first given
};

// directives.cpp: applies one "@name value" line to the metadata.
void apply_directive(const Line& line, const SourceFile& file, Metadata& meta, DirectiveState& state,
                     DiagnosticEngine& diags);

// checks.cpp: what can only be checked once the whole file is read.
void check_instrument(const Instrument& instrument, const SourceFile& file, const DirectiveState& directives,
                      DiagnosticEngine& diags);

class ModelBuilder {
public:
    ModelBuilder(std::shared_ptr<const SourceFile> file, DiagnosticEngine& diags);

    void add(const Line& line);
    bool stopped() const { return stopped_; }
    std::optional<Instrument> finish();

private:
    struct OpenContainer {
        uint32_t index;
        int rank;       // 0 preamble/conclusions; then the deeper, the higher (text::HeadingNesting)
        bool grouping;  // a part, title, chapter or section
    };
    struct OpenItem {
        uint32_t index;
        uint32_t indent;
    };

    void add_heading(const Line& line);
    void add_marker(const Line& line);
    void add_prose(const Line& line);
    void begin_body(const Line& line);

    std::optional<int> innermost_grouping() const;
    int32_t current_container() const { return containers_.empty() ? -1 : static_cast<int32_t>(containers_.back().index); }
    bool in(ProvisionKind kind) const;
    uint32_t create(ProvisionKind kind, int32_t parent, std::string number, const Line& line);
    std::string make_id(ProvisionKind kind, int32_t parent, const std::string& number);
    void check_order(const Provision& p);
    void apply_annotations(const Line& line, Provision& p);
    void append(Prose& prose, const Line& line);
    void extend(uint32_t index, const Line& line);

    std::shared_ptr<const SourceFile> file_;
    DiagnosticEngine& diags_;
    Instrument instrument_;
    DirectiveState directives_;
    bool in_body_ = false;
    bool stopped_ = false;
    std::vector<OpenContainer> containers_;
    text::HeadingNesting nesting_;
    std::vector<OpenItem> items_;
    int32_t last_ = -1;              // the provision a continuation line extends
    bool last_is_heading_ = false;   // ... in its heading rather than its body
    std::vector<std::string> pending_comments_;
    std::unordered_map<std::string, uint32_t> ids_;
    std::unordered_map<std::string, int> next_suffix_;   // per id given twice: the next "_n" to try
    // Keyed by numbering scope: the parent's index (or -1 for document-wide
    // numbering) and the kind, packed by scope_key().
    std::unordered_map<uint64_t, uint32_t> ordinals_;     // unnumbered ones so far
    std::unordered_map<uint64_t, uint32_t> last_number_;  // the last numbered provision
};

} // namespace pacta::syntax
