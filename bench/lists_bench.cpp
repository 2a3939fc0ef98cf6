// SPDX-License-Identifier: Apache-2.0
// Loading every bundled list (shared/data/lists: OFAC SDN 2024-05-03 + alt/add/comments, OFAC non-SDN,
// UN XML, UK CSV, BIS DPL 2022-09, CSL sample) into one EntitySet, and the OFAC SDN set alone.
// Each benchmark first checks the entity count, then times; counters give entities per second.
#include <cstdio>
#include <cstdlib>
#include <string>

#include <benchmark/benchmark.h>

#include "lists/lists.hpp"

namespace {

std::string lists_dir() {
    const char* root = std::getenv("CP_SHARED_DATA");
    return std::string(root != nullptr ? root : CP_SHARED_DATA_DEFAULT) + "/lists";
}

// 14,965 SDN + 442 non-SDN + 1,003 UN + 5,302 UK + 459 BIS + 13 CSL (tests/unit/lists/test_directory.cpp).
constexpr std::size_t all_entities = 22184;

void load_all_lists(benchmark::State& state) {
    const std::string dir = lists_dir();
    if (const auto n = cp::lists::load_directory(dir).entities.size(); n != all_entities) {
        state.SkipWithError(("unexpected entity count " + std::to_string(n)).c_str());
        return;
    }
    std::size_t values = 0;
    for (auto _ : state) {
        const cp::lists::EntitySet set = cp::lists::load_directory(dir);
        values = 0;
        for (const auto& entity : set.entities) values += entity.values.size();
        benchmark::DoNotOptimize(values);
    }
    state.counters["entities"] = static_cast<double>(all_entities);
    state.counters["values"] = static_cast<double>(values);
    state.counters["entities_per_s"] =
        benchmark::Counter(static_cast<double>(all_entities), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(load_all_lists)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void load_ofac_sdn(benchmark::State& state) {
    const std::string dir = lists_dir() + "/ofac";
    const cp::lists::OfacFiles files = cp::lists::select_ofac_files(dir);
    if (const auto n = cp::lists::load_ofac(files).entities.size(); n != 14965) {
        state.SkipWithError(("unexpected SDN count " + std::to_string(n)).c_str());
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(cp::lists::load_ofac(files).entities.size());
    state.counters["entities_per_s"] =
        benchmark::Counter(14965.0, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(load_ofac_sdn)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
