// SPDX-License-Identifier: Apache-2.0
// Ingest throughput, bytes to tracker updates: the AISHub NMEA capture (82,752 messages, untimed: type 4
// clock) into a VesselTracker, and pyModeS's hexcsv sample (2,000 DF17 frames of one aircraft) into an
// AircraftTracker; plus the NMEA capture into a sink that drops everything, to separate framing/decoding from
// tracking. Each benchmark first checks the message count of one pass, then times whole passes (fresh
// trackers each). Reports messages/s as items_per_second.
#include <algorithm>
#include <cstdlib>
#include <functional>
#include <span>
#include <string>

#include <benchmark/benchmark.h>

#include "io/io.hpp"
#include "track/track.hpp"

namespace {

std::string shared_file(const std::string& relative) {
    const char* root = std::getenv("CP_SHARED_DATA");
    return cp::io::read_file(std::string(root != nullptr ? root : CP_SHARED_DATA_DEFAULT) + "/" + relative);
}

const std::string& nmea_capture() {
    static const std::string text = shared_file("ais/samples/ais-nmea-sample.log");
    return text;
}

const std::string& hexcsv_sample() {
    static const std::string text = shared_file("adsb/samples/sample_data_adsb.csv");
    return text;
}

/// Feeds `text` in 64 KiB chunks, as replay does (it reads 256 KiB).
void feed(cp::track::Stream& stream, const std::string& text) {
    constexpr std::size_t chunk = 64U << 10;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    for (std::size_t start = 0; start < text.size(); start += chunk) {
        stream.feed({bytes + start, std::min(chunk, text.size() - start)});
    }
    stream.finish();
}

/// What replay loads by default: the bundled sites (ports decide port visits, encounters and loitering) and
/// the identity tables. Built once, outside the timing.
const cp::track::Context& replay_context() {
    static const cp::track::SiteIndex sites = cp::track::bundled_sites();
    static const cp::track::IcaoBlocks icao_blocks = cp::track::IcaoBlocks::bundled();
    static const cp::track::MidFlags mid_flags = cp::track::MidFlags::bundled();
    static const cp::track::Context context = [] {
        cp::track::Context c;
        c.sites = &sites;
        c.icao_blocks = &icao_blocks;
        c.mid_flags = &mid_flags;
        return c;
    }();
    return context;
}

/// One pass into fresh trackers (with replay's default context); returns the messages delivered.
std::uint64_t track_once(const std::string& text, cp::track::Format format) {
    std::size_t events = 0;
    cp::track::Context context = replay_context();
    context.sink = [&events](cp::track::Event&&) { ++events; };
    cp::track::AircraftTracker aircraft(context);
    cp::track::VesselTracker vessels(context);
    cp::track::Stream stream("bench", format, aircraft, vessels, {});
    feed(stream, text);
    benchmark::DoNotOptimize(events);
    return stream.messages();
}

class NullSink final : public cp::track::MessageSink {
public:
    void on_mode_s(cp::adsb::Message& msg, std::int64_t) override { benchmark::DoNotOptimize(msg.icao); }
    void on_sbs(const cp::adsb::SbsRecord& record, std::int64_t) override {
        benchmark::DoNotOptimize(record.icao);
    }
    void on_ais(const cp::ais::Message& msg, std::int64_t) override { benchmark::DoNotOptimize(msg.mmsi); }
};

void run_checked(benchmark::State& state, std::uint64_t expected,
                 const std::function<std::uint64_t()>& pass) {
    const std::uint64_t messages = pass();
    if (messages != expected) {
        state.SkipWithError(("unexpected message count " + std::to_string(messages)).c_str());
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(pass());
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * messages));
}

void BM_IngestNmeaCaptureToVesselTracker(benchmark::State& state) {
    run_checked(state, 82'752, [] { return track_once(nmea_capture(), cp::track::Format::nmea); });
}
BENCHMARK(BM_IngestNmeaCaptureToVesselTracker)->Unit(benchmark::kMillisecond);

void BM_IngestNmeaCaptureDecodeOnly(benchmark::State& state) {
    run_checked(state, 82'752, [] {
        NullSink sink;
        cp::track::Stream stream("bench", cp::track::Format::nmea, sink, {});
        feed(stream, nmea_capture());
        return stream.messages();
    });
}
BENCHMARK(BM_IngestNmeaCaptureDecodeOnly)->Unit(benchmark::kMillisecond);

void BM_IngestHexcsvToAircraftTracker(benchmark::State& state) {
    run_checked(state, 2'000, [] { return track_once(hexcsv_sample(), cp::track::Format::hexcsv); });
}
BENCHMARK(BM_IngestHexcsvToAircraftTracker)->Unit(benchmark::kMicrosecond);

}  // namespace
