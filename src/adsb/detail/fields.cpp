// SPDX-License-Identifier: Apache-2.0
// Shared field codecs of Annex 10 Vol IV: the 13-bit altitude code AC (§3.1.2.6.5.4), the 13-bit
// identity code ID (§3.1.2.6.7.1), Gillham (Gray) 100-ft altitude and the 6-bit callsign charset.
// Bits of the 13-bit fields, from the MSB: C1 A1 C2 A2 C4 A4 M/X B1 Q/D1 B2 D2 B4 D4 (frame bits 20-32).
#include "adsb/detail/fields.hpp"

namespace cp::adsb::detail {
namespace {

constexpr std::uint32_t gray_to_binary(std::uint32_t gray) noexcept {
    std::uint32_t binary = gray;
    for (std::uint32_t shift = gray >> 1; shift != 0; shift >>= 1) binary ^= shift;
    return binary;
}

struct Code13 {
    unsigned a, b, c, d;  // octal digits, bit 2 = the "4" pulse
};

constexpr Code13 split_code(std::uint32_t id13) noexcept {
    auto bit = [id13](unsigned pos_from_msb) { return (id13 >> (12 - pos_from_msb)) & 1U; };
    Code13 code{};
    code.c = (bit(0) << 0) | (bit(2) << 1) | (bit(4) << 2);    // C1 C2 C4
    code.a = (bit(1) << 0) | (bit(3) << 1) | (bit(5) << 2);    // A1 A2 A4
    code.b = (bit(7) << 0) | (bit(9) << 1) | (bit(11) << 2);   // B1 B2 B4
    code.d = (bit(8) << 0) | (bit(10) << 1) | (bit(12) << 2);  // D1 D2 D4
    return code;
}

constexpr char callsign_charset[65] = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######";

}  // namespace

std::uint16_t identity_id13(std::uint32_t id13) noexcept {
    const Code13 code = split_code(id13);
    return static_cast<std::uint16_t>((code.a << 9) | (code.b << 6) | (code.c << 3) | code.d);
}

std::optional<std::int32_t> gillham_altitude(std::uint32_t id13) noexcept {
    const Code13 code = split_code(id13);
    // 500-ft Gray code over D1 D2 D4 A1 A2 A4 B1 B2 B4 (MSB first); 100-ft "1-2-4" code over C1 C2 C4.
    auto rev3 = [](unsigned v) { return ((v & 1U) << 2) | (v & 2U) | ((v >> 2) & 1U); };
    const std::uint32_t gray500 = (rev3(code.d) << 6) | (rev3(code.a) << 3) | rev3(code.b);
    const std::uint32_t n500 = gray_to_binary(gray500);
    std::uint32_t n100 = gray_to_binary(rev3(code.c));
    if (n100 == 0 || n100 == 5 || n100 == 6) return std::nullopt;  // C code 000, 111, 101: illegal
    if (n100 == 7) n100 = 5;
    if ((n500 & 1U) != 0) n100 = 6 - n100;  // the 100-ft code runs backwards in odd 500-ft bands
    const auto altitude = static_cast<std::int32_t>(n500 * 500 + n100 * 100) - 1300;
    if (altitude < -1200) return std::nullopt;
    return altitude;
}

std::optional<std::int32_t> altitude_ac13(std::uint32_t ac13) noexcept {
    if (ac13 == 0) return std::nullopt;
    const bool m_bit = (ac13 & 0x40) != 0;  // bit 26
    if (m_bit) {
        // Metric altitude: the 12 remaining bits in metres (rare; readsb converts the same way).
        const std::uint32_t metres = ((ac13 & 0x1F80) >> 1) | (ac13 & 0x3F);
        return static_cast<std::int32_t>(static_cast<double>(metres) * 3.28084 + 0.5);
    }
    const bool q_bit = (ac13 & 0x10) != 0;  // bit 28
    if (q_bit) {
        const std::uint32_t n = ((ac13 & 0x1F80) >> 2) | ((ac13 & 0x20) >> 1) | (ac13 & 0x0F);
        return static_cast<std::int32_t>(n) * 25 - 1000;
    }
    return gillham_altitude(ac13);
}

std::optional<std::int32_t> altitude_ac12(std::uint32_t ac12) noexcept {
    // Re-insert a zero M bit after the 6th bit to get the AC13 layout.
    const std::uint32_t ac13 = ((ac12 & 0xFC0) << 1) | (ac12 & 0x3F);
    return altitude_ac13(ac13);
}

bool decode_callsign(std::uint64_t bits48, std::array<char, 9>& out) noexcept {
    bool valid = true;
    for (unsigned char_idx = 0; char_idx < 8; ++char_idx) {
        const auto code = static_cast<unsigned>((bits48 >> (42 - 6 * char_idx)) & 0x3F);
        const char ch = callsign_charset[code];
        valid = valid && ch != '#';
        out[char_idx] = ch;
    }
    out[8] = '\0';
    return valid;
}

}  // namespace cp::adsb::detail
