#include "report/report.h"

namespace pacta::report {

namespace {
using json = nlohmann::ordered_json;

std::string_view inline_kind_name(Inline::Kind k) {
    switch (k) {
    case Inline::Kind::Definition: return "definition";
    case Inline::Kind::Reference: return "reference";
    case Inline::Kind::Note: return "note";
    }
    return "inline";
}

json prose_json(const Prose& p, const SourceFile* file) {
    json inlines = json::array();
    for (const Inline& i : p.inlines) {
        json j{{"kind", inline_kind_name(i.kind)}, {"begin", i.begin}, {"end", i.end}};
        if (i.kind == Inline::Kind::Reference) j["target"] = i.target;
        if (i.kind == Inline::Kind::Note) j["note"] = i.note;
        inlines.push_back(std::move(j));
    }
    return json{{"text", p.text}, {"inlines", std::move(inlines)}};
}

json span_json(const Instrument& in, const Prose& prose, analysis::Span span, const std::string& words) {
    uint32_t offset = prose.source_offset(span.begin);
    Position pos = in.source ? in.source->position(offset) : Position{};
    return json{{"words", words}, {"begin", span.begin}, {"end", span.end}, {"line", pos.line}, {"column", pos.column}};
}

json analysis_json(const Instrument& in, const Provision& p, const analysis::ProvisionAnalysis& a) {
    json cues = json::array();
    for (const auto& c : a.cues) {
        json j = span_json(in, p.body, c.span, c.words);
        j["strength"] = strength_name(c.strength);
        j["lexical"] = strength_name(c.lexical);
        j["negated"] = c.negated;
        j["passive"] = c.passive;
        j["subordinate"] = c.subordinate;
        j["constitutive"] = c.constitutive;
        j["narrative"] = c.narrative;
        cues.push_back(std::move(j));
    }
    json hedges = json::array();
    for (const auto& h : a.hedges) hedges.push_back(span_json(in, p.body, h.span, h.words));
    auto level = strength_level(a.strength);
    return json{{"strength", strength_name(a.strength)},
                {"level", level ? json(*level) : json(nullptr)},
                {"polarity", a.polarity == analysis::Polarity::Negative ? "negative" : "positive"},
                {"actor", a.actor_text},
                {"cue", a.main >= 0 ? cues[a.main] : json(nullptr)},
                {"inherited", a.inherited},
                {"cues", std::move(cues)},
                {"hedges", std::move(hedges)}};
}

json provision_json(const Instrument& in, const Provision& p) {
    json j{{"id", p.id}, {"kind", provision_kind_name(p.kind)}, {"number", p.number}};
    Position pos = in.source ? in.source->position(p.source.begin) : Position{p.line, 1};
    j["line"] = pos.line;
    j["end_line"] = in.source ? in.source->position(p.extent.end).line : pos.line;
    if (!p.heading.empty()) j["heading"] = prose_json(p.heading, in.source.get());
    j["text"] = p.body.text;
    j["inlines"] = prose_json(p.body, in.source.get())["inlines"];
    j["expect"] = p.expect ? json(strength_name(*p.expect)) : json(nullptr);
    j["actors"] = p.actors;
    json children = json::array();
    for (uint32_t c : p.children) children.push_back(in.provisions[c].id);
    j["parent"] = p.parent >= 0 ? json(in.provisions[p.parent].id) : json(nullptr);
    j["children"] = std::move(children);
    return j;
}
} // namespace

json profile_json(const analysis::Profile& profile) {
    json counts = json::object();
    for (size_t s = 0; s < profile.counts.size(); ++s) counts[std::string(strength_name(static_cast<Strength>(s)))] = profile.counts[s];
    return json{{"provisions", profile.analysed},
                {"operative", profile.operative},
                {"binding", profile.binding},
                {"binding_share", profile.operative ? json(static_cast<double>(profile.binding) / profile.operative) : json(0.0)},
                {"hedged", profile.hedged},
                {"by_strength", std::move(counts)}};
}

json instrument_json(const Instrument& in, const analysis::InstrumentAnalysis* analysis) {
    const Metadata& m = in.meta;
    json parties = json::array();
    for (const Party& p : m.parties) parties.push_back({{"code", p.code}, {"name", p.name}});
    json meta{{"kind", m.kind ? json(kind_name(*m.kind)) : json(nullptr)},
              {"legally_binding", m.kind ? json(is_legally_binding(*m.kind)) : json(nullptr)},
              {"id", m.id},
              {"title", m.title},
              {"parties", std::move(parties)},
              {"date", m.date},
              {"place", m.place},
              {"language", m.language},
              {"version", m.version},
              {"supersedes", m.supersedes}};
    json provisions = json::array();
    for (size_t i = 0; i < in.provisions.size(); ++i) {
        json j = provision_json(in, in.provisions[i]);
        if (analysis && analysis->provisions[i].analysed) j["analysis"] = analysis_json(in, in.provisions[i], analysis->provisions[i]);
        else if (analysis) j["analysis"] = nullptr;
        provisions.push_back(std::move(j));
    }
    json out{{"file", in.path}, {"metadata", std::move(meta)}};
    if (analysis) out["profile"] = profile_json(analysis->profile);
    out["provisions"] = std::move(provisions);
    return out;
}

json diagnostic_json(const Diagnostic& d) {
    json j{{"severity", severity_name(d.severity)}, {"rule", rule_name(d.rule)}, {"message", d.message},
           {"file", d.location.path}};
    if (d.location.position.line > 0) {
        j["line"] = d.location.position.line;
        j["column"] = d.location.position.column;
    }
    json notes = json::array();
    for (const auto& [loc, message] : d.notes)
        notes.push_back({{"message", message}, {"file", loc.path}, {"line", loc.position.line}, {"column", loc.position.column}});
    j["notes"] = std::move(notes);
    return j;
}

json check_json(json files, uint32_t errors, uint32_t warnings, int exit_code) {
    return json{{"pacta", PACTA_VERSION_STRING},
                {"files", std::move(files)},
                {"summary", {{"errors", errors}, {"warnings", warnings}, {"exit_code", exit_code}}}};
}

json checked_file_json(const std::string& path, const Instrument* instrument, const analysis::InstrumentAnalysis* analysis,
                       const DiagnosticEngine& diags) {
    json diagnostics = json::array();
    for (const Diagnostic& d : diags.diagnostics()) diagnostics.push_back(diagnostic_json(d));
    return json{{"file", path},
                {"instrument", instrument ? instrument_json(*instrument, analysis) : json()},
                {"diagnostics", std::move(diagnostics)},
                {"diagnostics_not_shown", diags.dropped()}};
}

} // namespace pacta::report
