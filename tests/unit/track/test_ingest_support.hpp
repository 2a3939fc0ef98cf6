// SPDX-License-Identifier: Apache-2.0
// Helpers of the ingest tests: a sink that records what a Stream delivers, builders of AIS sentences and
// Beast frames (bit-level, from the spec layouts), and feeding bytes in chunks.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "io/io.hpp"
#include "test_data.hpp"
#include "track/ingest.hpp"

namespace cp::test {

/// What a sink received, one entry per message: time and a short key ("ais 1 227006760", "mode_s 17 406b90").
struct Delivered {
    std::int64_t t_ms = 0;
    std::string key;
    bool operator==(const Delivered&) const = default;
};

class RecordingSink final : public track::MessageSink {
public:
    void on_mode_s(adsb::Message& msg, std::int64_t t_ms) override {
        received.push_back(
            {t_ms, fmt::format("mode_s {} {:06x} {:02x}{:02x}", msg.df, msg.icao, msg.raw[4], msg.raw[10])});
    }
    void on_sbs(const adsb::SbsRecord& record, std::int64_t t_ms) override {
        received.push_back({t_ms, fmt::format("sbs {} {:06x}", record.message_type.data(), record.icao)});
    }
    void on_ais(const ais::Message& msg, std::int64_t t_ms) override {
        received.push_back({t_ms, fmt::format("ais {} {}", msg.type, msg.mmsi)});
    }
    std::vector<Delivered> received;
};

inline std::span<const std::uint8_t> as_bytes(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

/// Feeds `bytes` to `stream` in chunks of `chunk` bytes (0: all at once), then finishes it.
inline void feed_all(track::Stream& stream, std::string_view bytes, std::size_t chunk = 0) {
    if (chunk == 0) chunk = bytes.size() + 1;
    for (std::size_t start = 0; start < bytes.size(); start += chunk) {
        stream.feed(as_bytes(bytes.substr(start, chunk)));
    }
    stream.finish();
}

/// Reads a file of the shared data folder.
inline std::string shared_bytes(const std::string& relative) {
    return io::read_file(shared_data(relative));
}

/// Bits written MSB first, as AIS and Mode S number them.
class BitWriter {
public:
    BitWriter& put(std::uint64_t value, unsigned width) {
        for (unsigned bit = width; bit-- > 0;) bits.push_back(((value >> bit) & 1U) != 0);
        return *this;
    }
    std::vector<bool> bits;
};

/// Six-bit AIS armour of `bits` (padded with zero bits to a multiple of 6); `fill` receives the pad count.
inline std::string armor(const std::vector<bool>& bits, unsigned& fill) {
    std::string out;
    fill = static_cast<unsigned>((6 - bits.size() % 6) % 6);
    for (std::size_t start = 0; start < bits.size(); start += 6) {
        unsigned value = 0;
        for (std::size_t index = start; index < start + 6; ++index) {
            value = value << 1U | (index < bits.size() && bits[index] ? 1U : 0U);
        }
        out += static_cast<char>(value < 40 ? value + 48 : value + 56);
    }
    return out;
}

inline unsigned nmea_checksum(std::string_view body) {
    unsigned sum = 0;
    for (const char c : body) sum ^= static_cast<unsigned char>(c);
    return sum;
}

/// One-sentence !AIVDM of `bits`, with a tag block c: (Unix seconds) when `tag_seconds` >= 0.
inline std::string aivdm(const std::vector<bool>& bits, std::int64_t tag_seconds = -1) {
    unsigned fill = 0;
    const std::string payload = armor(bits, fill);
    const std::string body = fmt::format("AIVDM,1,1,,A,{},{}", payload, fill);
    std::string line;
    if (tag_seconds >= 0) {
        const std::string tag = fmt::format("c:{}", tag_seconds);
        line = fmt::format("\\{}*{:02X}\\", tag, nmea_checksum(tag));
    }
    return line + fmt::format("!{}*{:02X}\n", body, nmea_checksum(body));
}

/// Type 1 position report (M.1371-5 Table 46; bits from 0) at lat/lon in degrees, speed in 0.1 kn.
inline std::vector<bool> type1_bits(std::uint32_t mmsi, double lat_deg, double lon_deg, unsigned speed = 0) {
    BitWriter w;
    w.put(1, 6).put(0, 2).put(mmsi, 30).put(0, 4).put(0x80, 8).put(speed, 10).put(0, 1);
    w.put(static_cast<std::uint32_t>(static_cast<std::int32_t>(lon_deg * 600'000)) & 0x0FFFFFFFU, 28);
    w.put(static_cast<std::uint32_t>(static_cast<std::int32_t>(lat_deg * 600'000)) & 0x07FFFFFFU, 27);
    w.put(3600, 12).put(511, 9).put(60, 6).put(0, 2).put(0, 3).put(0, 1).put(0, 19);
    return w.bits;
}

/// Type 4 base station report (M.1371-5 Table 51) with UTC date and time.
inline std::vector<bool> type4_bits(std::uint32_t mmsi, unsigned year, unsigned month, unsigned day,
                                    unsigned hour, unsigned minute, unsigned second) {
    BitWriter w;
    w.put(4, 6).put(0, 2).put(mmsi, 30).put(year, 14).put(month, 4).put(day, 5).put(hour, 5).put(minute, 6);
    w.put(second, 6).put(0, 1).put(181 * 600'000, 28).put(91 * 600'000, 27).put(1, 4).put(0, 10).put(0, 1);
    w.put(0, 19);
    return w.bits;
}

/// One Beast type '3' frame (Mode S long) of 14 bytes of hex with a 48-bit 12 MHz timestamp; 0x1a escaped.
inline std::string beast_frame(std::string_view hex, std::uint64_t ticks, std::uint8_t signal = 100) {
    std::vector<std::uint8_t> body;
    for (int shift = 40; shift >= 0; shift -= 8) body.push_back(static_cast<std::uint8_t>(ticks >> shift));
    body.push_back(signal);
    for (std::size_t index = 0; index + 1 < hex.size(); index += 2) {
        body.push_back(static_cast<std::uint8_t>(std::stoul(std::string(hex.substr(index, 2)), nullptr, 16)));
    }
    std::string out = "\x1a";
    out += hex.size() == 28 ? '3' : '2';
    for (const std::uint8_t byte : body) {
        out += static_cast<char>(byte);
        if (byte == 0x1a) out += static_cast<char>(byte);
    }
    return out;
}

}  // namespace cp::test
