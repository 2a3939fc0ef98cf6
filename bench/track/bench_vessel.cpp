// SPDX-License-Identifier: Apache-2.0
// VesselTracker throughput and memory with 100,000 live vessels (issue 3 goal: >= 2M position updates/s/core,
// <= 300 bytes per vessel). Vessels sail straight lines over Europe, the Middle East and the Caspian (30 %
// slow or anchored, so that the encounter grid is used), each reporting every 10 s, with the bundled sites
// (ports for visits, loitering and encounter distances) and MID flags. Before timing, the warm-up round is
// checked: every vessel is tracked, positions are where they were sent, no event was invented.
#include <cmath>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <malloc.h>

#include "ais/ais.hpp"
#include "track/track.hpp"

namespace {

namespace ais = cp::ais;

struct Lane {
    std::uint32_t mmsi = 0;
    std::int32_t lat = 0;  ///< 1/10000 minute
    std::int32_t lon = 0;
    std::int32_t dlat = 0;  ///< per report (10 s)
    std::int32_t dlon = 0;
    std::uint16_t sog = 0;  ///< 0.1 kn
};

std::vector<Lane> make_lanes(std::size_t count) {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> lat(25.0, 60.0);
    std::uniform_real_distribution<double> lon(0.0, 60.0);
    std::uniform_real_distribution<double> course(0.0, 2 * M_PI);
    std::uniform_real_distribution<double> fast(5.0, 20.0);
    std::uniform_real_distribution<double> slow(0.0, 1.5);
    std::vector<Lane> lanes(count);
    for (std::size_t idx = 0; idx < count; ++idx) {
        Lane& lane = lanes[idx];
        lane.mmsi = 200'000'000 + static_cast<std::uint32_t>(idx) * 7;
        const double la = lat(rng);
        lane.lat = static_cast<std::int32_t>(la * 600'000);
        lane.lon = static_cast<std::int32_t>(lon(rng) * 600'000);
        const double kt = idx % 10 < 3 ? slow(rng) : fast(rng);
        const double c = course(rng);
        const double metres = kt * 1852.0 * 10.0 / 3600.0;  // per 10 s report
        lane.dlat = static_cast<std::int32_t>(std::lround(metres * std::cos(c) / 111'195.0 * 600'000));
        lane.dlon = static_cast<std::int32_t>(
            std::lround(metres * std::sin(c) / (111'195.0 * std::cos(la * M_PI / 180.0)) * 600'000));
        lane.sog = static_cast<std::uint16_t>(std::lround(kt * 10));
    }
    return lanes;
}

/// Sends one report of `lane` at time `t_ms` through the reused `msg`.
void report(cp::track::VesselTracker& tracker, ais::Message& msg, Lane& lane, std::int64_t t_ms) {
    lane.lat += lane.dlat;
    lane.lon += lane.dlon;
    auto& body = std::get<ais::PositionReport>(msg.body);
    msg.mmsi = lane.mmsi;
    body.lat = lane.lat;
    body.lon = lane.lon;
    body.speed = lane.sog;
    tracker.update(msg, t_ms);
}

void BM_VesselUpdate100k(benchmark::State& state) {
    constexpr std::size_t vessel_count = 100'000;
    constexpr std::int64_t t0_ms = 1'700'000'000'000;
    static const cp::track::SiteIndex sites = cp::track::bundled_sites();
    static const cp::track::MidFlags flags = cp::track::MidFlags::bundled();
    std::vector<Lane> lanes = make_lanes(vessel_count);
    std::size_t events = 0;
    cp::track::Context ctx;
    ctx.sites = &sites;
    ctx.mid_flags = &flags;
    ctx.sink = [&](cp::track::Event&&) { ++events; };

    const std::size_t heap_before = mallinfo2().uordblks;
    cp::track::VesselTracker tracker(ctx);
    ais::Message msg;
    msg.type = 1;
    ais::PositionReport body;
    body.course = 3600;
    body.heading = 511;
    msg.body = body;
    for (std::size_t idx = 0; idx < vessel_count; ++idx) {
        report(tracker, msg, lanes[idx], t0_ms + static_cast<std::int64_t>(idx) / 10);
    }
    const std::size_t heap_after = mallinfo2().uordblks;

    // Check before timing: all vessels tracked, one of them where it was sent, nothing invented.
    if (tracker.size() != vessel_count) state.SkipWithError("not every vessel is tracked");
    bool position_ok = false;
    const Lane probe = lanes[12'345];
    tracker.for_each([&](const cp::track::VesselView& v) {
        if (v.mmsi != probe.mmsi || !v.position) return;
        position_ok = std::fabs(v.position->lat_deg - probe.lat / 600'000.0) < 1e-6 &&
                      std::fabs(v.position->lon_deg - probe.lon / 600'000.0) < 1e-6;
    });
    if (!position_ok) state.SkipWithError("a tracked position differs from the one sent");
    if (events != 0) state.SkipWithError("the warm-up round produced events");

    std::int64_t round = 1;
    std::size_t lane_idx = 0;
    for (auto _ : state) {
        report(tracker, msg, lanes[lane_idx],
               t0_ms + round * 10'000 + static_cast<std::int64_t>(lane_idx) / 10);
        if (++lane_idx == vessel_count) {
            lane_idx = 0;
            ++round;
        }
    }
    state.counters["updates_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["bytes_per_vessel_est"] =
        static_cast<double>(tracker.memory_bytes()) / static_cast<double>(tracker.size());
    state.counters["bytes_per_vessel_heap"] =
        static_cast<double>(heap_after - heap_before) / static_cast<double>(vessel_count);
    state.counters["events"] = static_cast<double>(events);
}
BENCHMARK(BM_VesselUpdate100k)->Unit(benchmark::kNanosecond)->MinTime(2.0);

}  // namespace
