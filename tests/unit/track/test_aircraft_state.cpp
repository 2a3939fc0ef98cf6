// SPDX-License-Identifier: Apache-2.0
// AircraftTracker state: who may create an aircraft, CPR pairing windows, the speed check around
// max_speed_kt, field sources and ages, squawk confirmation, expiry and the memory goal.
#include <gtest/gtest.h>

#include "test_aircraft_support.hpp"
#include "track/track.hpp"

namespace cp::track {
namespace {

using test::airborne_position;
using test::df5_identity;

constexpr std::int64_t t0 = 1'700'000'000'000;  // 2023-11-14, any realistic epoch
constexpr std::uint32_t icao = 0x4B1805;
const geo::LatLon here{47.45, 8.56};

struct Harness {
    std::vector<Event> events;
    AircraftTracker tracker;
    explicit Harness(AircraftRules rules = {})
        : tracker(Context{.sink = [this](Event&& event) { events.push_back(std::move(event)); }}, rules) {}
    AircraftView view(std::uint32_t address) const {
        AircraftView found;
        tracker.for_each([&](const AircraftView& v) {
            if (v.icao == address) found = v;
        });
        return found;
    }
    /// An even/odd pair at `p` (the second gives the global fix).
    void pair(std::uint32_t address, geo::LatLon p, std::int64_t t_ms, std::int32_t alt_ft = 30'000) {
        adsb::Message even = airborne_position(address, p, alt_ft, false);
        adsb::Message odd = airborne_position(address, p, alt_ft, true);
        tracker.update(even, t_ms);
        tracker.update(odd, t_ms);
    }
};

TEST(AircraftCprHelper, EncodedFramesDecodeBackWithinCprPrecision) {
    for (const geo::LatLon p :
         {geo::LatLon{47.45, 8.56}, geo::LatLon{-33.9, 151.2}, geo::LatLon{55.878, 38.062},
          geo::LatLon{35.689, 51.313}, geo::LatLon{0.01, -179.99}}) {
        const auto even = test::cpr_encode(p.lat_deg, p.lon_deg, false, false);
        const auto odd = test::cpr_encode(p.lat_deg, p.lon_deg, true, false);
        const auto fix = adsb::cpr::global_airborne(even.lat, even.lon, odd.lat, odd.lon, true);
        ASSERT_TRUE(fix);
        EXPECT_LT(geo::distance_m(*fix, p), 10.0) << p.lat_deg << "," << p.lon_deg;
    }
}

TEST(AircraftTracker, UnconfirmedOverlayAddressCreatesNoAircraft) {
    Harness h;
    adsb::Message reply = df5_identity(icao, 01234, false);
    h.tracker.update(reply, t0);
    EXPECT_EQ(h.tracker.size(), 0U);
    EXPECT_FALSE(reply.address_confirmed);
    EXPECT_EQ(h.tracker.stats().unverified_dropped, 1U);
}

TEST(AircraftTracker, BadCrcExtendedSquitterCreatesNoAircraft) {
    Harness h;
    adsb::Message msg = airborne_position(icao, here, 30'000, false);
    msg.crc_ok = false;
    h.tracker.update(msg, t0);
    EXPECT_EQ(h.tracker.size(), 0U);
}

TEST(AircraftTracker, OverlayReplyOfAKnownAircraftIsConfirmedAndUsed) {
    Harness h;
    h.pair(icao, here, t0);
    ASSERT_EQ(h.tracker.size(), 1U);
    adsb::Message reply = df5_identity(icao, 01234, false);
    h.tracker.update(reply, t0 + 1'000);
    EXPECT_TRUE(reply.address_confirmed);
    EXPECT_EQ(h.view(icao).messages, 3U);
    EXPECT_EQ(h.view(icao).last_seen_ms, t0 + 1'000);
}

TEST(AircraftTracker, EvenOddPairInsideTheWindowGivesAPosition) {
    Harness h;
    adsb::Message even = airborne_position(icao, here, 30'000, false);
    adsb::Message odd = airborne_position(icao, here, 30'000, true);
    h.tracker.update(even, t0);
    EXPECT_FALSE(even.lat_deg);
    EXPECT_EQ(even.position_reject, adsb::PositionReject::no_pair);
    h.tracker.update(odd, t0 + 10'000);  // readsb's airborne window: 10 s
    ASSERT_TRUE(odd.lat_deg);
    EXPECT_NEAR(*odd.lat_deg, here.lat_deg, 1e-4);
    EXPECT_NEAR(*odd.lon_deg, here.lon_deg, 1e-4);
    const AircraftView view = h.view(icao);
    ASSERT_TRUE(view.position);
    EXPECT_EQ(view.position_source, FieldSource::adsb);
}

TEST(AircraftTracker, EvenOddPairJustOutsideTheWindowGivesNoPosition) {
    Harness h;
    adsb::Message even = airborne_position(icao, here, 30'000, false);
    adsb::Message odd = airborne_position(icao, here, 30'000, true);
    h.tracker.update(even, t0);
    h.tracker.update(odd, t0 + 10'001);
    EXPECT_FALSE(odd.lat_deg);
    EXPECT_EQ(odd.position_reject, adsb::PositionReject::no_pair);
}

TEST(AircraftTracker, SpeedCheckAcceptsJustBelowAndRejectsJustAboveMaxSpeed) {
    // Allowed after 10 s: jump_slack_m + 10 s x 1200 kt = 1000 + 6173 m.
    const AircraftRules rules;
    const double allowed_m = rules.jump_slack_m + 10.0 * rules.max_speed_kt * 1852.0 / 3600.0;
    for (const double factor : {0.98, 1.02}) {
        Harness h;
        h.pair(icao, here, t0);
        const geo::LatLon next = geo::destination(here, 90.0, allowed_m * factor);
        adsb::Message single = airborne_position(icao, next, 30'000, false);  // decoded locally
        h.tracker.update(single, t0 + 10'000);
        if (factor < 1.0) {
            EXPECT_TRUE(single.lat_deg) << "just below the limit";
            EXPECT_EQ(h.tracker.stats().positions_rejected, 0U);
        } else {
            EXPECT_FALSE(single.lat_deg) << "just above the limit";
            EXPECT_EQ(single.position_reject, adsb::PositionReject::implausible_speed);
            EXPECT_EQ(h.tracker.stats().positions_rejected, 1U);
            EXPECT_NEAR(h.view(icao).position->lon_deg, here.lon_deg, 1e-4) << "the old fix stands";
        }
    }
}

TEST(AircraftTracker, AReferenceThatKeepsRejectingPairedFixesIsReplaced) {
    Harness h;
    h.pair(icao, here, t0);
    const geo::LatLon far = geo::destination(here, 0.0, 300'000);  // 300 km away 1 s later: impossible
    for (int pair_idx = 0; pair_idx < 3; ++pair_idx) h.pair(icao, far, t0 + 1'000 + pair_idx * 1'000);
    EXPECT_EQ(h.tracker.stats().position_resets, 1U);
    EXPECT_NEAR(h.view(icao).position->lat_deg, far.lat_deg, 1e-4);
}

TEST(AircraftTracker, FreshAdsbAltitudeIsNotOverwrittenBySbsUntilStale) {
    Harness h;
    h.pair(icao, here, t0, 30'000);
    adsb::SbsRecord record;
    record.has_icao = true;
    record.icao = icao;
    record.transmission_type = 5;
    record.alt_baro_ft = 12'000;
    h.tracker.update(record, t0 + 60'000);  // exactly field_stale_ms: still fresh
    EXPECT_EQ(h.view(icao).alt_baro_ft, 30'000);
    EXPECT_EQ(h.view(icao).altitude_source, FieldSource::adsb);
    h.tracker.update(record, t0 + 60'001);
    EXPECT_EQ(h.view(icao).alt_baro_ft, 12'000);
    EXPECT_EQ(h.view(icao).altitude_source, FieldSource::sbs);
    EXPECT_EQ(h.view(icao).altitude_ms, t0 + 60'001);
}

TEST(AircraftTracker, ModeSSquawkMustRepeatBeforeItCounts) {
    Harness h;
    h.pair(icao, here, t0);
    adsb::Message once = df5_identity(icao, 01234, false);
    h.tracker.update(once, t0 + 1'000);
    EXPECT_FALSE(h.view(icao).squawk);
    adsb::Message again = df5_identity(icao, 01234, false);
    h.tracker.update(again, t0 + 2'000);
    EXPECT_EQ(h.view(icao).squawk, 01234);
    EXPECT_EQ(h.view(icao).squawk_source, FieldSource::mode_s);
}

TEST(AircraftTracker, ExpiresSilentAircraftButKeepsParkedOnes) {
    AircraftRules rules;
    Harness h(rules);
    h.pair(icao, here, t0);
    // A second aircraft lands (airborne, then surface positions) and parks.
    test::FlightScript parked(h.tracker, 0x4B1806, t0);
    parked.hover({47.0, 8.0}, 2'000);
    parked.ground({47.0, 8.0}, 60'000);
    ASSERT_EQ(h.tracker.size(), 2U);
    h.tracker.advance(t0 + rules.expire_after_ms - 60'000);
    EXPECT_EQ(h.tracker.size(), 2U);
    h.tracker.advance(t0 + rules.expire_after_ms + 120'000);
    EXPECT_EQ(h.tracker.size(), 1U) << "the airborne one expired, the parked one stays";
    h.tracker.advance(t0 + rules.parked_expire_ms + 120'000);
    EXPECT_EQ(h.tracker.size(), 0U);
    EXPECT_EQ(h.tracker.stats().expired, 2U);
}

TEST(AircraftTracker, HundredThousandAircraftFitInThreeHundredBytesEach) {
    Harness h;
    for (std::uint32_t n = 0; n < 100'000; ++n) {
        const std::uint32_t address = 0x100000 + n * 7;
        adsb::Message msg = test::velocity(address, 400, 90);
        h.tracker.update(msg, t0 + n);
    }
    ASSERT_EQ(h.tracker.size(), 100'000U);
    const double per_aircraft = static_cast<double>(h.tracker.memory_bytes()) / 100'000.0;
    EXPECT_LE(per_aircraft, 300.0);
    // Every address is found again (the index survives its growth).
    std::size_t seen = 0;
    h.tracker.for_each([&](const AircraftView& view) { seen += view.messages == 1 ? 1 : 0; });
    EXPECT_EQ(seen, 100'000U);
    adsb::Message again = test::velocity(0x100000 + 99'999 * 7, 400, 90);
    h.tracker.update(again, t0 + 200'000);
    EXPECT_EQ(h.tracker.size(), 100'000U);
}

TEST(AircraftTracker, ExpiryKeepsTheIndexConsistent) {
    Harness h;
    for (std::uint32_t n = 0; n < 5'000; ++n) {
        adsb::Message msg = test::velocity(0x200000 + n, 400, 90);
        h.tracker.update(msg, t0 + (n % 2 == 0 ? 0 : 3'000'000));  // odd ones heard 50 min later
    }
    h.tracker.advance(t0 + 3'700'000);  // the even ones are silent > 1 h
    EXPECT_EQ(h.tracker.size(), 2'500U);
    for (std::uint32_t n = 1; n < 5'000; n += 2) {
        adsb::Message msg = test::velocity(0x200000 + n, 400, 90);
        h.tracker.update(msg, t0 + 3'700'001);
    }
    EXPECT_EQ(h.tracker.size(), 2'500U) << "each survivor found again, none duplicated";
}

}  // namespace
}  // namespace cp::track
