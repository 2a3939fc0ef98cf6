// SPDX-License-Identifier: Apache-2.0
// Six-bit armour: values, fill bits (per fragment, as gpsd), bad characters, capacity and reuse of the
// buffer.
#include <string>

#include <gtest/gtest.h>

#include "ais/message.hpp"

namespace cp::ais {
namespace {

TEST(Dearmor, TurnsEachCharacterIntoItsSixBitValue) {
    PayloadBits bits;
    // '0' = 0, 'W' = 39, '`' = 40, 'w' = 63
    ASSERT_TRUE(dearmor("0W`w", 0, bits));
    EXPECT_EQ(bits.size_bits, 24U);
    EXPECT_EQ(bits.view().u(0, 6), 0U);
    EXPECT_EQ(bits.view().u(6, 6), 39U);
    EXPECT_EQ(bits.view().u(12, 6), 40U);
    EXPECT_EQ(bits.view().u(18, 6), 63U);
}

TEST(Dearmor, DropsFillBitsAndZeroesThem) {
    PayloadBits bits;
    ASSERT_TRUE(dearmor("www", 2, bits));
    EXPECT_EQ(bits.size_bits, 16U);
    EXPECT_EQ(bits.bytes[0], 0xFF);
    EXPECT_EQ(bits.bytes[1], 0xFF);
    EXPECT_EQ(bits.bytes[2], 0x00);  // the two fill bits of the last 'w' are gone
}

TEST(Dearmor, RejectsCharactersOutsideTheArmourRanges) {
    PayloadBits bits;
    for (const char* bad : {"15RT X", "15RT\x7f", "15RT_", "15RTx", "1,5"}) {
        auto result = dearmor(bad, 0, bits);
        ASSERT_FALSE(result) << bad;
        EXPECT_EQ(result.error(), DecodeError::bad_armor_char);
        EXPECT_EQ(bits.size_bits, 0U);
    }
}

TEST(Dearmor, AcceptsOneDigitOfFillBitsLikeGpsd) {
    PayloadBits bits;
    // ais-nmea-sample.log: gpsdecode decodes this 6-fill-bit sentence as 96 bits.
    ASSERT_TRUE(dearmor("601uEP19bi7P04810", 6, bits));
    EXPECT_EQ(bits.size_bits, 96U);
    auto too_many = dearmor("601uEP19bi7P04810", 10, bits);
    ASSERT_FALSE(too_many);
    EXPECT_EQ(too_many.error(), DecodeError::bad_fill_bits);
    auto more_than_payload = dearmor("1", 7, bits);
    ASSERT_FALSE(more_than_payload);
    EXPECT_EQ(more_than_payload.error(), DecodeError::bad_fill_bits);
}

TEST(Dearmor, RejectsAnEmptyPayload) {
    PayloadBits bits;
    auto empty = dearmor("", 0, bits);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error(), DecodeError::empty_payload);
    auto all_fill = dearmor("1", 6, bits);
    ASSERT_FALSE(all_fill);
    EXPECT_EQ(all_fill.error(), DecodeError::empty_payload);
}

TEST(Dearmor, RejectsMoreCharactersThanTheBufferHolds) {
    PayloadBits bits;
    const std::string fits(bits.bytes.size() * 8 / 6, 'w');
    ASSERT_TRUE(dearmor(fits, 0, bits));
    auto too_long = dearmor(fits + "w", 0, bits);
    ASSERT_FALSE(too_long);
    EXPECT_EQ(too_long.error(), DecodeError::payload_too_long);
    EXPECT_EQ(bits.size_bits, 0U);
}

TEST(Dearmor, ClearsBitsLeftByALongerPreviousPayload) {
    PayloadBits bits;
    ASSERT_TRUE(dearmor(std::string(80, 'w'), 0, bits));
    ASSERT_TRUE(dearmor("1", 0, bits));
    for (std::size_t byte_idx = 1; byte_idx < bits.bytes.size(); ++byte_idx) {
        ASSERT_EQ(bits.bytes[byte_idx], 0) << byte_idx;
    }
}

TEST(DearmorAppend, DropsTheFillBitsOfEachFragmentAsGpsdDoes) {
    // ais-nmea-sample.log has a type 21 whose first fragment carries 4 fill bits; gpsd removes them before
    // appending the second fragment, and prints the name "PLATFORM L9         Y&".
    PayloadBits bits;
    ASSERT_TRUE(dearmor("E02E381`60b37a6h6Lh@@@@@@@@0;FdI?Ede`00003v000", 4, bits));
    EXPECT_EQ(bits.size_bits, 46U * 6 - 4);
    ASSERT_TRUE(dearmor_append("IV1", 4, bits));
    EXPECT_EQ(bits.size_bits, 46U * 6 - 4 + 18 - 4);
    auto msg = decode(bits.view());
    ASSERT_TRUE(msg);
    EXPECT_EQ(std::get<AidToNavigation>(msg->body).name.view(), "PLATFORM L9         Y&");
}

TEST(DearmorAppend, GivesTheSameBitsAsOneDearmorWhenFragmentsHaveNoFill) {
    PayloadBits whole;
    PayloadBits pieces;
    ASSERT_TRUE(dearmor("55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8", 2, whole));
    ASSERT_TRUE(dearmor("55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O", 0, pieces));
    ASSERT_TRUE(dearmor_append("5Gf0NSQEp6ClRp8", 2, pieces));
    EXPECT_EQ(whole.size_bits, pieces.size_bits);
    EXPECT_EQ(whole.bytes, pieces.bytes);
}

TEST(DecodeError, EveryValueHasADistinctName) {
    EXPECT_EQ(to_string(DecodeError::bad_armor_char), "bad_armor_char");
    EXPECT_EQ(to_string(DecodeError::bad_fill_bits), "bad_fill_bits");
    EXPECT_EQ(to_string(DecodeError::payload_too_long), "payload_too_long");
    EXPECT_EQ(to_string(DecodeError::empty_payload), "empty_payload");
    EXPECT_EQ(to_string(DecodeError::unknown_type), "unknown_type");
    EXPECT_EQ(to_string(DecodeError::too_short), "too_short");
    EXPECT_EQ(to_string(DecodeError::too_long), "too_long");
    EXPECT_EQ(to_string(DecodeError::unknown_part), "unknown_part");
}

}  // namespace
}  // namespace cp::ais
