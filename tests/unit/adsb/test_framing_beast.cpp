// SPDX-License-Identifier: Apache-2.0
// BeastFramer: the real dump1090 capture (adsb/samples/sample_dump1090.bin), escapes, streaming across
// chunk boundaries, and resynchronisation after every kind of garbage without losing a good frame.
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "adsb/framing.hpp"
#include "io/io.hpp"
#include "test_data.hpp"

namespace {

using cp::adsb::BeastFramer;
using cp::adsb::Frame;
using cp::adsb::FrameKind;
using cp::adsb::FramingError;
using Bytes = std::vector<std::uint8_t>;

struct Collected {
    std::vector<Frame> frames;
    std::vector<cp::adsb::FramingFault> faults;
};

void drain(BeastFramer& framer, Collected& into) {
    while (auto result = framer.next()) {
        if (*result) {
            into.frames.push_back(result->value());
        } else {
            into.faults.push_back(result->error());
        }
    }
}

/// Frames `stream` fed in chunks of `chunk_size` bytes.
Collected frame_all(const Bytes& stream, std::size_t chunk_size) {
    BeastFramer framer;
    Collected out;
    for (std::size_t start = 0; start < stream.size(); start += chunk_size) {
        framer.feed({stream.data() + start, std::min(chunk_size, stream.size() - start)});
        drain(framer, out);
    }
    framer.finish();
    drain(framer, out);
    return out;
}

/// Encodes one Beast frame, doubling every 0x1a after the type byte.
Bytes beast(char type, std::uint64_t ticks, std::uint8_t signal, const Bytes& payload) {
    Bytes body;
    for (int shift = 40; shift >= 0; shift -= 8) body.push_back(static_cast<std::uint8_t>(ticks >> shift));
    body.push_back(signal);
    body.insert(body.end(), payload.begin(), payload.end());
    Bytes out{0x1a, static_cast<std::uint8_t>(type)};
    for (const std::uint8_t byte : body) {
        out.push_back(byte);
        if (byte == 0x1a) out.push_back(0x1a);
    }
    return out;
}

Bytes sample_stream() {
    const std::string content = cp::io::read_file(cp::test::shared_data("adsb/samples/sample_dump1090.bin"));
    return Bytes(content.begin(), content.end());
}

const Bytes long_frame{0x8d, 0x48, 0x52, 0x0a, 0xf8, 0x23, 0x00, 0x06, 0x00, 0x49, 0xb8, 0x98, 0xba, 0x5f};
const Bytes short_frame{0x20, 0x00, 0x0c, 0xa8, 0xf7, 0x0a, 0xa7};

TEST(BeastFramer, FramesAll239RealFramesOfTheDump1090CaptureWithoutError) {
    const Collected got = frame_all(sample_stream(), 1 << 16);
    EXPECT_TRUE(got.faults.empty());
    ASSERT_EQ(got.frames.size(), 239U);
    std::size_t short_count = 0;
    for (const Frame& frame : got.frames) short_count += frame.kind == FrameKind::mode_s_short ? 1 : 0;
    EXPECT_EQ(short_count, 185U);  // and 54 long: counted by an independent Python reading of the file
    const Frame& first = got.frames.front();
    EXPECT_EQ(first.timestamp_ticks, 0x000015a8877eU);
    EXPECT_EQ(first.signal, 0x0d);
    EXPECT_EQ(first.where.byte_offset, 0U);
    EXPECT_EQ(first.length, 7);
    EXPECT_EQ(Bytes(first.data().begin(), first.data().end()), short_frame);
}

TEST(BeastFramer, GivesTheSameFramesWhateverTheChunkSize) {
    const Bytes stream = sample_stream();
    const Collected whole = frame_all(stream, stream.size());
    for (const std::size_t chunk : {1U, 2U, 3U, 7U, 21U, 100U}) {
        const Collected split = frame_all(stream, chunk);
        ASSERT_EQ(split.frames.size(), whole.frames.size()) << "chunk " << chunk;
        EXPECT_TRUE(split.faults.empty());
        for (std::size_t frame_idx = 0; frame_idx < whole.frames.size(); ++frame_idx) {
            EXPECT_EQ(split.frames[frame_idx].bytes, whole.frames[frame_idx].bytes);
            EXPECT_EQ(split.frames[frame_idx].where.byte_offset, whole.frames[frame_idx].where.byte_offset);
        }
    }
}

TEST(BeastFramer, UndoublesEscapedBytesInTimeSignalAndPayload) {
    const Bytes payload{0x1a, 0x1a, 0x00, 0x1a, 0x05, 0x06, 0x1a};
    const Bytes stream = beast('2', 0x1a001a1a0000, 0x1a, payload);
    const Collected got = frame_all(stream, 1);
    ASSERT_EQ(got.frames.size(), 1U);
    EXPECT_TRUE(got.faults.empty());
    EXPECT_EQ(got.frames[0].timestamp_ticks, 0x1a001a1a0000U);
    EXPECT_EQ(got.frames[0].signal, 0x1a);
    EXPECT_EQ(Bytes(got.frames[0].data().begin(), got.frames[0].data().end()), payload);
}

TEST(BeastFramer, ReadsModeAcFramesAsTwoBytes) {
    const Collected got = frame_all(beast('1', 1, 2, {0x0a, 0x12}), 64);
    ASSERT_EQ(got.frames.size(), 1U);
    EXPECT_EQ(got.frames[0].kind, FrameKind::mode_ac);
    EXPECT_EQ(got.frames[0].length, 2);
}

TEST(BeastFramer, LosesNoGoodFrameWhenGarbageIsInsertedBetweenFrames) {
    const Bytes sample = sample_stream();
    const Collected clean = frame_all(sample, sample.size());
    // Garbage of every kind: plain bytes, a bad type, a bogus frame start cut by the next frame,
    // an escaped 0x1a outside any frame.
    const std::vector<Bytes> garbage{
        {0x00, 0xff, 0x41, 0x42}, {0x1a, 'x', 0x10}, {0x1a, '3', 0x01, 0x02, 0x03}, {0x1a, 0x1a, 0x55}};
    Bytes noisy;
    for (std::size_t frame_idx = 0; frame_idx < clean.frames.size(); ++frame_idx) {
        const Frame& frame = clean.frames[frame_idx];
        const char type = frame.kind == FrameKind::mode_s_short ? '2' : '3';
        const Bytes encoded = beast(type, frame.timestamp_ticks, *frame.signal,
                                    Bytes(frame.data().begin(), frame.data().end()));
        noisy.insert(noisy.end(), encoded.begin(), encoded.end());
        const Bytes& junk = garbage[frame_idx % garbage.size()];
        noisy.insert(noisy.end(), junk.begin(), junk.end());
    }
    for (const std::size_t chunk : {1U, 5U, 4096U}) {
        const Collected got = frame_all(noisy, chunk);
        ASSERT_EQ(got.frames.size(), clean.frames.size()) << "chunk " << chunk;
        for (std::size_t frame_idx = 0; frame_idx < got.frames.size(); ++frame_idx) {
            EXPECT_EQ(got.frames[frame_idx].bytes, clean.frames[frame_idx].bytes);
        }
        std::size_t garbage_faults = 0;
        std::size_t bad_type = 0;
        std::size_t truncated = 0;
        for (const auto& fault : got.faults) {
            garbage_faults += fault.error == FramingError::beast_garbage ? 1 : 0;
            bad_type += fault.error == FramingError::beast_bad_type ? 1 : 0;
            truncated += fault.error == FramingError::beast_truncated ? 1 : 0;
        }
        // 239 insertions, cycling through 4 kinds: 60 + 60 + 60 + 59. 0x1a 0x1a 0x55 is a lone 0x1a
        // (garbage) and a start with a bad type.
        EXPECT_EQ(bad_type, 60U + 59U);
        EXPECT_EQ(truncated, 60U);
        EXPECT_EQ(garbage_faults, 60U + 60U + 59U);  // plain runs, the 0x10 after 'x', the lone 0x1a
        EXPECT_EQ(got.faults.size(), bad_type + truncated + garbage_faults);
    }
}

TEST(BeastFramer, ReportsABadTypeByteAndFramesTheNextFrame) {
    Bytes stream{0x1a, '9'};
    const Bytes good = beast('3', 7, 8, long_frame);
    stream.insert(stream.end(), good.begin(), good.end());
    const Collected got = frame_all(stream, 3);
    ASSERT_EQ(got.faults.size(), 1U);
    EXPECT_EQ(got.faults[0].error, FramingError::beast_bad_type);
    EXPECT_EQ(got.faults[0].where.byte_offset, 0U);
    ASSERT_EQ(got.frames.size(), 1U);
    EXPECT_EQ(got.frames[0].where.byte_offset, 2U);
}

TEST(BeastFramer, TakesTheSecondOfTwo0x1aOutsideAFrameAsAFrameStart) {
    Bytes stream{0x1a};
    const Bytes good = beast('2', 1, 2, short_frame);
    stream.insert(stream.end(), good.begin(), good.end());
    const Collected got = frame_all(stream, 1);
    ASSERT_EQ(got.frames.size(), 1U);
    EXPECT_EQ(got.frames[0].where.byte_offset, 1U);
    ASSERT_EQ(got.faults.size(), 1U);
    EXPECT_EQ(got.faults[0].error, FramingError::beast_garbage);
    EXPECT_EQ(got.faults[0].where.byte_offset, 0U);
}

TEST(BeastFramer, ReportsAFrameCutByTheEndOfTheStreamAsTruncated) {
    Bytes stream = beast('2', 1, 2, short_frame);
    const Bytes partial = beast('3', 3, 4, long_frame);
    stream.insert(stream.end(), partial.begin(), partial.begin() + 10);
    const Collected got = frame_all(stream, 4);
    ASSERT_EQ(got.frames.size(), 1U);
    ASSERT_EQ(got.faults.size(), 1U);
    EXPECT_EQ(got.faults[0].error, FramingError::beast_truncated);
    EXPECT_EQ(got.faults[0].where.byte_offset, 16U);
}

TEST(BeastFramer, ReportsAnUndoubledEscapeAsTruncationAndStartsANewFrameThere) {
    Bytes stream = beast('3', 3, 4, long_frame);
    stream.resize(12);  // cut mid-frame; the next frame's 0x1a is then an undoubled escape
    const Bytes good = beast('2', 1, 2, short_frame);
    stream.insert(stream.end(), good.begin(), good.end());
    const Collected got = frame_all(stream, 1);
    ASSERT_EQ(got.faults.size(), 1U);
    EXPECT_EQ(got.faults[0].error, FramingError::beast_truncated);
    EXPECT_EQ(got.faults[0].where.byte_offset, 0U);
    ASSERT_EQ(got.frames.size(), 1U);
    EXPECT_EQ(got.frames[0].where.byte_offset, 12U);
}

TEST(BeastFramer, ReportsLeadingGarbageOnceWithItsOffset) {
    Bytes stream(100, 0x42);
    const Bytes good = beast('2', 1, 2, short_frame);
    stream.insert(stream.end(), good.begin(), good.end());
    stream.insert(stream.end(), {0x01, 0x02});
    const Collected got = frame_all(stream, 7);
    ASSERT_EQ(got.frames.size(), 1U);
    ASSERT_EQ(got.faults.size(), 2U);  // the 100 leading bytes, then the 2 trailing bytes
    EXPECT_EQ(got.faults[0].error, FramingError::beast_garbage);
    EXPECT_EQ(got.faults[0].where.byte_offset, 0U);
    EXPECT_EQ(got.faults[1].where.byte_offset, 100U + good.size());
}

}  // namespace
