// SPDX-License-Identifier: Apache-2.0
// decode(): format errors, Gillham and Q-bit altitudes, identity codes, Mode A/C, DF17 type codes
// on real frames, the sample flight decoded end to end through PositionDecoder, and write_json.
#include <cmath>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "adsb/cpr.hpp"
#include "adsb/message.hpp"
#include "sample_frames.hpp"
#include "test_data.hpp"
#include "vector_rows.hpp"

namespace {

cp::adsb::Message decoded(const char* hex) {
    auto msg = cp::adsb::decode(cp::test::hex_bytes(hex), {});
    EXPECT_TRUE(msg.has_value()) << hex;
    return msg.has_value() ? *msg : cp::adsb::Message{};
}

// A DF4 frame with the 13-bit AC field `ac13` (parity left zero: DF4 has an overlay address).
std::vector<std::uint8_t> df4_with(std::uint32_t ac13) {
    return {0x20, 0x00, static_cast<std::uint8_t>(ac13 >> 8), static_cast<std::uint8_t>(ac13 & 0xFF), 0,
            0,    0};
}

}  // namespace

TEST(Decode, RejectsBadLengthsAndUndefinedFormats) {
    EXPECT_EQ(cp::adsb::decode(cp::test::hex_bytes("8D406B90"), {}).error(),
              cp::adsb::DecodeError::bad_length);
    EXPECT_EQ(cp::adsb::decode(cp::test::hex_bytes("8D406B902015A6"), {}).error(),
              cp::adsb::DecodeError::bad_length);
    EXPECT_EQ(cp::adsb::decode(cp::test::hex_bytes("20001718029FCD00000000000000"), {}).error(),
              cp::adsb::DecodeError::bad_length);
    EXPECT_EQ(cp::adsb::decode(cp::test::hex_bytes("08000000000000"), {}).error(),
              cp::adsb::DecodeError::unknown_df);
    EXPECT_EQ(to_string(cp::adsb::DecodeError::bad_crc), "bad_crc");
}

TEST(Decode, GillhamAltitudesCoverEveryHundredFeetExactlyOnce) {
    // All 2^11 codes without M and Q bits: the valid ones map one-to-one onto -1200..126700 ft.
    std::map<std::int32_t, int> seen;
    for (std::uint32_t ac13 = 0; ac13 < 8192; ++ac13) {
        if ((ac13 & 0x50U) != 0) continue;  // M (bit 26) or Q (bit 28) set
        auto msg = cp::adsb::decode(df4_with(ac13), {});
        ASSERT_TRUE(msg.has_value());
        if (msg->alt_baro_ft) ++seen[*msg->alt_baro_ft];
    }
    EXPECT_EQ(seen.begin()->first, -1200);
    for (const auto& [alt, count] : seen) {
        EXPECT_EQ(alt % 100, 0);
        EXPECT_EQ(count, 1) << alt;
    }
    EXPECT_EQ(seen.size(), static_cast<std::size_t>((126700 + 1200) / 100 + 1));
    // Anchors from the Gray code tables: C4 alone is -1200 ft, C2 alone -1000 ft (bits 24 and 22).
    EXPECT_EQ(cp::adsb::decode(df4_with(0x0100), {})->alt_baro_ft, -1200);
    EXPECT_EQ(cp::adsb::decode(df4_with(0x0400), {})->alt_baro_ft, -1000);
}

TEST(Decode, QBitAltitudeCountsTwentyFiveFeetFromMinusThousand) {
    EXPECT_EQ(decoded("20001718029FCD").alt_baro_ft, 36000);
    EXPECT_EQ(cp::adsb::decode(df4_with(0x0010), {})->alt_baro_ft, -1000);  // Q bit only: n = 0
    EXPECT_FALSE(cp::adsb::decode(df4_with(0), {})->alt_baro_ft.has_value());
}

TEST(Decode, IdentityReplyGivesTheSquawkInOctal) {
    const auto msg = decoded("2A00516D492B80");
    ASSERT_TRUE(msg.squawk.has_value());
    EXPECT_EQ(std::string(cp::adsb::squawk_text(*msg.squawk).data()), "0356");
    EXPECT_EQ(msg.flight_status, 2);
}

TEST(Decode, ModeACReplyGivesSquawkAndAltitudeWhenItIsAGillhamCode) {
    const std::uint8_t emergency[2] = {0x77, 0x00};
    auto msg = cp::adsb::decode_mode_ac(emergency);
    ASSERT_TRUE(msg.has_value());
    EXPECT_EQ(std::string(cp::adsb::squawk_text(*msg->squawk).data()), "7700");
    const std::uint8_t c4_only[2] = {0x00, 0x40};  // C digit 4 = C4 pulse: -1200 ft
    EXPECT_EQ(cp::adsb::decode_mode_ac(c4_only)->alt_baro_ft, -1200);
    const std::uint8_t bad[2] = {0x80, 0x00};
    EXPECT_EQ(cp::adsb::decode_mode_ac(bad).error(), cp::adsb::DecodeError::bad_mode_ac);
}

TEST(Decode, OperationalStatusAndTargetStateOfRealFramesCarryIntegrityFields) {
    const auto frames =
        cp::test::load_samples(cp::test::shared_data("adsb/samples/short_flights.csv"), 1, -1);
    ASSERT_GT(frames.size(), 400U);
    std::map<int, int> by_tc;
    for (const auto& frame : frames) {
        auto msg = cp::adsb::decode(frame.bytes, {});
        ASSERT_TRUE(msg.has_value());
        ++by_tc[msg->tc];
        if (msg->tc == 31 && msg->subtype == 0) {
            ASSERT_TRUE(msg->version.has_value());
            EXPECT_LE(*msg->version, 2);
            if (*msg->version == 2) {
                EXPECT_TRUE(msg->nac_p.has_value());
                EXPECT_TRUE(msg->sil.has_value());
            }
        }
        if (msg->tc >= 9 && msg->tc <= 18) {
            ASSERT_TRUE(msg->alt_baro_ft.has_value());
            EXPECT_GT(*msg->alt_baro_ft, -1500);
            EXPECT_LT(*msg->alt_baro_ft, 60000);
        }
        if (msg->tc == 19 && msg->gs_kt) {
            EXPECT_LT(*msg->gs_kt, 700.0);
        }
    }
    EXPECT_GT(by_tc[11], 0);
    EXPECT_GT(by_tc[19], 0);
}

TEST(Decode, TheSampleFlightGivesAContinuousTrackThroughPositionDecoder) {
    const auto frames =
        cp::test::load_samples(cp::test::shared_data("adsb/samples/sample_data_adsb.csv"), 1, 2);
    cp::adsb::PositionDecoder decoder;
    int positions = 0;
    int rejected = 0;
    std::optional<cp::geo::LatLon> last;
    double max_step_m = 0;
    for (const auto& frame : frames) {
        auto msg = cp::adsb::decode(frame.bytes, {});
        ASSERT_TRUE(msg.has_value());
        decoder.update(*msg, static_cast<std::int64_t>(frame.t_s * 1000));
        if (!msg->has_cpr) continue;
        if (!msg->lat_deg) {
            ++rejected;
            continue;
        }
        ++positions;
        const cp::geo::LatLon here{*msg->lat_deg, *msg->lon_deg};
        if (last) max_step_m = std::max(max_step_m, cp::geo::distance_m(*last, here));
        last = here;
    }
    EXPECT_GT(positions, 500);
    EXPECT_LT(rejected, 5);       // only the frames before the first pair
    EXPECT_LT(max_step_m, 5000);  // one second of flight at most ~250 m; gaps of a few seconds
}

TEST(WriteJson, WritesReadsbFieldNamesAndOnlyPresentFields) {
    const auto msg = decoded("8D406B902015A678D4D220AA4BDA");
    std::string out;
    cp::adsb::write_json(msg, {1457996400123, std::nullopt, std::nullopt}, out);
    const auto json = nlohmann::json::parse(out);
    EXPECT_EQ(json["hex"], "406b90");
    EXPECT_EQ(json["flight"], "EZY85MH ");
    EXPECT_EQ(json["category"], "A0");
    EXPECT_EQ(json["df"], 17);
    EXPECT_EQ(json["tc"], 4);
    EXPECT_EQ(json["crc_ok"], true);
    EXPECT_EQ(json["corrected_bits"], 0);
    EXPECT_DOUBLE_EQ(json["timestamp"].get<double>(), 1457996400.123);
    EXPECT_FALSE(json.contains("alt_baro"));
    EXPECT_FALSE(json.contains("lat"));
}

TEST(WriteJson, EverySampleFrameGivesValidJsonAndPositionsAppearAsLatLon) {
    cp::adsb::PositionDecoder decoder;
    std::string out;
    int with_position = 0;
    for (const char* file : {"adsb/samples/sample_data_adsb.csv", "adsb/samples/short_flights.csv"}) {
        for (const auto& frame : cp::test::load_samples(cp::test::shared_data(file), 1, -1)) {
            auto msg = cp::adsb::decode(frame.bytes, {});
            ASSERT_TRUE(msg.has_value());
            decoder.update(*msg, static_cast<std::int64_t>(frame.t_s * 1000));
            out.clear();
            cp::adsb::write_json(*msg, {}, out);
            const auto json = nlohmann::json::parse(out);
            if (json.contains("lat")) {
                ++with_position;
                EXPECT_TRUE(json.contains("lon"));
            }
            if (msg->tc == 19 && msg->subtype == 1) {
                EXPECT_TRUE(json.contains("gs")) << out;
            }
        }
    }
    EXPECT_GT(with_position, 600);
}
