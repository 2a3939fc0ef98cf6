// SPDX-License-Identifier: Apache-2.0
// AircraftTracker throughput and memory with 100 000 live aircraft (goal: >= 2M position updates/s/core,
// <= 300 bytes per aircraft). Each aircraft flies back and forth over 16 precomputed fixes 250 m apart, one
// airborne position frame per second alternating even/odd, so every update after the first is a global CPR
// decode (a local one at NL zone boundaries), a speed check and a store. The result is checked (every
// aircraft tracked, every fix accepted, a sampled position right) before timing.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <benchmark/benchmark.h>

#include "../../tests/unit/track/test_aircraft_support.hpp"
#include "track/track.hpp"

namespace {

using namespace cp;

constexpr std::size_t aircraft_count = 100'000;
constexpr std::size_t fixes_per_aircraft = 16;
constexpr std::int64_t t0 = 1'741'064'400'000;

struct Fleet {
    std::vector<std::uint32_t> icao;
    std::vector<test::CprPair> cpr;     ///< [aircraft * fixes + fix], even frame for even fix numbers
    std::vector<geo::LatLon> position;  ///< same layout, for the check
};

const Fleet& fleet() {
    static const Fleet built = [] {
        Fleet out;
        std::uint32_t seed = 12345;
        const auto next = [&] {
            seed = seed * 1664525U + 1013904223U;
            return static_cast<double>(seed >> 8) / static_cast<double>(1U << 24);
        };
        for (std::size_t plane_idx = 0; plane_idx < aircraft_count; ++plane_idx) {
            out.icao.push_back(0x100000U + static_cast<std::uint32_t>(plane_idx) * 97U);
            const geo::LatLon start{30.0 + 30.0 * next(), -10.0 + 50.0 * next()};
            const double bearing = 360.0 * next();
            for (std::size_t fix_idx = 0; fix_idx < fixes_per_aircraft; ++fix_idx) {
                const geo::LatLon p = geo::destination(start, bearing, 250.0 * static_cast<double>(fix_idx));
                out.position.push_back(p);
                out.cpr.push_back(test::cpr_encode(p.lat_deg, p.lon_deg, fix_idx % 2 == 1, false));
            }
        }
        return out;
    }();
    return built;
}

/// Step `round` of a ping-pong walk over the fixes: 0 1 ... 15 14 ... 1 0 1 ...
std::size_t fix_of_round(std::size_t round) {
    const std::size_t period = 2 * (fixes_per_aircraft - 1);
    const std::size_t phase = round % period;
    return phase < fixes_per_aircraft ? phase : period - phase;
}

class Driver {
public:
    Driver() : m_tracker(track::Context{.sink = [this](track::Event&&) { ++m_events; }}) {
        m_msg = test::airborne_position(0, {0, 0}, 35'000, false);
    }
    /// Feeds update number `n` (aircraft n % count, round n / count).
    void feed(std::size_t n) {
        const Fleet& f = fleet();
        const std::size_t plane_idx = n % aircraft_count;
        const std::size_t round = n / aircraft_count;
        const std::size_t fix_idx = fix_of_round(round);
        const test::CprPair& cpr = f.cpr[plane_idx * fixes_per_aircraft + fix_idx];
        m_msg.icao = f.icao[plane_idx];
        m_msg.cpr_odd = fix_idx % 2 == 1;
        m_msg.cpr_lat = cpr.lat;
        m_msg.cpr_lon = cpr.lon;
        m_msg.lat_deg.reset();
        m_msg.lon_deg.reset();
        m_msg.position_reject = adsb::PositionReject::none;
        const auto t_ms = t0 + static_cast<std::int64_t>(round) * 1000 +
                          static_cast<std::int64_t>(plane_idx * 1000 / aircraft_count);
        m_tracker.update(m_msg, t_ms);
    }
    track::AircraftTracker& tracker() { return m_tracker; }
    [[nodiscard]] std::size_t events() const { return m_events; }

private:
    track::AircraftTracker m_tracker;
    adsb::Message m_msg;
    std::size_t m_events = 0;
};

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "bench_aircraft: check failed: %s\n", what);
    std::abort();
}

void check(Driver& driver, std::size_t fed) {
    track::AircraftTracker& tracker = driver.tracker();
    if (tracker.size() != aircraft_count) fail("not every aircraft is tracked");
    const auto& stats = tracker.stats();
    if (stats.positions_rejected != 0) fail("a fix was rejected");
    // Each aircraft's first frame has no partner; a pair that straddles an NL zone boundary before the
    // aircraft has any position cannot be decoded either (~0.1% of the random fleet).
    if (stats.positions_accepted + stats.positions_undecoded != fed) fail("a frame was lost");
    if (stats.positions_undecoded > aircraft_count + aircraft_count / 500) fail("too many undecoded frames");
    const std::size_t last_round = (fed - 1) / aircraft_count;
    const geo::LatLon expected = fleet().position[fix_of_round(last_round)];  // aircraft 0
    bool found = false;
    tracker.for_each([&](const track::AircraftView& view) {
        if (view.icao != fleet().icao[0]) return;
        found = view.position && geo::distance_m(*view.position, expected) < 20.0;
    });
    if (!found) fail("aircraft 0 is not where it was sent");
    if (driver.events() != 0) fail("events from a steady cruise");
}

void BM_AircraftPositionUpdate100k(benchmark::State& state) {
    Driver driver;
    std::size_t n = 0;
    for (; n < aircraft_count * 4; ++n) driver.feed(n);  // every aircraft present, pairs warmed up
    check(driver, n);
    for (auto _ : state) driver.feed(n++);
    check(driver, n);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
    state.counters["aircraft"] = static_cast<double>(driver.tracker().size());
    state.counters["bytes_per_aircraft"] =
        static_cast<double>(driver.tracker().memory_bytes()) / static_cast<double>(driver.tracker().size());
}
BENCHMARK(BM_AircraftPositionUpdate100k)->Unit(benchmark::kNanosecond)->MinTime(2.0);

}  // namespace
