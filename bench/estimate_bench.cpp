// SPDX-License-Identifier: Apache-2.0
// Cost of the German-tank bounds (each is a bisection over products of k factors) for growing k.
#include <benchmark/benchmark.h>

#include "estimate/estimate.hpp"

namespace {

void BM_Bounds(benchmark::State& state) {
    const auto k = static_cast<std::uint64_t>(state.range(0));
    const std::uint64_t m = k * 10;
    // check before timing: the MVUE for k = m/10 is m + 10 - 1
    if (cp::estimate::mvue(m, k) != static_cast<double>(m + 9)) {
        state.SkipWithError("wrong MVUE");
        return;
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(cp::estimate::confidence_upper(m, k, 0.95));
        benchmark::DoNotOptimize(cp::estimate::posterior_quantile(m, k, 0.95));
    }
}
BENCHMARK(BM_Bounds)->Arg(10)->Arg(1000)->Arg(100000);

}  // namespace

BENCHMARK_MAIN();
