// pacta-docgen: the parts of the documentation that the code already says,
// printed from the code so that they cannot drift from it. Run by
// Makefile.docs; a test checks that the committed docs match.
//
//   pacta-docgen kinds       the kind -> Akoma Ntoso document type table (markdown)
//   pacta-docgen rules       every diagnostic rule with its explanation (markdown)
//   pacta-docgen man-rules   the same for the man page (roff)
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "akn/mapping.h"
#include "base/diagnostics.h"
#include "model/model.h"

using namespace pacta;

namespace {

void print_kinds() {
    std::cout << "| kind | legally binding | document type | `@name` | provisions in |\n|---|---|---|---|---|\n";
    for (std::string_view name : all_kind_names()) {
        InstrumentKind kind = *parse_kind(name);
        akn::DocumentType type = akn::document_type(kind);
        std::cout << fmt::format("| {} | {} | `{}` | `{}` | `{}` |\n", name, is_legally_binding(kind) ? "yes" : "no",
                                 type.element, type.name, akn::body_element(type));
    }
}

void print_rules_markdown() {
    std::cout << "# Diagnostic rules\n\n"
                 "Every message pacta prints ends with its rule in brackets; `pacta explain RULE` prints the\n"
                 "explanation below. Generated from `compiler/base/diagnostics.def` by `make -f Makefile.docs`.\n";
    for (size_t r = 0; r < kRuleCount; ++r) {
        auto rule = static_cast<Rule>(r);
        std::cout << fmt::format("\n## `{}` ({})\n\n{}\n", rule_name(rule), severity_name(rule_severity(rule)), rule_explanation(rule));
    }
}

// Roff needs a leading dot or quote escaped, and backslashes doubled.
std::string roff_escape(std::string_view text) {
    std::string out;
    for (char c : text) out += c == '\\' ? std::string("\\e") : std::string(1, c);
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
    return out;
}

void print_rules_roff() {
    for (size_t r = 0; r < kRuleCount; ++r) {
        auto rule = static_cast<Rule>(r);
        std::cout << fmt::format(".TP\n.B {}\n({}) {}\n", rule_name(rule), severity_name(rule_severity(rule)),
                                 roff_escape(rule_explanation(rule)));
    }
}

} // namespace

int main(int argc, char** argv) {
    std::string what = argc == 2 ? argv[1] : "";
    if (what == "kinds") print_kinds();
    else if (what == "rules") print_rules_markdown();
    else if (what == "man-rules") print_rules_roff();
    else {
        std::cerr << "usage: pacta-docgen kinds|rules|man-rules\n";
        return 2;
    }
    return 0;
}
