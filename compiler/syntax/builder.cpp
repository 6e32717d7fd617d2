#include "syntax/builder.h"

#include <algorithm>

#include <fmt/format.h>

#include "text/text.h"

namespace pacta::syntax {

namespace {

constexpr size_t kLongNumberDigits = 6;

// Parts, titles, chapters, sections, articles, norms, CBMs and annexes hold
// what follows them; their rank comes from text::HeadingNesting.
bool is_container(ProvisionKind k) {
    switch (k) {
    case ProvisionKind::Annex: case ProvisionKind::Part: case ProvisionKind::Title: case ProvisionKind::Chapter:
    case ProvisionKind::Section: case ProvisionKind::Article: case ProvisionKind::Norm: case ProvisionKind::Cbm: return true;
    default: return false;
    }
}

ProvisionKind kind_of(Keyword k) {
    switch (k) {
    case Keyword::Preamble: return ProvisionKind::Preamble;
    case Keyword::Part: return ProvisionKind::Part;
    case Keyword::Title: return ProvisionKind::Title;
    case Keyword::Annex: return ProvisionKind::Annex;
    case Keyword::Chapter: return ProvisionKind::Chapter;
    case Keyword::Section: return ProvisionKind::Section;
    case Keyword::Article: return ProvisionKind::Article;
    case Keyword::Norm: return ProvisionKind::Norm;
    case Keyword::Cbm: return ProvisionKind::Cbm;
    case Keyword::Final: return ProvisionKind::Conclusions;
    case Keyword::Formula: return ProvisionKind::Formula;
    case Keyword::Signature: return ProvisionKind::Signature;
    }
    return ProvisionKind::Paragraph;
}

// Articles, norms, CBMs and parts are numbered through the whole instrument; other
// provisions within their parent.
bool numbered_document_wide(ProvisionKind k) {
    return k == ProvisionKind::Article || k == ProvisionKind::Norm || k == ProvisionKind::Cbm || k == ProvisionKind::Part;
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string marker_number(std::string_view marker) {
    // "12." -> "12", "(iv)" -> "iv"
    if (!marker.empty() && marker.back() == '.') marker.remove_suffix(1);
    if (marker.size() >= 2 && marker.front() == '(' && marker.back() == ')') marker = marker.substr(1, marker.size() - 2);
    return std::string(marker);
}

std::string_view describe(ProvisionKind k) { return provision_kind_name(k); }

uint64_t scope_key(int64_t parent, ProvisionKind kind) {
    return (static_cast<uint64_t>(parent + 1) << 8) | static_cast<uint64_t>(kind);
}

} // namespace

ModelBuilder::ModelBuilder(std::shared_ptr<const SourceFile> file, DiagnosticEngine& diags)
    : file_(std::move(file)), diags_(diags) {
    instrument_.source = file_;
    instrument_.path = file_->path();
    // At most a provision per line: room for them all from the start, rather
    // than copying every provision at each doubling (new memory each time).
    // A block this large is usually mapped fresh, and its pages never
    // written are never touched.
    instrument_.provisions.reserve(file_->line_count());
}

bool ModelBuilder::in(ProvisionKind kind) const {
    int32_t c = current_container();
    return c >= 0 && instrument_.provisions[c].kind == kind;
}

void ModelBuilder::add(const Line& line) {
    if (stopped_) return;
    switch (line.kind) {
    case Line::Kind::Blank: return;
    case Line::Kind::Comment:
        pending_comments_.emplace_back(file_->slice(line.head));
        return;
    case Line::Kind::Directive:
        if (in_body_) {
            diags_.report(Rule::DirectiveAfterText, *file_, line.head,
                          "directives must come before the text of the instrument; move this line to the top");
            return;
        }
        for (auto& c : pending_comments_) instrument_.meta.comments.push_back(std::move(c));
        pending_comments_.clear();
        apply_directive(line, *file_, instrument_.meta, directives_, diags_);
        return;
    case Line::Kind::Heading: return add_heading(line);
    case Line::Kind::Marker: return add_marker(line);
    case Line::Kind::Prose: return add_prose(line);
    }
}

void ModelBuilder::begin_body(const Line&) { in_body_ = true; }

void ModelBuilder::add_heading(const Line& line) {
    begin_body(line);
    ProvisionKind kind = kind_of(line.keyword);
    std::string_view keyword = file_->slice(line.head);
    std::string number = line.has_value ? std::string(file_->slice(line.value)) : std::string();
    int32_t parent = -1;
    items_.clear();
    int rank = nesting_.rank(keyword, innermost_grouping());

    switch (kind) {
    case ProvisionKind::Preamble:
    case ProvisionKind::Conclusions:
        containers_.clear();
        break;
    case ProvisionKind::Formula:
    case ProvisionKind::Signature: {
        bool placed = kind == ProvisionKind::Formula ? in(ProvisionKind::Preamble) || in(ProvisionKind::Conclusions)
                                                     : in(ProvisionKind::Conclusions);
        if (!placed)
            diags_.report(Rule::Misplaced, *file_, line.head,
                          kind == ProvisionKind::Formula
                              ? "FORMULA belongs in the PREAMBLE or in the FINAL part"
                              : "SIGNATURE belongs in the FINAL part; add a FINAL heading above it");
        parent = current_container();
        break;
    }
    default: {
        while (!containers_.empty() && (containers_.back().rank >= rank || containers_.back().rank == 0))
            containers_.pop_back();
        parent = current_container();
        if (number.empty())
            diags_.report(Rule::MissingNumber, *file_, line.head,
                          fmt::format("{} needs a number, as in '{} 1'", keyword, keyword));
        else if (!is_valid_number(number))
            diags_.report(Rule::BadNumber, *file_, line.value,
                          fmt::format("'{}' is not a number: use arabic (5, 5bis), roman (II) or letters (a)", number));
    }
    }

    if (kind == ProvisionKind::Signature) {
        if (number.empty())
            diags_.report(Rule::UndeclaredParty, *file_, line.head,
                          "SIGNATURE needs the code of a declared party, as in 'SIGNATURE US For the United States: …'");
        else if (!instrument_.party(number))
            diags_.report(Rule::UndeclaredParty, *file_, line.value,
                          fmt::format("party '{}' was never declared; add '@party {} = …' at the top", number, number));
    }

    uint32_t index = create(kind, parent, number, line);
    Provision& p = instrument_.provisions[index];
    if (kind == ProvisionKind::Signature && !number.empty()) p.actors.push_back(number);
    apply_annotations(line, p);
    bool has_heading = kind != ProvisionKind::Formula && kind != ProvisionKind::Signature;
    append(has_heading ? p.heading : p.body, line);
    last_ = static_cast<int32_t>(index);
    last_is_heading_ = has_heading;
    if (rank > 0 || kind == ProvisionKind::Preamble || kind == ProvisionKind::Conclusions)
        containers_.push_back({index, rank, text::HeadingNesting::is_grouping(keyword)});
}

std::optional<int> ModelBuilder::innermost_grouping() const {
    for (auto open = containers_.rbegin(); open != containers_.rend(); ++open)
        if (open->grouping) return open->rank;
    return std::nullopt;
}

void ModelBuilder::add_marker(const Line& line) {
    begin_body(line);
    while (!items_.empty() && items_.back().indent >= line.indent) items_.pop_back();
    if (items_.size() >= kMaxItemDepth) {
        diags_.report(Rule::NestingTooDeep, *file_, line.head,
                      fmt::format("items are nested more than {} levels deep; an instrument never needs this many, "
                                  "so the file is probably damaged",
                                  kMaxItemDepth));
        stopped_ = true;
        return;
    }
    int32_t parent = items_.empty() ? current_container() : static_cast<int32_t>(items_.back().index);
    std::string_view marker = file_->slice(line.head);
    ProvisionKind kind = marker.back() == '.' ? ProvisionKind::Paragraph : ProvisionKind::Point;
    if (items_.empty() && in(ProvisionKind::Preamble)) kind = ProvisionKind::Recital;

    uint32_t index = create(kind, parent, marker_number(marker), line);
    apply_annotations(line, instrument_.provisions[index]);
    append(instrument_.provisions[index].body, line);
    items_.push_back({index, line.indent});
    last_ = static_cast<int32_t>(index);
    last_is_heading_ = false;
}

void ModelBuilder::add_prose(const Line& line) {
    begin_body(line);
    if (line.indent > 0 && last_ >= 0) {  // a wrapped line continues the provision above
        Provision& p = instrument_.provisions[last_];
        append(last_is_heading_ ? p.heading : p.body, line);
        extend(static_cast<uint32_t>(last_), line);
        return;
    }
    int32_t container = current_container();
    items_.clear();
    if (container >= 0 && last_ == container && last_is_heading_ && is_container(instrument_.provisions[container].kind) &&
        instrument_.provisions[container].children.empty()) {
        // Prose right after a heading is the container's own text.
        append(instrument_.provisions[container].body, line);
        extend(static_cast<uint32_t>(container), line);
        last_is_heading_ = false;
        return;
    }
    ProvisionKind kind = in(ProvisionKind::Preamble) ? ProvisionKind::Recital : ProvisionKind::Paragraph;
    uint32_t index = create(kind, container, std::string(), line);
    append(instrument_.provisions[index].body, line);
    items_.push_back({index, 0});
    last_ = static_cast<int32_t>(index);
    last_is_heading_ = false;
}

uint32_t ModelBuilder::create(ProvisionKind kind, int32_t parent, std::string number, const Line& line) {
    Provision p;
    p.kind = kind;
    p.number = std::move(number);
    p.parent = parent;
    p.depth = parent < 0 ? 0 : instrument_.provisions[parent].depth + 1;
    p.source = line.source;
    p.extent = line.source;
    p.line = line.number;
    p.comments = std::move(pending_comments_);
    pending_comments_.clear();
    p.id = make_id(kind, parent, p.number);
    uint32_t index = static_cast<uint32_t>(instrument_.provisions.size());

    if (auto [it, fresh] = ids_.emplace(p.id, index); !fresh) {
        const Provision& first = instrument_.provisions[it->second];
        auto* d = diags_.report(Rule::DuplicateNumber, *file_, line.source,
                                fmt::format("{} {} appears twice here (id '{}')", describe(kind), p.number, p.id));
        diags_.add_note(d, *file_, first.source, "first given here");
        // The smallest free "_n": the search resumes where the last one for
        // this id stopped (ids are never freed), not at 2 again, which made
        // a text repeating its numbering quadratic.
        for (int& n = next_suffix_.try_emplace(p.id, 2).first->second;; ++n)
            if (std::string id = fmt::format("{}_{}", p.id, n); ids_.emplace(id, index).second) {
                p.id = std::move(id);
                ++n;
                break;
            }
    }
    if (!p.number.empty()) check_order(p);
    instrument_.provisions.push_back(std::move(p));
    if (parent >= 0) {
        instrument_.provisions[parent].children.push_back(index);
        extend(static_cast<uint32_t>(parent), line);
    } else {
        instrument_.top.push_back(index);
    }
    return index;
}

std::string ModelBuilder::make_id(ProvisionKind kind, int32_t parent, const std::string& number) {
    if (kind == ProvisionKind::Preamble || kind == ProvisionKind::Conclusions) return std::string(id_alias(kind));
    // Appended piece by piece (a provision's id is made for every line of
    // structure): the parent's id and "__" where it prefixes, the alias,
    // "_", the own part.
    std::string id;
    if (parent >= 0 && !numbered_document_wide(kind)) {
        const Provision& up = instrument_.provisions[parent];
        bool container_prefix_only = kind == ProvisionKind::Chapter || kind == ProvisionKind::Section;
        if (!container_prefix_only || is_container(up.kind)) id.append(up.id).append("__");
    }
    id.append(id_alias(kind)).append("_");
    if (kind == ProvisionKind::Signature || (!number.empty() && kind != ProvisionKind::Formula)) {
        id += clean_number(number);
    } else {
        // Unnumbered: counted among the unnumbered siblings of the same kind.
        uint32_t n = ++ordinals_[scope_key(parent, kind)];
        if (kind != ProvisionKind::Formula) id += "nn_";  // formulas are never numbered: a plain ordinal
        id += std::to_string(n);
    }
    return id;
}

void ModelBuilder::check_order(const Provision& p) {
    auto digits = std::count_if(p.number.begin(), p.number.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    if (static_cast<size_t>(digits) > kLongNumberDigits)
        diags_.report(Rule::NumberTooLong, *file_, p.source,
                      fmt::format("{} number '{}' has {} digits; is it a typing error?", describe(p.kind), p.number, digits));
    uint64_t scope = scope_key(numbered_document_wide(p.kind) ? -1 : p.parent, p.kind);
    auto it = last_number_.find(scope);
    uint32_t index = static_cast<uint32_t>(instrument_.provisions.size());
    if (it != last_number_.end()) {
        const Provision& before = instrument_.provisions[it->second];
        if (before.number != p.number && !numbers_in_order(before.number, p.number)) {
            auto* d = diags_.report(Rule::NumberOrder, *file_, p.source,
                                    fmt::format("{} {} comes after {} {}: the numbering goes backwards", describe(p.kind),
                                                p.number, describe(before.kind), before.number));
            diags_.add_note(d, *file_, before.source, "the previous one is here");
        }
    }
    last_number_[scope] = index;
}

void ModelBuilder::apply_annotations(const Line& line, Provision& p) {
    static const std::string_view kNames[] = {"expect", "actor"};
    for (SourceRange r : line.annotations) {
        std::string_view text = file_->slice(r);
        size_t space = text.find_first_of(" \t");
        std::string_view name = text.substr(1, space == std::string_view::npos ? std::string_view::npos : space - 1);
        std::string_view arg;
        if (space != std::string_view::npos) {
            arg = text.substr(space);
            while (!arg.empty() && is_space(arg.front())) arg.remove_prefix(1);
        }
        SourceRange arg_range{r.end - static_cast<uint32_t>(arg.size()), r.end};
        if (name != "expect" && name != "actor") {
            std::string message = fmt::format("unknown annotation '!{}'", name);
            if (auto s = text::closest_match(name, kNames)) message += fmt::format("; did you mean '!{}'?", *s);
            else message += "; the annotations are !expect STRENGTH and !actor CODE";
            diags_.report(Rule::UnknownAnnotation, *file_, r, message);
            continue;
        }
        if (arg.empty()) {
            diags_.report(Rule::BadAnnotation, *file_, r,
                          name == "expect" ? "!expect needs a strength, as in '!expect obligation'"
                                           : "!actor needs a party code, as in '!actor US'");
            continue;
        }
        if (name == "expect") {
            if (auto s = parse_strength(arg)) {
                p.expect = *s;
                p.expect_source = r;
                continue;
            }
            auto names = all_strength_names();
            std::string message = fmt::format("'{}' is not a strength", arg);
            if (auto s = text::closest_match(arg, names)) message += fmt::format("; did you mean '{}'?", *s);
            else message += "; use one of obligation, prohibition, commitment, recommendation, endeavour, "
                            "encouragement, recognition, permission, none";
            diags_.report(Rule::BadAnnotation, *file_, arg_range, message);
        } else {
            if (!instrument_.party(arg))
                diags_.report(Rule::UndeclaredParty, *file_, arg_range,
                              fmt::format("party '{}' was never declared; add '@party {} = …' at the top", arg, arg));
            p.actors.emplace_back(arg);
        }
    }
}

void ModelBuilder::extend(uint32_t index, const Line& line) {
    // A provision spans its own lines and its children's: grow it and every ancestor.
    for (int32_t i = static_cast<int32_t>(index); i >= 0; i = instrument_.provisions[i].parent) {
        SourceRange& e = instrument_.provisions[i].extent;
        if (e.end >= line.source.end) break;
        e.end = line.source.end;
    }
}

void ModelBuilder::append(Prose& prose, const Line& line) {
    using Kind = Piece::Kind;
    if (line.prose.empty()) return;
    if (!prose.text.empty()) prose.text += ' ';  // a line break inside a provision reads as one space
    auto copy = [&](SourceRange r) {
        if (r.size() == 0) return;
        prose.segments.push_back({static_cast<uint32_t>(prose.text.size()), r.begin, r.size()});
        prose.text += file_->slice(r);
    };
    for (size_t i = 0; i < line.prose.size(); ++i) {
        const Piece& piece = line.prose[i];
        bool last_piece = i + 1 == line.prose.size();
        switch (piece.kind) {
        case Kind::Plain: {
            SourceRange r = piece.parts.front();
            if (last_piece)  // trailing white space is layout, not text
                while (r.end > r.begin && is_space(file_->text()[r.end - 1])) --r.end;
            copy(r);
            break;
        }
        case Kind::Escape: copy(piece.parts.front()); break;
        case Kind::BadOpen:
            diags_.report(Rule::BadInline, *file_, piece.source,
                          "'{' starts inline markup ({def: …}, {ref ID: …} or {note: …}); write '\\{' for a brace");
            copy(piece.parts.front());
            break;
        case Kind::StrayClose:
            diags_.report(Rule::BadInline, *file_, piece.source, "'}' closes nothing; write '\\}' for a brace");
            copy(piece.parts.front());
            break;
        case Kind::Definition:
        case Kind::Reference:
        case Kind::Note: {
            std::vector<SourceRange> parts = piece.parts;
            // White space just inside the braces is markup, not text.
            while (!parts.empty()) {
                SourceRange& f = parts.front();
                while (f.begin < f.end && is_space(file_->text()[f.begin])) ++f.begin;
                if (f.size() > 0) break;
                parts.erase(parts.begin());
            }
            while (!parts.empty()) {
                SourceRange& b = parts.back();
                while (b.end > b.begin && is_space(file_->text()[b.end - 1])) --b.end;
                if (b.size() > 0) break;
                parts.pop_back();
            }
            for (SourceRange s : piece.stray_braces)
                diags_.report(Rule::BadInline, *file_, s, "inline markup cannot contain '{'; write '\\{' for a brace");
            if (!piece.closed)
                diags_.report(Rule::BadInline, *file_, {piece.source.begin, piece.source.begin + 1},
                              "this inline markup is not closed; add '}' before the end of the line");
            if (parts.empty())
                diags_.report(Rule::EmptyInline, *file_, piece.source, "this inline markup has no text");
            Inline in;
            in.source = piece.source;
            in.begin = static_cast<uint32_t>(prose.text.size());
            if (piece.kind == Kind::Note) {
                in.kind = Inline::Kind::Note;
                for (SourceRange r : parts) in.note += file_->slice(r);
            } else {
                in.kind = piece.kind == Kind::Definition ? Inline::Kind::Definition : Inline::Kind::Reference;
                for (SourceRange r : parts) copy(r);
                in.target = std::string(file_->slice(piece.target));
            }
            in.end = static_cast<uint32_t>(prose.text.size());
            prose.inlines.push_back(std::move(in));
            break;
        }
        }
    }
}

std::optional<Instrument> ModelBuilder::finish() {
    if (stopped_ || diags_.has_fatal()) return std::nullopt;
    for (auto& c : pending_comments_) instrument_.trailing_comments.push_back(std::move(c));
    check_instrument(instrument_, *file_, directives_, diags_);
    return std::move(instrument_);
}

} // namespace pacta::syntax
