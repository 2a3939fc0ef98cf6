// SPDX-License-Identifier: Apache-2.0
// Scenario parsing: durations, IMO check digits, the timing of steps (ground stops, flights, transponder-off
// windows, arrive-timed passages, drifts), and errors that name the file, line and JSON pointer of the bad
// field.
#include <string>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/time.hpp"
#include "sim/scenario.hpp"
#include "sim/sim.hpp"
#include "track/sites.hpp"

namespace {

const cp::track::SiteIndex& test_sites() {
    static const cp::track::SiteIndex sites = [] {
        cp::track::SiteIndex index;
        auto add = [&index](const char* id, double lat, double lon, cp::track::SiteKind kind) {
            cp::track::Site site;
            site.id = id;
            site.name = id;
            site.kind = kind;
            site.center = {lat, lon};
            site.radius_m = 5000;
            index.add(site);
        };
        add("UUMU", 55.8783, 38.061699, cp::track::SiteKind::airbase);
        add("OIII", 35.6892, 51.3134, cp::track::SiteKind::airport);
        add("IRAMD", 36.7833, 53.35, cp::track::SiteKind::port);
        index.build();
        return index;
    }();
    return sites;
}

cp::sim::Scenario parse(const std::string& text) {
    return cp::sim::parse_scenario(text, "t.json", test_sites());
}

// The message of the InputError parsing `text` throws ("" when it parses).
std::string error_of(const std::string& text) {
    try {
        (void)parse(text);
    } catch (const cp::InputError& error) {
        return error.what();
    }
    return "";
}

std::int64_t ms(const char* iso) {
    return *cp::time::parse_iso8601(iso);
}

const char* const flight = R"({
  "name": "t", "start": "2025-03-10T05:00:00Z",
  "aircraft": [{"icao": "15F0A2", "callsign": "RFF7012", "category": "A5", "steps": [
    {"at": "UUMU"},
    {"ground": "30m"},
    {"fly_to": "OIII", "speed_kt": 430, "alt_ft": 33000},
    {"ground": "3h05m", "transponder": "off", "off_after": "10m", "on_before": "10m"},
    {"squawk": "7700", "for": "10m", "after": "1h"},
    {"silent": "40m", "after": "2h"},
    {"fly_to": "UUMU"}
  ]}]
})";

}  // namespace

TEST(SimScenario, DurationsParse) {
    EXPECT_EQ(cp::sim::parse_duration("3h05m"), 3 * 3'600'000 + 5 * 60'000);
    EXPECT_EQ(cp::sim::parse_duration("40s"), 40'000);
    EXPECT_EQ(cp::sim::parse_duration("1h30m20s"), 5'420'000);
    EXPECT_EQ(cp::sim::parse_duration(""), std::nullopt);
    EXPECT_EQ(cp::sim::parse_duration("3x"), std::nullopt);
    EXPECT_EQ(cp::sim::parse_duration("h"), std::nullopt);
    EXPECT_EQ(cp::sim::parse_duration("12"), std::nullopt);
}

TEST(SimScenario, ImoCheckDigits) {
    EXPECT_TRUE(cp::sim::valid_imo(9487213));
    EXPECT_TRUE(cp::sim::valid_imo(9384526));
    EXPECT_TRUE(cp::sim::valid_imo(9074729));  // the example of IMO Res. A.1117(30)
    EXPECT_FALSE(cp::sim::valid_imo(9487214));
    EXPECT_FALSE(cp::sim::valid_imo(123));
}

TEST(SimScenario, FlightStepsFollowEachOtherInTime) {
    const auto scenario = parse(flight);
    ASSERT_EQ(scenario.aircraft.size(), 1U);
    const auto& aircraft = scenario.aircraft[0];
    EXPECT_EQ(aircraft.icao, 0x15F0A2U);
    EXPECT_EQ(aircraft.category, 0xA5);
    ASSERT_EQ(aircraft.legs.size(), 4U);
    const std::int64_t start = ms("2025-03-10T05:00:00Z");
    EXPECT_EQ(aircraft.legs[0].time.start_ms, start);
    EXPECT_EQ(aircraft.legs[1].time.start_ms, start + 30 * 60'000);
    const auto& out = aircraft.legs[1];
    EXPECT_EQ(out.to_site, "OIII");
    // 2459 km at 430 kt cruise, 22 min climb and descent at 1500 ft/min (average 295 kt): about 3 h 20 min.
    const double hours = static_cast<double>(out.time.end_ms - out.time.start_ms) / 3.6e6;
    EXPECT_NEAR(hours, 3.33, 0.1);
    EXPECT_EQ(out.climb_ms, 22 * 60'000);
    EXPECT_EQ(aircraft.legs[2].time.end_ms - aircraft.legs[2].time.start_ms, (3 * 60 + 5) * 60'000);
    // Transponder off from 10 minutes after landing to 10 minutes before departure.
    const std::int64_t landed = out.time.end_ms;
    ASSERT_EQ(aircraft.silent.size(), 2U);
    EXPECT_EQ(aircraft.silent[0].start_ms, landed + 10 * 60'000);
    EXPECT_EQ(aircraft.silent[0].end_ms, landed + (3 * 60 + 5 - 10) * 60'000);
    EXPECT_TRUE(cp::sim::aircraft_transmits(aircraft, landed + 9 * 60'000));
    EXPECT_FALSE(cp::sim::aircraft_transmits(aircraft, landed + 11 * 60'000));
    // The squawk and silent steps start their delay at the return departure and run during the flight.
    const std::int64_t departed = aircraft.legs[3].time.start_ms;
    EXPECT_EQ(cp::sim::aircraft_squawk(aircraft, departed + 65 * 60'000), 07700);
    EXPECT_EQ(cp::sim::aircraft_squawk(aircraft, departed + 75 * 60'000), 02000);
    EXPECT_FALSE(cp::sim::aircraft_transmits(aircraft, departed + 150 * 60'000));
    EXPECT_EQ(scenario.end_ms, aircraft.legs[3].time.end_ms);
}

TEST(SimScenario, FlightProfileClimbsCruisesAndLands) {
    const auto scenario = parse(flight);
    const auto& aircraft = scenario.aircraft[0];
    const auto& leg = aircraft.legs[1];
    const auto at = [&](std::int64_t offset_ms) {
        return cp::sim::aircraft_state(aircraft, leg.time.start_ms + offset_ms);
    };
    EXPECT_FALSE(at(1000).on_ground);
    EXPECT_EQ(at(11 * 60'000).vertical_rate_fpm, 1500);
    EXPECT_NEAR(at(11 * 60'000).alt_ft, 16'500, 10);
    EXPECT_EQ(at(60 * 60'000).alt_ft, 33'000);
    EXPECT_NEAR(at(60 * 60'000).gs_kt, 430, 1e-6);
    const auto landing = cp::sim::aircraft_state(aircraft, leg.time.end_ms - 1000);
    EXPECT_LT(landing.alt_ft, 100);
    EXPECT_LT(cp::geo::distance_m(landing.pos, {35.6892, 51.3134}), 200);
    const auto parked = cp::sim::aircraft_state(aircraft, leg.time.end_ms + 60'000);
    EXPECT_TRUE(parked.on_ground);
    EXPECT_EQ(parked.pos, (cp::geo::LatLon{35.6892, 51.3134}));
}

TEST(SimScenario, ArriveSetsTheSpeedAndDriftMovesSlowly) {
    const auto scenario = parse(R"({"name": "v", "start": "2025-04-02T00:00:00Z", "vessels": [{
      "mmsi": 273418590, "imo": 9487213, "name": "KASPIY TRADER", "steps": [
        {"at": "IRAMD", "stay": "6h"},
        {"sail_to": [37.55, 52.45], "arrive": "2025-04-02T12:00:00Z"},
        {"dark": "2h", "after": "1h"},
        {"drift": "2h30m", "speed_kt": 0.8, "course": 300},
        {"rename": "NEW NAME"},
        {"stay": "1h"}]}]})");
    const auto& vessel = scenario.vessels[0];
    ASSERT_EQ(vessel.legs.size(), 4U);
    EXPECT_EQ(vessel.legs[1].time.end_ms, ms("2025-04-02T12:00:00Z"));
    EXPECT_NEAR(vessel.legs[1].speed_kt, 63.0 / 6.0, 0.2);  // 116.7 km in 6 h
    EXPECT_TRUE(cp::sim::vessel_state(vessel, ms("2025-04-02T01:00:00Z")).moored);
    const auto drifting = cp::sim::vessel_state(vessel, ms("2025-04-02T13:00:00Z"));
    EXPECT_FALSE(drifting.moored);
    EXPECT_DOUBLE_EQ(drifting.sog_kt, 0.8);
    const double drifted = cp::geo::distance_m(drifting.pos, {37.55, 52.45});
    EXPECT_NEAR(drifted, 1852.0 * 0.8, 5);
    EXPECT_FALSE(cp::sim::vessel_transmits(vessel, ms("2025-04-02T14:00:00Z")));
    EXPECT_TRUE(cp::sim::vessel_transmits(vessel, ms("2025-04-02T15:00:00Z")));
    EXPECT_EQ(cp::sim::vessel_identity(vessel, ms("2025-04-02T14:29:00Z")).name, "KASPIY TRADER");
    EXPECT_EQ(cp::sim::vessel_identity(vessel, ms("2025-04-02T14:31:00Z")).name, "NEW NAME");
}

TEST(SimScenario, ErrorsNameTheFileLineAndJsonPointer) {
    const std::string bad_site = "{\"name\": \"x\", \"start\": \"2025-01-01T00:00:00Z\",\n"
                                 "\"aircraft\": [{\"icao\": \"15F0A2\", \"steps\": [\n"
                                 "  {\"at\": \"UUMU\"},\n"
                                 "  {\"fly_to\": \"XXXX\"}]}]}";
    const std::string message = error_of(bad_site);
    EXPECT_NE(message.find("t.json:4"), std::string::npos) << message;
    EXPECT_NE(message.find("/aircraft/0/steps/1/fly_to: unknown site \"XXXX\""), std::string::npos)
        << message;

    EXPECT_NE(error_of("{\"name\": ").find("t.json:1"), std::string::npos);
    // fuzz_sim_scenario crash-4d225e9a: nlohmann throws out_of_range, not parse_error, for a huge number.
    EXPECT_NE(error_of(R"({"name": "x", "seed": 94e7213})").find("number overflow"), std::string::npos);
    EXPECT_NE(error_of("{\"name\": \"x\"}").find("missing \"start\""), std::string::npos);
    EXPECT_NE(
        error_of(R"({"name": "x", "start": "yesterday", "aircraft": []})").find("/start: expected an ISO"),
        std::string::npos);
    EXPECT_NE(error_of(R"({"name": "x", "start": "2025-01-01", "aircraft": []})")
                  .find("no aircraft and no vessels"),
              std::string::npos);
    const char* const typo = R"({"name": "x", "start": "2025-01-01", "aircraft": [{"icao": "15F0A2",
        "steps": [{"at": "UUMU"}, {"ground": "1h", "transponder": "off", "of_after": "5m"}]}]})";
    EXPECT_NE(error_of(typo).find("/aircraft/0/steps/1/of_after: unknown field"), std::string::npos)
        << error_of(typo);
    const char* const too_fast = R"({"name": "x", "start": "2025-01-01", "vessels": [{"mmsi": 1,
        "steps": [{"at": "IRAMD", "stay": "1h"}, {"sail_to": [40, 51], "arrive": "2025-01-01T02:00:00Z"}]}]})";
    EXPECT_NE(error_of(too_fast).find("/vessels/0/steps/1/arrive: arriving then needs"), std::string::npos)
        << error_of(too_fast);
    EXPECT_NE(
        error_of(R"({"name": "x", "start": "2025-01-01", "aircraft": [{"icao": "15F0A", "steps": []}]})")
            .find("/aircraft/0/icao: expected 6 hex digits"),
        std::string::npos);
    const char* const squawk = R"({"name": "x", "start": "2025-01-01", "aircraft": [{"icao": "15F0A2",
        "steps": [{"at": "UUMU"}, {"squawk": "7800", "for": "1m"}, {"ground": "1h"}]}]})";
    EXPECT_NE(error_of(squawk).find("/aircraft/0/steps/1/squawk: expected a Mode A code"), std::string::npos);
    const char* const forever = R"({"name": "x", "start": "2025-01-01", "vessels": [{"mmsi": 1,
        "steps": [{"at": "IRAMD", "stay": "300h"}, {"stay": "100h"}]}]})";
    EXPECT_NE(error_of(forever).find("14 days"), std::string::npos) << error_of(forever);
}
