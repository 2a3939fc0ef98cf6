// SPDX-License-Identifier: Apache-2.0
// Static data: types 5, 21 and 24 (ITU-R M.1371-5 Annex 8 §3.3.8.2.3, .21, .24; bits from 0).
// Six-bit text follows gpsd: it ends at the first '@' and loses trailing spaces.
#include <algorithm>
#include <array>

#include "ais/detail/decoders.hpp"

namespace cp::ais::detail {
namespace {

template <class T>
T uint(const BitReader& bits, std::size_t first, unsigned count) noexcept {
    return static_cast<T>(bits.u(first, count));
}

}  // namespace

void decode_static_voyage(const BitReader& bits, Message& msg) noexcept {
    // gpsd accepts 420 bits and more: "a lot of transmitters in the wild ship with a length of 420 or 422";
    // ais-nmea-sample.log also has 426- and 462-bit ones. Missing bits read as zero ('@', end of text).
    auto& out = msg.body.emplace<StaticVoyageData>();
    out.ais_version = uint<std::uint8_t>(bits, 38, 2);
    out.imo = uint<std::uint32_t>(bits, 40, 30);
    bits.text(70, 7, out.callsign);
    bits.text(112, 20, out.shipname);
    out.shiptype = uint<std::uint8_t>(bits, 232, 8);
    out.to_bow = uint<std::uint16_t>(bits, 240, 9);
    out.to_stern = uint<std::uint16_t>(bits, 249, 9);
    out.to_port = uint<std::uint8_t>(bits, 258, 6);
    out.to_starboard = uint<std::uint8_t>(bits, 264, 6);
    out.epfd = uint<std::uint8_t>(bits, 270, 4);
    out.month = uint<std::uint8_t>(bits, 274, 4);
    out.day = uint<std::uint8_t>(bits, 278, 5);
    out.hour = uint<std::uint8_t>(bits, 283, 5);
    out.minute = uint<std::uint8_t>(bits, 288, 6);
    out.draught = uint<std::uint8_t>(bits, 294, 8);
    bits.text(302, 20, out.destination);
    out.dte = bits.flag(422);
    // bit 423: spare
}

namespace {

/// gpsd 3.22's type 21 name, byte for byte: the 20-character name untrimmed, and only when it fills all 20
/// characters, the extension written behind it and trimmed. gpsd's name buffer holds 35 bytes, so a 15th or
/// 16th extension character (362+ bits) spills into the accuracy flag and the low byte of the longitude;
/// gpsdecode prints the result, and so do we (found with random messages against gpsdecode).
void decode_aton_name(const BitReader& bits, AidToNavigation& out) noexcept {
    constexpr std::size_t name_bytes = 35;
    std::array<char, 40> buffer{};  // name, then the accuracy byte [35] and the longitude's low byte [36]
    std::size_t length = 0;
    while (length < 20) {
        const char ch = BitReader::sixbit_char(bits.u(43 + 6 * length, 6));
        if (ch == '@') break;
        buffer[length++] = ch;
    }
    const std::size_t ext_chars = (bits.size_bits() - 272) / 6;
    if (length == 20 && ext_chars > 0) {
        std::size_t ext_len = 0;
        while (ext_len < ext_chars) {
            const char ch = BitReader::sixbit_char(bits.u(272 + 6 * ext_len, 6));
            if (ch == '@') break;
            buffer[20 + ext_len++] = ch;
        }
        length = 20 + ext_len;  // buffer[length] is the NUL gpsd writes
        if (length >= name_bytes) {
            out.accuracy = buffer[name_bytes] != '\0';
            if (length > name_bytes) {
                out.lon = static_cast<std::int32_t>(static_cast<std::uint32_t>(out.lon) & 0xFFFFFF00U);
            }
        }
    }
    while (length > 0 && buffer[length - 1] == ' ') {
        if (length - 1 == name_bytes) out.accuracy = false;  // trimming writes its NUL there too
        --length;
    }
    out.name.length = static_cast<std::uint8_t>(std::min(length, out.name.chars.size()));
    std::copy_n(buffer.begin(), out.name.length, out.name.chars.begin());
}

}  // namespace

void decode_aid_to_navigation(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<AidToNavigation>();
    out.aid_type = uint<std::uint8_t>(bits, 38, 5);
    // bits 43-162: name (decoded last, see decode_aton_name)
    out.accuracy = bits.flag(163);
    out.lon = static_cast<std::int32_t>(bits.s(164, 28));
    out.lat = static_cast<std::int32_t>(bits.s(192, 27));
    out.to_bow = uint<std::uint16_t>(bits, 219, 9);
    out.to_stern = uint<std::uint16_t>(bits, 228, 9);
    out.to_port = uint<std::uint8_t>(bits, 237, 6);
    out.to_starboard = uint<std::uint8_t>(bits, 243, 6);
    out.epfd = uint<std::uint8_t>(bits, 249, 4);
    out.second = uint<std::uint8_t>(bits, 253, 6);
    out.off_position = bits.flag(259);
    out.regional = uint<std::uint8_t>(bits, 260, 8);
    out.raim = bits.flag(268);
    out.virtual_aid = bits.flag(269);
    out.assigned = bits.flag(270);
    // bit 271: spare; then the name extension, up to 14 characters in the spec
    decode_aton_name(bits, out);
}

Result<Ok, DecodeError> decode_static_data(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<StaticDataReport>();
    out.part = uint<std::uint8_t>(bits, 38, 2);
    if (out.part == 0) {
        // Part A is 160 bits in the spec; gpsd also takes the 168-bit form that half of the real ones use.
        bits.text(40, 20, out.shipname);
        return Ok{};
    }
    if (out.part != 1) return unexpected(DecodeError::unknown_part);
    if (bits.size_bits() < 168) return unexpected(DecodeError::too_short);
    out.shiptype = uint<std::uint8_t>(bits, 40, 8);
    // gpsd 3.22 reads the 42-bit vendor id of ITU-R M.1371-3 and also model and serial of M.1371-4,
    // which overlap its last 24 bits.
    bits.text(48, 7, out.vendorid);
    out.model = uint<std::uint8_t>(bits, 66, 4);
    out.serial = uint<std::uint32_t>(bits, 70, 20);
    bits.text(90, 7, out.callsign);
    out.auxiliary = msg.mmsi / 10000000U == 98U;  // 98XXXYYYY: craft associated with a parent ship
    if (out.auxiliary) {
        out.mothership_mmsi = uint<std::uint32_t>(bits, 132, 30);
    } else {
        out.to_bow = uint<std::uint16_t>(bits, 132, 9);
        out.to_stern = uint<std::uint16_t>(bits, 141, 9);
        out.to_port = uint<std::uint8_t>(bits, 150, 6);
        out.to_starboard = uint<std::uint8_t>(bits, 156, 6);
    }
    // bits 162-167: spare
    return Ok{};
}

}  // namespace cp::ais::detail
