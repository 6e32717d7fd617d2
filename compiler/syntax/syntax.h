// The front end: a .pacta file in, an Instrument out, with every problem
// reported to a DiagnosticEngine. No parser type leaves this folder.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "base/source_file.h"
#include "model/model.h"

namespace pacta {

// Reads a file as .pacta source: refuses (with a fatal diagnostic) what is
// missing, a directory, empty, not UTF-8, or holds control characters; drops
// a leading byte order mark.
std::shared_ptr<const SourceFile> load_source(const std::string& path, DiagnosticEngine& diags);
// The same checks on bytes already in memory; `name` stands for the path.
std::shared_ptr<const SourceFile> source_from_bytes(std::string name, std::string bytes, DiagnosticEngine& diags);

// Parses and checks. Returns nullopt only when the input is unusable (a
// fatal diagnostic was reported); otherwise an instrument, perhaps with
// errors reported against it.
// How lines are read: always with the ANTLR parser, or, where a chunk of
// lines uses only the plain part of the language that the plain-text
// importer writes (no inline markup, no annotations), by a hand-written
// reader that gives the same lines, and ANTLR for any other chunk.
enum class LineReading { Antlr, PlainByHand };
std::optional<Instrument> parse_source(std::shared_ptr<const SourceFile> file, DiagnosticEngine& diags,
                                       LineReading reading = LineReading::Antlr);

// A .pacta file, a plain-text draft (.txt), which is first imported, or an
// Akoma Ntoso document (.xml, read by akn/read.h).
std::optional<Instrument> parse_file(const std::string& path, DiagnosticEngine& diags);

// A plain-text draft, imported then parsed; `kind` overrides the kind the
// title suggests. Lines that could not be placed are reported (unplaced).
// The generated .pacta source is handed back through `pacta` when given.
std::optional<Instrument> import_and_parse(const SourceFile& plain, DiagnosticEngine& diags,
                                           std::optional<std::string> kind = {}, std::string* pacta = nullptr);

} // namespace pacta
