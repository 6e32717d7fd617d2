#include "model/model.h"

#include <algorithm>
#include <array>

namespace pacta {

namespace {
struct KindEntry {
    InstrumentKind kind;
    std::string_view name;
    bool binding;
};
constexpr std::array<KindEntry, 12> kKinds{{
    {InstrumentKind::Treaty, "treaty", true},
    {InstrumentKind::Convention, "convention", true},
    {InstrumentKind::Agreement, "agreement", true},
    {InstrumentKind::Protocol, "protocol", true},
    {InstrumentKind::Regulation, "regulation", true},
    {InstrumentKind::MemorandumOfUnderstanding, "memorandum-of-understanding", false},
    {InstrumentKind::DeclarationOfIntent, "declaration-of-intent", false},
    {InstrumentKind::JointStatement, "joint-statement", false},
    {InstrumentKind::Declaration, "declaration", false},
    {InstrumentKind::Norms, "norms", false},
    {InstrumentKind::CbmSet, "cbm-set", false},
    {InstrumentKind::CodeOfConduct, "code-of-conduct", false},
}};

constexpr std::array<std::string_view, 9> kStrengths{
    "none", "recognition", "encouragement", "endeavour", "recommendation",
    "commitment", "obligation", "prohibition", "permission"};
} // namespace

std::string_view kind_name(InstrumentKind k) { return kKinds[static_cast<size_t>(k)].name; }
bool is_legally_binding(InstrumentKind k) { return kKinds[static_cast<size_t>(k)].binding; }

std::optional<InstrumentKind> parse_kind(std::string_view name) {
    for (const auto& e : kKinds)
        if (e.name == name) return e.kind;
    return std::nullopt;
}

std::vector<std::string_view> all_kind_names() {
    std::vector<std::string_view> names;
    for (const auto& e : kKinds) names.push_back(e.name);
    return names;
}

std::string_view strength_name(Strength s) { return kStrengths[static_cast<size_t>(s)]; }

std::optional<Strength> parse_strength(std::string_view name) {
    for (size_t i = 0; i < kStrengths.size(); ++i)
        if (kStrengths[i] == name) return static_cast<Strength>(i);
    return std::nullopt;
}

std::vector<std::string_view> all_strength_names() { return {kStrengths.begin(), kStrengths.end()}; }

std::optional<int> strength_level(Strength s) {
    switch (s) {
    case Strength::None: return 0;
    case Strength::Recognition: return 1;
    case Strength::Encouragement: return 2;
    case Strength::Endeavour: return 3;
    case Strength::Recommendation: return 4;
    case Strength::Commitment: return 5;
    case Strength::Obligation:
    case Strength::Prohibition: return 6;
    case Strength::Permission: return std::nullopt;
    }
    return std::nullopt;
}

bool meets_expectation(Strength actual, Strength expected) {
    if (expected == Strength::Permission || expected == Strength::Prohibition) return actual == expected;
    auto have = strength_level(actual), want = strength_level(expected);
    return have && want && *have >= *want;
}

std::string_view provision_kind_name(ProvisionKind k) {
    switch (k) {
    case ProvisionKind::Preamble: return "preamble";
    case ProvisionKind::Recital: return "recital";
    case ProvisionKind::Formula: return "formula";
    case ProvisionKind::Part: return "part";
    case ProvisionKind::Title: return "title";
    case ProvisionKind::Annex: return "annex";
    case ProvisionKind::Chapter: return "chapter";
    case ProvisionKind::Section: return "section";
    case ProvisionKind::Article: return "article";
    case ProvisionKind::Norm: return "norm";
    case ProvisionKind::Cbm: return "cbm";
    case ProvisionKind::Paragraph: return "paragraph";
    case ProvisionKind::Point: return "point";
    case ProvisionKind::Conclusions: return "conclusions";
    case ProvisionKind::Signature: return "signature";
    }
    return "provision";
}

std::string_view id_alias(ProvisionKind k) {
    switch (k) {
    case ProvisionKind::Part: return "part";
    case ProvisionKind::Title: return "title";
    case ProvisionKind::Annex: return "annex";
    case ProvisionKind::Chapter: return "chp";
    case ProvisionKind::Section: return "sec";
    case ProvisionKind::Article: return "art";
    case ProvisionKind::Norm: return "norm";
    case ProvisionKind::Cbm: return "cbm";
    case ProvisionKind::Paragraph: return "para";
    case ProvisionKind::Point: return "point";
    case ProvisionKind::Recital: return "rec";
    case ProvisionKind::Formula: return "formula";
    case ProvisionKind::Signature: return "signature";
    case ProvisionKind::Preamble: return "preamble";
    case ProvisionKind::Conclusions: return "conclusions";
    }
    return "hcontainer";
}

uint32_t Prose::source_offset(uint32_t offset) const {
    auto it = std::upper_bound(segments.begin(), segments.end(), offset,
                               [](uint32_t o, const TextSegment& s) { return o < s.text_offset; });
    if (it == segments.begin()) return segments.empty() ? 0 : segments.front().source_offset;
    --it;
    return it->source_offset + std::min(offset - it->text_offset, it->length);
}

const Provision* Instrument::find(std::string_view id) const {
    for (const auto& p : provisions)
        if (p.id == id) return &p;
    return nullptr;
}

const Party* Instrument::party(std::string_view code) const {
    for (const auto& p : meta.parties)
        if (p.code == code) return &p;
    return nullptr;
}

} // namespace pacta
