// SPDX-License-Identifier: Apache-2.0
// ais_gap, port_visit and loitering around their thresholds, with hand-built AIS messages.
#include <gtest/gtest.h>

#include "test_vessel_support.hpp"

namespace cp::test {
namespace {

using track::EventKind;

constexpr std::uint32_t ship = 273'456'789;
const geo::LatLon port_center{36.7833, 53.35};
const geo::LatLon open_sea{40.0, 51.0};  // mid-Caspian, > 200 km from both test ports

track::SiteIndex test_ports() {
    track::SiteIndex sites;
    sites.add(port("IRAMD", "Bandar Amirabad", port_center, 3'000, false));
    sites.add(port("RU-MAKHACHKALA", "Makhachkala", {42.983, 47.504}, 15'000, true));
    sites.build();
    return sites;
}

TEST(VesselGap, SilenceJustBelowSixHoursIsNoGap) {
    VesselHarness h;
    h.tracker.update(position(ship, open_sea, 10), t0_ms);
    h.tracker.update(position(ship, geo::destination(open_sea, 90, 100'000), 10),
                     t0_ms + 6 * hour_ms - 1'000);
    h.tracker.finish(t0_ms + 7 * hour_ms);
    EXPECT_TRUE(h.of(EventKind::ais_gap).empty());
}

TEST(VesselGap, SilenceOfSixHoursIsAGapWithDistanceAndSpeed) {
    const track::SiteIndex sites = test_ports();
    VesselHarness h(&sites);
    h.tracker.update(position(ship, open_sea, 10), t0_ms);
    h.tracker.update(position(ship, geo::destination(open_sea, 90, 111'120), 10), t0_ms + 6 * hour_ms);
    h.tracker.finish(t0_ms + 7 * hour_ms);
    const auto gaps = h.of(EventKind::ais_gap);
    ASSERT_EQ(gaps.size(), 1U);
    EXPECT_EQ(gaps[0]->start_ms, t0_ms);
    EXPECT_EQ(gaps[0]->end_ms, t0_ms + 6 * hour_ms);
    EXPECT_EQ(detail(*gaps[0], "gap_s"), "21600");
    EXPECT_EQ(detail(*gaps[0], "implied_speed_kt"), "10.0");  // 60 nm in 6 h
    EXPECT_EQ(detail(*gaps[0], "likely_disabled"), "true");   // far from both ports
    EXPECT_EQ(gaps[0]->evidence.size(), 2U);
}

TEST(VesselGap, GapStartingNearAPortIsNotLikelyDisabled) {
    const track::SiteIndex sites = test_ports();
    VesselHarness h(&sites);
    const geo::LatLon near_port = geo::destination(port_center, 0, 80'000);  // 43 nm: inside GFW's 50 nm
    h.tracker.update(position(ship, near_port, 10), t0_ms);
    h.tracker.update(position(ship, geo::destination(near_port, 0, 100'000), 10), t0_ms + 7 * hour_ms);
    const auto gaps = h.of(EventKind::ais_gap);
    ASSERT_EQ(gaps.size(), 1U);
    EXPECT_EQ(detail(*gaps[0], "likely_disabled"), "false");
}

TEST(VesselGap, VesselSilentUntilTheEndOfTheRecordingHasNoGap) {
    VesselHarness h;
    h.tracker.update(position(ship, open_sea, 10), t0_ms);
    h.tracker.advance(t0_ms + 30 * hour_ms);
    h.tracker.finish(t0_ms + 30 * hour_ms);
    EXPECT_TRUE(h.of(EventKind::ais_gap).empty());
}

/// Drives the ship from 10 km north into the port to `closest_m` from its centre, stops it there for
/// `stop_ms` at `stop_kt`, then out to `leave_m`; one report every 5 minutes.
void port_call(VesselHarness& h, double closest_m, double stop_kt, std::int64_t stop_ms, double leave_m) {
    std::int64_t t = t0_ms;
    for (double d = 10'000; d > closest_m; d -= 1'000, t += 5 * minute_ms) {
        h.tracker.update(position(ship, geo::destination(port_center, 0, d), 6), t);
    }
    const geo::LatLon berth = geo::destination(port_center, 0, closest_m);
    for (std::int64_t s = 0; s <= stop_ms; s += 5 * minute_ms, t += 5 * minute_ms) {
        h.tracker.update(position(ship, berth, stop_kt), t);
    }
    for (double d = closest_m + 500; d <= leave_m; d += 500, t += 5 * minute_ms) {
        h.tracker.update(position(ship, geo::destination(port_center, 0, d), 6), t);
    }
}

TEST(VesselPortVisit, EntryWithin3KmStopAndExitBeyond4KmIsAVisit) {
    const track::SiteIndex sites = test_ports();
    VesselHarness h(&sites);
    port_call(h, 2'900, 0.1, 4 * hour_ms, 4'400);
    h.tracker.finish(t0_ms + 24 * hour_ms);
    const auto visits = h.of(EventKind::port_visit);
    ASSERT_EQ(visits.size(), 1U);
    ASSERT_EQ(visits[0]->sites.size(), 1U);
    EXPECT_EQ(visits[0]->sites[0].id, "IRAMD");
    EXPECT_FALSE(visits[0]->sites[0].approximate);
    EXPECT_EQ(detail(*visits[0], "stopped"), "true");
    // The stop lasts until the first report above 0.5 kn, 5 minutes after the last one at the berth.
    EXPECT_EQ(detail(*visits[0], "stop_duration_s"), "14700");
    EXPECT_NE(visits[0]->summary.find("Bandar Amirabad"), std::string::npos);
}

TEST(VesselPortVisit, ClosestApproachJustOutside3KmIsNoVisit) {
    const track::SiteIndex sites = test_ports();
    VesselHarness h(&sites);
    port_call(h, 3'100, 0.1, 4 * hour_ms, 6'000);
    h.tracker.finish(t0_ms + 24 * hour_ms);
    EXPECT_TRUE(h.of(EventKind::port_visit).empty());
}

TEST(VesselPortVisit, LeavingTo3_9KmKeepsTheVisitOpenAndFinishEmitsNothing) {
    const track::SiteIndex sites = test_ports();
    VesselHarness h(&sites);
    port_call(h, 2'900, 0.1, hour_ms, 3'900);
    h.tracker.finish(t0_ms + 24 * hour_ms);
    EXPECT_TRUE(h.of(EventKind::port_visit).empty());
}

TEST(VesselPortVisit, SpeedBetweenTheStopThresholdsNeitherStartsNorEndsAStop) {
    const track::SiteIndex sites = test_ports();
    VesselHarness transit(&sites);
    port_call(transit, 2'000, 0.3, 2 * hour_ms, 4'500);      // 0.3 kn: not below 0.2, so never stopped
    EXPECT_TRUE(transit.of(EventKind::port_visit).empty());  // no stop, no port gap: in transit
    track::VesselRules every_visit;
    every_visit.port_visit_requires_stop = false;
    VesselHarness h(&sites, every_visit);
    port_call(h, 2'000, 0.3, 2 * hour_ms, 4'500);
    const auto visits = h.of(EventKind::port_visit);
    ASSERT_EQ(visits.size(), 1U);
    EXPECT_EQ(detail(*visits[0], "stopped"), "false");
    EXPECT_EQ(detail(*visits[0], "stop_duration_s"), "0");

    VesselHarness h2(&sites);  // stopped at 0.1 kn, then 0.4 kn: below 0.5, still stopped (hysteresis)
    std::int64_t t = t0_ms;
    const geo::LatLon berth = geo::destination(port_center, 0, 1'000);
    h2.tracker.update(position(ship, berth, 0.1), t);
    h2.tracker.update(position(ship, berth, 0.4), t += hour_ms);
    h2.tracker.update(position(ship, berth, 0.4), t += hour_ms);
    h2.tracker.update(position(ship, berth, 0.6), t += hour_ms);  // above 0.5: the stop ends here (3 h)
    h2.tracker.update(position(ship, geo::destination(port_center, 0, 4'100), 6), t += hour_ms);
    const auto visits2 = h2.of(EventKind::port_visit);
    ASSERT_EQ(visits2.size(), 1U);
    EXPECT_EQ(detail(*visits2[0], "stop_duration_s"), "10800");
}

TEST(VesselPortVisit, SilenceOfFourHoursInPortCountsAsAStop) {
    const track::SiteIndex sites = test_ports();
    for (const std::int64_t silence_ms : {4 * hour_ms - minute_ms, 4 * hour_ms}) {
        VesselHarness h(&sites);
        const geo::LatLon berth = geo::destination(port_center, 0, 1'000);
        h.tracker.update(position(ship, geo::destination(port_center, 0, 8'000), 5), t0_ms);
        h.tracker.update(position(ship, berth, 1.0), t0_ms + hour_ms);
        h.tracker.update(position(ship, berth, 1.0), t0_ms + hour_ms + silence_ms);
        h.tracker.update(position(ship, geo::destination(port_center, 0, 5'000), 5),
                         t0_ms + 2 * hour_ms + silence_ms);
        EXPECT_EQ(h.of(EventKind::port_visit).size(), silence_ms >= 4 * hour_ms ? 1U : 0U) << silence_ms;
    }
}

TEST(VesselPortVisit, ApproximatePortUsesItsWiderCircleAndSaysSo) {
    const track::SiteIndex sites = test_ports();
    VesselHarness h(&sites);
    const geo::LatLon city{42.983, 47.504};
    std::int64_t t = t0_ms;
    h.tracker.update(position(ship, geo::destination(city, 90, 30'000), 8), t);
    h.tracker.update(position(ship, geo::destination(city, 90, 12'000), 0.0), t += hour_ms);
    h.tracker.update(position(ship, geo::destination(city, 90, 12'000), 0.0), t += 5 * hour_ms);
    h.tracker.update(position(ship, geo::destination(city, 90, 16'500), 8), t += hour_ms);
    const auto visits = h.of(EventKind::port_visit);
    ASSERT_EQ(visits.size(), 1U);
    EXPECT_TRUE(visits[0]->sites[0].approximate);
    EXPECT_NE(detail(*visits[0], "approximate_site"), "");
}

/// The ship drifts at `sog_kt` for `duration_ms` at `where` (reports every 10 minutes), then speeds off.
void drift(VesselHarness& h, geo::LatLon where, double sog_kt, std::int64_t duration_ms) {
    std::int64_t t = t0_ms;
    for (; t <= t0_ms + duration_ms; t += 10 * minute_ms) {
        h.tracker.update(
            position(ship, geo::destination(where, 45, static_cast<double>(t - t0_ms) / 1e4), sog_kt), t);
    }
    h.tracker.update(position(ship, geo::destination(where, 45, 3'000), 12), t);
}

TEST(VesselLoitering, FourHoursBelowTwoKnotsAwayFromPortIsLoitering) {
    const track::SiteIndex sites = test_ports();
    VesselHarness h(&sites);
    drift(h, open_sea, 1.5, 4 * hour_ms);
    const auto loiters = h.of(EventKind::loitering);
    ASSERT_EQ(loiters.size(), 1U);
    EXPECT_EQ(detail(*loiters[0], "duration_s"), "14400");
    EXPECT_EQ(detail(*loiters[0], "mean_speed_kt"), "1.5");
}

TEST(VesselLoitering, JustUnderFourHoursIsNot) {
    VesselHarness h;
    drift(h, open_sea, 1.5, 4 * hour_ms - 10 * minute_ms);
    EXPECT_TRUE(h.of(EventKind::loitering).empty());
}

TEST(VesselLoitering, TwoKnotsIsNotBelowTwoKnots) {
    VesselHarness h;
    drift(h, open_sea, 2.0, 6 * hour_ms);
    EXPECT_TRUE(h.of(EventKind::loitering).empty());
    VesselHarness h2;
    drift(h2, open_sea, 1.9, 6 * hour_ms);
    EXPECT_EQ(h2.of(EventKind::loitering).size(), 1U);
}

TEST(VesselLoitering, SlowNearAPortIsNotLoitering) {
    const track::SiteIndex sites = test_ports();
    VesselHarness h(&sites);
    drift(h, geo::destination(port_center, 0, 9'000), 1.0, 6 * hour_ms);  // anchored 9 km off the port
    EXPECT_TRUE(h.of(EventKind::loitering).empty());
    VesselHarness h2(&sites);
    drift(h2, geo::destination(port_center, 0, 11'000), 1.0, 6 * hour_ms);
    EXPECT_EQ(h2.of(EventKind::loitering).size(), 1U);
}

TEST(VesselLoitering, RunStillOpenAtTheEndIsReportedWhenLongEnough) {
    VesselHarness h;
    for (std::int64_t t = t0_ms; t <= t0_ms + 5 * hour_ms; t += 10 * minute_ms) {
        h.tracker.update(position(ship, open_sea, 0.5), t);
    }
    EXPECT_TRUE(h.of(EventKind::loitering).empty());
    h.tracker.finish(t0_ms + 5 * hour_ms);
    EXPECT_EQ(h.of(EventKind::loitering).size(), 1U);
}

}  // namespace
}  // namespace cp::test
