// "@name value" lines: the instrument's metadata.
#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "syntax/builder.h"
#include "text/text.h"

namespace pacta::syntax {

namespace {

constexpr std::array<std::string_view, 9> kDirectives{"instrument", "id", "title", "party", "date",
                                                      "place", "lang", "version", "supersedes"};

bool valid_instrument_id(std::string_view id) {
    if (id.empty() || id.size() > 128 || !std::isalnum(static_cast<unsigned char>(id[0]))) return false;
    if (id.find("..") != std::string_view::npos) return false;
    for (char c : id)
        if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.'))
            return false;
    return true;
}

bool valid_date(std::string_view d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
    int year = std::stoi(std::string(d.substr(0, 4)));
    int month = std::stoi(std::string(d.substr(5, 2)));
    int day = std::stoi(std::string(d.substr(8, 2)));
    if (month < 1 || month > 12 || day < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// ISO 639 code with an optional region or script: "en", "fra", "en-GB".
bool valid_language(std::string_view l) {
    size_t i = 0;
    while (i < l.size() && std::islower(static_cast<unsigned char>(l[i]))) ++i;
    if (i < 2 || i > 3) return false;
    for (; i < l.size(); ++i)
        if (!(std::isalnum(static_cast<unsigned char>(l[i])) || l[i] == '-')) return false;
    return true;
}

bool valid_party_code(std::string_view code) {
    if (code.empty() || code.size() > 16 || !std::isupper(static_cast<unsigned char>(code[0]))) return false;
    for (char c : code)
        if (!(std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-')) return false;
    return true;
}

} // namespace

void apply_directive(const Line& line, const SourceFile& file, Metadata& meta, DirectiveState& state,
                     DiagnosticEngine& diags) {
    std::string_view name = file.slice(line.head).substr(1);
    if (std::find(kDirectives.begin(), kDirectives.end(), name) == kDirectives.end()) {
        std::string message = fmt::format("unknown directive '@{}'", name);
        if (auto s = text::closest_match(name, kDirectives)) message += fmt::format("; did you mean '@{}'?", *s);
        else message += "; the directives are @instrument, @id, @title, @party, @date, @place, @lang, @version, @supersedes";
        diags.report(Rule::UnknownDirective, file, line.head, message);
        return;
    }
    std::string_view value = line.has_value ? text::trim_blanks(file.slice(line.value)) : std::string_view();
    SourceRange where = line.has_value ? line.value : line.head;
    if (value.empty()) {
        diags.report(Rule::MissingMetadata, file, line.head, fmt::format("@{} needs a value", name));
        return;
    }
    if (name != "party") {
        auto [it, fresh] = state.seen.emplace(std::string(name), line.head);
        if (!fresh) {
            auto* d = diags.report(Rule::DuplicateDirective, file, line.head, fmt::format("@{} is given twice", name));
            diags.add_note(d, file, it->second, "first given here");
            return;
        }
    }

    if (name == "instrument") {
        meta.kind_source = where;
        if (auto kind = parse_kind(value)) {
            meta.kind = kind;
        } else {
            auto names = all_kind_names();
            std::string message = fmt::format("unknown kind of instrument '{}'", value);
            if (auto s = text::closest_match(value, names)) message += fmt::format("; did you mean '{}'?", *s);
            else message += "; see the list of kinds in grammar/README.md";
            diags.report(Rule::UnknownKind, file, where, message);
        }
    } else if (name == "id") {
        if (!valid_instrument_id(value))
            diags.report(Rule::BadId, file, where,
                         fmt::format("'{}' cannot be an id: use lower-case letters, digits, '-' and '.', "
                                     "starting with a letter or digit (it names output files)",
                                     value));
        else meta.id = value;
    } else if (name == "title") {
        meta.title = value;
    } else if (name == "party") {
        size_t eq = value.find('=');
        std::string_view code = eq == std::string_view::npos ? std::string_view() : text::trim_blanks(value.substr(0, eq));
        std::string_view full = eq == std::string_view::npos ? std::string_view() : text::trim_blanks(value.substr(eq + 1));
        if (!valid_party_code(code) || full.empty()) {
            diags.report(Rule::BadParty, file, where,
                         "write a party as 'CODE = name', with an upper-case CODE such as US or NL");
            return;
        }
        for (const Party& p : meta.parties)
            if (p.code == code) {
                auto* d = diags.report(Rule::DuplicateParty, file, where, fmt::format("party '{}' is declared twice", code));
                diags.add_note(d, file, p.source, "first declared here");
                return;
            }
        meta.parties.push_back({std::string(code), std::string(full), where});
    } else if (name == "date") {
        if (!valid_date(value))
            diags.report(Rule::BadDate, file, where,
                         fmt::format("'{}' is not a date; write it as YYYY-MM-DD, e.g. 2012-02-22", value));
        else meta.date = value;
    } else if (name == "place") {
        meta.place = value;
    } else if (name == "lang") {
        if (!valid_language(value))
            diags.report(Rule::BadLanguage, file, where,
                         fmt::format("'{}' is not a language code; use ISO 639, e.g. en, fr, es", value));
        else meta.language = value;
    } else if (name == "version") {
        meta.version = value;
    } else if (name == "supersedes") {
        meta.supersedes = value;
        meta.supersedes_source = where;
    }
}

} // namespace pacta::syntax
