// SPDX-License-Identifier: Apache-2.0
// Framing of single lines: checksums, talkers, tag blocks, Gatehouse wrappers, trailers, non-AIS sentences.
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "ais/nmea.hpp"

namespace cp::ais {
namespace {

/// Feeds one line to a fresh assembler and returns its result.
Result<bool, NmeaError> feed_one(Assembler& assembler, std::string_view line, std::uint64_t number = 1) {
    return assembler.feed(line, LinePos{number, 0});
}

NmeaError error_of(std::string_view line) {
    Assembler assembler;
    const auto fed = feed_one(assembler, line);
    EXPECT_FALSE(fed.has_value()) << line;
    return fed ? NmeaError::empty_line : fed.error();
}

constexpr std::string_view good = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

TEST(NmeaFraming, AValidSingleSentenceGivesItsPayloadAndFields) {
    Assembler assembler;
    const auto fed = feed_one(assembler, good, 7);
    ASSERT_TRUE(fed.has_value());
    ASSERT_TRUE(*fed);
    const NmeaPayload& payload = assembler.payload();
    EXPECT_EQ(payload.armored, "15RTgt0PAso;90TKcjM8h6g208CQ");
    EXPECT_EQ(payload.fill_bits, 0U);
    EXPECT_EQ(payload.channel, 'A');
    EXPECT_EQ(payload.talker, "AI");
    EXPECT_FALSE(payload.own_ship);
    EXPECT_EQ(payload.fragment_count, 1U);
    EXPECT_EQ(payload.sequence_id, -1);
    EXPECT_FALSE(payload.tag.present);
    EXPECT_EQ(payload.first.line, 7U);
}

TEST(NmeaFraming, OtherTalkersAndVdoAreAccepted) {
    Assembler assembler;
    for (const std::string_view line : {"!BSVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*53",
                                        "!ABVDO,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*43"}) {
        const auto fed = feed_one(assembler, line);
        ASSERT_TRUE(fed.has_value()) << line << " " << to_string(fed.error());
        EXPECT_TRUE(*fed);
    }
    EXPECT_EQ(assembler.payload().talker, "AB");
    EXPECT_TRUE(assembler.payload().own_ship);
}

TEST(NmeaFraming, AWrongChecksumIsReported) {
    EXPECT_EQ(error_of("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B"), NmeaError::bad_checksum);
    EXPECT_EQ(error_of("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*ZZ"), NmeaError::bad_checksum);
}

TEST(NmeaFraming, AMissingChecksumIsReported) {
    EXPECT_EQ(error_of("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"), NmeaError::missing_checksum);
    EXPECT_EQ(error_of("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*"), NmeaError::missing_checksum);
    EXPECT_EQ(error_of("$AIVDM,"), NmeaError::missing_checksum);
}

TEST(NmeaFraming, LowerCaseChecksumDigitsAreAcceptedAsGpsdDoes) {
    Assembler assembler;
    const auto fed = feed_one(assembler, "!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23");
    ASSERT_TRUE(fed.has_value());
    const auto lower = feed_one(assembler, "!AIVDM,1,1,,A,133sVfPP00PD>hRMDH@jNOvN20S8,0*7f");
    ASSERT_TRUE(lower.has_value());
}

TEST(NmeaFraming, ReceiverMetadataAfterTheChecksumIsKeptAsTheTrailer) {
    Assembler assembler;
    const std::string line = std::string(good) + ",b003660465,1428621738";  // the payload borrows the line
    const auto fed = feed_one(assembler, line);
    ASSERT_TRUE(fed.has_value());
    EXPECT_EQ(assembler.payload().trailer, ",b003660465,1428621738");
}

TEST(NmeaFraming, BlankLinesAndCommentsAreIgnoredAndGnssSentencesSkipped) {
    EXPECT_EQ(error_of(""), NmeaError::empty_line);
    EXPECT_EQ(error_of("  \r"), NmeaError::empty_line);
    EXPECT_EQ(error_of("# a comment"), NmeaError::comment);
    EXPECT_EQ(error_of("$GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M,-33.9,M,,0000*6D"),
              NmeaError::not_ais);
    EXPECT_EQ(error_of("$ANABK,,B,8,5,3*17"), NmeaError::not_ais);
    EXPECT_EQ(severity(NmeaError::not_ais), Severity::skipped);
    EXPECT_EQ(severity(NmeaError::comment), Severity::ignored);
    EXPECT_EQ(severity(NmeaError::bad_checksum), Severity::error);
}

TEST(NmeaFraming, GarbageIsNotNmea) {
    EXPECT_EQ(error_of("AAA"), NmeaError::not_nmea);
    EXPECT_EQ(error_of("?!?!"), NmeaError::not_nmea);
    EXPECT_EQ(error_of("$AAA"), NmeaError::not_nmea);
    EXPECT_EQ(error_of("!AIV"), NmeaError::not_nmea);
    EXPECT_EQ(error_of("IamNotAnAisMessage1111"), NmeaError::not_nmea);
    EXPECT_EQ(error_of(std::string("!\x01\x02\xff,1*00", 9)), NmeaError::not_nmea);
}

TEST(NmeaFraming, BadFieldsAreNamed) {
    EXPECT_EQ(error_of("!AAVDM,0,1,,B,16UK7Fi0?w4tQF0l4Q@>401v1PS;,0*0F"), NmeaError::bad_fragment_count);
    EXPECT_EQ(error_of("!AIVDM,1,2,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*49"), NmeaError::bad_fragment_number);
    EXPECT_EQ(error_of("!AIVDM,1,1,,X,15RTgt0PAso;90TKcjM8h6g208CQ,0*53"), NmeaError::bad_channel);
    EXPECT_EQ(error_of("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,x*02"), NmeaError::bad_fill_bits);
    EXPECT_EQ(error_of("!AIVDM,1,1,0,A,,0*16"), NmeaError::empty_payload);
    EXPECT_EQ(error_of("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ*56"), NmeaError::bad_field_count);
    EXPECT_EQ(error_of("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0,0*56"), NmeaError::bad_field_count);
    EXPECT_EQ(error_of("!AIVDM,1,1,12,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*49"), NmeaError::bad_sequence_id);
}

TEST(NmeaFraming, OverLongLinesAreRejected) {
    EXPECT_EQ(error_of(std::string(good) + std::string(2000, ' ') + "x"), NmeaError::line_too_long);
}

TEST(NmeaFraming, ATagBlockGivesSourceAndTime) {
    Assembler assembler;
    const std::string line = "\\g:1-2-27300,n:636994,s:b003669710,c:1428621738*5F\\" + std::string(good);
    const auto fed = feed_one(assembler, line);  // the payload borrows the line: keep it alive
    ASSERT_TRUE(fed.has_value()) << to_string(fed.error());
    const NmeaPayload& payload = assembler.payload();
    ASSERT_TRUE(payload.tag.present);
    EXPECT_EQ(payload.tag.source, "b003669710");
    EXPECT_EQ(payload.tag.time, 1428621738);
    EXPECT_EQ(payload.tag.line_count, 636994);
    EXPECT_EQ(payload.tag.group_number, 1U);
    EXPECT_EQ(payload.tag.group_total, 2U);
    EXPECT_EQ(payload.tag.group_id, 27300U);
    EXPECT_EQ(payload.t_unix_ms, 1428621738000);
    EXPECT_EQ(payload.armored, "15RTgt0PAso;90TKcjM8h6g208CQ");
}

TEST(NmeaFraming, ATagBlockWithAWrongChecksumIsDroppedButTheSentenceKept) {
    // pyais's sample.ais carries "\s:blah,c:1747818025*5A\" whose checksum is really 38.
    Assembler assembler;
    const auto fed = feed_one(assembler, "\\s:blah,c:1747818025*5A\\" + std::string(good));
    ASSERT_TRUE(fed.has_value());
    EXPECT_FALSE(assembler.payload().tag.present);
    EXPECT_FALSE(assembler.payload().t_unix_ms.has_value());
    Notice notice;
    ASSERT_TRUE(assembler.next_notice(notice));
    EXPECT_EQ(notice.error, NmeaError::bad_tag_checksum);
}

TEST(NmeaFraming, AnUnterminatedTagBlockIsReported) {
    EXPECT_EQ(error_of("\\s:blah,c:1747818025*38"), NmeaError::bad_tag_block);
    EXPECT_EQ(error_of("\\s:blah,c:1747818025\\" + std::string(good)), NmeaError::bad_tag_block);
}

TEST(NmeaFraming, AGatehouseWrapperDatesTheNextSentence) {
    Assembler assembler;
    const auto wrapper = feed_one(assembler, "$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17", 1);
    ASSERT_TRUE(wrapper.has_value());
    EXPECT_FALSE(*wrapper);
    const auto fed = feed_one(assembler, "!AIVDM,1,1,,B,15NBj>PP1gG>1PVKTDTUJOv00<0M,0*09", 2);
    ASSERT_TRUE(fed.has_value());
    EXPECT_EQ(assembler.payload().t_unix_ms, 1210291200010);  // 2008-05-09T00:00:00.010Z
    EXPECT_EQ(assembler.payload().first.line, 1U);
    EXPECT_EQ(assembler.payload().last.line, 2U);
}

TEST(NmeaFraming, AWrapperWithoutASentenceIsDangling) {
    Assembler assembler;
    ASSERT_TRUE(feed_one(assembler, "$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17", 1).has_value());
    ASSERT_TRUE(feed_one(assembler, "$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17", 2).has_value());
    Notice notice;
    ASSERT_TRUE(assembler.next_notice(notice));
    EXPECT_EQ(notice.error, NmeaError::dangling_wrapper);
    EXPECT_EQ(notice.where.line, 1U);
    assembler.finish();
    ASSERT_TRUE(assembler.next_notice(notice));
    EXPECT_EQ(notice.where.line, 2U);
    EXPECT_FALSE(assembler.next_notice(notice));
}

TEST(NmeaFraming, LeadingWhiteSpaceAndCrlfAreTolerated) {
    Assembler assembler;
    const auto fed = feed_one(assembler, " " + std::string(good) + "\r");
    ASSERT_TRUE(fed.has_value());
    EXPECT_TRUE(*fed);
}

TEST(NmeaFraming, EveryErrorHasADistinctName) {
    std::set<std::string_view> names;
    for (int value = 0; value <= static_cast<int>(NmeaError::dangling_wrapper); ++value) {
        names.insert(to_string(static_cast<NmeaError>(value)));
    }
    EXPECT_EQ(names.size(), static_cast<std::size_t>(NmeaError::dangling_wrapper) + 1);
    EXPECT_EQ(names.count("unknown"), 0U);
}

}  // namespace
}  // namespace cp::ais
