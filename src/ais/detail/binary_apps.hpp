// SPDX-License-Identifier: Apache-2.0
// JSON of the application payloads of AIS types 6 and 8 that gpsd decodes (IMO 289 and regional DAC/FID).
// Called by the JSON writer (detail/json_writer_static.cpp) after the common fields, "dac" and "fid".
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ais/message.hpp"
#include "core/bits.hpp"

namespace cp::ais::detail {

/// What write_binary_app_json needs beyond the bits: two things gpsd's output depends on that the bits lack.
struct BinaryAppOptions {
    bool scaled = true;                            ///< false for `gpsdecode -u`
    GpsdDialect dialect = GpsdDialect::gpsd_3_22;  ///< gpsd_regression prints 1/1000-minute positions
                                                   ///< with 6 decimals (sample.aivdm.js.chk) instead of 4
    /// Destination of a type 6 message: gpsd 3.22 takes DAC 1 FID 15 "airdraught" and FID 16 "persons"
    /// (unless 136 bits long) from message bits 55-67, inside it. Without it those two print as raw data.
    std::optional<std::uint32_t> dest_mmsi;
};

/// Appends `,"field":value...` for a decoded application payload (bits after the FID) and returns true;
/// returns false (appending nothing) when gpsd does not decode this type/dac/fid, so the caller writes gpsd's
/// "data":"<bits>:<hex>".
bool write_binary_app_json(std::uint8_t msg_type, std::uint16_t dac, std::uint16_t fid, BitSpanView app_bits,
                           const BinaryAppOptions& options, std::string& out);

}  // namespace cp::ais::detail
