// SPDX-License-Identifier: Apache-2.0
// Aircraft events around their thresholds: flight_leg (observed and unobserved takeoff, no leg without a
// landing, one stray bit splits nothing), ground_stop (just below / above min_ground_stop_ms, a silence
// inside), site_route, transponder_gap (silence and distance), squawk_emergency, watchlist_sighting. Messages
// are built as the decoder fills them (raw CPR fields) by test_aircraft_support.hpp.
#include <gtest/gtest.h>

#include "test_aircraft_support.hpp"
#include "track/track.hpp"

namespace cp::track {
namespace {

using test::FlightScript;

constexpr std::int64_t t0 = 1'741'064'400'000;  // 2025-03-04 05:00 UTC
constexpr std::int64_t minute = 60'000;
constexpr std::uint32_t icao = 0x15211D;
const geo::LatLon zurich{47.4647, 8.5492};     // LSZH, not of concern
const geo::LatLon geneva{46.2381, 6.1090};     // LSGG, not of concern
const geo::LatLon mehrabad{35.6892, 51.3134};  // OIII, of concern
const geo::LatLon isfahan{32.7508, 51.8613};   // OIFM, of concern

SiteIndex test_sites() {
    SiteIndex index;
    const auto add = [&](std::string id, std::string name, SiteKind kind, geo::LatLon center, bool concern) {
        Site site;
        site.id = std::move(id);
        site.name = std::move(name);
        site.kind = kind;
        site.center = center;
        site.radius_m = 5'000;
        site.of_concern = concern;
        index.add(std::move(site));
    };
    add("LSZH", "Zurich", SiteKind::airport, zurich, false);
    add("LSGG", "Geneva", SiteKind::airport, geneva, false);
    add("OIII", "Mehrabad", SiteKind::airport, mehrabad, true);
    add("OIFM", "Isfahan", SiteKind::airport, isfahan, true);
    index.build();
    return index;
}

struct Harness {
    SiteIndex sites = test_sites();
    Watchlist watchlist;
    IcaoBlocks blocks = IcaoBlocks::bundled();
    std::vector<Event> events;
    AircraftTracker tracker;
    explicit Harness(AircraftRules rules = {})
        : tracker(Context{.sites = &sites,
                          .watchlist = &watchlist,
                          .icao_blocks = &blocks,
                          .sink = [this](Event&& event) { events.push_back(std::move(event)); }},
                  rules) {}
    std::vector<const Event*> of(EventKind kind) const {
        std::vector<const Event*> found;
        for (const Event& event : events) {
            if (event.kind == kind) found.push_back(&event);
        }
        return found;
    }
    static std::string site_of(const Event& event, std::string_view role) {
        for (const SiteRef& site : event.sites) {
            if (site.role == role) return site.id;
        }
        return "";
    }
    static std::string detail(const Event& event, std::string_view key) {
        for (const auto& [name, value] : event.details) {
            if (name == key) return value;
        }
        return "";
    }
};

TEST(AircraftFlightLeg, TakeoffToLandingGivesOneLegWithBothAirports) {
    Harness h;
    FlightScript f(h.tracker, icao, t0);
    f.ground(zurich, 5 * minute);
    f.fly(zurich, geneva, 300, 20'000);
    f.ground(geneva, 5 * minute);
    h.tracker.finish(f.now_ms());
    const auto legs = h.of(EventKind::flight_leg);
    ASSERT_EQ(legs.size(), 1U);
    EXPECT_EQ(Harness::site_of(*legs[0], "from"), "LSZH");
    EXPECT_EQ(Harness::site_of(*legs[0], "to"), "LSGG");
    EXPECT_EQ(Harness::detail(*legs[0], "takeoff_observed"), "true");
    EXPECT_EQ(legs[0]->start_ms, t0 + 5 * minute);
    ASSERT_EQ(legs[0]->evidence.size(), 2U);
    EXPECT_EQ(legs[0]->evidence[0].note, "takeoff");
    EXPECT_EQ(legs[0]->objects[0].id, "15211d");
    EXPECT_EQ(legs[0]->objects[0].country, "Russia");
    EXPECT_TRUE(h.of(EventKind::site_route).empty()) << "neither airport is of concern";
    EXPECT_NE(legs[0]->summary.find("Zurich (LSZH) -> Geneva (LSGG)"), std::string::npos) << legs[0]->summary;
}

TEST(AircraftFlightLeg, RecordingThatStartsAirborneStillGivesALegWithoutFromSite) {
    Harness h;
    FlightScript f(h.tracker, icao, t0);
    f.fly(geo::destination(geneva, 45, 60'000), geneva, 300, 20'000);
    f.ground(geneva, 2 * minute);
    const auto legs = h.of(EventKind::flight_leg);
    ASSERT_EQ(legs.size(), 1U);
    EXPECT_EQ(Harness::detail(*legs[0], "takeoff_observed"), "false");
    EXPECT_EQ(Harness::site_of(*legs[0], "from"), "");
    EXPECT_EQ(Harness::site_of(*legs[0], "to"), "LSGG");
}

TEST(AircraftFlightLeg, NoLegWhenTheLandingIsNotObserved) {
    Harness h;
    FlightScript f(h.tracker, icao, t0);
    f.ground(zurich, 5 * minute);
    f.fly(zurich, geneva, 300, 20'000);
    h.tracker.finish(f.now_ms());
    EXPECT_TRUE(h.of(EventKind::flight_leg).empty());
    EXPECT_TRUE(h.events.empty());
}

TEST(AircraftFlightLeg, OneStraySurfaceMessageInFlightSplitsNothing) {
    Harness h;
    FlightScript f(h.tracker, icao, t0);
    f.ground(zurich, 5 * minute);
    const geo::LatLon mid = geo::destination(zurich, geo::bearing_deg(zurich, geneva), 80'000);
    f.fly(zurich, mid, 300, 20'000);
    f.send(test::surface_position(icao, mid, 300, false));  // one bad frame
    f.wait(2'000);
    f.fly(mid, geneva, 300, 20'000);
    f.ground(geneva, 5 * minute);
    EXPECT_EQ(h.of(EventKind::flight_leg).size(), 1U);
    EXPECT_TRUE(h.of(EventKind::ground_stop).empty());
}

TEST(AircraftFlightLeg, SbsRecordsFeedTheSameStateAndGiveALeg) {
    Harness h;
    const auto sbs = [&](int type, geo::LatLon p, std::int64_t t_ms) {
        adsb::SbsRecord record;
        record.has_icao = true;
        record.icao = icao;
        record.transmission_type = static_cast<std::uint8_t>(type);
        record.lat_deg = p.lat_deg;
        record.lon_deg = p.lon_deg;
        h.tracker.update(record, t_ms);
    };
    std::int64_t t_ms = t0;
    for (int msg_idx = 0; msg_idx < 10; ++msg_idx, t_ms += 5'000) sbs(2, zurich, t_ms);  // MSG,2: surface
    const double total_m = geo::distance_m(zurich, geneva);
    for (double done_m = 0; done_m < total_m; done_m += 300, t_ms += 2'000) {
        sbs(3, geo::destination(zurich, geo::bearing_deg(zurich, geneva), done_m), t_ms);  // MSG,3: airborne
    }
    for (int msg_idx = 0; msg_idx < 10; ++msg_idx, t_ms += 5'000) sbs(2, geneva, t_ms);
    const auto legs = h.of(EventKind::flight_leg);
    ASSERT_EQ(legs.size(), 1U);
    EXPECT_EQ(Harness::site_of(*legs[0], "from"), "LSZH");
    EXPECT_EQ(Harness::site_of(*legs[0], "to"), "LSGG");
    EXPECT_EQ(h.tracker.stats().positions_rejected, 0U);
    sbs(3, geo::destination(geneva, 90, 100'000), t_ms);  // 100 km in 5 s: rejected by the speed check
    EXPECT_EQ(h.tracker.stats().positions_rejected, 1U);
}

/// Lands at Geneva from Zurich, stays `stop_ms` on the ground (with `silent_ms` of silence in the middle),
/// takes off back to Zurich.
void stop_at_geneva(Harness& h, std::int64_t stop_ms, std::int64_t silent_ms = 0) {
    FlightScript f(h.tracker, icao, t0);
    f.ground(zurich, 5 * minute);
    f.fly(zurich, geneva, 300, 20'000);
    const std::int64_t before_ms = (stop_ms - silent_ms) / 2;
    f.ground(geneva, before_ms);
    f.wait(silent_ms);
    f.ground(geneva, stop_ms - silent_ms - before_ms);
    f.fly(geneva, zurich, 300, 20'000);
    f.ground(zurich, 5 * minute);
}

TEST(AircraftGroundStop, JustAboveTheMinimumIsAStop) {
    Harness h;
    stop_at_geneva(h, 10 * minute + 10'000);
    const auto stops = h.of(EventKind::ground_stop);
    ASSERT_EQ(stops.size(), 1U);
    EXPECT_EQ(stops[0]->end_ms - stops[0]->start_ms, 10 * minute + 10'000);
    EXPECT_EQ(Harness::site_of(*stops[0], "at"), "LSGG");
    EXPECT_EQ(Harness::detail(*stops[0], "silent_ms"), "");
    EXPECT_EQ(h.of(EventKind::flight_leg).size(), 2U);
}

TEST(AircraftGroundStop, JustBelowTheMinimumIsTaxiingNotAStop) {
    Harness h;
    stop_at_geneva(h, 10 * minute - 10'000);
    EXPECT_TRUE(h.of(EventKind::ground_stop).empty());
    EXPECT_EQ(h.of(EventKind::flight_leg).size(), 2U);
}

TEST(AircraftGroundStop, ASilenceWhileParkedStillCountsAndIsReported) {
    Harness h;
    stop_at_geneva(h, 3 * 60 * minute, 2 * 60 * minute);
    const auto stops = h.of(EventKind::ground_stop);
    ASSERT_EQ(stops.size(), 1U);
    EXPECT_EQ(stops[0]->end_ms - stops[0]->start_ms, 3 * 60 * minute);
    EXPECT_EQ(Harness::detail(*stops[0], "silent_ms"), std::to_string(2 * 60 * minute + 5'000));
    EXPECT_TRUE(h.of(EventKind::transponder_gap).empty()) << "a silence on the ground is no transponder gap";
}

TEST(AircraftGroundStop, ParkedSilentThenTakingOffDirectlyIsAStop) {
    Harness h;
    FlightScript f(h.tracker, icao, t0);
    f.fly(zurich, geneva, 300, 20'000);
    f.ground(geneva, 5 * minute);
    f.wait(60 * minute);
    f.fly(geneva, zurich, 300, 20'000);  // first heard again airborne over Geneva
    f.ground(zurich, 2 * minute);
    const auto stops = h.of(EventKind::ground_stop);
    ASSERT_EQ(stops.size(), 1U);
    EXPECT_EQ(stops[0]->end_ms - stops[0]->start_ms, 65 * minute);
    EXPECT_EQ(Harness::site_of(*stops[0], "at"), "LSGG");
}

TEST(AircraftGroundStop, LeavingUnseenDuringASilenceEndsTheStopAtTheLastGroundMessage) {
    Harness h;
    FlightScript f(h.tracker, icao, t0);
    f.fly(zurich, geneva, 300, 20'000);
    f.ground(geneva, 20 * minute);
    const std::int64_t last_ground_ms = f.now_ms() - 5'000;
    f.wait(60 * minute);
    const geo::LatLon away = geo::destination(geneva, 60, 100'000);
    f.fly(away, zurich, 300, 20'000);  // first heard again airborne 100 km from Geneva
    f.ground(zurich, 2 * minute);
    const auto stops = h.of(EventKind::ground_stop);
    ASSERT_EQ(stops.size(), 1U);
    EXPECT_EQ(stops[0]->end_ms, last_ground_ms);
    EXPECT_EQ(Harness::detail(*stops[0], "end_observed"), "false");
    const auto legs = h.of(EventKind::flight_leg);
    ASSERT_EQ(legs.size(), 2U);
    EXPECT_EQ(Harness::detail(*legs[1], "takeoff_observed"), "false");
    EXPECT_EQ(Harness::site_of(*legs[1], "from"), "LSGG");
    EXPECT_EQ(Harness::site_of(*legs[1], "to"), "LSZH");
    EXPECT_TRUE(h.of(EventKind::transponder_gap).empty());
}

TEST(AircraftSiteRoute, LegBetweenTwoSitesOfConcernIsARoute) {
    Harness h;
    FlightScript f(h.tracker, icao, t0);
    f.ground(mehrabad, 5 * minute);
    f.fly(mehrabad, isfahan, 350, 25'000);
    f.ground(isfahan, 5 * minute);
    const auto routes = h.of(EventKind::site_route);
    ASSERT_EQ(routes.size(), 1U);
    EXPECT_EQ(Harness::site_of(*routes[0], "from"), "OIII");
    EXPECT_EQ(Harness::site_of(*routes[0], "to"), "OIFM");
    EXPECT_EQ(routes[0]->start_ms, h.of(EventKind::flight_leg).at(0)->start_ms);
}

TEST(AircraftSiteRoute, LegFromAnOrdinaryAirportIsNoRoute) {
    Harness h;
    FlightScript f(h.tracker, icao, t0);
    f.ground(zurich, 5 * minute);
    f.fly(zurich, geo::destination(mehrabad, 0, 20'000), 400, 30'000);  // long way: fine for the tracker
    f.fly(geo::destination(mehrabad, 0, 20'000), mehrabad, 200, 5'000);
    f.ground(mehrabad, 5 * minute);
    EXPECT_EQ(h.of(EventKind::flight_leg).size(), 1U);
    EXPECT_TRUE(h.of(EventKind::site_route).empty());
}

/// Flies from Zurich, goes silent for `silent_ms` at 100 km out, and is heard again `then_m` further on,
/// airborne or on the ground.
void gap_flight(Harness& h, std::int64_t silent_ms, double then_m, bool airborne_after) {
    FlightScript f(h.tracker, icao, t0);
    f.ground(zurich, 5 * minute);
    const double bearing = 240;
    const geo::LatLon out = geo::destination(zurich, bearing, 100'000);
    f.fly(zurich, out, 300, 20'000);
    f.wait(silent_ms);
    const geo::LatLon back = geo::destination(f.where(), bearing, then_m);
    if (airborne_after) {
        f.hover(back, 20'000);
    } else {
        f.ground(back, 2 * minute);
    }
}

TEST(AircraftTransponderGap, AirborneSilenceJustAboveTheMinimumIsAGap) {
    Harness h;
    gap_flight(h, 15 * minute + 10'000, 5'000, true);
    const auto gaps = h.of(EventKind::transponder_gap);
    ASSERT_EQ(gaps.size(), 1U);
    EXPECT_EQ(Harness::detail(*gaps[0], "airborne_after"), "true");
    ASSERT_EQ(gaps[0]->evidence.size(), 2U);
    EXPECT_EQ(gaps[0]->evidence[0].note, "last position before the gap");
    EXPECT_FALSE(Harness::detail(*gaps[0], "implied_speed_kt").empty());
}

TEST(AircraftTransponderGap, AirborneSilenceJustBelowTheMinimumIsNoGap) {
    Harness h;
    gap_flight(h, 15 * minute - 10'000, 5'000, true);
    EXPECT_TRUE(h.of(EventKind::transponder_gap).empty());
}

TEST(AircraftTransponderGap, ReappearingOnTheGroundFarAwayIsAGap) {
    Harness h;
    gap_flight(h, 30 * minute, 51'000, false);
    const auto gaps = h.of(EventKind::transponder_gap);
    ASSERT_EQ(gaps.size(), 1U);
    EXPECT_EQ(Harness::detail(*gaps[0], "airborne_after"), "false");
    EXPECT_TRUE(h.of(EventKind::flight_leg).empty()) << "its landing was not observed";
}

TEST(AircraftTransponderGap, ReappearingOnTheGroundNearbyIsNoGap) {
    Harness h;
    gap_flight(h, 30 * minute, 49'000, false);
    EXPECT_TRUE(h.of(EventKind::transponder_gap).empty());
    EXPECT_TRUE(h.of(EventKind::flight_leg).empty());
}

TEST(AircraftTransponderGap, LandedAircraftGivesAStopNotAGap) {
    Harness h;
    stop_at_geneva(h, 60 * minute, 40 * minute);
    EXPECT_TRUE(h.of(EventKind::transponder_gap).empty());
    EXPECT_EQ(h.of(EventKind::ground_stop).size(), 1U);
}

TEST(AircraftSquawk, UncheckedEmergencySquawkCountsOnlyWhenRepeatedWithinTheWindow) {
    AircraftRules rules;
    for (const std::int64_t apart_ms : {rules.squawk_confirm_ms, rules.squawk_confirm_ms + 1}) {
        Harness h(rules);
        FlightScript f(h.tracker, icao, t0);
        f.hover(zurich, 20'000);
        f.send(test::df5_identity(icao, 07700, false));
        EXPECT_TRUE(h.of(EventKind::squawk_emergency).empty()) << "one reply is not enough";
        f.wait(apart_ms);
        f.send(test::df5_identity(icao, 07700, false));
        const auto events = h.of(EventKind::squawk_emergency);
        if (apart_ms <= rules.squawk_confirm_ms) {
            ASSERT_EQ(events.size(), 1U);
            EXPECT_EQ(Harness::detail(*events[0], "squawk"), "\"7700\"");
            EXPECT_EQ(Harness::detail(*events[0], "meaning"), "\"general emergency\"");
        } else {
            EXPECT_TRUE(events.empty());
        }
    }
}

TEST(AircraftSquawk, OneEventPerEpisodeUntilTheCodeChanges) {
    Harness h;
    FlightScript f(h.tracker, icao, t0);
    f.hover(zurich, 20'000);
    for (const std::uint16_t squawk : {07600, 07600, 07600, 07600, 01000, 01000, 07600, 07600}) {
        f.send(test::df5_identity(icao, squawk, false));
        f.wait(1'000);
    }
    const auto events = h.of(EventKind::squawk_emergency);
    ASSERT_EQ(events.size(), 2U);
    EXPECT_EQ(Harness::detail(*events[1], "meaning"), "\"radio communication failure\"");
}

TEST(AircraftSquawk, AdsbEmergencyStatusAndSbsSquawkCountAtOnce) {
    Harness h;
    FlightScript f(h.tracker, icao, t0);
    f.hover(zurich, 20'000);
    adsb::Message status = test::df17(icao, 28, false);
    status.subtype = 1;
    status.emergency = 5;  // unlawful interference
    f.send(status);
    ASSERT_EQ(h.of(EventKind::squawk_emergency).size(), 1U);
    EXPECT_EQ(Harness::detail(*h.of(EventKind::squawk_emergency)[0], "squawk"), "\"7500\"");
    adsb::SbsRecord record;
    record.has_icao = true;
    record.icao = 0x4B1805;
    record.transmission_type = 6;
    record.squawk = 07700;
    h.tracker.update(record, t0 + 10'000);
    EXPECT_EQ(h.of(EventKind::squawk_emergency).size(), 2U);
    EXPECT_EQ(h.of(EventKind::squawk_emergency)[1]->objects[0].id, "4b1805");
}

TEST(AircraftSquawk, OrdinarySquawkGivesNoEvent) {
    Harness h;
    FlightScript f(h.tracker, icao, t0);
    f.hover(zurich, 20'000);
    for (int reply_idx = 0; reply_idx < 3; ++reply_idx) f.send(test::df5_identity(icao, 07777, false));
    EXPECT_TRUE(h.events.empty());
}

TEST(AircraftWatchlist, WatchedAddressIsSightedOncePerSighting) {
    AircraftRules rules;
    for (const std::int64_t silence_ms : {rules.watch_resighting_ms - minute, rules.watch_resighting_ms}) {
        Harness h(rules);
        h.watchlist.add({WatchKey::icao, "15211D", "test aircraft", "unit test"});
        FlightScript f(h.tracker, icao, t0);
        f.hover(zurich, 20'000, 10);
        EXPECT_EQ(h.of(EventKind::watchlist_sighting).size(), 1U);
        f.wait(silence_ms);
        f.hover(zurich, 20'000, 10);
        const std::size_t expected = silence_ms >= rules.watch_resighting_ms ? 2 : 1;
        EXPECT_EQ(h.of(EventKind::watchlist_sighting).size(), expected) << silence_ms;
    }
}

TEST(AircraftWatchlist, CallsignPrefixAndCountryMatch) {
    Harness h;
    h.watchlist.add({WatchKey::callsign_prefix, "RFF", "Russian Air Force", "unit test"});
    h.watchlist.add({WatchKey::aircraft_country, "Iran", "Iranian register", "unit test"});
    FlightScript russian(h.tracker, icao, t0);
    russian.hover(zurich, 20'000);
    EXPECT_TRUE(h.of(EventKind::watchlist_sighting).empty()) << "no callsign yet, Russia not watched";
    russian.send(test::identification(icao, "RFF7712", false));
    ASSERT_EQ(h.of(EventKind::watchlist_sighting).size(), 1U);
    EXPECT_EQ(h.of(EventKind::watchlist_sighting)[0]->objects[0].name, "RFF7712");
    FlightScript iranian(h.tracker, 0x730123, t0);
    iranian.hover(geneva, 20'000);
    ASSERT_EQ(h.of(EventKind::watchlist_sighting).size(), 2U);
    EXPECT_EQ(h.of(EventKind::watchlist_sighting)[1]->objects[0].country, "Iran");
    FlightScript other(h.tracker, 0x4B1805, t0);
    other.send(test::identification(0x4B1805, "SWR12", false));
    EXPECT_EQ(h.of(EventKind::watchlist_sighting).size(), 2U);
}

TEST(AircraftWatchlist, RegistrationFromTheAircraftDatabaseMatches) {
    Harness h;
    const AircraftDb db = AircraftDb::parse("15211d;RA-78830;IL76;00;Ilyushin Il-76MD\n", "test.csv");
    h.watchlist.add({WatchKey::registration, "RA78830", "listed Il-76", "unit test"});
    AircraftTracker tracker(Context{.watchlist = &h.watchlist,
                                    .aircraft_db = &db,
                                    .sink = [&](Event&& event) { h.events.push_back(std::move(event)); }});
    FlightScript f(tracker, icao, t0);
    f.hover(zurich, 20'000);
    const auto sightings = h.of(EventKind::watchlist_sighting);
    ASSERT_EQ(sightings.size(), 1U);
    EXPECT_EQ(sightings[0]->objects[0].registration, "RA-78830");
    EXPECT_NE(sightings[0]->summary.find("RA-78830 (IL76)"), std::string::npos) << sightings[0]->summary;
}

}  // namespace
}  // namespace cp::track
