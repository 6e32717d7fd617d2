// ANTLR glue: runs the generated lexer and parser over the source, a chunk
// of lines at a time, and turns each parsed line into a syntax::Line. The
// grammar has no construct that spans lines, so chunks parse independently
// and memory stays proportional to one chunk, whatever the file size.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>

#include <fmt/format.h>
#include <unicode/utf8.h>

#include "PactaLexer.h"
#include "PactaParser.h"
#include "akn/read.h"
#include "antlr4-runtime.h"
#include "syntax/builder.h"
#include "syntax/syntax.h"
#include "text/import.h"
#include "text/text.h"

namespace pacta {

namespace {

using antlr4::Token;
using antlr4::tree::TerminalNode;
using pacta_gen::PactaLexer;
using pacta_gen::PactaParser;

constexpr size_t kChunkBytes = 256 * 1024;

// Code point index within a chunk -> byte offset in the file.
class ChunkOffsets {
public:
    ChunkOffsets(std::string_view chunk, uint32_t base) : base_(base) {
        bool ascii = true;
        for (char c : chunk)
            if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
        if (ascii) { size_ = chunk.size(); return; }
        for (uint32_t i = 0; i < chunk.size(); ++i)
            if (!U8_IS_TRAIL(static_cast<uint8_t>(chunk[i]))) table_.push_back(i);
        table_.push_back(static_cast<uint32_t>(chunk.size()));
    }
    uint32_t byte(size_t code_point) const {
        if (table_.empty()) return base_ + static_cast<uint32_t>(std::min(code_point, size_));
        return base_ + table_[std::min(code_point, table_.size() - 1)];
    }

private:
    uint32_t base_;
    size_t size_ = 0;
    std::vector<uint32_t> table_;
};

class SyntaxErrorListener : public antlr4::BaseErrorListener {
public:
    SyntaxErrorListener(const SourceFile& file, DiagnosticEngine& diags, const ChunkOffsets& offsets, uint32_t first_line)
        : file_(file), diags_(diags), offsets_(offsets), first_line_(first_line) {}
    void syntaxError(antlr4::Recognizer*, Token* token, size_t line, size_t column, const std::string& msg,
                     std::exception_ptr) override {
        uint32_t begin = token ? offsets_.byte(token->getStartIndex())
                               : file_.line_start(first_line_ + static_cast<uint32_t>(line) - 1) + static_cast<uint32_t>(column);
        diags_.report(Rule::Syntax, file_, {begin, begin + 1}, "cannot read this line: " + msg);
    }

private:
    const SourceFile& file_;
    DiagnosticEngine& diags_;
    const ChunkOffsets& offsets_;
    uint32_t first_line_;
};

// Turns the parse tree of one chunk into Line records.
class LineReader {
public:
    LineReader(const SourceFile& file, const ChunkOffsets& offsets, uint32_t first_line)
        : file_(file), offsets_(offsets), first_line_(first_line) {}

    syntax::Line read(antlr4::ParserRuleContext* line, TerminalNode* indent, PactaParser::LineBodyContext* body) {
        syntax::Line out;
        out.number = first_line_ + static_cast<uint32_t>(line->getStart()->getLine()) - 1;
        out.source.begin = file_.line_start(out.number);
        out.source.end = out.source.begin + static_cast<uint32_t>(file_.line_text(out.number).size());
        if (indent) out.indent = indent_columns(range(indent->getSymbol()));
        if (!body) return out;
        // The first token says which alternative of lineBody this is; the
        // casts below follow from the grammar (and avoid dynamic_cast on the
        // hot path).
        Token* first = body->getStart();
        switch (first->getType()) {
        case PactaLexer::COMMENT:
            out.kind = syntax::Line::Kind::Comment;
            out.head = range(first);
            break;
        case PactaLexer::DIRECTIVE: {
            auto* d = static_cast<PactaParser::DirectiveLineContext*>(body);
            out.kind = syntax::Line::Kind::Directive;
            out.head = range(first);
            if (d->VALUE()) out.value = range(d->VALUE()->getSymbol()), out.has_value = true;
            break;
        }
        case PactaLexer::PARA_MARK:
        case PactaLexer::ITEM_MARK: {
            auto* m = static_cast<PactaParser::MarkerLineContext*>(body);
            out.kind = syntax::Line::Kind::Marker;
            out.head = range(first);
            read_annotations(m->annotation(), out);
            if (m->prose()) read_prose(m->prose(), out);
            break;
        }
        case PactaLexer::KW_PREAMBLE: case PactaLexer::KW_PART: case PactaLexer::KW_TITLE:
        case PactaLexer::KW_ANNEX: case PactaLexer::KW_CHAPTER:
        case PactaLexer::KW_SECTION: case PactaLexer::KW_ARTICLE: case PactaLexer::KW_NORM:
        case PactaLexer::KW_CBM: case PactaLexer::KW_FINAL: case PactaLexer::KW_FORMULA:
        case PactaLexer::KW_SIGNATURE: {
            auto* h = static_cast<PactaParser::HeadingLineContext*>(body);
            out.kind = syntax::Line::Kind::Heading;
            out.head = range(first);
            out.keyword = keyword(first->getType());
            if (h->NUM()) out.value = range(h->NUM()->getSymbol()), out.has_value = true;
            read_annotations(h->annotation(), out);
            if (h->prose()) read_prose(h->prose(), out);
            break;
        }
        default:
            out.kind = syntax::Line::Kind::Prose;
            read_prose(static_cast<PactaParser::ProseLineContext*>(body)->prose(), out);
        }
        return out;
    }

private:
    SourceRange range(Token* t) const {
        return {offsets_.byte(t->getStartIndex()), offsets_.byte(t->getStopIndex() + 1)};
    }

    uint32_t indent_columns(SourceRange r) const {
        uint32_t columns = 0;
        for (char c : file_.slice(r)) columns = c == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
        return columns;
    }

    static syntax::Keyword keyword(size_t type) {
        switch (type) {
        case PactaLexer::KW_PREAMBLE: return syntax::Keyword::Preamble;
        case PactaLexer::KW_PART: return syntax::Keyword::Part;
        case PactaLexer::KW_TITLE: return syntax::Keyword::Title;
        case PactaLexer::KW_ANNEX: return syntax::Keyword::Annex;
        case PactaLexer::KW_CHAPTER: return syntax::Keyword::Chapter;
        case PactaLexer::KW_SECTION: return syntax::Keyword::Section;
        case PactaLexer::KW_ARTICLE: return syntax::Keyword::Article;
        case PactaLexer::KW_NORM: return syntax::Keyword::Norm;
        case PactaLexer::KW_CBM: return syntax::Keyword::Cbm;
        case PactaLexer::KW_FINAL: return syntax::Keyword::Final;
        case PactaLexer::KW_FORMULA: return syntax::Keyword::Formula;
        default: return syntax::Keyword::Signature;
        }
    }

    void read_annotations(const std::vector<PactaParser::AnnotationContext*>& annotations, syntax::Line& out) const {
        for (auto* a : annotations) out.annotations.push_back(range(a->getStart()));
    }

    // The text bytes of an escape "\x" are those of x.
    SourceRange escaped(Token* t) const {
        SourceRange r = range(t);
        return {r.begin + 1, r.end};
    }

    void read_inline(syntax::Piece& piece, PactaParser::InlineTextContext* text, TerminalNode* close) const {
        for (auto* child : text->children) {
            auto* terminal = dynamic_cast<TerminalNode*>(child);
            if (!terminal) continue;
            Token* t = terminal->getSymbol();
            if (t->getType() == PactaLexer::ESC) piece.parts.push_back(escaped(t));
            else if (t->getType() == PactaLexer::BAD_OPEN) piece.stray_braces.push_back(range(t)), piece.parts.push_back(range(t));
            else piece.parts.push_back(range(t));
        }
        piece.closed = close != nullptr;
    }

    void read_prose(PactaParser::ProseContext* prose, syntax::Line& out) const {
        using Kind = syntax::Piece::Kind;
        out.prose.reserve(prose->children.size());
        for (auto* child : prose->children) {  // every child of prose is a piece
            auto* p = static_cast<PactaParser::PieceContext*>(child);
            syntax::Piece piece;
            Token* first = p->getStart();
            piece.source = {range(first).begin, range(p->getStop()).end};
            switch (first->getType()) {
            case PactaLexer::PLAIN:
                piece.kind = Kind::Plain;
                piece.parts.push_back(piece.source);
                break;
            case PactaLexer::ESC:
                piece.kind = Kind::Escape;
                piece.parts.push_back(escaped(first));
                break;
            case PactaLexer::DEF_OPEN: {
                auto* d = static_cast<PactaParser::DefinitionPieceContext*>(p);
                piece.kind = Kind::Definition;
                read_inline(piece, d->inlineText(), d->INLINE_CLOSE());
                break;
            }
            case PactaLexer::REF_OPEN: {
                auto* r = static_cast<PactaParser::ReferencePieceContext*>(p);
                piece.kind = Kind::Reference;
                piece.target = reference_target(range(first));
                read_inline(piece, r->inlineText(), r->INLINE_CLOSE());
                break;
            }
            case PactaLexer::NOTE_OPEN: {
                auto* n = static_cast<PactaParser::NotePieceContext*>(p);
                piece.kind = Kind::Note;
                read_inline(piece, n->inlineText(), n->INLINE_CLOSE());
                break;
            }
            case PactaLexer::BAD_OPEN:
                piece.kind = Kind::BadOpen;
                piece.parts.push_back(piece.source);
                break;
            default:
                piece.kind = Kind::StrayClose;
                piece.parts.push_back(piece.source);
            }
            out.prose.push_back(std::move(piece));
        }
    }

    // "{ref art_5: " -> the bytes of "art_5".
    SourceRange reference_target(SourceRange open) const {
        std::string_view s = file_.slice(open);
        size_t b = 4;
        while (b < s.size() && (s[b] == ' ' || s[b] == '\t')) ++b;
        size_t e = b;
        while (e < s.size() && s[e] != ' ' && s[e] != '\t' && s[e] != ':') ++e;
        return {open.begin + static_cast<uint32_t>(b), open.begin + static_cast<uint32_t>(e)};
    }

    const SourceFile& file_;
    const ChunkOffsets& offsets_;
    uint32_t first_line_;
};

// Parses one chunk: SLL first (fast, and enough for this grammar), full LL
// only if SLL fails, as the ANTLR documentation recommends.
void parse_chunk(const SourceFile& file, uint32_t begin, uint32_t end, uint32_t first_line, DiagnosticEngine& diags,
                 syntax::ModelBuilder& builder) {
    // The runtime's DFA caches are static and not thread-safe: files read
    // on several threads take turns here.
    static std::mutex antlr;
    std::lock_guard<std::mutex> turn(antlr);
    std::string_view chunk = std::string_view(file.text()).substr(begin, end - begin);
    ChunkOffsets offsets(chunk, begin);
    // The grammar wants every line ended; a file may not end its last one.
    std::string ended;
    if (!chunk.empty() && chunk.back() != '\n') ended = std::string(chunk) + '\n';
    antlr4::ANTLRInputStream input(ended.empty() ? chunk.data() : ended.data(), ended.empty() ? chunk.size() : ended.size());
    PactaLexer lexer(&input);
    SyntaxErrorListener listener(file, diags, offsets, first_line);
    lexer.removeErrorListeners();
    lexer.addErrorListener(&listener);
    antlr4::CommonTokenStream tokens(&lexer);
    PactaParser parser(&tokens);
    parser.removeErrorListeners();
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    PactaParser::DocumentContext* document = nullptr;
    try {
        document = parser.document();
    } catch (const antlr4::ParseCancellationException&) {
        tokens.seek(0);
        parser.reset();
        parser.addErrorListener(&listener);
        parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
        parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
        document = parser.document();
    }
    LineReader reader(file, offsets, first_line);
    for (auto* line : document->line()) builder.add(reader.read(line, line->INDENT(), line->lineBody()));
}

// The lines of the .pacta the plain-text importer writes, read by hand:
// directives, comments, keywords with a number, markers and prose in plain
// runs and escapes, with no inline markup ({…}), no annotations (!…) and no
// carriage returns. Token boundaries follow PactaLexer.g4 exactly (the first
// word decides a line; a keyword or marker must be the whole first word); a
// chunk holding anything else is declined and goes to ANTLR. Reading the
// importer's output with ANTLR was the largest cost of `pacta diff` on
// plain-text drafts.
class DirectLineReader {
public:
    DirectLineReader(const SourceFile& file, uint32_t first_line) : file_(file), first_line_(first_line) {}

    // The chunk's lines, or nullopt if it leaves the plain part of the language
    // (escaped braces "\{" are plain).
    std::optional<std::vector<syntax::Line>> read(uint32_t begin, uint32_t end) {
        std::string_view chunk = std::string_view(file_.text()).substr(begin, end - begin);
        if (chunk.find('\r') != std::string_view::npos) return std::nullopt;
        std::vector<syntax::Line> lines;
        uint32_t number = first_line_;
        for (uint32_t at = begin; at < end; ++number) {
            uint32_t stop = static_cast<uint32_t>(std::min<size_t>(file_.text().find('\n', at), end));
            syntax::Line line;
            if (!read_line(number, at, stop, line)) return std::nullopt;
            lines.push_back(std::move(line));
            at = stop + 1;
        }
        return lines;
    }

private:
    static bool blank(char c) { return c == ' ' || c == '\t'; }
    static bool brace(char c) { return c == '{' || c == '}'; }
    char at(uint32_t i) const { return file_.text()[i]; }
    uint32_t skip_blanks(uint32_t i, uint32_t end) const {
        while (i < end && blank(at(i))) ++i;
        return i;
    }

    bool read_line(uint32_t number, uint32_t begin, uint32_t end, syntax::Line& out) const {
        out.number = number;
        out.source.begin = file_.line_start(number);
        out.source.end = out.source.begin + static_cast<uint32_t>(file_.line_text(number).size());
        uint32_t i = skip_blanks(begin, end);
        if (i > begin) out.indent = indent_columns(begin, i);
        if (i == end) return true;
        if (at(i) == '#') {
            out.kind = syntax::Line::Kind::Comment;
            out.head = {i, end};
            return true;
        }
        if (at(i) == '@') return read_directive(i, end, out);
        if (at(i) == '\\') {
            out.kind = syntax::Line::Kind::Prose;
            return read_text(i, end, out);
        }
        uint32_t word_end = i;
        while (word_end < end && !blank(at(word_end)) && at(word_end) != '\\' && !brace(at(word_end))) ++word_end;
        if (word_end == i || (word_end < end && brace(at(word_end)))) return false;  // inline markup
        std::string_view word = std::string_view(file_.text()).substr(i, word_end - i);
        if (auto k = keyword(word)) {
            out.kind = syntax::Line::Kind::Heading;
            out.keyword = k->first;
            out.head = {i, word_end};
            return k->second ? read_number(word_end, end, out) : read_head(word_end, end, out);
        }
        if (text::is_marker(word)) {
            out.kind = syntax::Line::Kind::Marker;
            out.head = {i, word_end};
            return read_head(word_end, end, out);
        }
        out.kind = syntax::Line::Kind::Prose;
        out.prose.push_back(plain(i, word_end));
        return read_text(word_end, end, out);
    }

    bool read_directive(uint32_t i, uint32_t end, syntax::Line& out) const {
        out.kind = syntax::Line::Kind::Directive;
        uint32_t name_end = i;
        while (name_end < end && !blank(at(name_end))) ++name_end;
        out.head = {i, name_end};
        uint32_t value = skip_blanks(name_end, end);
        if (value < end) out.value = {value, end}, out.has_value = true;
        return true;
    }

    // After a keyword that takes a number ("ARTICLE 5").
    bool read_number(uint32_t i, uint32_t end, syntax::Line& out) const {
        i = skip_blanks(i, end);
        if (i == end) return true;
        if (at(i) == '!') return false;
        uint32_t number_end = i;
        while (number_end < end && !blank(at(number_end)) && at(number_end) != '!') ++number_end;
        out.value = {i, number_end}, out.has_value = true;
        return read_head(number_end, end, out);
    }

    // After a keyword, its number or a marker: the prose, which cannot start
    // with a blank or "!".
    bool read_head(uint32_t i, uint32_t end, syntax::Line& out) const {
        i = skip_blanks(i, end);
        if (i == end) return true;
        if (at(i) == '!') return false;
        return read_text(i, end, out);
    }

    // Prose: plain runs up to a backslash, and escapes ("\x"; a backslash
    // that ends the line is plain).
    bool read_text(uint32_t i, uint32_t end, syntax::Line& out) const {
        while (i < end) {
            if (at(i) != '\\') {
                std::string_view up_to_line_end = std::string_view(file_.text()).substr(0, end);
                auto run_end = static_cast<uint32_t>(text::find_prose_special(up_to_line_end, i));
                if (run_end < end && brace(at(run_end))) return false;  // inline markup
                out.prose.push_back(plain(i, run_end));
                i = run_end;
                continue;
            }
            if (i + 1 == end) {
                out.prose.push_back(plain(i, end));
                break;
            }
            uint32_t length = 1 + utf8_length(i + 1);  // "\" and one code point
            syntax::Piece piece;
            piece.kind = syntax::Piece::Kind::Escape;
            piece.source = {i, i + length};
            piece.parts.push_back({i + 1, i + length});
            out.prose.push_back(std::move(piece));
            i += length;
        }
        return true;
    }

    uint32_t utf8_length(uint32_t i) const {
        auto lead = static_cast<uint8_t>(at(i));
        return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }

    static syntax::Piece plain(uint32_t begin, uint32_t end) {
        syntax::Piece piece;
        piece.kind = syntax::Piece::Kind::Plain;
        piece.source = {begin, end};
        piece.parts.push_back(piece.source);
        return piece;
    }

    // The keyword, and whether a number follows it.
    static std::optional<std::pair<syntax::Keyword, bool>> keyword(std::string_view w) {
        using K = syntax::Keyword;
        static const std::pair<std::string_view, std::pair<K, bool>> kKeywords[] = {
            {"PREAMBLE", {K::Preamble, false}}, {"PART", {K::Part, true}},       {"TITLE", {K::Title, true}},
            {"ANNEX", {K::Annex, true}},        {"CHAPTER", {K::Chapter, true}},
            {"SECTION", {K::Section, true}},    {"ARTICLE", {K::Article, true}}, {"NORM", {K::Norm, true}},
            {"CBM", {K::Cbm, true}},            {"FINAL", {K::Final, false}},    {"FORMULA", {K::Formula, false}},
            {"SIGNATURE", {K::Signature, true}},
        };
        for (const auto& [name, k] : kKeywords)
            if (w == name) return k;
        return std::nullopt;
    }

    uint32_t indent_columns(uint32_t begin, uint32_t end) const {
        uint32_t columns = 0;
        for (uint32_t i = begin; i < end; ++i) columns = at(i) == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
        return columns;
    }

    const SourceFile& file_;
    uint32_t first_line_;
};

} // namespace

std::shared_ptr<const SourceFile> load_source(const std::string& path, DiagnosticEngine& diags) {
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        diags.report(Rule::Input, locate_file(path), "no such file");
        return nullptr;
    }
    if (std::filesystem::is_directory(status)) {
        diags.report(Rule::Input, locate_file(path), "is a directory, not a .pacta file");
        return nullptr;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.report(Rule::Input, locate_file(path), fmt::format("cannot be read: {}", std::strerror(errno)));
        return nullptr;
    }
    // Read in blocks into a string sized from the start when the size is
    // known, not through a growing string stream (a copy per doubling).
    std::string bytes;
    if (auto size = std::filesystem::file_size(path, ec); !ec && std::filesystem::is_regular_file(status)) bytes.reserve(size);
    char block[1 << 16];
    while (in.read(block, sizeof block) || in.gcount() > 0) bytes.append(block, static_cast<size_t>(in.gcount()));
    return source_from_bytes(path, std::move(bytes), diags);
}

std::shared_ptr<const SourceFile> source_from_bytes(std::string name, std::string bytes, DiagnosticEngine& diags) {
    if (bytes.size() >= (1ull << 31)) {
        diags.report(Rule::Input, locate_file(name), "is larger than 2 GB, which pacta does not read");
        return nullptr;
    }
    bytes.erase(0, text::byte_order_mark_length(bytes));
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
        diags.report(Rule::Input, locate_file(name), "is empty: an instrument needs at least @instrument, @id and @title");
        return nullptr;
    }
    auto file = std::make_shared<SourceFile>(std::move(name), std::move(bytes));
    if (auto problem = text::find_encoding_problem(file->text())) {
        diags.report(Rule::Encoding, *file, {problem->offset, problem->offset + problem->length}, problem->message);
        return nullptr;
    }
    return file;
}

std::optional<Instrument> parse_source(std::shared_ptr<const SourceFile> file, DiagnosticEngine& diags, LineReading reading) {
    syntax::ModelBuilder builder(file, diags);
    const std::string& text = file->text();
    uint32_t begin = 0, line = 1;
    while (begin < text.size() && !builder.stopped()) {
        size_t cut = text.size();
        if (text.size() - begin > kChunkBytes) {
            size_t nl = text.find('\n', begin + kChunkBytes);
            cut = nl == std::string::npos ? text.size() : nl + 1;
        }
        std::optional<std::vector<syntax::Line>> plain_lines;
        if (reading == LineReading::PlainByHand) plain_lines = DirectLineReader(*file, line).read(begin, static_cast<uint32_t>(cut));
        if (plain_lines)
            for (const syntax::Line& l : *plain_lines) builder.add(l);
        else
            parse_chunk(*file, begin, static_cast<uint32_t>(cut), line, diags, builder);
        begin = static_cast<uint32_t>(cut);
        line = file->line_of(begin);  // a chunk ends at a line's end
    }
    return builder.finish();
}

std::optional<Instrument> parse_file(const std::string& path, DiagnosticEngine& diags) {
    auto file = load_source(path, diags);
    if (!file) return std::nullopt;
    if (path.ends_with(".txt")) return import_and_parse(*file, diags);
    if (path.ends_with(".xml")) return akn::read(std::move(file), diags);
    return parse_source(std::move(file), diags);
}

std::optional<Instrument> import_and_parse(const SourceFile& plain, DiagnosticEngine& diags, std::optional<std::string> kind,
                                           std::string* pacta_out) {
    text::ImportResult imported = text::import_plain_text(plain.text(), plain.path(), std::move(kind));
    for (const text::ImportNote& n : imported.notes) {
        uint32_t at = plain.line_start(std::min(n.line, plain.line_count()));
        diags.report(Rule::Unplaced, plain, {at, at + 1}, n.message);
    }
    if (pacta_out) *pacta_out = imported.pacta;
    auto pacta = std::make_shared<SourceFile>(plain.path() + " (imported as .pacta)", std::move(imported.pacta));
    auto instrument = parse_source(std::move(pacta), diags, LineReading::PlainByHand);
    if (instrument) instrument->path = plain.path();
    return instrument;
}

} // namespace pacta
