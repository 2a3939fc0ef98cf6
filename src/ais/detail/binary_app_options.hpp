// SPDX-License-Identifier: Apache-2.0
// The full form of write_binary_app_json (binary_apps.hpp) for callers that know the type 6 destination
// MMSI and the gpsd dialect: two things gpsd's output depends on that the application bits do not carry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ais/message.hpp"
#include "core/bits.hpp"

namespace cp::ais::detail {

/// What write_binary_app_json needs beyond the bits, for callers that have it.
struct BinaryAppOptions {
    bool scaled = true;                            ///< false for `gpsdecode -u`
    GpsdDialect dialect = GpsdDialect::gpsd_3_22;  ///< gpsd_regression prints 1/1000-minute positions
                                                   ///< with 6 decimals (sample.aivdm.js.chk) instead of 4
    /// Destination of a type 6 message: gpsd 3.22 takes DAC 1 FID 15 "airdraught" and FID 16 "persons"
    /// (unless 136 bits long) from message bits 55-67, inside it. Without it those two print as raw data.
    std::optional<std::uint32_t> dest_mmsi;
};

/// write_binary_app_json (binary_apps.hpp) with all the options: appends the decoded members and returns
/// true, or returns false and appends nothing when gpsd prints the raw "data" member instead.
bool write_binary_app_json(std::uint8_t msg_type, std::uint16_t dac, std::uint16_t fid, BitSpanView app_bits,
                           const BinaryAppOptions& options, std::string& out);

}  // namespace cp::ais::detail
