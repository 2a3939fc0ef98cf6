// SPDX-License-Identifier: Apache-2.0
// Status layouts no real sample here carries, on frames built from the spec tables (built_frames.hpp):
// TC 29 subtype 0 (version 1, ICAO Doc 9871 Table B-2-98), TC 28 subtype 2 (ACAS RA broadcast, the
// BDS 3,0 fields), and NIC from the type code with the TC 31 supplements (DO-260B Table 2-14 and
// DO-260A, as printed in "The 1090 MHz Riddle"), alone and through PositionDecoder.
#include <string>

#include <gtest/gtest.h>

#include "adsb/cpr.hpp"
#include "adsb/message.hpp"
#include "built_frames.hpp"
#include "vector_rows.hpp"

namespace {

using cp::test::df17_frame;
using cp::test::me_bits;

cp::adsb::Message decoded(std::uint32_t icao, std::uint64_t me) {
    const auto frame = df17_frame(icao, me);
    auto msg = cp::adsb::decode(frame, {});
    EXPECT_TRUE(msg.has_value());
    EXPECT_TRUE(msg->crc_ok);
    return *msg;
}

cp::adsb::Message decoded(const char* hex) {
    auto msg = cp::adsb::decode(cp::test::hex_bytes(hex), {});
    EXPECT_TRUE(msg.has_value()) << hex;
    return *msg;
}

constexpr std::uint64_t tc29_v1 = me_bits(1, 5, 29) | me_bits(6, 7, 0);

}  // namespace

TEST(TargetStateV1, McpSelectedAltitudeBeingAcquired) {
    // Vertical source 1 (MCP/FCU), vertical mode 1 (acquiring), altitude code 360: -1000 + 36 000 ft.
    const auto msg =
        decoded(0x4840D6, tc29_v1 | me_bits(8, 9, 1) | me_bits(14, 15, 1) | me_bits(16, 25, 360));
    EXPECT_EQ(msg.tc, 29);
    EXPECT_EQ(msg.subtype, 0);
    EXPECT_EQ(msg.bds, 0x62);
    EXPECT_EQ(msg.nav_altitude_mcp_ft, 35000);
    EXPECT_FALSE(msg.nav_altitude_fms_ft.has_value());
    EXPECT_EQ(msg.nav_altitude_msl, false);
    EXPECT_EQ(msg.nav_vertical_mode, 1);
    EXPECT_FALSE(msg.nav_heading_deg.has_value());  // horizontal source 0: no target angle
    EXPECT_FALSE(msg.autopilot.has_value());        // version 1 has no mode bits: nothing inferred
}

TEST(TargetStateV1, FmsAltitudeMaintainedAndBaroCorrected) {
    const auto msg = decoded(0x4840D6, tc29_v1 | me_bits(8, 9, 3) | me_bits(10, 10, 1) | me_bits(14, 15, 2) |
                                           me_bits(16, 25, 200));
    EXPECT_EQ(msg.nav_altitude_fms_ft, 19000);
    EXPECT_FALSE(msg.nav_altitude_mcp_ft.has_value());
    EXPECT_EQ(msg.nav_altitude_msl, true);
    EXPECT_EQ(msg.nav_vertical_mode, 2);
}

TEST(TargetStateV1, AHeldAltitudeIsNoSelection) {
    const auto msg =
        decoded(0x4840D6, tc29_v1 | me_bits(8, 9, 2) | me_bits(14, 15, 2) | me_bits(16, 25, 200));
    EXPECT_FALSE(msg.nav_altitude_mcp_ft.has_value());
    EXPECT_FALSE(msg.nav_altitude_fms_ft.has_value());
    EXPECT_EQ(msg.nav_vertical_mode, 2);
}

TEST(TargetStateV1, HeadingOrTrackAngleIntegrityAndEmergency) {
    const std::uint64_t common = tc29_v1 | me_bits(26, 27, 1) | me_bits(28, 36, 180) | me_bits(38, 39, 2) |
                                 me_bits(40, 43, 9) | me_bits(44, 44, 1) | me_bits(45, 46, 3) |
                                 me_bits(52, 53, 2) | me_bits(54, 56, 1);
    const auto heading = decoded(0x4840D6, common);
    EXPECT_EQ(heading.nav_heading_deg, 180.0);
    EXPECT_EQ(heading.nav_heading_is_track, false);  // Doc 9871 §B.2.3.9.10: 0 = heading
    EXPECT_EQ(heading.nav_horizontal_mode, 2);
    EXPECT_EQ(heading.nac_p, 9);
    EXPECT_EQ(heading.nic_baro, 1);
    EXPECT_EQ(heading.sil, 3);
    EXPECT_EQ(heading.tss_capability_mode, 2);
    EXPECT_FALSE(heading.tcas.has_value());
    EXPECT_EQ(heading.emergency, 1);

    const auto track = decoded(0x4840D6, common | me_bits(37, 37, 1));
    EXPECT_EQ(track.nav_heading_is_track, true);

    std::string json;
    cp::adsb::write_json(track, {}, json);
    EXPECT_NE(json.find("\"nav_heading\":180.00,\"nav_heading_is_track\":true"), std::string::npos) << json;
    EXPECT_NE(json.find("\"emergency\":\"general\""), std::string::npos) << json;
}

TEST(TargetStateV1, InvalidAngleAndAltitudeCodesAreDropped) {
    const auto msg = decoded(0x4840D6, tc29_v1 | me_bits(8, 9, 1) | me_bits(16, 25, 1011) |
                                           me_bits(26, 27, 1) | me_bits(28, 36, 360));
    EXPECT_FALSE(msg.nav_altitude_mcp_ft.has_value());  // codes 1011-1023 are invalid
    EXPECT_FALSE(msg.nav_heading_deg.has_value());      // angles 360-511 are invalid
}

TEST(TargetStateV1, TheBackwardCompatibilityBitSetIsNotThisLayout) {
    const auto msg =
        decoded(0x4840D6, tc29_v1 | me_bits(8, 9, 1) | me_bits(11, 11, 1) | me_bits(16, 25, 360));
    EXPECT_EQ(msg.subtype, 0);
    EXPECT_FALSE(msg.nav_altitude_mcp_ft.has_value());
    EXPECT_FALSE(msg.nac_p.has_value());
}

TEST(AcasRaBroadcast, ReportsTheBds30FieldsAsSent) {
    const std::uint64_t ra_fields = me_bits(9, 22, 0x2100) | me_bits(23, 26, 4) | me_bits(27, 27, 0) |
                                    me_bits(28, 28, 1) | me_bits(29, 30, 1) |
                                    me_bits(31, 56, 0x4840D6ULL << 2);
    const auto msg = decoded(0x406B90, me_bits(1, 5, 28) | me_bits(6, 8, 2) | ra_fields);
    EXPECT_EQ(msg.bds, 0x61);
    EXPECT_EQ(msg.subtype, 2);
    EXPECT_FALSE(msg.emergency.has_value());
    EXPECT_FALSE(msg.squawk.has_value());
    EXPECT_EQ(msg.commb.ara, 0x2100);
    EXPECT_EQ(msg.commb.rac, 4);
    EXPECT_EQ(msg.commb.rat, false);
    EXPECT_EQ(msg.commb.mte, true);
    EXPECT_EQ(msg.commb.tti, 1);
    EXPECT_EQ(msg.commb.threat_id, 0x4840D6U << 2);

    // The same 48 bits in a Comm-B BDS 3,0 reply decode to the same fields.
    const std::uint64_t mb = me_bits(1, 8, 0x30) | ra_fields;
    std::array<std::uint8_t, 7> mb_bytes{};
    for (int byte_idx = 0; byte_idx < 7; ++byte_idx)
        mb_bytes[byte_idx] = static_cast<std::uint8_t>(mb >> (8 * (6 - byte_idx)));
    cp::adsb::Message commb;
    ASSERT_TRUE(cp::adsb::decode_commb_as(mb_bytes, 0x30, commb));
    EXPECT_EQ(commb.commb.ara, msg.commb.ara);
    EXPECT_EQ(commb.commb.rac, msg.commb.rac);
    EXPECT_EQ(commb.commb.threat_id, msg.commb.threat_id);

    std::string json;
    cp::adsb::write_json(msg, {}, json);
    EXPECT_NE(json.find("\"ara\":8448,\"rac\":4,\"rat\":false,\"mte\":true,\"tti\":1"), std::string::npos)
        << json;
}

TEST(PositionNic, FollowsTheTablesOfVersions1And2) {
    struct Row {
        std::uint8_t tc, version;
        bool a, b, c;
        int nic;  // -1: none
    };
    const Row rows[] = {
        // version 2 airborne (NIC-A, NIC-B)
        {9, 2, 0, 0, 0, 11},
        {10, 2, 0, 0, 0, 10},
        {11, 2, 1, 1, 0, 9},
        {11, 2, 0, 0, 0, 8},
        {12, 2, 0, 0, 0, 7},
        {13, 2, 0, 1, 0, 6},
        {13, 2, 0, 0, 0, 6},
        {13, 2, 1, 1, 0, 6},
        {14, 2, 0, 0, 0, 5},
        {15, 2, 0, 0, 0, 4},
        {16, 2, 1, 1, 0, 3},
        {16, 2, 0, 0, 0, 2},
        {17, 2, 0, 0, 0, 1},
        {18, 2, 0, 0, 0, 0},
        {20, 2, 0, 0, 0, 11},
        {21, 2, 0, 0, 0, 10},
        {22, 2, 0, 0, 0, 0},
        // undefined version-2 combinations get the lower NIC
        {11, 2, 1, 0, 0, 8},
        {11, 2, 0, 1, 0, 8},
        {16, 2, 0, 1, 0, 2},
        // version 2 surface (NIC-A, NIC-C)
        {5, 2, 0, 0, 0, 11},
        {6, 2, 0, 0, 0, 10},
        {7, 2, 1, 0, 0, 9},
        {7, 2, 0, 0, 0, 8},
        {8, 2, 1, 0, 1, 7},
        {8, 2, 1, 0, 0, 6},
        {8, 2, 0, 0, 1, 6},
        {8, 2, 0, 0, 0, 0},
        // version 1: one supplement (the TC 31 bit); ME bit 8 is the single-antenna flag, not NIC-B
        {11, 1, 1, 0, 0, 9},
        {11, 1, 0, 1, 0, 8},
        {16, 1, 1, 0, 0, 3},
        {16, 1, 0, 0, 0, 2},
        {13, 1, 1, 0, 0, 6},
        {7, 1, 1, 0, 0, 9},
        {7, 1, 0, 0, 0, 8},
        {8, 1, 1, 0, 1, 0},
        // version 0 has NUCp only; non-position type codes have no NIC
        {11, 0, 1, 1, 0, -1},
        {19, 2, 0, 0, 0, -1},
        {0, 2, 0, 0, 0, -1},
    };
    for (const Row& row : rows) {
        const auto nic = cp::adsb::position_nic(row.tc, row.version, row.a, row.b, row.c);
        SCOPED_TRACE("tc " + std::to_string(row.tc) + " v" + std::to_string(row.version));
        if (row.nic < 0) {
            EXPECT_FALSE(nic.has_value());
        } else {
            EXPECT_EQ(nic, row.nic);
        }
    }
}

TEST(PositionNic, PositionDecoderUsesTheSupplementOfTheAircraftsOperationalStatus) {
    // Riddle airborne position of 40621D: TC 11, ME bit 8 = 0 -> NIC 8 without TC 31.
    const char* position = "8D40621D58C382D690C8AC2863A7";
    EXPECT_EQ(decoded(position).nic, 8);
    const std::uint64_t tc31_airborne = me_bits(1, 5, 31) | me_bits(6, 8, 0);

    cp::adsb::PositionDecoder v1;
    auto status_v1 = decoded(0x40621D, tc31_airborne | me_bits(41, 43, 1) | me_bits(44, 44, 1));
    v1.update(status_v1, 0);
    auto pos_v1 = decoded(position);
    v1.update(pos_v1, 1000);
    EXPECT_EQ(pos_v1.nic, 9);  // version 1, NIC supplement 1: Rc < 75 m

    cp::adsb::PositionDecoder v2;
    auto status_v2 = decoded(0x40621D, tc31_airborne | me_bits(41, 43, 2) | me_bits(44, 44, 1));
    v2.update(status_v2, 0);
    auto pos_v2 = decoded(position);
    v2.update(pos_v2, 1000);
    EXPECT_EQ(pos_v2.nic, 8);  // version 2 needs NIC-B too, and this frame's ME bit 8 is 0

    cp::adsb::PositionDecoder v0;
    auto status_v0 = decoded(0x40621D, tc31_airborne | me_bits(41, 43, 0));
    v0.update(status_v0, 0);
    auto pos_v0 = decoded(position);
    v0.update(pos_v0, 1000);
    EXPECT_FALSE(pos_v0.nic.has_value());
    EXPECT_EQ(pos_v0.nuc_p, 7);
}

TEST(PositionNic, SurfacePositionsUseNicAAndNicC) {
    // Riddle surface position of 484175: TC 7 -> NIC 8 without TC 31.
    const char* surface = "8C4841753AAB238733C8CD4020B1";
    EXPECT_EQ(decoded(surface).nic, 8);
    cp::adsb::PositionDecoder decoder;
    auto status = decoded(0x484175, me_bits(1, 5, 31) | me_bits(6, 8, 1) | me_bits(20, 20, 1) |
                                        me_bits(41, 43, 2) | me_bits(44, 44, 1));
    decoder.update(status, 0);
    EXPECT_EQ(status.nic_c, 1);
    auto pos = decoded(surface);
    decoder.update(pos, 1000);
    EXPECT_EQ(pos.nic, 9);
}
