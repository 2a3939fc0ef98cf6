// SPDX-License-Identifier: Apache-2.0
// DF17 frames built field by field from the spec tables, for layouts no file in ../shared/data
// carries (TC 29 version 1, TC 28 ACAS RA broadcast, TC 31 with chosen supplements). The parity is
// computed with crc24(), so decode() accepts them like a real squitter.
#pragma once

#include <array>
#include <cstdint>

#include "adsb/message.hpp"

namespace cp::test {

/// `value` placed in ME bits `first`..`last` (numbered from 1, as Doc 9871 prints them); bits of
/// `value` that do not fit the field are dropped.
constexpr std::uint64_t me_bits(unsigned first, unsigned last, std::uint64_t value) {
    const std::uint64_t mask = (std::uint64_t{1} << (last - first + 1)) - 1;
    return (value & mask) << (56 - last);
}

/// A DF17 (CA 5) frame from `icao` and the 56-bit `me`, with a correct parity field.
inline std::array<std::uint8_t, 14> df17_frame(std::uint32_t icao, std::uint64_t me) {
    std::array<std::uint8_t, 14> frame{};
    frame[0] = 0x8D;
    frame[1] = static_cast<std::uint8_t>(icao >> 16);
    frame[2] = static_cast<std::uint8_t>(icao >> 8);
    frame[3] = static_cast<std::uint8_t>(icao);
    for (int byte_idx = 0; byte_idx < 7; ++byte_idx)
        frame[4 + byte_idx] = static_cast<std::uint8_t>(me >> (8 * (6 - byte_idx)));
    const std::uint32_t parity = adsb::crc24(std::span<const std::uint8_t>(frame.data(), 11));
    frame[11] = static_cast<std::uint8_t>(parity >> 16);
    frame[12] = static_cast<std::uint8_t>(parity >> 8);
    frame[13] = static_cast<std::uint8_t>(parity);
    return frame;
}

}  // namespace cp::test
