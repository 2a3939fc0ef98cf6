// SPDX-License-Identifier: Apache-2.0
// libFuzzer: bytes -> track::Stream -> real AircraftTracker and VesselTracker (with the bundled sites), as
// `replay` and `watch` run them. The first byte picks the format (Beast, AVR, SBS, hexcsv, NMEA), the second
// seeds the chunk sizes the rest is fed in (1..64 bytes, as a socket might split it). Every path must return
// (never crash, hang, assert or read out of bounds). Seeds: tests/fuzz/corpus/fuzz_track_ingest/.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>

#include "track/track.hpp"

namespace {

/// What the trackers read, built once (the bundled sites take a while to index).
struct Shared {
    cp::track::SiteIndex sites = cp::track::bundled_sites();
    cp::track::IcaoBlocks icao_blocks = cp::track::IcaoBlocks::bundled();
    cp::track::MidFlags mid_flags = cp::track::MidFlags::bundled();
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Shared shared;
    if (size < 2) return 0;
    const auto format = static_cast<cp::track::Format>(data[0] % 5);
    std::uint32_t seed = data[1] | 1U;
    const std::span<const std::uint8_t> input(data + 2, size - 2);

    std::size_t events = 0;
    cp::track::TrackRecorder recorder;
    cp::track::Context context;
    context.sites = &shared.sites;
    context.icao_blocks = &shared.icao_blocks;
    context.mid_flags = &shared.mid_flags;
    context.recorder = &recorder;
    context.sink = [&events](cp::track::Event&& event) { events += event.summary.size() > 0 ? 1 : 0; };
    cp::track::AircraftTracker aircraft(context);
    cp::track::VesselTracker vessels(context);
    cp::track::IngestOptions options;
    options.tick_epoch_ms = 1'700'000'000'000;
    options.max_held = 8;  // small, so that short inputs reach the give-up path too
    cp::track::Stream stream("fuzz", format, aircraft, vessels, options);

    std::size_t offset = 0;
    while (offset < input.size()) {
        seed = seed * 1'103'515'245U + 12'345U;  // LCG: reproducible chunk sizes for one input
        const std::size_t chunk = std::min<std::size_t>(1 + (seed >> 16) % 64, input.size() - offset);
        stream.feed(input.subspan(offset, chunk));
        offset += chunk;
    }
    stream.finish();
    const std::int64_t end_ms = stream.now_ms().value_or(0);
    aircraft.advance(end_ms);
    vessels.advance(end_ms);
    aircraft.finish(end_ms);
    vessels.finish(end_ms);
    if (stream.bytes() != input.size()) __builtin_trap();
    return 0;
}
