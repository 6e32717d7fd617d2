// Commitment-analysis throughput: analyse() over 1, 10 and 100 MB of clause
// text, made by repeating the provisions of the corpus convention. Bytes/s
// counts clause text only. And diff::compare (alignment, redline, deltas) of
// two synthetic drafts of 10,000 provisions (tests/diff/synthetic_drafts.h).
// Run: build/bench/analysis_bench
#include <benchmark/benchmark.h>

#include "analysis/analysis.h"
#include "base/diagnostics.h"
#include "diff/diff.h"
#include "synthetic_drafts.h"
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

struct Analysed {
    pacta::Instrument instrument;
    pacta::analysis::InstrumentAnalysis analysis;
};

Analysed parse_and_analyse(std::string pacta) {
    pacta::DiagnosticEngine diags;
    auto in = pacta::parse_source(std::make_shared<pacta::SourceFile>("synthetic.pacta", std::move(pacta)), diags);
    if (!in) throw std::runtime_error("the synthetic draft does not parse");
    auto a = pacta::analysis::analyse(*in, diags);
    return {std::move(*in), std::move(a)};
}

// Parsing and analysis are outside the timing: what is timed is what
// `pacta diff` does once both drafts are read.
void BM_Compare10kProvisions(benchmark::State& state) {
    const std::string header = "@instrument treaty\n@id bench\n@title Bench Treaty\n@party AA = Republic of A\n";
    pacta::synthetic::Drafts drafts = pacta::synthetic::make(header);
    Analysed a = parse_and_analyse(drafts.old_pacta), b = parse_and_analyse(drafts.new_pacta);
    for (auto _ : state) {
        auto d = pacta::diff::compare({a.instrument, a.analysis}, {b.instrument, b.analysis});
        benchmark::DoNotOptimize(d);
    }
    state.counters["provisions"] = static_cast<double>(a.instrument.provisions.size() - pacta::synthetic::kArticles);
}

} // namespace

BENCHMARK(BM_Compare10kProvisions)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyse)->Arg(1)->Arg(10)->Arg(100)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
