// SPDX-License-Identifier: Apache-2.0
// Mode S framing throughput: Beast (alone and with decode()), AVR lines, hexcsv rows. Inputs are the real
// frames of adsb/samples/ repeated (sample_dump1090.bin: 239 frames x 100; short_flights.csv: 486 rows x 50).
// Each benchmark first checks that it frames every input frame, then times. Output: frames per second.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "adsb/adsb.hpp"
#include "io/io.hpp"

namespace {

std::string shared(const std::string& relative) {
    const char* root = std::getenv("CP_SHARED_DATA");
    return std::string(root != nullptr ? root : CP_SHARED_DATA_DEFAULT) + "/" + relative;
}

constexpr std::size_t beast_frames = 239;
constexpr std::size_t beast_repeats = 100;

const std::string& beast_stream() {
    static const std::string stream = [] {
        const std::string sample = cp::io::read_file(shared("adsb/samples/sample_dump1090.bin"));
        std::string out;
        for (std::size_t rep = 0; rep < beast_repeats; ++rep) out += sample;
        return out;
    }();
    return stream;
}

/// Frames (and optionally decodes) the whole stream; returns frames framed (and decoded without error).
std::size_t run_beast(const std::string& stream, bool decode) {
    cp::adsb::BeastFramer framer;
    framer.feed({reinterpret_cast<const std::uint8_t*>(stream.data()), stream.size()});
    framer.finish();
    std::size_t count = 0;
    while (auto result = framer.next()) {
        if (!*result) continue;
        if (!decode) {
            ++count;
            continue;
        }
        const auto message = cp::adsb::decode(result->value().data(), cp::adsb::DecodeOptions{});
        if (message) ++count;
        benchmark::DoNotOptimize(message);
    }
    return count;
}

void BM_BeastFraming(benchmark::State& state) {
    const std::string& stream = beast_stream();
    if (run_beast(stream, false) != beast_frames * beast_repeats) {
        state.SkipWithError("Beast framing lost frames");
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(run_beast(stream, false));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * beast_frames * beast_repeats));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * stream.size()));
}
BENCHMARK(BM_BeastFraming);

void BM_BeastFramingAndDecode(benchmark::State& state) {
    const std::string& stream = beast_stream();
    const std::size_t decoded = run_beast(stream, true);
    if (decoded == 0 || decoded > beast_frames * beast_repeats) {
        state.SkipWithError("Beast decode gave no frames");
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(run_beast(stream, true));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * beast_frames * beast_repeats));
}
BENCHMARK(BM_BeastFramingAndDecode);

/// AVR `@` lines made from the real Beast frames (time + payload), repeated.
std::vector<std::string> avr_lines() {
    std::vector<std::string> lines;
    cp::adsb::BeastFramer framer;
    const std::string sample = cp::io::read_file(shared("adsb/samples/sample_dump1090.bin"));
    framer.feed({reinterpret_cast<const std::uint8_t*>(sample.data()), sample.size()});
    while (auto result = framer.next()) {
        if (!*result) continue;
        char line[64];
        int used = std::snprintf(line, sizeof line, "@%012llX",
                                 static_cast<unsigned long long>(result->value().timestamp_ticks));
        for (const std::uint8_t byte : result->value().data()) {
            used += std::snprintf(line + used, sizeof line - static_cast<std::size_t>(used), "%02X", byte);
        }
        lines.emplace_back(std::string(line) + ";");
    }
    std::vector<std::string> repeated;
    for (std::size_t rep = 0; rep < beast_repeats; ++rep)
        repeated.insert(repeated.end(), lines.begin(), lines.end());
    return repeated;
}

void BM_AvrFraming(benchmark::State& state) {
    const std::vector<std::string> lines = avr_lines();
    const auto run = [&] {
        std::size_t count = 0;
        for (const std::string& line : lines) count += cp::adsb::parse_avr_line(line, {}).has_value() ? 1 : 0;
        return count;
    };
    if (run() != beast_frames * beast_repeats) {
        state.SkipWithError("AVR framing lost lines");
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(run());
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines.size()));
}
BENCHMARK(BM_AvrFraming);

void BM_HexCsvFraming(benchmark::State& state) {
    const std::string sample = cp::io::read_file(shared("adsb/samples/short_flights.csv"));
    std::string content;
    for (int rep = 0; rep < 50; ++rep) content += sample;
    const auto run = [&] {
        std::size_t count = 0;
        cp::io::LineCursor cursor(content);
        cp::io::LineView line;
        while (cursor.next(line)) count += cp::adsb::parse_hexcsv_line(line.text, {}).has_value() ? 1 : 0;
        return count;
    };
    if (run() != 486U * 50U) {
        state.SkipWithError("hexcsv framing lost rows");
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(run());
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * 486 * 50));
}
BENCHMARK(BM_HexCsvFraming);

}  // namespace

BENCHMARK_MAIN();
