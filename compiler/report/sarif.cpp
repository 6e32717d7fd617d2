#include "report/report.h"

namespace pacta::report {

namespace {
using json = nlohmann::ordered_json;

std::string_view sarif_level(Severity s) {
    switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    default: return "error";
    }
}

json location_json(const Location& loc) {
    json physical{{"artifactLocation", {{"uri", loc.path}}}};
    if (loc.position.line > 0)
        physical["region"] = {{"startLine", loc.position.line},
                              {"startColumn", loc.position.column},
                              {"endColumn", loc.position.column + loc.length}};
    return json{{"physicalLocation", std::move(physical)}};
}
} // namespace

json sarif_log(const std::vector<FileDiagnostics>& files) {
    json rules = json::array();
    for (size_t r = 0; r < kRuleCount; ++r) {
        Rule rule = static_cast<Rule>(r);
        rules.push_back({{"id", rule_name(rule)},
                         {"shortDescription", {{"text", rule_name(rule)}}},
                         {"fullDescription", {{"text", rule_explanation(rule)}}},
                         {"defaultConfiguration", {{"level", sarif_level(rule_severity(rule))}}}});
    }
    json results = json::array();
    json artifacts = json::array();
    for (const FileDiagnostics& f : files) {
        artifacts.push_back({{"location", {{"uri", f.path}}}});
        for (const Diagnostic& d : *f.diagnostics) {
            json result{{"ruleId", rule_name(d.rule)},
                        {"ruleIndex", static_cast<int>(d.rule)},
                        {"level", sarif_level(d.severity)},
                        {"message", {{"text", d.message}}},
                        {"locations", json::array({location_json(d.location)})}};
            if (!d.notes.empty()) {
                json related = json::array();
                int id = 0;
                for (const auto& [loc, message] : d.notes) {
                    json l = location_json(loc);
                    l["id"] = id++;
                    l["message"] = {{"text", message}};
                    related.push_back(std::move(l));
                }
                result["relatedLocations"] = std::move(related);
            }
            results.push_back(std::move(result));
        }
    }
    json run{{"tool", {{"driver", {{"name", "pacta"}, {"version", PACTA_VERSION_STRING}, {"rules", std::move(rules)}}}}},
             {"columnKind", "unicodeCodePoints"},
             {"artifacts", std::move(artifacts)},
             {"results", std::move(results)}};
    return json{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({std::move(run)})}};
}

} // namespace pacta::report
