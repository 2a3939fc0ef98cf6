// SPDX-License-Identifier: Apache-2.0
// The encoder against the decoder: every frame encode.hpp builds decodes with adsb::decode() to the fields it
// was given (callsign, category, altitude within 25 ft, speed and track within their quantisation, squawk
// exact), and CPR positions decode through PositionDecoder to within 5 m of the truth, airborne and surface,
// in both hemispheres, on both sides of every NL zone boundary and across the antimeridian.
#include <cmath>
#include <numbers>
#include <vector>

#include <gtest/gtest.h>

#include "adsb/cpr.hpp"
#include "adsb/encode.hpp"
#include "adsb/message.hpp"
#include "core/geo.hpp"

namespace {

namespace enc = cp::adsb::encode;
using cp::geo::LatLon;

constexpr std::uint32_t icao = 0x15F0A2;

cp::adsb::Message decoded(std::span<const std::uint8_t> frame) {
    auto msg = cp::adsb::decode(frame, {});
    EXPECT_TRUE(msg.has_value());
    return msg ? *msg : cp::adsb::Message{};
}

// Latitudes where NL changes (closed form of DO-260B §A.1.7.2 d), plus 0.
std::vector<double> nl_boundaries() {
    std::vector<double> lats{0.0};
    const double pi = std::numbers::pi;
    for (int nl_value = 2; nl_value <= 59; ++nl_value) {
        lats.push_back(std::acos(std::sqrt((1 - std::cos(pi / 30.0)) / (1 - std::cos(2 * pi / nl_value)))) *
                       180.0 / pi);
    }
    return lats;
}

// Decodes an even frame at t and an odd one 1 s later, both at `truth`, and returns the decoded position.
std::optional<LatLon> pair_decode(LatLon truth, bool surface, std::int32_t alt_ft = 33'000) {
    cp::adsb::PositionOptions options;
    if (surface) options.receiver = LatLon{std::clamp(truth.lat_deg + 0.3, -89.0, 89.0), truth.lon_deg};
    options.max_range_m = 0;
    cp::adsb::PositionDecoder decoder(options);
    std::optional<LatLon> result;
    for (const bool odd : {false, true}) {
        const auto frame = surface
                               ? enc::surface_position(icao, truth.lat_deg, truth.lon_deg, 10.0, 90.0, odd)
                               : enc::airborne_position(icao, truth.lat_deg, truth.lon_deg, alt_ft, odd);
        auto msg = decoded(frame);
        EXPECT_TRUE(msg.crc_ok);
        EXPECT_EQ(msg.cpr_odd, odd);
        EXPECT_EQ(msg.cpr_surface, surface);
        decoder.update(msg, 1'700'000'000'000 + (odd ? 1000 : 0));
        if (odd && msg.lat_deg && msg.lon_deg) result = LatLon{*msg.lat_deg, *msg.lon_deg};
        if (odd && !msg.lat_deg) ADD_FAILURE() << "rejected: " << cp::adsb::to_string(msg.position_reject);
    }
    return result;
}

void expect_round_trip(LatLon truth, bool surface, double tolerance_m) {
    const auto got = pair_decode(truth, surface);
    ASSERT_TRUE(got.has_value()) << truth.lat_deg << "," << truth.lon_deg << (surface ? " surface" : "");
    EXPECT_LT(cp::geo::distance_m(truth, *got), tolerance_m)
        << truth.lat_deg << "," << truth.lon_deg << (surface ? " surface" : " airborne") << " -> "
        << got->lat_deg << "," << got->lon_deg;
}

}  // namespace

TEST(AdsbEncode, IdentificationDecodesToItsCallsignAndCategory) {
    const auto msg = decoded(enc::identification(icao, "RFF7012", 0xA5));
    EXPECT_TRUE(msg.crc_ok);
    EXPECT_EQ(msg.df, 17);
    EXPECT_EQ(msg.icao, icao);
    EXPECT_EQ(msg.tc, 4);
    ASSERT_TRUE(msg.has_flight);
    EXPECT_STREQ(msg.flight.data(), "RFF7012 ");
    EXPECT_EQ(msg.category, 0xA5);
    const auto set_b = decoded(enc::identification(icao, "GLIDER1", 0xB1));
    EXPECT_EQ(set_b.tc, 3);
    EXPECT_EQ(set_b.category, 0xB1);
}

TEST(AdsbEncode, AirborneAltitudeDecodesWithin25Feet) {
    for (std::int32_t alt = -1000; alt <= 50'000; alt += 137) {
        const auto msg = decoded(enc::airborne_position(icao, 55.0, 38.0, alt, false));
        ASSERT_TRUE(msg.alt_baro_ft.has_value()) << alt;
        EXPECT_LE(std::abs(*msg.alt_baro_ft - alt), 13) << alt;
        EXPECT_EQ(msg.tc, 11);
        EXPECT_EQ(msg.on_ground, false);
    }
}

TEST(AdsbEncode, AirbornePositionsDecodeWithin5MetresAcrossEveryNlBoundary) {
    for (const double boundary : nl_boundaries()) {
        if (boundary > 85.0) continue;  // polar rows below: there a longitude zone is 180-360 degrees wide
        for (const double offset : {-0.01, 0.01}) {
            for (const double sign : {1.0, -1.0}) {
                for (const double lon : {-179.95, -73.2, 0.0, 0.00004, 38.06, 179.95}) {
                    expect_round_trip({sign * (boundary + offset), lon}, false, 5.0);
                }
            }
        }
    }
}

TEST(AdsbEncode, PolarPositionsDecodeWithinTheZoneQuantisation) {
    // NL = 1 or 2: one longitude step is 360 (180) degrees / 2^17 = 18 (9) m at 86.5 degrees, so the rounding
    // error of the encoder alone can reach half of that plus 2.5 m in latitude.
    for (const double lat : {86.0, 86.5, 87.5, 89.9, -86.5, -88.0}) {
        for (const double lon : {-120.0, 0.0, 45.0, 179.0}) expect_round_trip({lat, lon}, false, 12.0);
    }
}

TEST(AdsbEncode, SurfacePositionsDecodeWithin5Metres) {
    for (const double lat :
         {55.8783, 35.6892, -33.9461, 0.0001, -0.0001, 10.4604713, 10.4804713, 66.5, -54.8}) {
        for (const double lon : {38.0617, 51.3134, -179.99, 151.177, -0.0001, 0.0}) {
            expect_round_trip({lat, lon}, true, 5.0);
        }
    }
}

TEST(AdsbEncode, SurfaceMovementAndTrackDecodeWithinTheirSteps) {
    for (const double speed : {0.0, 0.2, 1.3, 7.5, 14.0, 33.0, 80.0, 120.0, 174.0}) {
        for (const double track : {0.0, 47.0, 181.0, 359.0}) {
            const auto msg = decoded(enc::surface_position(icao, 35.69, 51.31, speed, track, false));
            ASSERT_TRUE(msg.gs_kt.has_value());
            // Steps: 0.125 kt below 1 kt ... 5 kt from 100 kt: the nearest step is at most half a step away.
            const double step = speed < 1     ? 0.125
                                : speed < 2   ? 0.25
                                : speed < 15  ? 0.5
                                : speed < 70  ? 1
                                : speed < 100 ? 2
                                              : 5;
            EXPECT_LE(std::abs(*msg.gs_kt - speed), step / 2 + 1e-9) << speed;
            ASSERT_TRUE(msg.track_deg.has_value());
            const double diff = std::abs(std::remainder(*msg.track_deg - track, 360.0));
            EXPECT_LE(diff, 360.0 / 256 + 1e-9) << track;
            EXPECT_EQ(msg.on_ground, true);
        }
    }
}

TEST(AdsbEncode, VelocityDecodesWithinItsOneKnotComponents) {
    for (const double speed : {140.0, 250.0, 432.0, 600.0}) {
        for (double track = 0; track < 360; track += 23.5) {
            for (const std::int32_t rate : {0, 1500, -1500, -64, 3000}) {
                const auto msg = decoded(enc::airborne_velocity(icao, speed, track, rate));
                EXPECT_EQ(msg.tc, 19);
                EXPECT_EQ(msg.subtype, 1);
                ASSERT_TRUE(msg.gs_kt && msg.track_deg);
                EXPECT_LE(std::abs(*msg.gs_kt - speed), 0.75) << speed << " " << track;
                // Each component is off by <= 0.5 kt: the track by at most asin(0.71 / speed).
                const double track_tol = std::asin(0.71 / speed) * 180 / std::numbers::pi;
                EXPECT_LE(std::abs(std::remainder(*msg.track_deg - track, 360.0)), track_tol) << track;
                ASSERT_TRUE(msg.baro_rate_fpm.has_value());
                EXPECT_LE(std::abs(*msg.baro_rate_fpm - rate), 32) << rate;
            }
        }
    }
}

TEST(AdsbEncode, SquawksDecodeExactlyInDf5AndTc28) {
    for (std::uint16_t squawk = 0; squawk < 4096; squawk += 7) {
        const auto df5 = decoded(enc::identity_reply(icao, squawk, 0));
        EXPECT_EQ(df5.df, 5);
        EXPECT_EQ(df5.icao, icao);  // AP = parity xor address: the overlay gives the address back
        EXPECT_EQ(df5.squawk, squawk);
    }
    for (const std::uint16_t squawk : {07700, 07600, 07500, 01234}) {
        const auto status = decoded(enc::emergency_status(icao, enc::emergency_of_squawk(squawk), squawk));
        EXPECT_TRUE(status.crc_ok);
        EXPECT_EQ(status.tc, 28);
        EXPECT_EQ(status.squawk, squawk);
        EXPECT_EQ(status.emergency, enc::emergency_of_squawk(squawk));
    }
    EXPECT_EQ(enc::emergency_of_squawk(07700), 1);
    EXPECT_EQ(enc::emergency_of_squawk(07500), 5);
    const auto ground = decoded(enc::identity_reply(icao, 01200, 1));
    EXPECT_EQ(ground.flight_status, 1);
    EXPECT_EQ(ground.on_ground, true);
}

TEST(AdsbEncode, Df4AltitudeDecodesWithin25Feet) {
    for (std::int32_t alt = -1000; alt <= 50'000; alt += 211) {
        const auto msg = decoded(enc::altitude_reply(icao, alt, 0));
        EXPECT_EQ(msg.df, 4);
        EXPECT_EQ(msg.icao, icao);
        ASSERT_TRUE(msg.alt_baro_ft.has_value());
        EXPECT_LE(std::abs(*msg.alt_baro_ft - alt), 13);
    }
}
