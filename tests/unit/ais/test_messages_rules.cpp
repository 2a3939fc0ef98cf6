// SPDX-License-Identifier: Apache-2.0
// gpsd 3.22's length rules, type 24 pairing and output corners, each measured with gpsdecode 3.22 first.
#include <string>

#include <gtest/gtest.h>

#include "ais/message.hpp"
#include "test_messages_support.hpp"

namespace cp::ais {
namespace {

using test::PayloadBuilder;

PayloadBuilder header(unsigned type, std::uint32_t mmsi) {
    PayloadBuilder builder;
    builder.put(type, 6).put(0, 2).put(mmsi, 30);
    return builder;
}

Result<Message, DecodeError> decode_length(unsigned type, std::size_t bits) {
    const PayloadBits payload = header(type, 1234).pad_to(bits).bits();
    return decode(payload.view());
}

std::string json_of(const Message& msg, bool scaled = false) {
    std::string out;
    write_gpsd_json(msg, JsonOptions{.scaled = scaled}, out);
    return out;
}

TEST(LengthRules, PositionReportsDecodeFrom163BitsOnLikeGpsd) {
    EXPECT_EQ(decode_length(1, 162).error(), DecodeError::too_short);
    EXPECT_TRUE(decode_length(1, 163));
    EXPECT_TRUE(decode_length(3, 204));  // ~1% of real type 1-3 messages
    EXPECT_TRUE(decode_length(2, 2048));
    EXPECT_EQ(decode_length(2, 2049).error(), DecodeError::too_long);
}

TEST(LengthRules, StaticVoyageDataAcceptsTheShortAndLongFormsSeenInTheWild) {
    EXPECT_EQ(decode_length(5, 419).error(), DecodeError::too_short);
    for (std::size_t bits : {420U, 422U, 424U, 426U, 462U}) EXPECT_TRUE(decode_length(5, bits)) << bits;
}

TEST(LengthRules, RangeCheckedTypesRejectBothEnds) {
    struct Case {
        unsigned type;
        std::size_t min_bits;
        std::size_t max_bits;
    };
    for (const Case& c : {Case{6, 88, 1008}, Case{7, 72, 168}, Case{8, 56, 1008}, Case{12, 72, 1008},
                          Case{13, 72, 168}, Case{14, 40, 1008}, Case{15, 88, 168}, Case{16, 96, 168},
                          Case{17, 80, 816}, Case{20, 72, 186}, Case{21, 272, 368}, Case{25, 40, 168}}) {
        EXPECT_EQ(decode_length(c.type, c.min_bits - 1).error(), DecodeError::too_short) << c.type;
        EXPECT_TRUE(decode_length(c.type, c.min_bits)) << c.type;
        EXPECT_TRUE(decode_length(c.type, c.max_bits)) << c.type;
        EXPECT_EQ(decode_length(c.type, c.max_bits + 1).error(), DecodeError::too_long) << c.type;
    }
}

TEST(LengthRules, LongRangeBroadcastIsEither96Or168Bits) {
    EXPECT_TRUE(decode_length(27, 96));
    EXPECT_TRUE(decode_length(27, 168));
    EXPECT_EQ(decode_length(27, 95).error(), DecodeError::too_short);
    EXPECT_EQ(decode_length(27, 120).error(), DecodeError::too_short);
    EXPECT_EQ(decode_length(27, 169).error(), DecodeError::too_long);
}

TEST(LengthRules, TypesZeroAndAbove27AreUnknown) {
    EXPECT_EQ(decode_length(0, 168).error(), DecodeError::unknown_type);
    EXPECT_EQ(decode_length(28, 168).error(), DecodeError::unknown_type);
    EXPECT_EQ(decode_length(63, 168).error(), DecodeError::unknown_type);
    EXPECT_EQ(decode(BitSpanView()).error(), DecodeError::empty_payload);
}

TEST(StaticDataReport, PartATakes160BitsAndPartBNeeds168) {
    const PayloadBits part_a = header(24, 1).put(0, 2).text("NAME", 20).bits();  // 160 bits
    EXPECT_TRUE(decode(part_a.view()));
    const PayloadBits short_b = header(24, 1).put(1, 2).pad_to(167).bits();
    EXPECT_EQ(decode(short_b.view()).error(), DecodeError::too_short);
    const PayloadBits part_c = header(24, 1).put(2, 2).pad_to(168).bits();
    EXPECT_EQ(decode(part_c.view()).error(), DecodeError::unknown_part);
}

Message part_a(std::uint32_t mmsi, std::string_view name) {
    return decode(header(24, mmsi).put(0, 2).text(name, 20).pad_to(168).bits().view()).value();
}

Message part_b(std::uint32_t mmsi) {
    return decode(header(24, mmsi)
                      .put(1, 2)
                      .put(37, 8)
                      .text("ABC", 3)
                      .put(5, 4)
                      .put(77, 20)
                      .text("CALL", 7)
                      .put(10, 9)
                      .put(20, 9)
                      .put(3, 6)
                      .put(4, 6)
                      .pad_to(168)
                      .bits()
                      .view())
        .value();
}

TEST(Type24Pairing, PrintsPartBWithTheNameOfThePartAOfTheSameMmsi) {
    // Expected JSON: gpsdecode -u -j on the same two sentences (its 7-character vendor id overlaps model).
    Type24Pairing pairing;
    Message a = part_a(1001, "ONE");
    Message b = part_b(1001);
    EXPECT_FALSE(pairing.complete(a));
    ASSERT_TRUE(pairing.complete(b));
    EXPECT_EQ(
        json_of(b),
        R"({"class":"AIS","device":"stdin","type":24,"repeat":0,"mmsi":1001,"scaled":false,)"
        R"("shipname":"ONE","shiptype":37,"shiptype_text":"Pleasure Craft","vendorid":"ABCT","model":5,)"
        R"("serial":77,"callsign":"CALL","to_bow":10,"to_stern":20,"to_port":3,"to_starboard":4})");
    Message again = part_b(1001);
    EXPECT_FALSE(pairing.complete(again));  // the stored name was used up
}

TEST(Type24Pairing, KeepsEightNamesAndTakesTheFirstMatchingSlot) {
    Type24Pairing pairing;
    for (std::uint32_t mmsi = 1000; mmsi < 1009; ++mmsi) {
        Message a = part_a(mmsi, "N" + std::to_string(mmsi));
        EXPECT_FALSE(pairing.complete(a));
    }
    Message evicted = part_b(1000);
    EXPECT_FALSE(pairing.complete(evicted));
    Message kept = part_b(1001);
    ASSERT_TRUE(pairing.complete(kept));
    EXPECT_EQ(std::get<StaticDataReport>(kept.body).shipname.view(), "N1001");

    Type24Pairing twice;
    Message one = part_a(7, "ONE");
    Message two = part_a(7, "TWO");
    (void)twice.complete(one);
    (void)twice.complete(two);
    Message first = part_b(7);
    Message second = part_b(7);
    ASSERT_TRUE(twice.complete(first));
    ASSERT_TRUE(twice.complete(second));
    EXPECT_EQ(std::get<StaticDataReport>(first.body).shipname.view(), "ONE");
    EXPECT_EQ(std::get<StaticDataReport>(second.body).shipname.view(), "TWO");
}

TEST(Type24Pairing, MatchesPartBOfMmsiZeroWithAnEmptySlotAsGpsdDoes) {
    Type24Pairing pairing;
    Message b = part_b(0);
    ASSERT_TRUE(pairing.complete(b));
    EXPECT_EQ(std::get<StaticDataReport>(b.body).shipname.view(), "");
}

TEST(Type24Pairing, LetsOtherTypesThrough) {
    Type24Pairing pairing;
    Message msg = decode_length(1, 168).value();
    EXPECT_TRUE(pairing.complete(msg));
}

TEST(Text, EndsAtTheFirstAtSignAndLosesTrailingSpaces) {
    const PayloadBits bits = header(14, 1).put(0, 2).text("HELLO   @WORLD", 14).bits();
    Message msg = decode(bits.view()).value();
    EXPECT_EQ(std::get<SafetyBroadcast>(msg.body).text.view(), "HELLO");
}

TEST(Text, EscapesQuotesAndBackslashesInJson) {
    const PayloadBits bits = header(14, 1).put(0, 2).text("A\"B\\C", 5).bits();
    Message msg = decode(bits.view()).value();
    EXPECT_NE(json_of(msg).find(R"("text":"A\"B\\C")"), std::string::npos);
}

PayloadBuilder position(std::int8_t turn, std::uint16_t speed) {
    PayloadBuilder builder = header(1, 5);
    builder.put(0, 4).put(static_cast<std::uint8_t>(turn), 8).put(speed, 10);
    return builder;
}

std::string scaled_member(PayloadBuilder builder, std::string_view key) {
    Message msg = decode(builder.pad_to(168).bits().view()).value();
    const std::string json = json_of(msg, true);
    const std::size_t start = json.find("\"" + std::string(key) + "\":") + key.size() + 3;
    return json.substr(start, json.find(',', start) - start);
}

TEST(ScaledJson, TurnFollowsGpsd322) {
    EXPECT_EQ(scaled_member(position(-128, 0), "turn"), "\"nan\"");
    EXPECT_EQ(scaled_member(position(-127, 0), "turn"), "\"fastleft\"");
    EXPECT_EQ(scaled_member(position(127, 0), "turn"), "\"fastright\"");
    EXPECT_EQ(scaled_member(position(0, 0), "turn"), "0");
    EXPECT_EQ(scaled_member(position(126, 0), "turn"), "709");   // (126 / 4.733)^2
    EXPECT_EQ(scaled_member(position(-126, 0), "turn"), "709");  // gpsd 3.22 drops the sign
    EXPECT_EQ(scaled_member(position(20, 0), "turn"), "18");
}

TEST(ScaledJson, SpeedOfTypes1To3MarksFastAndUnknown) {
    EXPECT_EQ(scaled_member(position(0, 1021), "speed"), "102.1");
    EXPECT_EQ(scaled_member(position(0, 1022), "speed"), "\"fast\"");
    EXPECT_EQ(scaled_member(position(0, 1023), "speed"), "\"nan\"");
}

TEST(AidToNavigation, NameExtensionFollowsOnlyAFullName) {
    const auto aton = [](std::string_view name, std::string_view ext) {
        PayloadBuilder builder = header(21, 9).put(3, 5).text(name, 20).pad_to(272).text(ext, ext.size());
        return std::string(std::get<AidToNavigation>(decode(builder.bits().view())->body).name.view());
    };
    EXPECT_EQ(aton("CHINA ROSE MURPHY EX", "PRESS ALERT"), "CHINA ROSE MURPHY EXPRESS ALERT");
    EXPECT_EQ(aton("SHORT", "HIDDEN"), "SHORT");
    EXPECT_EQ(aton("NINETEEN CHARACTERS ", "X"), "NINETEEN CHARACTERS X");
}

TEST(SlotBinary, Type26PrintsRadioZeroAndTheBitsAfterTheDataLikeGpsd) {
    // gpsd's sample.aivdm: the data hex keeps the following bits up to the byte boundary.
    PayloadBits bits;
    ASSERT_TRUE(dearmor("J1@@0IK70PGgT740000000000@000?D0ih1e00006JlPC9C3", 0, bits));
    Message msg = decode(bits.view()).value();
    const std::string json = json_of(msg);
    EXPECT_NE(json.find(R"("data":"198:e41c40000000000000004000003d4031c01b400000066b4813","radio":0})"),
              std::string::npos)
        << json;
}

}  // namespace
}  // namespace cp::ais
