// SPDX-License-Identifier: Apache-2.0
// Comm-B inference on the 10,000 real DF20/21 replies of the sample files: every reply gets a
// register with a confidence or none, self-identifying registers are "certain", an ambiguous reply
// has no fields filled, and inferred values are physically plausible. Plus the forced decoders.
#include <cmath>
#include <iostream>
#include <map>

#include <gtest/gtest.h>

#include "adsb/message.hpp"
#include "sample_frames.hpp"
#include "test_data.hpp"
#include "vector_rows.hpp"

namespace {

std::vector<cp::adsb::Message> decode_file(const char* file) {
    std::vector<cp::adsb::Message> out;
    for (const auto& frame : cp::test::load_samples(cp::test::shared_data(file), 2, 1)) {
        auto msg = cp::adsb::decode(frame.bytes, {});
        EXPECT_TRUE(msg.has_value());
        if (msg) out.push_back(*msg);
    }
    return out;
}

}  // namespace

TEST(CommB, RealRepliesGetARegisterWithAConfidenceAndPlausibleValues) {
    std::map<std::pair<int, cp::adsb::Confidence>, int> tally;
    for (const char* file :
         {"adsb/samples/sample_data_commb_df20.csv", "adsb/samples/sample_data_commb_df21.csv"}) {
        for (const auto& msg : decode_file(file)) {
            ++tally[{msg.bds, msg.bds_confidence}];
            const auto& c = msg.commb;
            switch (msg.bds) {
            case 0x10:
            case 0x20:
            case 0x30:
                EXPECT_EQ(msg.bds_confidence, cp::adsb::Confidence::certain);
                break;
            case 0x17:
                ASSERT_TRUE(c.gicb_capability_bits.has_value());
                EXPECT_NE(cp::adsb::supported_bds(*c.gicb_capability_bits).find("2,0"), std::string::npos);
                break;
            case 0x40:
                if (c.selected_altitude_mcp_ft) {
                    EXPECT_LE(*c.selected_altitude_mcp_ft, 50000);
                }
                break;
            case 0x50:
                if (c.roll_deg) {
                    EXPECT_LE(std::fabs(*c.roll_deg), 50.0F);
                }
                break;
            case 0x60:
                if (c.mach) {
                    EXPECT_LE(*c.mach, 1.0F);
                }
                break;
            case 0:
                // Ambiguous or unknown: nothing filled, never a silent guess.
                EXPECT_FALSE(c.roll_deg || c.mach || c.ias_kt || c.selected_altitude_mcp_ft ||
                             msg.has_flight);
                break;
            default:
                ADD_FAILURE() << "unexpected register " << int{msg.bds};
            }
        }
    }
    int total = 0;
    for (const auto& [key, count] : tally) {
        std::cout << "bds " << std::hex << key.first << std::dec << " " << to_string(key.second) << ": "
                  << count << "\n";
        total += count;
    }
    EXPECT_EQ(total, 10000);
    EXPECT_GT((tally[{0x20, cp::adsb::Confidence::certain}]), 100);
    EXPECT_GT((tally[{0x40, cp::adsb::Confidence::likely}]), 500);
    EXPECT_GT((tally[{0x50, cp::adsb::Confidence::likely}]), 500);
    EXPECT_GT((tally[{0x60, cp::adsb::Confidence::likely}]), 500);
    EXPECT_LT((tally[{0, cp::adsb::Confidence::ambiguous}]), 500);  // 328 measured: about 3%
}

TEST(CommB, ForcedDecoderOfAnUnsupportedRegisterReturnsFalse) {
    const std::uint8_t mb[7] = {0x20, 0x2C, 0xC3, 0x71, 0xC3, 0x1D, 0xE0};
    cp::adsb::Message msg;
    EXPECT_FALSE(cp::adsb::decode_commb_as(mb, 0x52, msg));
    EXPECT_TRUE(cp::adsb::decode_commb_as(mb, 0x20, msg));
    EXPECT_EQ(std::string(msg.flight.data(), 7), "KLM1017");
}

TEST(CommB, AmbiguousReplyListsItsCandidatesAndFillsNoField) {
    const auto frame = cp::test::hex_bytes("A8001EBCFFFB23286004A73F6A5B");
    auto msg = cp::adsb::decode(frame, {});
    ASSERT_TRUE(msg.has_value());
    EXPECT_EQ(msg->bds_confidence, cp::adsb::Confidence::ambiguous);
    EXPECT_EQ(msg->commb.candidates,
              cp::adsb::commb_candidate_bit(0x50) | cp::adsb::commb_candidate_bit(0x60));
    EXPECT_FALSE(msg->commb.roll_deg.has_value());
    EXPECT_FALSE(msg->commb.mach.has_value());
}
