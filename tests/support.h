// Helpers shared by the tests: parse text in memory, read diagnostics
// compactly, find the corpus, run the pacta binary.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "analysis/analysis.h"
#include "base/diagnostics.h"
#include "model/model.h"

namespace pacta::test {

struct Parsed {
    std::optional<Instrument> instrument;
    std::unique_ptr<DiagnosticEngine> diags;
    // "line:col: rule: message" for each diagnostic, in order.
    std::vector<std::string> messages() const;
    const Provision& provision(std::string_view id) const;
};

// A valid header to put in front of a test body.
inline const std::string kHeader =
    "@instrument treaty\n@id test-treaty\n@title Test Treaty\n@party AA = Republic of A\n@party BB = Republic of B\n";

Parsed parse(std::string text, std::string name = "test.pacta");
Parsed parse_body(const std::string& body);  // kHeader + body

// A file parsed and analysed (throws if it cannot be read at all).
struct Analysed {
    Instrument instrument;
    analysis::InstrumentAnalysis analysis;
};
Analysed analyse_file(const std::string& path);

std::string source_dir();
std::string texts_dir();  // ../shared/texts, or $PACTA_TEXTS
std::string akn_examples_dir();  // ../shared/akn/examples, or $PACTA_AKN_EXAMPLES
std::vector<std::string> corpus_files();  // every .pacta under corpus/, sorted

struct Run {
    int exit_code;
    std::string out;  // stdout and stderr together
};
// Runs pacta with the arguments (a shell command line), in `directory` if given.
Run run_pacta(const std::string& arguments, const std::string& directory = "");

std::string read_file(const std::string& path);

// The official Akoma Ntoso schema ($PACTA_AKN_SCHEMA, else ../shared/akn).
std::string akn_schema_path();
// xmllint's verdict on an XML file against that schema (exit code 0: valid).
Run validate_akn(const std::string& xml_path);
// The text of an element as a reader sees it; the elements named in `skip`
// (with their text) left out.
std::string element_text(const pugi::xml_node& node, const std::vector<std::string_view>& skip = {"authorialNote"});
// A fresh empty directory for one test.
std::string temp_dir(const std::string& name);

} // namespace pacta::test
