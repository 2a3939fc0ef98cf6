// SPDX-License-Identifier: Apache-2.0
// Mode S / ADS-B encoder: the inverse of decode() for the frames a simulated aircraft sends (DF17 TC 1-4
// identification, TC 5-8 surface and TC 9-18 airborne position with CPR per DO-260B §A.1.7, TC 19 velocity,
// TC 28 emergency status; DF4 altitude and DF5 identity replies) and the Beast / AVR / hexcsv framing.
// Pure: no I/O, no clock. Used by `chokepoint simulate`; every frame round-trips through decode() (tests).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cp::adsb::encode {

/// A 112-bit DF17 frame with its parity.
using LongFrame = std::array<std::uint8_t, 14>;
/// A 56-bit surveillance reply (DF4/5) with its address/parity field.
using ShortFrame = std::array<std::uint8_t, 7>;

/// 17-bit CPR latitude and longitude of one position in one format (even or odd).
struct CprCode {
    std::uint32_t lat = 0;
    std::uint32_t lon = 0;
};

/// CPR encoding (DO-260B §A.1.7.2) of `lat_deg`/`lon_deg`: airborne (Nb = 17) or surface (Nb = 19, of
/// which the low 17 bits are sent). `odd` selects i = 1.
[[nodiscard]] CprCode cpr_encode(double lat_deg, double lon_deg, bool odd, bool surface) noexcept;

/// TC 1-4 identification. `category` is the emitter category as Message::category reports it
/// (0xA0 + n for set A, 0xB0 + n for B, ...; e.g. 0xA5 heavy); sets A-D only (others give set A, 0).
/// `callsign` is up to 8 characters of A-Z, 0-9 and space; other characters are sent as space.
[[nodiscard]] LongFrame identification(std::uint32_t icao, std::string_view callsign,
                                       std::uint8_t category) noexcept;

/// TC 11 airborne position with barometric altitude in 25-ft steps (Q = 1; -1000..50175 ft, clamped).
[[nodiscard]] LongFrame airborne_position(std::uint32_t icao, double lat_deg, double lon_deg,
                                          std::int32_t alt_baro_ft, bool odd) noexcept;

/// TC 6 surface position: movement quantised per DO-260B Table 2-16 (nearest step), ground track in
/// 360/128 degree steps when `track_deg` is given (status bit S = 1).
[[nodiscard]] LongFrame surface_position(std::uint32_t icao, double lat_deg, double lon_deg, double gs_kt,
                                         std::optional<double> track_deg, bool odd) noexcept;

/// TC 19 subtype 1 airborne velocity: east/west and north/south ground speed components in 1-kt steps
/// from `gs_kt` and `track_deg`, barometric vertical rate in 64-fpm steps.
[[nodiscard]] LongFrame airborne_velocity(std::uint32_t icao, double gs_kt, double track_deg,
                                          std::int32_t vertical_rate_fpm) noexcept;

/// TC 28 subtype 1 emergency/priority status: `emergency` 0-7 (0 none, 1 general, 4 no comms, 5
/// unlawful interference...) and the Mode A code `squawk` (12 bits, as 4 octal digits 0oABCD).
[[nodiscard]] LongFrame emergency_status(std::uint32_t icao, std::uint8_t emergency,
                                         std::uint16_t squawk) noexcept;

/// Emergency state of a Mode A code: 7500 -> 5, 7600 -> 4, 7700 -> 1, else 0 (DO-260B §2.2.3.2.7.8.1.1).
[[nodiscard]] std::uint8_t emergency_of_squawk(std::uint16_t squawk) noexcept;

/// DF5 surveillance identity reply: flight status `fs` (0 airborne, 1 on ground, 2/3 alert), identity in
/// the 13-bit ID field (C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4), AP = parity xor address.
[[nodiscard]] ShortFrame identity_reply(std::uint32_t icao, std::uint16_t squawk, std::uint8_t fs) noexcept;

/// DF4 surveillance altitude reply: 13-bit AC field with Q = 1 (25-ft steps), AP = parity xor address.
[[nodiscard]] ShortFrame altitude_reply(std::uint32_t icao, std::int32_t alt_baro_ft,
                                        std::uint8_t fs) noexcept;

/// 12 MHz receiver ticks of `t_ms` after the tick epoch (48 bits, wraps after ~272 days).
[[nodiscard]] std::uint64_t ticks_12mhz(std::int64_t ms_since_epoch) noexcept;

/// Appends one Beast frame (0x1a, '2' or '3' by length, 6-byte big-endian 12 MHz time, signal, payload;
/// every 0x1a after the leading one doubled) to `out`. `frame` must be 7 or 14 bytes.
void append_beast(std::span<const std::uint8_t> frame, std::uint64_t ticks, std::uint8_t signal,
                  std::string& out);

/// Appends one AVR line `@TTTTTTTTTTTTHEX;\n` (12 hex digits of 12 MHz time, upper-case hex) to `out`.
void append_avr(std::span<const std::uint8_t> frame, std::uint64_t ticks, std::string& out);

/// Appends one hexcsv line `unix_seconds,HEX\n` (seconds with 3 decimals) to `out`.
void append_hexcsv(std::span<const std::uint8_t> frame, std::int64_t t_unix_ms, std::string& out);

}  // namespace cp::adsb::encode
