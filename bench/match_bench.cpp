// SPDX-License-Identifier: Apache-2.0
// Matching benchmarks (docs/benchmarks.md "Matching"): index build over every bundled list, one query
// (p50/p99 over real OFAC aliases, some misspelt, some in Cyrillic), and a batch on 1 and 2 threads.
// Each benchmark first checks a known answer. Data: CP_SHARED_DATA or the configured shared data folder.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <benchmark/benchmark.h>

#include "lists/lists.hpp"
#include "match/match.hpp"

namespace {

// CPU time of this thread in microseconds: the machine is shared, so wall time would measure the neighbours.
double thread_cpu_us() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

std::string data_dir() {
    const char* env = std::getenv("CP_SHARED_DATA");
    return env != nullptr ? env : CP_SHARED_DATA_DEFAULT;
}

const cp::lists::EntitySet& all_lists() {
    static const cp::lists::EntitySet set = cp::lists::load_directory(data_dir() + "/lists");
    return set;
}

const cp::match::Index& shared_index() {
    static const cp::match::Index index(all_lists());
    return index;
}

// Real names of the lists, every third with one letter dropped, plus Cyrillic and Arabic-script names.
std::vector<std::string> sample_queries(std::size_t count) {
    std::vector<std::string> names;
    for (const auto& entity : all_lists().entities) {
        for (const auto& value : entity.values) {
            if (value.prop == cp::lists::Prop::name || value.prop == cp::lists::Prop::alias)
                names.push_back(value.text);
        }
    }
    std::mt19937 rng(42);
    std::shuffle(names.begin(), names.end(), rng);
    names.resize(std::min(count, names.size()));
    for (std::size_t idx = 0; idx < names.size(); idx += 3) {
        if (names[idx].size() > 4) names[idx].erase(names[idx].size() / 2, 1);
    }
    return names;
}

void check(bool ok, const char* what) {
    if (!ok) throw std::runtime_error(what);
}

// CPU time of each of `state`'s queries (2,000 sample names in turn): p50 and p99 as counters.
void time_queries(benchmark::State& state, const cp::match::Index& index,
                  const cp::match::MatchOptions& options) {
    const auto queries = sample_queries(2000);
    std::vector<double> micros;
    std::size_t next = 0;
    for (auto _ : state) {
        const double start = thread_cpu_us();
        auto result = index.query(queries[next++ % queries.size()], options);
        micros.push_back(thread_cpu_us() - start);
        benchmark::DoNotOptimize(result);
    }
    std::sort(micros.begin(), micros.end());
    state.counters["p50_cpu_us"] = micros[micros.size() / 2];
    state.counters["p99_cpu_us"] = micros[micros.size() * 99 / 100];
}

void BM_BuildIndexAllLists(benchmark::State& state) {
    const auto& set = all_lists();
    std::size_t names = 0;
    for (auto _ : state) {
        cp::match::Index index(set);
        names = index.stats().names;
        benchmark::DoNotOptimize(names);
    }
    const cp::match::Index index(set);
    const auto stats = index.stats();
    state.counters["entities"] = static_cast<double>(stats.entities);
    state.counters["names"] = static_cast<double>(stats.names);
    state.counters["bytes_per_name"] =
        static_cast<double>(stats.memory_bytes) / static_cast<double>(stats.names);
}
BENCHMARK(BM_BuildIndexAllLists)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_QueryOne(benchmark::State& state) {
    const auto& index = shared_index();
    const auto hits = index.query("Владимир Путин");
    check(hits && !hits->empty() &&
              index.entities()
                      .entities[hits->front().entity_index]
                      .first(cp::lists::Prop::name)
                      .value_or("")
                      .find("PUTIN") == 0,
          "Владимир Путин must find PUTIN first");
    time_queries(state, index, {});
}
BENCHMARK(BM_QueryOne)->Unit(benchmark::kMicrosecond)->Iterations(4000);

// The same queries with a party's country and birth date: every hit's countries are read as ISO codes.
void BM_QueryWithQualifiers(benchmark::State& state) {
    const auto& index = shared_index();
    cp::match::MatchOptions options;
    options.country = "United States";
    options.birth_date = "1970-01-01";
    const auto hits = index.query("AK MICROTECH", options);
    check(hits && std::any_of(hits->begin(), hits->end(),
                              [](const cp::match::Hit& hit) {
                                  return hit.why.summary().find("is not the listed Russia") !=
                                         std::string::npos;
                              }),
          "AK MICROTECH with a party in the United States must say the listed Russia differs");
    time_queries(state, index, options);
}
BENCHMARK(BM_QueryWithQualifiers)->Unit(benchmark::kMicrosecond)->Iterations(4000);

void BM_CountryCode(benchmark::State& state) {
    const std::vector<std::string> names = {"Russia", "Iran (Islamic Republic of)", "Korea, North",
                                            "CN",     "United Arab Emirates",       "Atlantis"};
    check(cp::match::country_code("Korea, North") == "KP", "Korea, North must be KP");
    std::size_t next = 0;
    for (auto _ : state) benchmark::DoNotOptimize(cp::match::country_code(names[next++ % names.size()]));
}
BENCHMARK(BM_CountryCode);

void BM_Batch(benchmark::State& state) {
    const auto& index = shared_index();
    const auto queries = sample_queries(10000);
    const auto threads = static_cast<unsigned>(state.range(0));
    for (auto _ : state) {
        std::atomic<std::size_t> next{0};
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t) {
            pool.emplace_back([&] {
                for (std::size_t idx = next++; idx < queries.size(); idx = next++) {
                    auto result = index.query(queries[idx]);
                    benchmark::DoNotOptimize(result);
                }
            });
        }
        for (auto& thread : pool) thread.join();
    }
    state.counters["names_per_s"] = benchmark::Counter(static_cast<double>(queries.size()),
                                                       benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Batch)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
