#include "support.h"

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>

#include "syntax/syntax.h"

namespace pacta::test {

std::vector<std::string> Parsed::messages() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags->diagnostics())
        out.push_back(fmt::format("{}:{}: {}: {}", d.location.position.line, d.location.position.column, rule_name(d.rule),
                                  d.message));
    return out;
}

const Provision& Parsed::provision(std::string_view id) const {
    if (!instrument) throw std::runtime_error("no instrument");
    const Provision* p = instrument->find(id);
    if (!p) throw std::runtime_error(fmt::format("no provision {}", id));
    return *p;
}

Parsed parse(std::string text, std::string name) {
    Parsed result;
    result.diags = std::make_unique<DiagnosticEngine>(1000);
    if (auto file = source_from_bytes(std::move(name), std::move(text), *result.diags))
        result.instrument = parse_source(std::move(file), *result.diags);
    return result;
}

Parsed parse_body(const std::string& body) { return parse(kHeader + body); }

Analysed analyse_file(const std::string& path) {
    DiagnosticEngine diags;
    auto in = parse_file(path, diags);
    if (!in) throw std::runtime_error("cannot read " + path);
    auto a = analysis::analyse(*in, diags);
    return {std::move(*in), std::move(a)};
}

std::string source_dir() { return PACTA_SOURCE_DIR; }

std::string texts_dir() {
    if (const char* dir = std::getenv("PACTA_TEXTS")) return dir;
    return source_dir() + "/../shared/texts";
}

std::string akn_examples_dir() {
    if (const char* dir = std::getenv("PACTA_AKN_EXAMPLES")) return dir;
    return source_dir() + "/../shared/akn/examples";
}

std::vector<std::string> corpus_files() {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(source_dir() + "/corpus"))
        if (e.is_regular_file() && e.path().extension() == ".pacta") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

namespace {
// A shell command's exit code and its output (stdout and stderr, when the
// command redirects one into the other).
Run run_command(const std::string& command) {
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("popen failed");
    std::string out;
    std::array<char, 65536> buffer;
    size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
    int status = pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}
} // namespace

Run run_pacta(const std::string& arguments, const std::string& directory) {
    std::string cd = directory.empty() ? "" : fmt::format("cd '{}' && ", directory);
    return run_command(fmt::format("{}NO_COLOR=1 '{}' {} 2>&1", cd, PACTA_BINARY, arguments));
}

std::string akn_schema_path() {
    if (const char* p = std::getenv("PACTA_AKN_SCHEMA")) return p;
    return source_dir() + "/../shared/akn/akomantoso30.xsd";
}

Run validate_akn(const std::string& xml_path) {
    return run_command(fmt::format("xmllint --noout --nonet --schema '{}' '{}' 2>&1", akn_schema_path(), xml_path));
}

std::string element_text(const pugi::xml_node& node, const std::vector<std::string_view>& skip) {
    std::string out;
    for (pugi::xml_node child : node.children()) {
        if (child.type() == pugi::node_pcdata) out += child.value();
        else if (child.type() == pugi::node_element && std::find(skip.begin(), skip.end(), child.name()) == skip.end())
            out += element_text(child, skip);
    }
    return out;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string temp_dir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / fmt::format("pacta-test-{}-{}", name, ::getpid());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

} // namespace pacta::test
