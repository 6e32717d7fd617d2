// Akoma Ntoso throughput: emission alone (akn::emit) and import alone
// (akn::read) on the synthetic instruments of bench/make_instrument.sh at 1,
// 10 and 100 MB of .pacta source. Parsing, analysis and writing the source
// happen once per size, outside the timing.
//
// Bytes/s counts the XML: what emission writes and what import reads, so the
// two rates compare. pacta_bytes_per_second counts the .pacta source the
// instrument came from instead (the XML is about three times as big).
//
// Run: build/bench/akn_bench
// Peak memory at 100 MB: /usr/bin/time -v build/bench/akn_bench --benchmark_filter=/100
// (sizes are measured one after the other and each releases the previous).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "akn/akn.h"
#include "akn/read.h"
#include "analysis/analysis.h"
#include "base/diagnostics.h"
#include "syntax/syntax.h"

namespace {

// One size's inputs: the instrument, its analysis, and the XML emitted from them.
struct Fixture {
    int megabytes = 0;
    size_t pacta_bytes = 0;
    pacta::Instrument instrument;
    pacta::analysis::InstrumentAnalysis analysis;
    std::shared_ptr<const pacta::SourceFile> xml;
};

// Writes the .pacta with the same script that front_end.sh uses, so that
// the figures describe the same files.
std::filesystem::path write_synthetic_source(int megabytes) {
    auto path = std::filesystem::temp_directory_path() / ("pacta-akn-bench-" + std::to_string(megabytes) + ".pacta");
    std::string command = std::string(PACTA_SOURCE_DIR "/bench/make_instrument.sh ") + std::to_string(megabytes) + " " +
                          path.string();
    if (std::system(command.c_str()) != 0) throw std::runtime_error("bench/make_instrument.sh failed");
    return path;
}

std::unique_ptr<Fixture> make_fixture(int megabytes) {
    auto f = std::make_unique<Fixture>();
    f->megabytes = megabytes;
    std::filesystem::path source = write_synthetic_source(megabytes);
    f->pacta_bytes = std::filesystem::file_size(source);
    pacta::DiagnosticEngine diags;
    auto parsed = pacta::parse_file(source.string(), diags);
    std::filesystem::remove(source);
    if (!parsed || diags.has_errors()) throw std::runtime_error("the synthetic instrument does not parse cleanly");
    f->instrument = std::move(*parsed);
    f->analysis = pacta::analysis::analyse(f->instrument, diags);
    f->xml = pacta::source_from_bytes("bench.xml", pacta::akn::emit(f->instrument, f->analysis), diags);
    if (!f->xml) throw std::runtime_error("the emitted XML is not a readable source");
    return f;
}

// Only one size is kept at a time, so that peak memory is that of the
// largest size alone.
const Fixture& fixture(int megabytes) {
    static std::unique_ptr<Fixture> current;
    if (!current || current->megabytes != megabytes) {
        current.reset();
        current = make_fixture(megabytes);
    }
    return *current;
}

void report_rates(benchmark::State& state, const Fixture& f) {
    const auto runs = static_cast<double>(state.iterations());
    state.SetBytesProcessed(static_cast<int64_t>(f.xml->text().size()) * state.iterations());
    state.counters["xml_MB"] = static_cast<double>(f.xml->text().size()) / (1 << 20);
    state.counters["pacta_MB"] = static_cast<double>(f.pacta_bytes) / (1 << 20);
    state.counters["pacta_bytes_per_second"] =
        benchmark::Counter(static_cast<double>(f.pacta_bytes) * runs, benchmark::Counter::kIsRate);
}

void BM_Emit(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        std::string xml = pacta::akn::emit(f.instrument, f.analysis);
        benchmark::DoNotOptimize(xml.data());
    }
    report_rates(state, f);
}

void BM_Import(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        pacta::DiagnosticEngine diags;
        std::optional<pacta::Instrument> read = pacta::akn::read(f.xml, diags);
        if (!read) state.SkipWithError("the emitted XML did not read back");
        benchmark::DoNotOptimize(read);
    }
    report_rates(state, f);
}

} // namespace

// Emission then import for each size, so that each size's inputs are built once.
int main(int argc, char** argv) {
    for (int megabytes : {1, 10, 100}) {
        const int runs = megabytes == 100 ? 1 : megabytes == 10 ? 3 : 20;
        benchmark::RegisterBenchmark("BM_Emit", BM_Emit)->Arg(megabytes)->Iterations(runs)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("BM_Import", BM_Import)->Arg(megabytes)->Iterations(runs)->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
