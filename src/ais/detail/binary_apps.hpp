// SPDX-License-Identifier: Apache-2.0
// JSON of the application payloads of AIS types 6 and 8 that gpsd decodes (IMO 289 and regional DAC/FID).
// Called by the JSON writer (detail/json_writer.cpp) after the common fields, "dac" and "fid".
#pragma once

#include <cstdint>
#include <string>

#include "core/bits.hpp"

namespace cp::ais::detail {

/// Appends `,"field":value...` for a decoded application payload (bits after the FID) and returns true;
/// returns false (appending nothing) when gpsd does not decode this type/dac/fid, so the caller writes gpsd's
/// "data":"<bits>:<hex>".
bool write_binary_app_json(std::uint8_t msg_type, std::uint16_t dac, std::uint16_t fid, BitSpanView app_bits,
                           bool scaled, std::string& out);

}  // namespace cp::ais::detail
