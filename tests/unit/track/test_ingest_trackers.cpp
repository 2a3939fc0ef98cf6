// SPDX-License-Identifier: Apache-2.0
// Ingest into the real trackers: the same bytes in any chunking leave the trackers in the same state and
// give the same events (what `watch` on a socket and `replay` on a file rely on).
#include <gtest/gtest.h>

#include "test_ingest_support.hpp"
#include "track/aircraft.hpp"
#include "track/event.hpp"
#include "track/ingest.hpp"
#include "track/vessel.hpp"

namespace cp::test {
namespace {

using track::Format;

/// The trackers' state and events as text, for comparison.
std::string tracked(const std::string& bytes, Format format, std::size_t chunk, std::uint64_t& messages) {
    std::vector<std::string> events;
    track::Context context;
    context.sink = [&events](track::Event&& event) { events.push_back(track::to_json_line(event)); };
    track::AircraftTracker aircraft(context);
    track::VesselTracker vessels(context);
    track::IngestOptions options;
    options.tick_epoch_ms = 1'700'000'000'000;
    track::Stream stream("input", format, aircraft, vessels, options);
    feed_all(stream, bytes, chunk);
    messages = stream.messages();
    const std::int64_t end = stream.now_ms().value_or(0);
    aircraft.finish(end);
    vessels.finish(end);
    std::string out;
    aircraft.for_each([&out](const track::AircraftView& view) {
        out += fmt::format("a {:06x} {} {} {} {}\n", view.icao, view.last_seen_ms, view.messages,
                           view.position ? view.position->lat_deg : 999.0,
                           view.position ? view.position->lon_deg : 999.0);
    });
    vessels.for_each([&out](const track::VesselView& view) {
        out += fmt::format("v {} {} {} {} {}\n", view.mmsi, view.last_seen_ms, view.messages, view.name,
                           view.position ? view.position->lat_deg : 999.0);
    });
    for (const std::string& event : events) out += event + "\n";
    return out;
}

void expect_same_tracks(const std::string& relative, Format format, std::size_t chunk) {
    const std::string bytes = shared_bytes(relative);
    std::uint64_t whole_messages = 0;
    std::uint64_t split_messages = 0;
    const std::string whole = tracked(bytes, format, 0, whole_messages);
    const std::string split = tracked(bytes, format, chunk, split_messages);
    EXPECT_GT(whole_messages, 0U);
    EXPECT_EQ(whole_messages, split_messages);
    EXPECT_FALSE(whole.empty());
    EXPECT_TRUE(whole == split) << relative << " chunk " << chunk;
}

TEST(IngestTrackers, HexcsvSampleLeavesTheSameAircraftByteByByte) {
    expect_same_tracks("adsb/samples/sample_data_adsb.csv", Format::hexcsv, 1);
}

TEST(IngestTrackers, BeastSampleLeavesTheSameAircraftByteByByte) {
    expect_same_tracks("adsb/samples/sample_dump1090.bin", Format::beast, 1);
}

TEST(IngestTrackers, NmeaCaptureLeavesTheSameVesselsInOddChunks) {
    expect_same_tracks("ais/samples/ais-nmea-sample.log", Format::nmea, 13);
}

}  // namespace
}  // namespace cp::test
