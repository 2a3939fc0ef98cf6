// SPDX-License-Identifier: Apache-2.0
// Ingest on the real shared samples, one format each: message counts equal what `chokepoint decode` gives
// for the same file (counted once, 2026-11-29: hexcsv 2000 and 486 lines, Beast 239 frames, NMEA 82,752
// decoded messages with 2 reassembly errors), times come from the format, and the format sniffer agrees.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "test_ingest_support.hpp"
#include "track/ingest.hpp"

namespace cp::test {
namespace {

using track::Format;

track::IngestOptions defaults() {
    return {};
}

TEST(IngestFormats, HexcsvSampleGivesEveryFrameAtItsUnixSecond) {
    const std::string bytes = shared_bytes("adsb/samples/sample_data_adsb.csv");
    RecordingSink sink;
    track::Stream stream("sample_data_adsb.csv", Format::hexcsv, sink, defaults());
    feed_all(stream, bytes);
    EXPECT_EQ(stream.messages(), 2000U);
    EXPECT_EQ(stream.tally().total_errors(), 0U);
    EXPECT_EQ(stream.bytes(), bytes.size());
    ASSERT_EQ(sink.received.size(), 2000U);
    EXPECT_EQ(sink.received.front().t_ms, 1'457'996'400'000);  // first column of line 1
    EXPECT_EQ(*stream.first_ms(), 1'457'996'400'000);
    EXPECT_EQ(*stream.now_ms(), sink.received.back().t_ms);
    EXPECT_TRUE(sink.received.front().key.starts_with("mode_s 17 406b90"));
}

TEST(IngestFormats, HexcsvWithFractionalSecondsKeepsMilliseconds) {
    const std::string bytes = shared_bytes("adsb/samples/short_flights.csv");
    RecordingSink sink;
    track::Stream stream("short_flights.csv", Format::hexcsv, sink, defaults());
    feed_all(stream, bytes);
    EXPECT_EQ(stream.messages(), 486U);
    EXPECT_EQ(stream.tally().total_errors(), 0U);
    ASSERT_FALSE(sink.received.empty());
    EXPECT_EQ(sink.received[0].t_ms, 1'753'827'785'809);  // 1753827785.8086092 s
    EXPECT_EQ(sink.received[1].t_ms, 1'753'827'785'841);  // 1753827785.8406525 s
    std::set<std::string> aircraft;
    for (const Delivered& item : sink.received) aircraft.insert(item.key.substr(10, 6));
    EXPECT_EQ(aircraft.size(), 9U);  // 9 addresses, as `decode | jq .hex | sort -u` shows
}

TEST(IngestFormats, BeastSampleCountsTicksFromTheEpoch) {
    const std::string bytes = shared_bytes("adsb/samples/sample_dump1090.bin");
    RecordingSink sink;
    track::IngestOptions options;
    options.tick_epoch_ms = 1'700'000'000'000;
    track::Stream stream("sample_dump1090.bin", Format::beast, sink, options);
    feed_all(stream, bytes);
    EXPECT_EQ(stream.messages(), 239U);
    EXPECT_EQ(stream.skipped(), 0U);
    EXPECT_EQ(stream.tally().total_errors(), 0U);
    ASSERT_FALSE(sink.received.empty());
    // First frame: 48-bit counter 0x000015a8877e = 363,366,270 ticks = 30,280 ms at 12 MHz.
    EXPECT_EQ(sink.received.front().t_ms, 1'700'000'000'000 + 363'366'270 / 12'000);
    EXPECT_TRUE(std::is_sorted(sink.received.begin(), sink.received.end(),
                               [](const Delivered& a, const Delivered& b) { return a.t_ms < b.t_ms; }));
}

TEST(IngestFormats, NmeaCaptureDecodesWhatDecodeDecodesAndTakesItsClockFromBaseStations) {
    const std::string bytes = shared_bytes("ais/samples/ais-nmea-sample.log");
    RecordingSink sink;
    track::Stream stream("ais-nmea-sample.log", Format::nmea, sink, defaults());
    feed_all(stream, bytes);
    EXPECT_EQ(stream.messages(), 82'752U);
    EXPECT_EQ(stream.skipped(), 0U);
    EXPECT_EQ(stream.tally().count("missing_fragment"), 1U);
    EXPECT_EQ(stream.tally().count("orphan_fragment"), 1U);
    // Reports dated 0000-00-00, 2011-10-10 hour 24 or 4161-15-31 are "not available" (263 of 4,043): ignored.
    EXPECT_EQ(stream.tally().count("base_station_time_off"), 0U);
    EXPECT_EQ(stream.tally().total_errors(), 2U);
    ASSERT_EQ(sink.received.size(), 82'752U);
    // AISHub says three minutes; its base stations say 2012-03-14 from 11:30:14 UTC.
    const std::int64_t start = 1'331'724'614'000;  // 2012-03-14T11:30:14Z
    EXPECT_EQ(sink.received.front().t_ms, start);
    EXPECT_GE(sink.received.back().t_ms, start + 2 * 60'000);
    EXPECT_LE(sink.received.back().t_ms, start + 5 * 60'000);
    EXPECT_TRUE(std::is_sorted(sink.received.begin(), sink.received.end(),
                               [](const Delivered& a, const Delivered& b) { return a.t_ms < b.t_ms; }));
    EXPECT_EQ(sink.received.front().key, "ais 1 227006760");  // line 6, the first sentence
}

TEST(IngestFormats, SbsRecordsTakeTheirDateAndTime) {
    const std::string bytes =
        "MSG,3,1,1,4CA2D6,1,2024/05/03,12:34:56.789,2024/05/03,12:34:56.789,,37000,,,51.47,-0.45,,,0,0,0,0\n"
        "MSG,1,1,1,4CA2D6,1,2024/05/03,12:35:00.000,2024/05/03,12:35:00.000,RYR1234,,,,,,,,,,,\n";
    RecordingSink sink;
    track::Stream stream("feed.sbs", Format::sbs, sink, defaults());
    feed_all(stream, bytes);
    ASSERT_EQ(sink.received.size(), 2U) << stream.tally().summary();
    EXPECT_EQ(sink.received[0].t_ms, 1'714'739'696'789);
    EXPECT_EQ(sink.received[1].t_ms, 1'714'739'700'000);
    EXPECT_EQ(sink.received[0].key, "sbs MSG 4ca2d6");
}

TEST(IngestFormats, AvrLinesWithAndWithoutTimestamps) {
    // The first line has a 12 MHz time (12,000,000 ticks = 1 s); the second none: it takes the stream's time.
    const std::string bytes = "@000000B71B008D406B909945DE10000405999BE4;\n*8D406B9058B975870B738754F480;\n";
    RecordingSink sink;
    track::IngestOptions options;
    options.tick_epoch_ms = 1'000'000;
    track::Stream stream("feed.avr", Format::avr, sink, options);
    feed_all(stream, bytes);
    ASSERT_EQ(sink.received.size(), 2U) << stream.tally().summary();
    EXPECT_EQ(sink.received[0].t_ms, 1'001'000);
    EXPECT_EQ(sink.received[1].t_ms, 1'001'000);
}

TEST(IngestFormats, ModeAcRepliesAreSkippedNotErrors) {
    const std::string bytes = "*2000;\n*8D406B909945DE10000405999BE4;\n";
    RecordingSink sink;
    track::Stream stream("feed.avr", Format::avr, sink, defaults());
    feed_all(stream, bytes);
    EXPECT_EQ(stream.messages(), 1U);
    EXPECT_EQ(stream.skipped(), 1U);
    EXPECT_EQ(stream.tally().total_errors(), 0U);
}

TEST(IngestFormats, NamesRoundTrip) {
    for (const Format format : {Format::beast, Format::avr, Format::sbs, Format::hexcsv, Format::nmea}) {
        EXPECT_EQ(track::parse_format(track::to_string(format)), format);
    }
    EXPECT_FALSE(track::parse_format("json"));
}

TEST(IngestFormats, SniffRecognisesEverySampleAndRefusesOtherText) {
    const auto sniff = [](std::string_view text) { return track::sniff_format(as_bytes(text)); };
    EXPECT_EQ(sniff(shared_bytes("adsb/samples/sample_data_adsb.csv").substr(0, 4096)), Format::hexcsv);
    EXPECT_EQ(sniff(shared_bytes("adsb/samples/short_flights.csv").substr(0, 4096)), Format::hexcsv);
    EXPECT_EQ(sniff(shared_bytes("adsb/samples/sample_dump1090.bin").substr(0, 4096)), Format::beast);
    EXPECT_EQ(sniff(shared_bytes("ais/samples/ais-nmea-sample.log").substr(0, 4096)), Format::nmea);
    EXPECT_EQ(sniff("\\s:r1,c:1747818025*5A\\!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n"),
              Format::nmea);
    EXPECT_EQ(sniff("MSG,3,1,1,4CA2D6,1,2024/05/03,12:34:56.789,,,,37000\n"), Format::sbs);
    EXPECT_EQ(sniff("\xEF\xBB\xBF# header\n\n<000000B71B0012"
                    "8D406B909945DE10000405999BE4;\n"),
              Format::avr);
    // A Beast capture cut mid-frame: binary bytes and frame starts.
    EXPECT_EQ(sniff(shared_bytes("adsb/samples/sample_dump1090.bin").substr(5, 4096)), Format::beast);
    EXPECT_FALSE(sniff("hello world\nthis is not a recording\n"));
    EXPECT_FALSE(sniff(""));
}

}  // namespace
}  // namespace cp::test
