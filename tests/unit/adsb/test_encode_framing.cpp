// SPDX-License-Identifier: Apache-2.0
// Beast, AVR and hexcsv output of the encoder re-framed by BeastFramer, parse_avr_line and parse_hexcsv_line:
// the same bytes, time and signal come back, including frames and timestamps that contain 0x1a (escaping).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "adsb/encode.hpp"
#include "adsb/framing.hpp"

namespace {

namespace enc = cp::adsb::encode;

struct Sent {
    std::vector<std::uint8_t> bytes;
    std::uint64_t ticks = 0;
};

std::vector<Sent> sample_frames() {
    std::vector<Sent> frames;
    std::uint64_t ticks = 0x1A1A1A1A1A1AULL;  // every time byte needs escaping
    auto add = [&](std::span<const std::uint8_t> frame) {
        frames.push_back({{frame.begin(), frame.end()}, ticks});
        ticks += 0x1A00;
    };
    for (std::uint32_t icao : {0x1A1A1AU, 0x15F0A2U, 0x73A01AU}) {
        add(enc::identification(icao, "RFF7012", 0xA5));
        add(enc::airborne_position(icao, 55.8, 38.06, 33'000, false));
        add(enc::airborne_position(icao, 55.8, 38.06, 33'000, true));
        add(enc::airborne_velocity(icao, 430, 155, -1500));
        add(enc::identity_reply(icao, 07700, 2));
        add(enc::altitude_reply(icao, 1200, 1));
    }
    return frames;
}

}  // namespace

TEST(AdsbEncodeFraming, BeastReframesByteForByte) {
    const auto frames = sample_frames();
    std::string stream;
    for (const Sent& sent : frames) enc::append_beast(sent.bytes, sent.ticks, 0x1A, stream);
    cp::adsb::BeastFramer framer;
    framer.feed({reinterpret_cast<const std::uint8_t*>(stream.data()), stream.size()});
    framer.finish();
    std::size_t frame_idx = 0;
    while (auto result = framer.next()) {
        ASSERT_TRUE(result->has_value()) << cp::adsb::to_string(result->error().error);
        ASSERT_LT(frame_idx, frames.size());
        const cp::adsb::Frame& frame = **result;
        const auto data = frame.data();
        EXPECT_EQ(std::vector<std::uint8_t>(data.begin(), data.end()), frames[frame_idx].bytes);
        EXPECT_EQ(frame.timestamp_ticks, frames[frame_idx].ticks);
        EXPECT_EQ(frame.signal, 0x1A);
        ++frame_idx;
    }
    EXPECT_EQ(frame_idx, frames.size());
}

TEST(AdsbEncodeFraming, AvrAndHexcsvLinesParseBack) {
    const auto frames = sample_frames();
    for (const Sent& sent : frames) {
        std::string avr;
        enc::append_avr(sent.bytes, sent.ticks, avr);
        ASSERT_EQ(avr.back(), '\n');
        avr.pop_back();
        const auto frame = cp::adsb::parse_avr_line(avr, {});
        ASSERT_TRUE(frame.has_value()) << avr;
        const auto data = frame->data();
        EXPECT_EQ(std::vector<std::uint8_t>(data.begin(), data.end()), sent.bytes);
        EXPECT_EQ(frame->timestamp_ticks, sent.ticks);

        std::string csv;
        enc::append_hexcsv(sent.bytes, 1'732'000'123'456, csv);
        csv.pop_back();
        EXPECT_EQ(csv.substr(0, 15), "1732000123.456,");
        const auto row = cp::adsb::parse_hexcsv_line(csv, {});
        ASSERT_TRUE(row.has_value()) << csv;
        const auto row_data = row->data();
        EXPECT_EQ(std::vector<std::uint8_t>(row_data.begin(), row_data.end()), sent.bytes);
        EXPECT_NEAR(row->timestamp_unix_s, 1'732'000'123.456, 1e-3);
    }
}

TEST(AdsbEncodeFraming, TicksCount12MhzFromTheEpoch) {
    EXPECT_EQ(enc::ticks_12mhz(0), 0U);
    EXPECT_EQ(enc::ticks_12mhz(1000), 12'000'000U);
    EXPECT_EQ(enc::ticks_12mhz(36'000'000), 432'000'000'000U);  // 10 h still fits 48 bits
}
