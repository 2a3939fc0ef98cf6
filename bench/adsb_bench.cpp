// SPDX-License-Identifier: Apache-2.0
// Mode S decoding throughput on real frames from ../shared/data/adsb/samples (repeated): CRC with
// and without correction, decode() per family (DF17 identification/position/velocity, DF20/21
// Comm-B, DF4/5/11), a mixed stream, PositionDecoder and write_json. Every benchmark first checks
// its output (all frames decode, the family's fields are present), then times.
// Run: CP_SHARED_DATA=../shared/data build/release/bench/bench_adsb
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "adsb/adsb.hpp"
#include "core/text.hpp"

namespace {

struct Raw {
    std::array<std::uint8_t, 14> bytes{};
    std::uint8_t length = 0;
    double t_s = 0;
    [[nodiscard]] std::span<const std::uint8_t> data() const { return {bytes.data(), length}; }
};

std::string data_path(const std::string& relative) {
    const char* root = std::getenv("CP_SHARED_DATA");
    return std::string(root != nullptr ? root : CP_SHARED_DATA_DEFAULT) + "/" + relative;
}

// Every 14- or 28-digit hex field after the first (time) field of every line of a sample CSV.
std::vector<Raw> load_csv(const std::string& relative) {
    std::ifstream in(data_path(relative));
    std::vector<Raw> frames;
    std::string line;
    std::vector<std::uint8_t> bytes;
    while (std::getline(in, line)) {
        const auto fields = cp::text::split(line, ',');
        for (std::size_t field_idx = 1; field_idx < fields.size(); ++field_idx) {  // field 0: time
            const std::string_view field = fields[field_idx];
            std::string hex;
            for (const char ch : field) {
                if (cp::text::hex_value(ch) >= 0) hex += ch;
            }
            if ((hex.size() != 14 && hex.size() != 28) || !cp::text::hex_to_bytes(hex, bytes)) continue;
            Raw raw;
            std::copy(bytes.begin(), bytes.end(), raw.bytes.begin());
            raw.length = static_cast<std::uint8_t>(bytes.size());
            raw.t_s =
                cp::text::parse_number<double>(cp::text::trim(line.substr(0, line.find(',')))).value_or(0);
            frames.push_back(raw);
        }
    }
    return frames;
}

std::vector<Raw> load_beast(const std::string& relative) {
    std::ifstream in(data_path(relative), std::ios::binary);
    const std::vector<std::uint8_t> file((std::istreambuf_iterator<char>(in)),
                                         std::istreambuf_iterator<char>());
    cp::adsb::BeastFramer framer;
    framer.feed(file);
    framer.finish();
    std::vector<Raw> frames;
    while (auto result = framer.next()) {
        if (!result->has_value()) continue;
        const auto& frame = result->value();
        if (frame.length != 7 && frame.length != 14) continue;
        Raw raw;
        raw.bytes = frame.bytes;
        raw.length = frame.length;
        frames.push_back(raw);
    }
    return frames;
}

template <class Pred>
std::vector<Raw> select(const std::vector<Raw>& all, Pred pred, std::size_t repeat_to = 20000) {
    std::vector<Raw> picked;
    for (const auto& raw : all) {
        auto msg = cp::adsb::decode(raw.data(), {});
        if (msg && pred(*msg)) picked.push_back(raw);
    }
    if (picked.empty() || repeat_to == 0) return picked;
    std::vector<Raw> out;
    while (out.size() < repeat_to) out.insert(out.end(), picked.begin(), picked.end());
    return out;
}

const std::vector<Raw>& df17_all() {
    static const auto frames = [] {
        auto all = load_csv("adsb/samples/sample_data_adsb.csv");
        auto more = load_csv("adsb/samples/short_flights.csv");
        all.insert(all.end(), more.begin(), more.end());
        return all;
    }();
    return frames;
}

const std::vector<Raw>& commb_all() {
    static const auto frames = [] {
        auto all = load_csv("adsb/samples/sample_data_commb_df20.csv");
        auto more = load_csv("adsb/samples/sample_data_commb_df21.csv");
        all.insert(all.end(), more.begin(), more.end());
        return all;
    }();
    return frames;
}

// Decodes every frame; `check` must hold for each before timing starts.
template <class Check>
void run_decode(benchmark::State& state, const std::vector<Raw>& frames, Check check,
                const cp::adsb::DecodeOptions& options = {}) {
    if (frames.empty()) {
        state.SkipWithError("no frames of this family in the samples");
        return;
    }
    for (const auto& raw : frames) {
        auto msg = cp::adsb::decode(raw.data(), options);
        if (!msg || !check(*msg)) {
            state.SkipWithError("check failed before timing");
            return;
        }
    }
    for (auto _ : state) {
        for (const auto& raw : frames) {
            auto msg = cp::adsb::decode(raw.data(), options);
            benchmark::DoNotOptimize(msg);
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * frames.size()));
}

void BM_CrcResidual(benchmark::State& state) {
    const auto frames = select(df17_all(), [](const auto&) { return true; });
    for (const auto& raw : frames) {
        if (cp::adsb::crc_residual(raw.data()) != 0) {
            state.SkipWithError("a DF17 sample has a non-zero residual");
            return;
        }
    }
    for (auto _ : state) {
        std::uint32_t acc = 0;
        for (const auto& raw : frames) acc |= cp::adsb::crc_residual(raw.data());
        benchmark::DoNotOptimize(acc);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * frames.size()));
}
BENCHMARK(BM_CrcResidual);

void BM_DecodeOneBitCorrection(benchmark::State& state) {
    auto frames = select(df17_all(), [](const auto&) { return true; });
    for (std::size_t frame_idx = 0; frame_idx < frames.size(); ++frame_idx) {
        const std::size_t bit = 5 + frame_idx % 107;  // any bit outside the DF field
        frames[frame_idx].bytes[bit / 8] ^= static_cast<std::uint8_t>(0x80U >> (bit % 8));
    }
    run_decode(state, frames, [](const cp::adsb::Message& m) { return m.crc_ok && m.corrected_bits == 1; });
}
BENCHMARK(BM_DecodeOneBitCorrection);

void BM_DecodeDf17Identification(benchmark::State& state) {
    const auto frames = select(df17_all(), [](const auto& m) { return m.tc >= 1 && m.tc <= 4; });
    run_decode(state, frames, [](const cp::adsb::Message& m) { return m.has_flight; });
}
BENCHMARK(BM_DecodeDf17Identification);

void BM_DecodeDf17AirbornePosition(benchmark::State& state) {
    const auto frames = select(df17_all(), [](const auto& m) { return m.tc >= 9 && m.tc <= 18; });
    run_decode(state, frames,
               [](const cp::adsb::Message& m) { return m.has_cpr && m.alt_baro_ft.has_value(); });
}
BENCHMARK(BM_DecodeDf17AirbornePosition);

void BM_DecodeDf17Velocity(benchmark::State& state) {
    const auto frames = select(df17_all(), [](const auto& m) { return m.tc == 19; });
    run_decode(state, frames,
               [](const cp::adsb::Message& m) { return m.gs_kt.has_value() || m.ias_kt || m.tas_kt; });
}
BENCHMARK(BM_DecodeDf17Velocity);

void BM_DecodeDf20CommB(benchmark::State& state) {
    const auto frames = select(commb_all(), [](const auto& m) { return m.df == 20; });
    run_decode(state, frames, [](const cp::adsb::Message& m) { return m.df == 20; });
}
BENCHMARK(BM_DecodeDf20CommB);

void BM_DecodeDf21CommB(benchmark::State& state) {
    const auto frames = select(commb_all(), [](const auto& m) { return m.df == 21; });
    run_decode(state, frames, [](const cp::adsb::Message& m) { return m.df == 21 && m.squawk.has_value(); });
}
BENCHMARK(BM_DecodeDf21CommB);

void BM_DecodeDf4Df5Df11(benchmark::State& state) {
    const auto frames = select(load_beast("adsb/samples/sample_dump1090.bin"),
                               [](const auto& m) { return m.df == 4 || m.df == 5 || m.df == 11; });
    run_decode(state, frames,
               [](const cp::adsb::Message& m) { return m.df == 4 || m.df == 5 || m.df == 11; });
}
BENCHMARK(BM_DecodeDf4Df5Df11);

void BM_DecodeMixedStream(benchmark::State& state) {
    auto all = load_beast("adsb/samples/sample_dump1090.bin");
    all.insert(all.end(), df17_all().begin(), df17_all().end());
    all.insert(all.end(), commb_all().begin(), commb_all().end());
    const auto frames = select(
        all, [](const auto&) { return true; }, 0);
    run_decode(state, frames, [](const cp::adsb::Message&) { return true; });
}
BENCHMARK(BM_DecodeMixedStream);

void BM_DecodeAndPositionDecoder(benchmark::State& state) {
    const auto& frames = df17_all();
    for (auto _ : state) {
        cp::adsb::PositionDecoder decoder;
        std::size_t positions = 0;
        for (const auto& raw : frames) {
            auto msg = cp::adsb::decode(raw.data(), {});
            if (!msg) continue;
            decoder.update(*msg, static_cast<std::int64_t>(raw.t_s * 1000));
            positions += msg->lat_deg.has_value() ? 1 : 0;
        }
        if (positions < 600) state.SkipWithError("too few positions");
        benchmark::DoNotOptimize(positions);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * frames.size()));
}
BENCHMARK(BM_DecodeAndPositionDecoder);

void BM_WriteJson(benchmark::State& state) {
    std::vector<cp::adsb::Message> messages;
    for (const auto& raw : df17_all()) {
        auto msg = cp::adsb::decode(raw.data(), {});
        if (!msg) {
            state.SkipWithError("a sample frame does not decode");
            return;
        }
        messages.push_back(*msg);
    }
    std::string out;
    for (auto _ : state) {
        for (const auto& msg : messages) {
            out.clear();
            cp::adsb::write_json(msg, {1457996400000, std::nullopt, std::nullopt}, out);
            benchmark::DoNotOptimize(out.data());
        }
    }
    if (out.find("\"hex\"") == std::string::npos) state.SkipWithError("no hex in JSON");
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * messages.size()));
}
BENCHMARK(BM_WriteJson);

}  // namespace

BENCHMARK_MAIN();
