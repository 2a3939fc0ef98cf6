// SPDX-License-Identifier: Apache-2.0
// Per-type-code decoders of the DF17/18 ME field (bits numbered from 1 as ME bits).
#pragma once

#include <cstdint>

#include "adsb/message.hpp"

namespace cp::adsb::detail {

/// TC 19 airborne velocity (BDS 0,9), subtypes 1-4.
void decode_velocity(std::uint64_t me, Message& msg) noexcept;
/// TC 28 aircraft status (BDS 6,1): emergency/priority and squawk, or the ACAS RA broadcast.
void decode_aircraft_status(std::uint64_t me, Message& msg) noexcept;
/// TC 29 target state and status (BDS 6,2), subtype 0 (version 1) and 1 (version 2).
void decode_target_state(std::uint64_t me, Message& msg) noexcept;
/// TC 31 aircraft operational status (BDS 6,5).
void decode_operational_status(std::uint64_t me, Message& msg) noexcept;

}  // namespace cp::adsb::detail
