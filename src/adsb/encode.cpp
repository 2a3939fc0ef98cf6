// SPDX-License-Identifier: Apache-2.0
// Mode S / ADS-B frame encoding and Beast/AVR/hexcsv framing (see encode.hpp). Field positions follow
// DO-260B §2.2.3.2 with ME bits numbered from 1 (ME bit 1 = frame bit 33), as the decoder's comments do.
#include "adsb/encode.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <fmt/format.h>

#include "adsb/cpr.hpp"
#include "adsb/message.hpp"

namespace cp::adsb::encode {
namespace {

// Sets ME bits first..last (1-based, inclusive) of the 56-bit field `me` to `value`.
void put(std::uint64_t& me, unsigned first, unsigned last, std::uint64_t value) noexcept {
    const unsigned count = last - first + 1;
    const std::uint64_t mask = (std::uint64_t{1} << count) - 1;
    me |= (value & mask) << (56 - last);
}

// DF17 with CA 5 (airborne) or 4 (on ground), address, ME and parity.
LongFrame df17(std::uint32_t icao, std::uint64_t me, bool on_ground) noexcept {
    LongFrame frame{};
    frame[0] = static_cast<std::uint8_t>((17U << 3) | (on_ground ? 4U : 5U));
    frame[1] = static_cast<std::uint8_t>(icao >> 16);
    frame[2] = static_cast<std::uint8_t>(icao >> 8);
    frame[3] = static_cast<std::uint8_t>(icao);
    for (int byte_idx = 0; byte_idx < 7; ++byte_idx) {
        frame[4 + byte_idx] = static_cast<std::uint8_t>(me >> (48 - 8 * byte_idx));
    }
    const std::uint32_t parity = crc24(std::span<const std::uint8_t>(frame.data(), 11));
    frame[11] = static_cast<std::uint8_t>(parity >> 16);
    frame[12] = static_cast<std::uint8_t>(parity >> 8);
    frame[13] = static_cast<std::uint8_t>(parity);
    return frame;
}

// DF4/DF5: DF(5) FS(3) DR(5) UM(6) code(13), then AP = CRC of the first 32 bits xor the address.
ShortFrame surveillance(std::uint8_t df, std::uint32_t icao, std::uint8_t fs, std::uint32_t code13) noexcept {
    const std::uint32_t head = (std::uint32_t{df} << 27) | ((fs & 7U) << 24) | (code13 & 0x1FFFU);
    ShortFrame frame{};
    for (int byte_idx = 0; byte_idx < 4; ++byte_idx) {
        frame[byte_idx] = static_cast<std::uint8_t>(head >> (24 - 8 * byte_idx));
    }
    const std::uint32_t ap = crc24(std::span<const std::uint8_t>(frame.data(), 4)) ^ (icao & 0xFFFFFFU);
    frame[4] = static_cast<std::uint8_t>(ap >> 16);
    frame[5] = static_cast<std::uint8_t>(ap >> 8);
    frame[6] = static_cast<std::uint8_t>(ap);
    return frame;
}

// N = (altitude + 1000) / 25 in 11 bits, rounded and clamped (-1000..50175 ft).
std::uint32_t altitude_n(std::int32_t alt_ft) noexcept {
    const double n = std::round((static_cast<double>(alt_ft) + 1000.0) / 25.0);
    return static_cast<std::uint32_t>(std::clamp(n, 0.0, 2047.0));
}

// 13-bit identity code of a 12-bit Mode A code 0oABCD: C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4 (Annex 10
// Vol IV §3.1.2.6.7.1); digit bit 0 is the "1" pulse, bit 2 the "4" pulse.
std::uint32_t id13(std::uint16_t squawk) noexcept {
    const unsigned a = (squawk >> 9) & 7U;
    const unsigned b = (squawk >> 6) & 7U;
    const unsigned c = (squawk >> 3) & 7U;
    const unsigned d = squawk & 7U;
    const unsigned pulses[13] = {
        c & 1U, a & 1U, (c >> 1) & 1U, (a >> 1) & 1U, (c >> 2) & 1U, (a >> 2) & 1U, 0U,
        b & 1U, d & 1U, (b >> 1) & 1U, (d >> 1) & 1U, (b >> 2) & 1U, (d >> 2) & 1U};
    std::uint32_t code = 0;
    for (const unsigned pulse : pulses) code = (code << 1) | pulse;
    return code;
}

// Surface movement code (DO-260B Table 2-16) whose decoded speed is nearest `gs_kt`.
unsigned movement_code(double gs_kt) noexcept {
    auto speed_of = [](unsigned movement) {
        if (movement == 1) return 0.0;
        if (movement <= 8) return 0.125 * (movement - 1);
        if (movement <= 12) return 1.0 + 0.25 * (movement - 9);
        if (movement <= 38) return 2.0 + 0.5 * (movement - 13);
        if (movement <= 93) return 15.0 + 1.0 * (movement - 39);
        if (movement <= 108) return 70.0 + 2.0 * (movement - 94);
        if (movement <= 123) return 100.0 + 5.0 * (movement - 109);
        return 175.0;
    };
    unsigned best = 1;
    for (unsigned movement = 2; movement <= 124; ++movement) {
        if (std::abs(speed_of(movement) - gs_kt) < std::abs(speed_of(best) - gs_kt)) best = movement;
    }
    return best;
}

constexpr char hex_digits[] = "0123456789ABCDEF";

void append_hex(std::span<const std::uint8_t> bytes, std::string& out) {
    for (const std::uint8_t byte : bytes) {
        out.push_back(hex_digits[byte >> 4]);
        out.push_back(hex_digits[byte & 0x0F]);
    }
}

}  // namespace

CprCode cpr_encode(double lat_deg, double lon_deg, bool odd, bool surface) noexcept {
    // DO-260B §A.1.7.2: the airborne zones (Dlat = 360 / (60 - i)) with Nb = 17, or Nb = 19 on the surface,
    // of which the low 17 bits are sent: the same as 17 bits over the 90-degree surface zones the decoder
    // uses.
    constexpr double span = 360.0;
    const double scale = surface ? 524288.0 : 131072.0;  // 2^Nb
    const int i = odd ? 1 : 0;
    auto mod = [](double x, double y) { return x - y * std::floor(x / y); };
    const double dlat = span / (60.0 - i);
    const double yz = std::floor(scale * mod(lat_deg, dlat) / dlat + 0.5);
    const double rlat = dlat * (yz / scale + std::floor(lat_deg / dlat));
    const int nl_minus_i = cpr::nl(rlat) - i;
    const double dlon = nl_minus_i > 0 ? span / nl_minus_i : span;
    const double xz = std::floor(scale * mod(lon_deg, dlon) / dlon + 0.5);
    CprCode code;
    code.lat = static_cast<std::uint32_t>(static_cast<std::uint64_t>(yz) & 0x1FFFFU);
    code.lon = static_cast<std::uint32_t>(static_cast<std::uint64_t>(xz) & 0x1FFFFU);
    return code;
}

LongFrame identification(std::uint32_t icao, std::string_view callsign, std::uint8_t category) noexcept {
    const unsigned set = category >> 4;
    const bool known_set = set >= 0xA && set <= 0xD;
    std::uint64_t me = 0;
    put(me, 1, 5, known_set ? 0x0EU - set : 4U);  // TC 4 = set A ... TC 1 = set D
    put(me, 6, 8, known_set ? category & 7U : 0U);
    for (unsigned char_idx = 0; char_idx < 8; ++char_idx) {
        const char ch = char_idx < callsign.size() ? callsign[char_idx] : ' ';
        unsigned code = 32;  // space
        if (ch >= 'A' && ch <= 'Z') code = static_cast<unsigned>(ch - 'A' + 1);
        if (ch >= 'a' && ch <= 'z') code = static_cast<unsigned>(ch - 'a' + 1);
        if (ch >= '0' && ch <= '9') code = static_cast<unsigned>(ch - '0' + 48);
        put(me, 9 + 6 * char_idx, 14 + 6 * char_idx, code);
    }
    return df17(icao, me, false);
}

LongFrame airborne_position(std::uint32_t icao, double lat_deg, double lon_deg, std::int32_t alt_baro_ft,
                            bool odd) noexcept {
    const std::uint32_t n = altitude_n(alt_baro_ft);
    // AC12: N bits 10-5, N bit 4, Q = 1, N bits 3-0 (the AC13 layout without its M bit).
    const std::uint32_t ac12 = ((n & 0x7E0U) << 1) | ((n & 0x10U) << 1) | 0x10U | (n & 0x0FU);
    const CprCode cpr = cpr_encode(lat_deg, lon_deg, odd, false);
    std::uint64_t me = 0;
    put(me, 1, 5, 11);  // TC 11: NUCp 7 / NIC 8 (< 0.1 NM)
    put(me, 9, 20, ac12);
    put(me, 22, 22, odd ? 1 : 0);  // F; T (bit 21) = 0: not UTC-synchronised
    put(me, 23, 39, cpr.lat);
    put(me, 40, 56, cpr.lon);
    return df17(icao, me, false);
}

LongFrame surface_position(std::uint32_t icao, double lat_deg, double lon_deg, double gs_kt,
                           std::optional<double> track_deg, bool odd) noexcept {
    const CprCode cpr = cpr_encode(lat_deg, lon_deg, odd, true);
    std::uint64_t me = 0;
    put(me, 1, 5, 6);  // TC 6: NUCp 8 / NIC 10 (< 25 m)
    put(me, 6, 12, movement_code(gs_kt));
    if (track_deg) {
        const double steps =
            std::round(std::fmod(std::fmod(*track_deg, 360.0) + 360.0, 360.0) * 128.0 / 360.0);
        put(me, 13, 13, 1);
        put(me, 14, 20, static_cast<std::uint64_t>(steps) & 0x7FU);
    }
    put(me, 22, 22, odd ? 1 : 0);
    put(me, 23, 39, cpr.lat);
    put(me, 40, 56, cpr.lon);
    return df17(icao, me, true);
}

LongFrame airborne_velocity(std::uint32_t icao, double gs_kt, double track_deg,
                            std::int32_t vertical_rate_fpm) noexcept {
    const double rad = track_deg * std::numbers::pi / 180.0;
    const double east = gs_kt * std::sin(rad);
    const double north = gs_kt * std::cos(rad);
    auto component = [](double kt) { return std::min(std::round(std::abs(kt)) + 1.0, 1023.0); };
    const double rate = std::min(std::round(std::abs(vertical_rate_fpm) / 64.0) + 1.0, 511.0);
    std::uint64_t me = 0;
    put(me, 1, 5, 19);
    put(me, 6, 8, 1);    // subtype 1: ground speed, subsonic
    put(me, 11, 13, 2);  // NACv 2 (< 3 m/s)
    put(me, 14, 14, east < 0 ? 1 : 0);
    put(me, 15, 24, static_cast<std::uint64_t>(component(east)));
    put(me, 25, 25, north < 0 ? 1 : 0);
    put(me, 26, 35, static_cast<std::uint64_t>(component(north)));
    put(me, 36, 36, 1);  // vertical rate source: barometric
    put(me, 37, 37, vertical_rate_fpm < 0 ? 1 : 0);
    put(me, 38, 46, static_cast<std::uint64_t>(rate));
    return df17(icao, me, false);
}

LongFrame emergency_status(std::uint32_t icao, std::uint8_t emergency, std::uint16_t squawk) noexcept {
    std::uint64_t me = 0;
    put(me, 1, 5, 28);
    put(me, 6, 8, 1);
    put(me, 9, 11, emergency & 7U);
    put(me, 12, 24, id13(squawk));
    return df17(icao, me, false);
}

std::uint8_t emergency_of_squawk(std::uint16_t squawk) noexcept {
    switch (squawk) {
    case 07500:
        return 5;
    case 07600:
        return 4;
    case 07700:
        return 1;
    default:
        return 0;
    }
}

ShortFrame identity_reply(std::uint32_t icao, std::uint16_t squawk, std::uint8_t fs) noexcept {
    return surveillance(5, icao, fs, id13(squawk));
}

ShortFrame altitude_reply(std::uint32_t icao, std::int32_t alt_baro_ft, std::uint8_t fs) noexcept {
    const std::uint32_t n = altitude_n(alt_baro_ft);
    // AC13: N bits 10-5, M = 0, N bit 4, Q = 1, N bits 3-0.
    const std::uint32_t ac13 = ((n & 0x7E0U) << 2) | ((n & 0x10U) << 1) | 0x10U | (n & 0x0FU);
    return surveillance(4, icao, fs, ac13);
}

std::uint64_t ticks_12mhz(std::int64_t ms_since_epoch) noexcept {
    return (static_cast<std::uint64_t>(ms_since_epoch) * 12'000U) & 0xFFFFFFFFFFFFULL;
}

void append_beast(std::span<const std::uint8_t> frame, std::uint64_t ticks, std::uint8_t signal,
                  std::string& out) {
    out.push_back('\x1a');
    out.push_back(frame.size() == 7 ? '2' : '3');
    auto put_byte = [&out](std::uint8_t byte) {
        out.push_back(static_cast<char>(byte));
        if (byte == 0x1a) out.push_back(static_cast<char>(byte));  // escape: doubled
    };
    for (int shift = 40; shift >= 0; shift -= 8) put_byte(static_cast<std::uint8_t>(ticks >> shift));
    put_byte(signal);
    for (const std::uint8_t byte : frame) put_byte(byte);
}

void append_avr(std::span<const std::uint8_t> frame, std::uint64_t ticks, std::string& out) {
    out.push_back('@');
    for (int shift = 44; shift >= 0; shift -= 4) out.push_back(hex_digits[(ticks >> shift) & 0xF]);
    append_hex(frame, out);
    out += ";\n";
}

void append_hexcsv(std::span<const std::uint8_t> frame, std::int64_t t_unix_ms, std::string& out) {
    const std::int64_t seconds = t_unix_ms >= 0 ? t_unix_ms / 1000 : (t_unix_ms - 999) / 1000;
    fmt::format_to(std::back_inserter(out), "{}.{:03},", seconds, t_unix_ms - seconds * 1000);
    append_hex(frame, out);
    out.push_back('\n');
}

}  // namespace cp::adsb::encode
