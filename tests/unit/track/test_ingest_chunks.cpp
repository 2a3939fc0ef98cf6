// SPDX-License-Identifier: Apache-2.0
// Chunking invariance: the real samples fed whole, byte by byte and in odd chunk sizes give the same messages
// at the same times with the same error counts (a socket delivers any split). And the k-way merge of several
// inputs: time order, ties to the first input, bounded reads.
#include <algorithm>

#include <gtest/gtest.h>

#include "test_ingest_support.hpp"
#include "track/ingest.hpp"

namespace cp::test {
namespace {

using track::Format;

struct Run {
    std::vector<Delivered> received;
    std::string errors;
    std::uint64_t messages = 0;
};

Run run(const std::string& bytes, Format format, std::size_t chunk) {
    RecordingSink sink;
    track::IngestOptions options;
    options.tick_epoch_ms = 1'700'000'000'000;
    track::Stream stream("input", format, sink, options);
    feed_all(stream, bytes, chunk);
    return {std::move(sink.received), stream.tally().summary(), stream.messages()};
}

void expect_same_whatever_the_chunks(const std::string& relative, Format format, bool byte_by_byte = true) {
    const std::string bytes = shared_bytes(relative);
    const Run whole = run(bytes, format, 0);
    ASSERT_GT(whole.messages, 0U);
    std::vector<std::size_t> chunks = {7, 4096, 65'537};
    if (byte_by_byte) chunks.push_back(1);
    for (const std::size_t chunk : chunks) {
        const Run split = run(bytes, format, chunk);
        EXPECT_EQ(split.messages, whole.messages) << relative << " chunk " << chunk;
        EXPECT_EQ(split.errors, whole.errors) << relative << " chunk " << chunk;
        EXPECT_TRUE(split.received == whole.received) << relative << " chunk " << chunk;
    }
}

TEST(IngestChunks, HexcsvSampleIsTheSameWhateverTheChunks) {
    expect_same_whatever_the_chunks("adsb/samples/sample_data_adsb.csv", Format::hexcsv);
}

TEST(IngestChunks, BeastSampleIsTheSameWhateverTheChunks) {
    expect_same_whatever_the_chunks("adsb/samples/sample_dump1090.bin", Format::beast);
}

TEST(IngestChunks, NmeaCaptureIsTheSameWhateverTheChunks) {
    expect_same_whatever_the_chunks("ais/samples/ais-nmea-sample.log", Format::nmea);
}

/// A reader over `bytes` in chunks of `chunk` bytes, counting its calls.
track::MergedReplay::Reader reader(const std::string& bytes, std::size_t chunk, std::size_t& calls) {
    return [&bytes, chunk, &calls, offset = std::size_t{0}]() mutable {
        ++calls;
        const std::size_t size = std::min(chunk, bytes.size() - offset);
        const std::span<const std::uint8_t> out = as_bytes(std::string_view(bytes).substr(offset, size));
        offset += size;
        return out;
    };
}

TEST(IngestMerge, InputsAreInterleavedByTimeAndTiesGoToTheFirstInput) {
    const std::string a = "1714737600,8D406B909945DE10000405999BE4\n1714737610,8D406B909945DE10000405999BE4\n"
                          "1714737620,8D406B909945DE10000405999BE4\n";
    const std::string b = aivdm(type1_bits(273000001, 37, 51), 1'714'737'605) +
                          aivdm(type1_bits(273000002, 37, 51), 1'714'737'610) +
                          aivdm(type1_bits(273000003, 37, 51), 1'714'737'630);
    RecordingSink sink;
    track::MergedReplay merge(sink, {});
    std::size_t calls_a = 0;
    std::size_t calls_b = 0;
    merge.add_input("a.csv", Format::hexcsv, reader(a, 16, calls_a));
    merge.add_input("b.nmea", Format::nmea, reader(b, 16, calls_b));
    std::uint64_t last_progress = 0;
    merge.run([&last_progress](std::uint64_t bytes) { last_progress = bytes; });
    ASSERT_EQ(sink.received.size(), 6U);
    const std::vector<std::string> kinds = {"mode_s", "ais", "mode_s", "ais", "mode_s", "ais"};
    for (std::size_t index = 0; index < kinds.size(); ++index) {
        EXPECT_TRUE(sink.received[index].key.starts_with(kinds[index]))
            << index << " " << sink.received[index].key;
    }
    EXPECT_EQ(sink.received[2].t_ms, sink.received[3].t_ms);  // equal times: a.csv (added first) first
    EXPECT_EQ(merge.messages(), 6U);
    EXPECT_EQ(*merge.first_ms(), 1'714'737'600'000);
    EXPECT_EQ(*merge.last_ms(), 1'714'737'630'000);
    EXPECT_EQ(last_progress, a.size() + b.size());
    EXPECT_EQ(merge.stream(1).messages(), 3U);
    EXPECT_GT(calls_a, 3U);  // read in many small chunks, not at once
}

TEST(IngestMerge, AnInputThatEndsEarlyDoesNotStopTheOthers) {
    const std::string a = "1714737600,8D406B909945DE10000405999BE4\n";
    const std::string empty;
    const std::string c =
        "1714737700,8D406B909945DE10000405999BE4\n1714737800,8D406B909945DE10000405999BE4\n";
    RecordingSink sink;
    track::MergedReplay merge(sink, {});
    std::size_t calls = 0;
    merge.add_input("a", Format::hexcsv, reader(a, 1000, calls));
    merge.add_input("empty", Format::hexcsv, reader(empty, 1000, calls));
    merge.add_input("c", Format::hexcsv, reader(c, 7, calls));
    merge.run();
    EXPECT_EQ(sink.received.size(), 3U);
    EXPECT_EQ(merge.size(), 3U);
    EXPECT_EQ(merge.stream(1).messages(), 0U);
}

}  // namespace
}  // namespace cp::test
