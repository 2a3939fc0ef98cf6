// SPDX-License-Identifier: Apache-2.0
// Bad input inside a stream: counted per kind with the stream name, line and byte offset of the first one,
// the good data after it still delivered; --strict throws cp::InputError at the first, with its location.
#include <gtest/gtest.h>

#include "test_ingest_support.hpp"
#include "track/ingest.hpp"

namespace cp::test {
namespace {

using track::Format;

constexpr std::string_view good_row = "1714737600,8D406B909945DE10000405999BE4\n";  // 40 bytes

TEST(IngestErrors, HexcsvGarbageIsCountedWhereItIsAndLaterRowsSurvive) {
    std::string bytes(good_row);
    bytes += "this is not a frame\n";                      // line 2, byte 40
    bytes += "1714737601,8D406B909945DE10000405999BE7\n";  // line 3, byte 60: two bits of the CRC broken
    bytes += "\n# a comment is not input\n";
    bytes += good_row;
    RecordingSink sink;
    track::Stream stream("rows.csv", Format::hexcsv, sink, {});
    feed_all(stream, bytes, 5);
    EXPECT_EQ(stream.messages(), 2U);
    EXPECT_EQ(stream.tally().total_errors(), 2U);
    EXPECT_EQ(stream.tally().count("bad_timestamp"), 1U) << stream.tally().summary();
    EXPECT_EQ(stream.tally().count("bad_crc"), 1U) << stream.tally().summary();
    const std::string summary = stream.tally().summary();
    EXPECT_NE(summary.find("bad_timestamp (first at rows.csv:2 (byte 40))"), std::string::npos) << summary;
    EXPECT_NE(summary.find("bad_crc (first at rows.csv:3 (byte 60))"), std::string::npos) << summary;
}

TEST(IngestErrors, BeastGarbageBetweenFramesIsSkippedByOffset) {
    const std::string frame = beast_frame("8D406B909945DE10000405999BE4", 12'000'000);
    const std::string bytes = frame + "GARBAGE" + frame;
    RecordingSink sink;
    track::Stream stream("feed.bin", Format::beast, sink, {});
    feed_all(stream, bytes, 3);
    EXPECT_EQ(stream.messages(), 2U);
    EXPECT_EQ(stream.tally().count("beast_garbage"), 1U);
    const std::string summary = stream.tally().summary();
    EXPECT_NE(summary.find("(first at feed.bin: byte " + std::to_string(frame.size()) + ")"),
              std::string::npos)
        << summary;
}

TEST(IngestErrors, NmeaBadChecksumAndBinaryNoiseAreCountedPerLine) {
    std::string bytes = aivdm(type1_bits(273000001, 37, 51), 1'714'737'600);
    const std::size_t second_line = bytes.size();
    std::string bad = aivdm(type1_bits(273000002, 37, 51), 1'714'737'601);
    bad[bad.size() - 2] = bad[bad.size() - 2] == '0' ? '1' : '0';  // wrong checksum digit
    bytes += bad;
    bytes += "\x01\x02\xff\xfe garbage\n";
    bytes += aivdm(type1_bits(273000003, 37, 51), 1'714'737'602);
    RecordingSink sink;
    track::Stream stream("feed.nmea", Format::nmea, sink, {});
    feed_all(stream, bytes, 1);
    ASSERT_EQ(sink.received.size(), 2U) << stream.tally().summary();
    EXPECT_EQ(sink.received[1].key, "ais 1 273000003");
    EXPECT_EQ(stream.tally().count("bad_checksum"), 1U);
    EXPECT_EQ(stream.tally().count("not_nmea"), 1U);
    EXPECT_NE(stream.tally().summary().find("feed.nmea:2 (byte " + std::to_string(second_line) + ")"),
              std::string::npos)
        << stream.tally().summary();
}

TEST(IngestErrors, ImpossibleTimestampsAreBadInputNotAFrozenClock) {
    const std::string bytes =
        std::string(good_row) + "99999999999999,8D406B909945DE10000405999BE4\n" + std::string(good_row);
    RecordingSink sink;
    track::Stream stream("rows.csv", Format::hexcsv, sink, {});
    feed_all(stream, bytes);
    EXPECT_EQ(stream.tally().count("time_out_of_range"), 1U) << stream.tally().summary();
    ASSERT_EQ(sink.received.size(), 2U);
    EXPECT_EQ(sink.received[1].t_ms, 1'714'737'600'000);
}

TEST(IngestErrors, OverlongNmeaLineIsOneError) {
    const std::string bytes =
        "!" + std::string(3000, 'A') + "\n" + aivdm(type1_bits(273000003, 37, 51), 1'714'737'602);
    RecordingSink sink;
    track::Stream stream("long.nmea", Format::nmea, sink, {});
    feed_all(stream, bytes, 100);
    EXPECT_EQ(stream.tally().count("line_too_long"), 1U) << stream.tally().summary();
    EXPECT_EQ(stream.tally().total_errors(), 1U);
    EXPECT_EQ(sink.received.size(), 1U);
}

TEST(IngestErrors, StrictModeThrowsAtTheFirstBadLineWithItsLocation) {
    std::string bytes(good_row);
    bytes += "1714737601,ZZ406B909945DE10000405999BE4\n";
    bytes += good_row;
    RecordingSink sink;
    track::IngestOptions options;
    options.strict = true;
    track::Stream stream("rows.csv", Format::hexcsv, sink, options);
    try {
        feed_all(stream, bytes);
        FAIL() << "no exception";
    } catch (const InputError& error) {
        EXPECT_EQ(error.where().file, "rows.csv");
        EXPECT_EQ(error.where().line, 2U);
        EXPECT_EQ(error.where().byte_offset, good_row.size());
    }
    EXPECT_EQ(sink.received.size(), 1U);  // what came before the error was delivered
}

TEST(IngestErrors, TruncatedBeastFrameAtTheEndIsReportedByFinish) {
    const std::string frame = beast_frame("8D406B909945DE10000405999BE4", 12'000'000);
    RecordingSink sink;
    track::Stream stream("cut.bin", Format::beast, sink, {});
    feed_all(stream, frame + frame.substr(0, 10));
    EXPECT_EQ(stream.messages(), 1U);
    EXPECT_EQ(stream.tally().count("beast_truncated"), 1U) << stream.tally().summary();
}

}  // namespace
}  // namespace cp::test
