// SPDX-License-Identifier: Apache-2.0
// encounter, identity_change, position_jump and watchlist_sighting around their thresholds, plus the merge of
// static data into the vessel view.
#include <gtest/gtest.h>

#include "test_vessel_support.hpp"

namespace cp::test {
namespace {

using track::EventKind;

constexpr std::uint32_t ship_a = 273'456'789;
constexpr std::uint32_t ship_b = 422'123'456;
const geo::LatLon open_sea{40.0, 51.0};

track::SiteIndex one_port(geo::LatLon where) {
    track::SiteIndex sites;
    sites.add(port("P", "Test port", where, 3'000, false));
    sites.build();
    return sites;
}

struct Meeting {
    double distance_m = 490;
    double sog_a = 1.0;
    double sog_b = 1.0;
    std::int64_t duration_ms = 2 * hour_ms + 10 * minute_ms;
    geo::LatLon where = open_sea;
};

/// Both ships report every 5 minutes (b one minute after a) `distance_m` apart, then part 5 km.
void meet(VesselHarness& h, const Meeting& m) {
    std::int64_t t = t0_ms;
    for (; t <= t0_ms + m.duration_ms; t += 5 * minute_ms) {
        h.tracker.update(position(ship_a, m.where, m.sog_a), t);
        h.tracker.update(position(ship_b, geo::destination(m.where, 90, m.distance_m), m.sog_b),
                         t + minute_ms);
    }
    h.tracker.update(position(ship_a, geo::destination(m.where, 270, 5'000), 10), t);
    h.tracker.update(position(ship_b, geo::destination(m.where, 90, 5'000), 10), t + minute_ms);
}

TEST(VesselEncounter, TwoSlowShipsWithin500mForTwoHoursAwayFromPortMeet) {
    const track::SiteIndex sites = one_port(geo::destination(open_sea, 0, 40'000));
    VesselHarness h(&sites);
    meet(h, {});
    const auto encounters = h.of(EventKind::encounter);
    ASSERT_EQ(encounters.size(), 1U);
    EXPECT_EQ(encounters[0]->objects.size(), 2U);
    EXPECT_EQ(detail(*encounters[0], "median_distance_m"), "490");
    EXPECT_GE(encounters[0]->end_ms - encounters[0]->start_ms, 2 * hour_ms);
    EXPECT_EQ(encounters[0]->evidence.size(), 4U);
}

TEST(VesselEncounter, ThresholdsEachPreventIt) {
    const track::SiteIndex far_port = one_port(geo::destination(open_sea, 0, 40'000));
    const track::SiteIndex near_port = one_port(geo::destination(open_sea, 0, 9'000));
    Meeting too_far;
    too_far.distance_m = 510;
    Meeting too_short;
    too_short.duration_ms = 2 * hour_ms - 10 * minute_ms;
    Meeting too_fast;
    too_fast.sog_b = 2.1;
    for (const Meeting& m : {too_far, too_short, too_fast}) {
        VesselHarness h(&far_port);
        meet(h, m);
        h.tracker.finish(t0_ms + 10 * hour_ms);
        EXPECT_TRUE(h.of(EventKind::encounter).empty()) << m.distance_m << " m " << m.duration_ms << " ms";
    }
    VesselHarness h(&near_port);  // 9 km from a port: not "away from port"
    meet(h, {});
    EXPECT_TRUE(h.of(EventKind::encounter).empty());
    Meeting slow_enough;
    slow_enough.sog_b = 1.9;
    VesselHarness h2(&far_port);
    meet(h2, slow_enough);
    EXPECT_EQ(h2.of(EventKind::encounter).size(), 1U);
}

TEST(VesselEncounter, PositionsMoreThanTenMinutesApartAreNotCompared) {
    VesselHarness h;
    // b reports only 20 minutes after each report of a: never aligned, so never a pair.
    for (std::int64_t t = t0_ms; t <= t0_ms + 4 * hour_ms; t += hour_ms) {
        h.tracker.update(position(ship_a, open_sea, 0.5), t);
        h.tracker.update(position(ship_b, geo::destination(open_sea, 90, 200), 0.5), t + 20 * minute_ms);
    }
    h.tracker.finish(t0_ms + 5 * hour_ms);
    EXPECT_TRUE(h.of(EventKind::encounter).empty());
}

TEST(VesselIdentity, NewNameCallSignAndImoAreChangesButEmptyValuesAreNot) {
    VesselHarness h;
    h.tracker.update(voyage(ship_a, "VOLGO-BALT 1", "UBCD2", 8'412'345), t0_ms);
    h.tracker.update(voyage(ship_a, "@@@@@@@@", "", 0), t0_ms + minute_ms);
    h.tracker.update(voyage(ship_a, "VOLGO-BALT 1", "UBCD2", 8'412'345), t0_ms + 2 * minute_ms);
    EXPECT_TRUE(h.of(EventKind::identity_change).empty());
    h.tracker.update(voyage(ship_a, "PORT OLYA 4", "UBCD3", 8'412'346), t0_ms + 3 * minute_ms);
    const auto changes = h.of(EventKind::identity_change);
    ASSERT_EQ(changes.size(), 3U);
    EXPECT_EQ(detail(*changes[0], "field"), "\"name\"");
    EXPECT_EQ(detail(*changes[0], "change"), "\"VOLGO-BALT 1 -> PORT OLYA 4\"");
    EXPECT_EQ(detail(*changes[1], "field"), "\"call_sign\"");
    EXPECT_EQ(detail(*changes[2], "field"), "\"imo\"");
}

TEST(VesselIdentity, SameImoUnderANewMmsiWithAnotherMidIsAFlagChange) {
    const track::MidFlags flags = track::MidFlags::parse("prefix,country\n273,Russia\n422,Iran\n", "flags");
    VesselHarness h(nullptr, {}, nullptr, &flags);
    h.tracker.update(voyage(ship_a, "SHIP", "UBCD2", 9'123'456), t0_ms);
    h.tracker.update(voyage(ship_b, "SHIP", "EPAB1", 9'123'456), t0_ms + hour_ms);
    h.tracker.update(voyage(ship_a, "SHIP", "UBCD2", 9'123'456), t0_ms + 2 * hour_ms);  // back: reported too
    h.tracker.update(voyage(ship_b, "SHIP", "EPAB1", 9'123'456),
                     t0_ms + 3 * hour_ms);  // same swap: once only
    const auto changes = h.of(EventKind::identity_change);
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(detail(*changes[0], "field"), "\"mmsi\"");
    EXPECT_EQ(detail(*changes[0], "flag_changed"), "true");
    EXPECT_EQ(detail(*changes[0], "old_flag"), "\"Russia\"");
    EXPECT_EQ(detail(*changes[0], "new_flag"), "\"Iran\"");
    EXPECT_EQ(changes[0]->objects.size(), 2U);
}

TEST(VesselIdentity, StaticDataMergesIntoTheView) {
    VesselHarness h;
    h.tracker.update(position(ship_a, open_sea, 7.5), t0_ms);
    h.tracker.update(voyage(ship_a, "VOLGO-BALT 1", "UBCD2", 8'412'345), t0_ms + 1'000);
    int seen = 0;
    h.tracker.for_each([&](const track::VesselView& v) {
        ++seen;
        EXPECT_EQ(v.name, "VOLGO-BALT 1");
        EXPECT_EQ(v.call_sign, "UBCD2");
        EXPECT_EQ(v.imo, 8'412'345U);
        EXPECT_EQ(v.length_m, 100);
        EXPECT_DOUBLE_EQ(v.draught_m, 5.5);
        EXPECT_EQ(v.destination, "MAKHACHKALA");
        ASSERT_TRUE(v.sog_kt.has_value());
        EXPECT_DOUBLE_EQ(*v.sog_kt, 7.5);
        EXPECT_EQ(v.messages, 2U);
    });
    EXPECT_EQ(seen, 1);
}

TEST(VesselJump, LoneReportContradictedByTheNextIsDroppedAsABadFixWithoutAnEvent) {
    VesselHarness h;
    h.tracker.update(position(ship_a, open_sea, 10), t0_ms);
    h.tracker.update(position(ship_a, geo::destination(open_sea, 0, 100'000), 10), t0_ms + minute_ms);
    h.tracker.update(position(ship_a, geo::destination(open_sea, 0, 600), 10), t0_ms + 2 * minute_ms);
    h.tracker.for_each([&](const track::VesselView& v) {
        ASSERT_TRUE(v.position.has_value());
        EXPECT_LT(geo::distance_m(*v.position, open_sea), 1'000);  // the track never went to the jump
    });
    h.tracker.finish(t0_ms + hour_ms);
    EXPECT_TRUE(h.of(EventKind::position_jump).empty());
    EXPECT_EQ(h.tracker.lone_bad_fixes(), 1U);
    // Two contradicted reports in one episode are no longer one glitch: an event (shared MMSI or spoofing).
    VesselHarness h2;
    h2.tracker.update(position(ship_a, open_sea, 10), t0_ms);
    h2.tracker.update(position(ship_a, geo::destination(open_sea, 0, 100'000), 10), t0_ms + minute_ms);
    h2.tracker.update(position(ship_a, geo::destination(open_sea, 0, 600), 10), t0_ms + 2 * minute_ms);
    h2.tracker.update(position(ship_a, geo::destination(open_sea, 0, 100'500), 10), t0_ms + 3 * minute_ms);
    h2.tracker.update(position(ship_a, geo::destination(open_sea, 0, 900), 10), t0_ms + 4 * minute_ms);
    h2.tracker.finish(t0_ms + hour_ms);
    const auto jumps = h2.of(EventKind::position_jump);
    ASSERT_EQ(jumps.size(), 1U);
    EXPECT_EQ(detail(*jumps[0], "rejected"), "2");
    EXPECT_EQ(detail(*jumps[0], "confirmed"), "0");
    EXPECT_EQ(h2.tracker.lone_bad_fixes(), 0U);
}

TEST(VesselJump, JumpConfirmedByASecondReportMovesTheTrack) {
    VesselHarness h;
    const geo::LatLon there = geo::destination(open_sea, 0, 100'000);
    h.tracker.update(position(ship_a, open_sea, 10), t0_ms);
    h.tracker.update(position(ship_a, there, 10), t0_ms + minute_ms);
    h.tracker.update(position(ship_a, geo::destination(there, 0, 300), 10), t0_ms + 2 * minute_ms);
    h.tracker.for_each([&](const track::VesselView& v) {
        ASSERT_TRUE(v.position.has_value());
        EXPECT_LT(geo::distance_m(*v.position, there), 1'000);
    });
    h.tracker.finish(t0_ms + hour_ms);
    const auto jumps = h.of(EventKind::position_jump);
    ASSERT_EQ(jumps.size(), 1U);
    EXPECT_EQ(detail(*jumps[0], "confirmed"), "1");
}

TEST(VesselJump, ShortOrSlowStepsAreNotJumps) {
    VesselHarness h;
    h.tracker.update(position(ship_a, open_sea, 10), t0_ms);
    // 9.9 km in one minute: impossible speed, but below the 10 km minimum (GPS glitches at this scale are
    // filtered by speed elsewhere, not reported as spoofing).
    h.tracker.update(position(ship_a, geo::destination(open_sea, 0, 9'900), 10), t0_ms + minute_ms);
    // 45 kn for an hour: fast but possible.
    h.tracker.update(position(ship_a, geo::destination(open_sea, 0, 9'900 + 45 * 1'852), 10),
                     t0_ms + 61 * minute_ms);
    h.tracker.finish(t0_ms + 3 * hour_ms);
    EXPECT_TRUE(h.of(EventKind::position_jump).empty());
    VesselHarness h2;  // 55 kn for an hour over 100 km: impossible
    h2.tracker.update(position(ship_a, open_sea, 10), t0_ms);
    h2.tracker.update(position(ship_a, geo::destination(open_sea, 0, 55 * 1'852), 10), t0_ms + hour_ms);
    h2.tracker.finish(t0_ms + 3 * hour_ms);
    EXPECT_EQ(h2.of(EventKind::position_jump).size(), 1U);
}

TEST(VesselJump, TwoShipsSharingAnMmsiGiveOneEpisode) {
    VesselHarness h;
    const geo::LatLon other_ship = geo::destination(open_sea, 90, 300'000);
    for (int report = 0; report < 20; ++report) {
        const std::int64_t t = t0_ms + report * minute_ms;
        h.tracker.update(position(ship_a, report % 2 == 0 ? open_sea : other_ship, 0), t);
    }
    h.tracker.finish(t0_ms + 3 * hour_ms);
    const auto jumps = h.of(EventKind::position_jump);
    ASSERT_EQ(jumps.size(), 1U);
    EXPECT_EQ(detail(*jumps[0], "jumps"), "10");
    EXPECT_EQ(detail(*jumps[0], "rejected"), "9");
}

TEST(VesselWatchlist, SightingOnceThenAgainAfterSilence) {
    track::Watchlist watch;
    watch.add({track::WatchKey::imo, "9123456", "listed vessel", "test.csv:2"});
    VesselHarness h(nullptr, {}, &watch);
    h.tracker.update(position(ship_a, open_sea, 5), t0_ms);
    EXPECT_TRUE(h.of(EventKind::watchlist_sighting).empty());  // IMO not known yet
    h.tracker.update(voyage(ship_a, "SHIP", "UBCD2", 9'123'456), t0_ms + minute_ms);
    h.tracker.update(position(ship_a, open_sea, 5), t0_ms + 2 * minute_ms);
    h.tracker.update(position(ship_a, open_sea, 5), t0_ms + 2 * minute_ms + 6 * hour_ms - 1'000);
    EXPECT_EQ(h.of(EventKind::watchlist_sighting).size(), 1U);
    h.tracker.update(position(ship_a, open_sea, 5), t0_ms + 2 * minute_ms + 12 * hour_ms);
    EXPECT_EQ(h.of(EventKind::watchlist_sighting).size(), 2U);
}

}  // namespace
}  // namespace cp::test
