// SPDX-License-Identifier: Apache-2.0
// Ingest time rules (ingest.hpp): the type 4 base-station clock of untimed NMEA (lock, median, sanity check,
// relock), tag block times, time that never goes backwards, and the 48-bit Beast counter wrap.
#include <gtest/gtest.h>

#include "test_ingest_support.hpp"
#include "track/detail/ingest_clock.hpp"
#include "track/ingest.hpp"

namespace cp::test {
namespace {

using track::Format;
using track::detail::BaseStationClock;

constexpr std::int64_t t_2024_05_03_12_00 = 1'714'737'600'000;  // 2024-05-03T12:00:00Z

std::string base_station(std::uint32_t mmsi, unsigned hour, unsigned minute, unsigned second,
                         unsigned day = 3) {
    return aivdm(type4_bits(mmsi, 2024, 5, day, hour, minute, second));
}

std::string position(std::uint32_t mmsi) {
    return aivdm(type1_bits(mmsi, 37.0, 51.0, 100));
}

TEST(IngestTime, UntimedAisIsHeldUntilThreeBaseStationsLockTheClock) {
    std::string bytes = position(273000001) + position(273000002);
    bytes += base_station(2730001, 12, 0, 10) + base_station(2730002, 12, 0, 0) + position(273000003);
    bytes += base_station(2730003, 12, 0, 5) + position(273000004);
    RecordingSink sink;
    track::Stream stream("capture.nmea", Format::nmea, sink, {});
    feed_all(stream, bytes);
    ASSERT_EQ(sink.received.size(), 7U) << stream.tally().summary();
    // Median of 12:00:10, 12:00:00, 12:00:05 is 12:00:05; everything held before the lock takes it.
    for (const Delivered& item : sink.received) EXPECT_EQ(item.t_ms, t_2024_05_03_12_00 + 5'000) << item.key;
    EXPECT_EQ(sink.received[0].key, "ais 1 273000001");  // held messages keep their order
    EXPECT_EQ(sink.received[6].key, "ais 1 273000004");
}

TEST(IngestTime, OneBaseStationWithAWrongClockDoesNotMoveTheMedian) {
    std::string bytes;
    for (unsigned second = 0; second < 3; ++second) bytes += base_station(2730001 + second, 12, 0, second);
    bytes += base_station(2730009, 17, 0, 0) + position(273000001);  // five hours ahead, within a day
    RecordingSink sink;
    track::Stream stream("capture.nmea", Format::nmea, sink, {});
    feed_all(stream, bytes);
    ASSERT_EQ(sink.received.size(), 5U);
    // Ring {0, 1, 2, 5 h}: the median (lower middle) stays at 12:00:01.
    EXPECT_EQ(sink.received.back().t_ms, t_2024_05_03_12_00 + 1'000);
    EXPECT_EQ(stream.tally().total_errors(), 0U);
}

TEST(IngestTime, BaseStationMoreThanADayOffIsIgnoredAndCounted) {
    std::string bytes;
    for (unsigned second = 0; second < 3; ++second) bytes += base_station(2730001, 12, 0, second);
    bytes += aivdm(type4_bits(2730009, 2011, 10, 10, 12, 0, 0));  // a base station still in 2011
    bytes += position(273000001);
    RecordingSink sink;
    track::IngestOptions options;
    options.strict = true;  // counted, but a wrong clock is not malformed input: no exception
    track::Stream stream("capture.nmea", Format::nmea, sink, options);
    feed_all(stream, bytes);
    EXPECT_EQ(stream.tally().count("base_station_time_off"), 1U);
    EXPECT_EQ(sink.received.back().t_ms, t_2024_05_03_12_00 + 1'000);
}

TEST(IngestTime, ThreeAgreeingReportsAfterARecordingGapRelockTheClock) {
    std::string bytes;
    for (unsigned second = 0; second < 3; ++second) bytes += base_station(2730001, 12, 0, second);
    bytes += position(273000001);
    for (unsigned second = 0; second < 3; ++second)
        bytes += base_station(2730001, 12, 0, second, 6);  // 3 days on
    bytes += position(273000001);
    RecordingSink sink;
    track::Stream stream("capture.nmea", Format::nmea, sink, {});
    feed_all(stream, bytes);
    EXPECT_EQ(sink.received.back().t_ms, t_2024_05_03_12_00 + 3 * 86'400'000LL + 1'000);
    EXPECT_EQ(stream.tally().count("base_station_time_off"), 2U);  // the third one relocked
}

TEST(IngestTime, WithoutBaseStationsUntimedAisGoesOutAtTheFallbackTime) {
    RecordingSink sink;
    track::IngestOptions options;
    options.fallback_epoch_ms = t_2024_05_03_12_00;
    options.max_held = 2;
    track::Stream stream("capture.nmea", Format::nmea, sink, options);
    feed_all(stream, position(273000001) + position(273000002) + position(273000003) + position(273000004));
    ASSERT_EQ(sink.received.size(), 4U);
    for (const Delivered& item : sink.received) EXPECT_EQ(item.t_ms, t_2024_05_03_12_00);
}

TEST(IngestTime, TagBlockTimesWinAndUntimedSentencesTakeTheStreamsTime) {
    std::string bytes = position(273000001);                       // held until the first time
    bytes += aivdm(type1_bits(273000002, 37, 51), 1'714'737'610);  // c: 12:00:10
    bytes += position(273000003);                                  // untimed: the stream's time
    bytes += aivdm(type1_bits(273000004, 37, 51), 1'714'737'605);  // late by 5 s: clamped
    bytes +=
        base_station(2730001, 13, 0, 0) + base_station(2730002, 13, 0, 0) + base_station(2730003, 13, 0, 0);
    bytes += position(273000005);  // tag times rule the stream: base stations do not move it
    RecordingSink sink;
    track::Stream stream("tagged.nmea", Format::nmea, sink, {});
    feed_all(stream, bytes);
    ASSERT_EQ(sink.received.size(), 8U) << stream.tally().summary();
    for (const Delivered& item : sink.received) EXPECT_EQ(item.t_ms, t_2024_05_03_12_00 + 10'000) << item.key;
}

TEST(IngestTime, TimeNeverGoesBackwardsWithinAStream) {
    const std::string bytes = "1714737610,8D406B909945DE10000405999BE4\n"
                              "1714737600,8D406B9058B975870B738754F480\n"
                              "1714737620,8D406B909945DE10000405999BE4\n";
    RecordingSink sink;
    track::Stream stream("late.csv", Format::hexcsv, sink, {});
    feed_all(stream, bytes);
    ASSERT_EQ(sink.received.size(), 3U);
    EXPECT_EQ(sink.received[0].t_ms, t_2024_05_03_12_00 + 10'000);
    EXPECT_EQ(sink.received[1].t_ms, t_2024_05_03_12_00 + 10'000);  // late row takes the stream's time
    EXPECT_EQ(sink.received[2].t_ms, t_2024_05_03_12_00 + 20'000);
}

TEST(IngestTime, BeastCounterWrapKeepsTimeGoingForward) {
    constexpr std::uint64_t wrap = std::uint64_t{1} << 48;
    const std::string frame = "8D406B909945DE10000405999BE4";
    // 1 s before the wrap, 1 s after it, and a frame 0.5 s late from before the wrap.
    const std::string bytes = beast_frame(frame, wrap - 12'000'000) + beast_frame(frame, 12'000'000) +
                              beast_frame(frame, wrap - 6'000'000) + beast_frame(frame, 24'000'000);
    RecordingSink sink;
    track::IngestOptions options;
    options.tick_epoch_ms = 0;
    track::Stream stream("wrap.bin", Format::beast, sink, options);
    feed_all(stream, bytes);
    ASSERT_EQ(sink.received.size(), 4U) << stream.tally().summary();
    const std::int64_t before = static_cast<std::int64_t>((wrap - 12'000'000) / 12'000);
    EXPECT_EQ(sink.received[0].t_ms, before);
    EXPECT_EQ(sink.received[1].t_ms, before + 2'000);
    EXPECT_EQ(sink.received[2].t_ms, before + 2'000);  // late: clamped, not 271 days ahead
    EXPECT_EQ(sink.received[3].t_ms, before + 3'000);
}

TEST(IngestTime, TickClockUnwrapsNearestToTheLatestCount) {
    constexpr std::uint64_t wrap = std::uint64_t{1} << 48;
    const auto ms = [](std::uint64_t unwrapped) {
        return 1'000 + static_cast<std::int64_t>(unwrapped / 12'000);
    };
    track::detail::TickClock clock(1'000);
    EXPECT_EQ(clock.to_unix_ms(wrap - 12'000), ms(wrap - 12'000));
    EXPECT_EQ(clock.to_unix_ms(12'000), ms(wrap + 12'000));         // wrapped: forward
    EXPECT_EQ(clock.to_unix_ms(wrap - 24'000), ms(wrap - 24'000));  // late, from before the wrap
    EXPECT_EQ(clock.to_unix_ms(24'000), ms(wrap + 24'000));         // still after the wrap
    EXPECT_EQ(clock.to_unix_ms(wrap + 36'000), ms(wrap + 36'000));  // bits above 48 are ignored
}

TEST(IngestTime, BaseStationTimeNeedsEveryFieldAvailable) {
    ais::BaseStationReport report;
    report.year = 2024;
    report.month = 5;
    report.day = 3;
    report.hour = 12;
    EXPECT_EQ(track::detail::base_station_time_ms(report), t_2024_05_03_12_00);
    report.hour = 24;  // not available
    EXPECT_FALSE(track::detail::base_station_time_ms(report));
    report.hour = 12;
    report.day = 31;
    report.month = 4;  // 31 April
    EXPECT_FALSE(track::detail::base_station_time_ms(report));
    report.month = 5;
    report.year = 0;
    EXPECT_FALSE(track::detail::base_station_time_ms(report));
}

TEST(IngestTime, BaseStationClockLocksOnThreeReports) {
    BaseStationClock clock;
    EXPECT_EQ(clock.offer(10'000), BaseStationClock::Verdict::accepted);
    EXPECT_FALSE(clock.locked());
    EXPECT_EQ(clock.offer(30'000), BaseStationClock::Verdict::accepted);
    EXPECT_FALSE(clock.locked());
    EXPECT_EQ(clock.clock_ms(), 10'000);  // lower middle of two
    EXPECT_EQ(clock.offer(20'000), BaseStationClock::Verdict::accepted);
    EXPECT_TRUE(clock.locked());
    EXPECT_EQ(clock.clock_ms(), 20'000);
    EXPECT_EQ(clock.offer(20'000 + 86'400'001), BaseStationClock::Verdict::rejected);
    EXPECT_EQ(clock.offer(20'000 + 86'400'000), BaseStationClock::Verdict::accepted);  // exactly a day: kept
}

}  // namespace
}  // namespace cp::test
