// The instrument model: what every later stage (analysis, diff, emitters,
// reports) works on. Plain data, no parser types. Provisions are kept in one
// flat vector in document order; the tree is given by parent/children
// indices, so walks need no recursion.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_file.h"

namespace pacta {

// ------------------------------------------------------------ vocabulary
enum class InstrumentKind {
    Treaty, Convention, Agreement, Protocol, Regulation,
    MemorandumOfUnderstanding, DeclarationOfIntent, JointStatement, Declaration,
    Norms, CbmSet, CodeOfConduct,
};
std::string_view kind_name(InstrumentKind k);
std::optional<InstrumentKind> parse_kind(std::string_view name);
bool is_legally_binding(InstrumentKind k);
std::vector<std::string_view> all_kind_names();

// The fixed strength vocabulary of DESIGN.md; names are used verbatim in
// every output.
enum class Strength {
    None, Recognition, Encouragement, Endeavour, Recommendation, Commitment,
    Obligation, Prohibition, Permission,
};
std::string_view strength_name(Strength s);
std::optional<Strength> parse_strength(std::string_view name);
std::vector<std::string_view> all_strength_names();
// 0..6; permission has no level (its own axis) and returns nullopt.
std::optional<int> strength_level(Strength s);
// Whether `actual` carries at least `expected` (a red line): by level, except
// that a prohibition or a permission must be met exactly.
bool meets_expectation(Strength actual, Strength expected);

enum class ProvisionKind {
    Preamble, Recital, Formula,
    Part, Title, Chapter, Section, Article, Norm, Cbm, Annex,
    Paragraph, Point,
    Conclusions, Signature,
};
std::string_view provision_kind_name(ProvisionKind k);
// The id component for a kind, after the Akoma Ntoso naming convention
// ("art" in art_5__para_2).
std::string_view id_alias(ProvisionKind k);

// ------------------------------------------------------------------ text
// Maps a run of a Prose's text back to the source: text[text_offset ..
// text_offset+length) was copied from source bytes starting at source_offset.
struct TextSegment {
    uint32_t text_offset;
    uint32_t source_offset;
    uint32_t length;
};

struct Inline {
    enum class Kind { Definition, Reference, Note };
    Kind kind;
    uint32_t begin = 0;   // byte offsets into Prose::text; a note has begin == end
    uint32_t end = 0;
    std::string target;   // a reference's provision id
    std::string note;     // a footnote's text
    SourceRange source;   // the whole markup in the source
};

// Prose as the instrument says it: `text` is exactly the words of the
// clause (line breaks inside a provision count as one space), with inline
// markup kept apart so that no character of the text is lost or added.
struct Prose {
    std::string text;
    std::vector<TextSegment> segments;
    std::vector<Inline> inlines;
    bool empty() const { return text.empty() && inlines.empty(); }
    // Where text byte `offset` came from in the source.
    uint32_t source_offset(uint32_t offset) const;
};

// ---------------------------------------------------------------- model
struct Provision {
    ProvisionKind kind;
    std::string number;      // as written, without marker punctuation: "5", "13(a)", "iv"; empty if unnumbered
    std::string id;          // Akoma Ntoso style: art_5__para_2__point_a
    Prose heading;           // containers' headings
    Prose body;              // the provision's own words
    std::optional<Strength> expect;   // !expect: the red line
    SourceRange expect_source;
    std::vector<std::string> actors;  // !actor codes, and a signature's party
    SourceRange source;      // the provision's first line (where diagnostics point)
    SourceRange extent;      // everything it spans: wrapped lines and its children
    uint32_t line = 0;
    int32_t parent = -1;     // index into Instrument::provisions, -1 for the top
    uint32_t depth = 0;      // 0 for top-level provisions
    std::vector<uint32_t> children;
    std::vector<std::string> comments;  // comments written just before it (kept for fmt only)
};

struct Party {
    std::string code;
    std::string name;
    SourceRange source;
};

struct Metadata {
    std::optional<InstrumentKind> kind;
    std::string id, title, date, place, language, version, supersedes;
    std::vector<Party> parties;
    SourceRange kind_source, supersedes_source;
    std::vector<std::string> comments;  // comments before the first provision
};

struct Instrument {
    std::shared_ptr<const SourceFile> source;
    std::string path;
    Metadata meta;
    std::vector<Provision> provisions;   // document order
    std::vector<uint32_t> top;           // top-level provisions
    std::vector<std::string> trailing_comments;

    const Provision* find(std::string_view id) const;
    const Party* party(std::string_view code) const;
};

// ------------------------------------------------------------- numbering
// The id component of a number: edge punctuation dropped, spaces removed,
// inner punctuation as '-' ("13(a)" -> "13-a", "(iv)" -> "iv").
std::string clean_number(std::string_view number);
// Whether a number reads as arabic, roman or letters (with a suffix: "5bis").
bool is_valid_number(std::string_view number);
// True when `later` may follow `earlier` among siblings: under at least one
// common reading (arabic, roman, letters) it is greater. Numbers with no
// common reading compare as in order.
bool numbers_in_order(std::string_view earlier, std::string_view later);

} // namespace pacta
