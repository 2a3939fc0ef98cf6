// SPDX-License-Identifier: Apache-2.0
// AircraftTracker on real captures, through the real path (parse_hexcsv_line -> decode -> tracker):
// pyModeS's sample_data_adsb.csv (one aircraft, 406B90, whole-second timestamps) and short_flights.csv (nine
// aircraft over one minute). Accepted positions never jump faster than the speed check allows and no event is
// invented (these recordings hold no takeoff, landing, gap or emergency).
#include <fstream>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "test_data.hpp"
#include "track/track.hpp"

namespace cp::track {
namespace {

struct Fix {
    std::int64_t t_ms;
    geo::LatLon position;
};

struct Replay {
    std::vector<Event> events;
    std::map<std::uint32_t, std::vector<Fix>> fixes;  ///< accepted positions per aircraft, in order
    std::uint64_t frames = 0;
    AircraftStats stats;
    std::size_t aircraft = 0;
};

Replay replay_hexcsv(const std::string& relative) {
    std::ifstream in(test::shared_data(relative));
    EXPECT_TRUE(in) << relative;
    Replay out;
    AircraftTracker tracker(Context{.sink = [&](Event&& event) { out.events.push_back(std::move(event)); }});
    std::string line;
    std::uint64_t line_no = 0;
    std::uint64_t offset = 0;
    std::int64_t last_ms = 0;
    while (std::getline(in, line)) {
        ++line_no;
        const auto frame = adsb::parse_hexcsv_line(line, {offset, line_no});
        offset += line.size() + 1;
        if (!frame) continue;
        auto msg = adsb::decode(frame->data(), adsb::DecodeOptions{});
        if (!msg) continue;
        ++out.frames;
        const auto t_ms = static_cast<std::int64_t>(frame->timestamp_unix_s * 1000.0);
        tracker.update(*msg, t_ms);
        last_ms = t_ms;
        if (msg->lat_deg) out.fixes[msg->icao].push_back({t_ms, {*msg->lat_deg, *msg->lon_deg}});
    }
    tracker.finish(last_ms);
    out.stats = tracker.stats();
    out.aircraft = tracker.size();
    return out;
}

/// Every accepted position is within the speed check of the one before.
void expect_no_impossible_jump(const Replay& replay) {
    const AircraftRules rules;
    for (const auto& [icao, fixes] : replay.fixes) {
        for (std::size_t fix_idx = 1; fix_idx < fixes.size(); ++fix_idx) {
            const Fix& a = fixes[fix_idx - 1];
            const Fix& b = fixes[fix_idx];
            const double dt_s = static_cast<double>(b.t_ms - a.t_ms) / 1000.0;
            const double allowed_m = rules.jump_slack_m + dt_s * rules.max_speed_kt * 1852.0 / 3600.0;
            EXPECT_LE(geo::distance_m(a.position, b.position), allowed_m)
                << std::hex << icao << " fix " << fix_idx;
            if (dt_s >= 10) {
                const double kt = geo::distance_m(a.position, b.position) / 1852.0 / (dt_s / 3600.0);
                EXPECT_LE(kt, rules.max_speed_kt) << std::hex << icao << " fix " << fix_idx;
            }
        }
    }
}

void expect_no_invented_event(const Replay& replay) {
    for (const Event& event : replay.events) {
        EXPECT_NE(event.kind, EventKind::flight_leg) << event.summary;
        EXPECT_NE(event.kind, EventKind::ground_stop) << event.summary;
        EXPECT_NE(event.kind, EventKind::site_route) << event.summary;
        EXPECT_NE(event.kind, EventKind::transponder_gap) << event.summary;
        EXPECT_NE(event.kind, EventKind::squawk_emergency) << event.summary;
    }
}

TEST(AircraftRealData, PyModeSSampleGivesOneSmoothTrackAndNoEvent) {
    const Replay replay = replay_hexcsv("adsb/samples/sample_data_adsb.csv");
    ASSERT_GT(replay.frames, 1'900U);
    EXPECT_EQ(replay.aircraft, 1U);
    ASSERT_EQ(replay.fixes.size(), 1U);
    const auto& fixes = replay.fixes.begin()->second;
    ::testing::Test::RecordProperty("positions", static_cast<int>(fixes.size()));
    EXPECT_EQ(replay.fixes.begin()->first, 0x406B90U);
    // pyModeS decodes 937 positions from this file; a pair needs two frames, so the first frame has none.
    EXPECT_GE(fixes.size(), 930U);
    EXPECT_LE(fixes.size(), 937U);
    EXPECT_EQ(replay.stats.positions_rejected, 0U);
    EXPECT_EQ(replay.stats.position_resets, 0U);
    expect_no_impossible_jump(replay);
    expect_no_invented_event(replay);
    EXPECT_TRUE(replay.events.empty());
}

TEST(AircraftRealData, ShortFlightsGiveNineAircraftWithoutJumpsOrEvents) {
    const Replay replay = replay_hexcsv("adsb/samples/short_flights.csv");
    EXPECT_EQ(replay.aircraft, 9U);
    std::size_t positions = 0;
    for (const auto& entry : replay.fixes) positions += entry.second.size();
    ::testing::Test::RecordProperty("positions", static_cast<int>(positions));
    ::testing::Test::RecordProperty("aircraft_with_positions", static_cast<int>(replay.fixes.size()));
    ::testing::Test::RecordProperty("rejected", static_cast<int>(replay.stats.positions_rejected));
    EXPECT_GE(replay.fixes.size(), 5U) << "most aircraft send positions in a minute";
    EXPECT_EQ(replay.stats.position_resets, 0U);
    expect_no_impossible_jump(replay);
    expect_no_invented_event(replay);
}

}  // namespace
}  // namespace cp::track
