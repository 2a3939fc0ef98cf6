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

// ---- trace: components against a sales ledger (appended; docs/trace.md) ----
#include <vector>

#include "core/time.hpp"
#include "screen/trace.hpp"

namespace {

// A synthetic ledger of `lines` sales over 5 000 part numbers of 500 families, written in four ordering-code
// variants, and 1 000 components whose true sale (same part, shipped lot = the component's date code) is
// planted once each. Deterministic.
struct TraceBenchData {
    std::vector<cp::screen::SaleLine> ledger;
    std::vector<cp::screen::Component> components;
    std::vector<std::size_t> truth;  // per component: index of its planted sale
};

TraceBenchData trace_bench_data(std::size_t lines) {
    TraceBenchData data;
    auto part_of = [](std::size_t part_idx) {
        return "XC" + std::to_string(1000 + part_idx % 500) + static_cast<char>('A' + part_idx / 500 % 10) +
               "G" + std::to_string(part_idx % 7);
    };
    auto sale_at = [&](std::size_t line, const std::string& part, std::int64_t day, std::string lot) {
        cp::screen::SaleLine sale;
        sale.line = line;
        sale.t_unix_ms = day * 86'400'000;
        sale.date = cp::time::to_iso8601(sale.t_unix_ms).substr(0, 10);
        sale.customer = "Customer " + std::to_string(line % 3000);
        sale.manufacturer = line % 2 == 0 ? "TI" : "Texas Instruments";
        sale.part_number = part;
        sale.date_code = std::move(lot);
        return sale;
    };
    const std::int64_t day0 = cp::time::days_from_civil(2020, 1, 1);
    for (std::size_t line = 0; line < lines; ++line) {
        std::string part = part_of(line % 5000);
        if (line % 4 == 1) part += "-TR";
        if (line % 4 == 2) part = "595-" + part;
        data.ledger.push_back(sale_at(line + 2, part, day0 + static_cast<std::int64_t>(line % 1000), ""));
    }
    for (std::size_t comp_idx = 0; comp_idx < 1000; ++comp_idx) {
        cp::screen::Component component;
        component.id = "c" + std::to_string(comp_idx);
        component.manufacturer = "Texas Instruments";
        component.part_number = part_of(comp_idx * 5);
        component.date_code = "2105";
        data.truth.push_back(data.ledger.size());
        data.ledger.push_back(sale_at(lines + comp_idx + 2, component.part_number,
                                      cp::time::days_from_civil(2021, 6, 1), "2105"));
        data.components.push_back(std::move(component));
    }
    return data;
}

void BM_TraceComponents(benchmark::State& state) {
    const TraceBenchData data = trace_bench_data(static_cast<std::size_t>(state.range(0)));
    cp::screen::Tracer tracer(data.ledger, nullptr);
    for (std::size_t comp_idx = 0; comp_idx < data.components.size(); ++comp_idx) {
        const auto trace = tracer.trace(data.components[comp_idx]);
        if (trace.matches.empty() || trace.matches.front().sale_index != data.truth[comp_idx]) {
            state.SkipWithError("a planted sale is not the top match");
            return;
        }
    }
    std::size_t matches = 0;
    for (auto _ : state) {
        for (const cp::screen::Component& component : data.components) {
            matches += tracer.trace(component).matches.size();
        }
    }
    benchmark::DoNotOptimize(matches);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.components.size()));
    state.counters["ledger_lines"] = static_cast<double>(data.ledger.size());
}
BENCHMARK(BM_TraceComponents)->Arg(200'000)->Unit(benchmark::kMillisecond);

// Reading a ledger: CSV parsing, date and part-key checks per line.
void BM_TraceReadLedger(benchmark::State& state) {
    const TraceBenchData data = trace_bench_data(static_cast<std::size_t>(state.range(0)));
    std::string csv = "date,customer,manufacturer,part_number,lot\n";
    for (const cp::screen::SaleLine& sale : data.ledger) {
        csv += sale.date + "," + sale.customer + "," + sale.manufacturer + "," + sale.part_number + "," +
               sale.date_code + "\n";
    }
    if (cp::screen::read_ledger(csv, {}, "bench.csv").rows.size() != data.ledger.size()) {
        state.SkipWithError("ledger lines lost");
        return;
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(cp::screen::read_ledger(csv, {}, "bench.csv").rows.size());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.ledger.size()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * csv.size()));
}
BENCHMARK(BM_TraceReadLedger)->Arg(200'000)->Unit(benchmark::kMillisecond);

}  // namespace
