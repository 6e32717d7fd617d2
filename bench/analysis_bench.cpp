// Commitment-analysis throughput: analyse() over 1, 10 and 100 MB of clause
// text, made by repeating the provisions of the corpus convention. Bytes/s
// counts clause text only. Run: build/bench/analysis_bench
#include <benchmark/benchmark.h>

#include "analysis/analysis.h"
#include "base/diagnostics.h"
#include "syntax/syntax.h"

namespace {

pacta::Instrument make_instrument(size_t megabytes, size_t* text_bytes) {
    pacta::DiagnosticEngine diags;
    auto seed = pacta::parse_file(PACTA_SOURCE_DIR "/corpus/cyber-convention/final.pacta", diags);
    if (!seed) throw std::runtime_error("cannot read the corpus convention");
    pacta::Instrument big = *seed;
    big.provisions.clear();
    *text_bytes = 0;
    while (*text_bytes < megabytes << 20) {
        const auto base = static_cast<int32_t>(big.provisions.size());
        for (const auto& p : seed->provisions) {
            pacta::Provision copy = p;
            if (copy.parent >= 0) copy.parent += base;
            big.provisions.push_back(std::move(copy));
            *text_bytes += p.body.text.size();
        }
    }
    return big;
}

void BM_Analyse(benchmark::State& state) {
    size_t bytes = 0;
    pacta::Instrument instrument = make_instrument(static_cast<size_t>(state.range(0)), &bytes);
    // The lexicons and ICU's break rules load once per process: not part of the throughput.
    pacta::analysis::split_words("warm up");
    (void)pacta::analysis::Lexicon::builtin("en");
    for (auto _ : state) {
        pacta::DiagnosticEngine diags;
        auto result = pacta::analysis::analyse(instrument, diags);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<int64_t>(bytes * state.iterations()));
    state.counters["clause_MB"] = static_cast<double>(bytes) / (1 << 20);
}

} // namespace

BENCHMARK(BM_Analyse)->Arg(1)->Arg(10)->Arg(100)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
