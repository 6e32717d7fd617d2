#include "akn/mapping.h"

#include <cctype>

namespace pacta::akn {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i]))) return false;
    return true;
}

// "(13(a))" -> true; "(a)(b)" -> false: the first bracket closes last.
bool enclosed_in_brackets(std::string_view s) {
    if (s.size() < 2 || s.front() != '(' || s.back() != ')') return false;
    int depth = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
        if (depth == 0 && i + 1 < s.size()) return false;
    }
    return depth == 0;
}

} // namespace

DocumentType document_type(InstrumentKind kind) {
    switch (kind) {
    case InstrumentKind::Treaty: return {"act", "treaty"};
    case InstrumentKind::Convention: return {"act", "convention"};
    case InstrumentKind::Agreement: return {"act", "agreement"};
    case InstrumentKind::Protocol: return {"act", "protocol"};
    case InstrumentKind::Regulation: return {"act", "regulation"};
    case InstrumentKind::CodeOfConduct: return {"act", "codeOfConduct"};
    case InstrumentKind::MemorandumOfUnderstanding: return {"statement", "memorandumOfUnderstanding"};
    case InstrumentKind::DeclarationOfIntent: return {"statement", "declarationOfIntent"};
    case InstrumentKind::JointStatement: return {"statement", "jointStatement"};
    case InstrumentKind::Declaration: return {"statement", "declaration"};
    case InstrumentKind::Norms: return {"doc", "report"};
    case InstrumentKind::CbmSet: return {"doc", "cbmList"};
    }
    return {"doc", "document"};
}

std::string_view body_element(const DocumentType& type) { return type.element == "act" ? "body" : "mainBody"; }

std::string_view number_label(ProvisionKind kind) {
    switch (kind) {
    case ProvisionKind::Part: return "Part";
    case ProvisionKind::Title: return "Title";
    case ProvisionKind::Annex: return "Annex";
    case ProvisionKind::Chapter: return "Chapter";
    case ProvisionKind::Section: return "Section";
    case ProvisionKind::Article: return "Article";
    case ProvisionKind::Norm: return "Norm";
    case ProvisionKind::Cbm: return "CBM";
    default: return "";
    }
}

std::string display_number(ProvisionKind kind, std::string_view number) {
    if (std::string_view label = number_label(kind); !label.empty()) return std::string(label) + " " + std::string(number);
    std::string shown(number);
    if (kind == ProvisionKind::Paragraph) return shown + ".";
    shown.insert(shown.begin(), '(');
    return shown + ")";
}

std::string bare_number(ProvisionKind kind, std::string_view num) {
    std::string_view label = number_label(kind);
    // What pacta writes, read back exactly.
    if (!label.empty() && num.starts_with(label) && num.size() > label.size() + 1 && num[label.size()] == ' ')
        return std::string(num.substr(label.size() + 1));
    if (label.empty() && kind == ProvisionKind::Paragraph && num.ends_with('.') && trim(num) == num && num.size() > 1)
        return std::string(num.substr(0, num.size() - 1));
    if (label.empty() && enclosed_in_brackets(num)) return std::string(num.substr(1, num.size() - 2));
    // Generic forms.
    std::string_view s = trim(num);
    if (!label.empty() && starts_with_nocase(s, label) && s.size() > label.size() &&
        std::isspace(static_cast<unsigned char>(s[label.size()])))
        s = trim(s.substr(label.size()));
    while (!s.empty() && (s.back() == '.' || std::isspace(static_cast<unsigned char>(s.back())))) s.remove_suffix(1);
    if (enclosed_in_brackets(s)) s = trim(s.substr(1, s.size() - 2));
    return std::string(s);
}

} // namespace pacta::akn
