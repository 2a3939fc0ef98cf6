// SPDX-License-Identifier: Apache-2.0
// Internal helpers shared by the decoders: CRC, the 13-bit AC/ID fields, and the per-family decoders.
// Mode S numbers bits from 1; the `me()`/`mb()` helpers below take 1-based ME/MB bit numbers, the way
// ICAO Doc 9871 tables print them (ME bit 1 = frame bit 33).
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "adsb/message.hpp"

namespace cp::adsb::detail {

/// Bits `first`..`last` (1-based, inclusive, at most 57 bits) of a 56-bit field stored in the low bits
/// of `field`: the ME/MB field read as one big-endian integer.
[[nodiscard]] constexpr std::uint32_t bits(std::uint64_t field, unsigned first, unsigned last) noexcept {
    const unsigned count = last - first + 1;
    return static_cast<std::uint32_t>((field >> (56 - last)) & ((std::uint64_t{1} << count) - 1));
}

/// The 56-bit field of bytes 4..10 (frame bits 33-88) as an integer.
[[nodiscard]] constexpr std::uint64_t load56(const std::uint8_t* bytes) noexcept {
    std::uint64_t value = 0;
    for (int byte_idx = 0; byte_idx < 7; ++byte_idx) value = (value << 8) | bytes[byte_idx];
    return value;
}

/// CRC-24 residual of a 56- or 112-bit frame (see crc_residual()).
[[nodiscard]] std::uint32_t residual(const std::uint8_t* frame, std::size_t length_bytes) noexcept;

/// Bit positions (0-based from the frame's first bit) that explain `syndrome` in a frame of
/// `length_bits`: returns the number of bits (1 or 2) or 0 when none. Two-bit lookup only if `two`.
[[nodiscard]] int find_error_bits(std::uint32_t syndrome, unsigned length_bits, bool two, unsigned& bit_a,
                                  unsigned& bit_b) noexcept;

/// Altitude in feet from the 13-bit AC field (DF0/4/16/20 bits 20-32): Q-bit 25 ft, Gillham 100 ft,
/// M-bit metres. nullopt for 0 (no altitude) and invalid Gillham codes.
[[nodiscard]] std::optional<std::int32_t> altitude_ac13(std::uint32_t ac13) noexcept;

/// Altitude in feet from the 12-bit ADS-B altitude field (ME bits 9-20; no M bit).
[[nodiscard]] std::optional<std::int32_t> altitude_ac12(std::uint32_t ac12) noexcept;

/// Gillham 100-ft altitude (in feet) from the code bits in C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4 order.
[[nodiscard]] std::optional<std::int32_t> gillham_altitude(std::uint32_t id13) noexcept;

/// Mode A identity (12 bits, octal digits ABCD) from the 13-bit ID field layout above.
[[nodiscard]] std::uint16_t identity_id13(std::uint32_t id13) noexcept;

/// 8 six-bit characters (AIS charset of Annex 10) from 48 bits; false if a character is invalid.
bool decode_callsign(std::uint64_t bits48, std::array<char, 9>& out) noexcept;

/// DF17/18 ME field (7 bytes) into `msg` (tc, subtype, bds and the type-code fields).
void decode_me(std::uint64_t me, Message& msg) noexcept;

/// DF20/21 MB field: register inference and fields.
void decode_commb(std::uint64_t mb, Message& msg) noexcept;

/// Fields of register `bds` from MB into `out`; false if `bds` is unsupported.
bool decode_register(std::uint64_t mb, Bds bds, Message& out) noexcept;

}  // namespace cp::adsb::detail
