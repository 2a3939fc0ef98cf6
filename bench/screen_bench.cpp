// SPDX-License-Identifier: Apache-2.0
// Order screening throughput on the bundled synthetic order book repeated to 100k lines, with the bundled
// OFAC lists (index built once, outside the timing). Checks the count of high-risk orders before timing. The
// 1M-line end-to-end figure comes from tools/gen-orders + `chokepoint screen` (docs/benchmarks.md).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <benchmark/benchmark.h>

#include "io/io.hpp"
#include "lists/lists.hpp"
#include "match/match.hpp"
#include "screen/screen.hpp"

namespace {

std::filesystem::path source_dir() {
    const char* root = std::getenv("CP_SOURCE_DIR");
    return root != nullptr ? root : std::filesystem::path(CP_SHARED_DATA_DEFAULT) / ".." / ".." / "main";
}

// The sample order book repeated `copies` times, each copy with its own order ids.
std::string repeated_orders(int copies) {
    const std::string sample = cp::io::read_file((source_dir() / "data/orders/sample_orders.csv").string());
    const std::size_t header_end = sample.find('\n') + 1;
    std::string out = sample.substr(0, header_end);
    for (int copy = 0; copy < copies; ++copy) {
        std::size_t pos = header_end;
        while (pos < sample.size()) {
            const std::size_t eol = sample.find('\n', pos);
            out += std::to_string(copy) + "-" + sample.substr(pos, eol - pos + 1);
            pos = eol + 1;
        }
    }
    return out;
}

std::uint64_t screen_all(const std::string& orders, const cp::screen::Rules& rules,
                         const cp::match::Index& index, std::uint64_t& lines) {
    cp::screen::OrderReader reader(orders, cp::screen::OrderReader::Format::csv, {}, "bench.csv");
    cp::screen::Screener screener(rules, &index);
    cp::screen::Order order;
    std::uint64_t high = 0;
    while (reader.next(order)) {
        high += screener.screen(order).risk == cp::screen::Risk::high ? 1 : 0;
    }
    lines = reader.lines_read();
    return high;
}

void BM_ScreenOrders(benchmark::State& state) {
    static const cp::lists::EntitySet entities = cp::lists::load_directory(source_dir() / "data/lists");
    static const cp::match::Index index(entities);
    const cp::screen::Rules rules = cp::screen::Rules::bundled();
    const std::string orders = repeated_orders(static_cast<int>(state.range(0)));
    std::uint64_t lines = 0;
    const std::uint64_t one_copy_high = [&] {
        std::uint64_t sample_lines = 0;
        return screen_all(repeated_orders(1), rules, index, sample_lines);
    }();
    if (screen_all(orders, rules, index, lines) !=
        one_copy_high * static_cast<std::uint64_t>(state.range(0))) {
        state.SkipWithError("high-risk count does not scale with the copies");
        return;
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(screen_all(orders, rules, index, lines));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines));
    state.counters["high_per_copy"] = static_cast<double>(one_copy_high);
}
BENCHMARK(BM_ScreenOrders)->Arg(5000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
