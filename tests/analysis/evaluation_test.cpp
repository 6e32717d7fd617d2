// Accuracy on real text: hand-labelled clauses of ../shared/texts (the labels
// and locations are in tests/eval/labels.tsv, the sentences are read where
// they lie). Prints the confusion matrix and per-class precision and recall;
// fails below 95% overall accuracy.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "analysis/analysis.h"
#include "support.h"

using namespace pacta;

namespace {

struct Row {
    std::string file;
    uint32_t line;
    std::string fnv, section, kind, label, why;
};

std::vector<Row> read_labels() {
    std::ifstream in(test::source_dir() + "/tests/eval/labels.tsv");
    std::vector<Row> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::istringstream s(line);
        Row r;
        std::string number;
        std::getline(s, r.file, '\t');
        std::getline(s, number, '\t');
        std::getline(s, r.fnv, '\t');
        std::getline(s, r.section, '\t');
        std::getline(s, r.kind, '\t');
        std::getline(s, r.label, '\t');
        std::getline(s, r.why, '\t');
        r.line = static_cast<uint32_t>(std::stoul(number));
        rows.push_back(std::move(r));
    }
    return rows;
}

std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.pop_back();
    size_t b = s.find_first_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b);
}

std::string fnv1a(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
    return fmt::format("{:016x}", h);
}

const std::vector<std::string>& lines_of(const std::string& file) {
    static std::map<std::string, std::vector<std::string>> cache;
    auto [it, fresh] = cache.try_emplace(file);
    if (fresh) {
        std::ifstream in(test::texts_dir() + "/" + file);
        for (std::string l; std::getline(in, l);) it->second.push_back(l);
    }
    return it->second;
}

InstrumentKind kind_of(const std::string& k) {
    if (k == "treaty") return InstrumentKind::Treaty;
    if (k == "regulation") return InstrumentKind::Regulation;
    return InstrumentKind::Declaration;
}

} // namespace

TEST_CASE("commitment strength on 300+ hand-labelled real clauses is at least 95% right") {
    auto rows = read_labels();
    REQUIRE(rows.size() >= 300);
    REQUIRE(std::filesystem::exists(test::texts_dir()));  // CI runs with ../shared beside the clone

    std::map<std::pair<std::string, std::string>, int> confusion;
    std::map<std::string, int> truth, predicted, right;
    int correct = 0;
    std::vector<std::string> mistakes;
    for (const Row& r : rows) {
        const auto& lines = lines_of(r.file);
        REQUIRE(r.line <= lines.size());
        std::string text = trim(lines[r.line - 1]);
        INFO(r.file << ":" << r.line);
        REQUIRE(fnv1a(text) == r.fnv);  // the label still points at the clause it was given for

        std::string language = r.file.find("-fr") != std::string::npos ? "fr" : "en";
        analysis::Lexicons lexicons({&analysis::Lexicon::builtin(language)});
        analysis::ClauseContext context;
        context.recital = r.section == "recital";
        context.kind = kind_of(r.kind);
        auto a = analysis::analyse_clause(text, lexicons, context);
        std::string got(strength_name(a.strength));
        ++confusion[{r.label, got}];
        ++truth[r.label];
        ++predicted[got];
        if (got == r.label) {
            ++correct, ++right[got];
        } else {
            std::string cue = a.main >= 0 ? a.cues[a.main].words : std::string("-");
            mistakes.push_back(fmt::format("  {}:{} [{}] expected {}, got {} (cue '{}'; label: {})", r.file, r.line,
                                           r.section, r.label, got, cue, r.why));
        }
    }
    double accuracy = static_cast<double>(correct) / rows.size();

    std::ostringstream report;
    report << fmt::format("evaluation: {} of {} clauses right ({:.1f}%)\n", correct, rows.size(), 100 * accuracy);
    std::vector<std::string> classes;
    for (auto s : all_strength_names()) classes.emplace_back(s);
    report << fmt::format("{:>16}", "label \\ got");
    for (const auto& c : classes) report << fmt::format(" {:>5.5}", c);
    report << "   recall\n";
    for (const auto& t : classes) {
        report << fmt::format("{:>16}", t);
        for (const auto& p : classes) report << fmt::format(" {:>5}", confusion[{t, p}]);
        report << (truth[t] ? fmt::format("   {:.2f}\n", double(right[t]) / truth[t]) : "      -\n");
    }
    report << fmt::format("{:>16}", "precision");
    for (const auto& p : classes) report << (predicted[p] ? fmt::format(" {:>5.2f}", double(right[p]) / predicted[p]) : "     -");
    report << "\nmistakes:\n";
    for (const auto& m : mistakes) report << m << '\n';
    std::cout << report.str();
    if (const char* out = std::getenv("PACTA_EVAL_REPORT")) std::ofstream(out) << report.str();
    CHECK(accuracy >= 0.95);
}
