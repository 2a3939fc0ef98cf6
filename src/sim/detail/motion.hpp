// SPDX-License-Identifier: Apache-2.0
// Flight planning shared by the scenario parser and the motion model (motion.cpp).
#pragma once

#include <cstdint>

#include "sim/scenario.hpp"

namespace cp::sim::detail {

/// Climb and descent rate of scripted flights (ft/min): a typical transport's average to cruise level.
inline constexpr std::int32_t climb_rate_fpm = 1500;

/// A flight leg `from` -> `to` starting at `start_ms`: speed ramps from min(160 kt, cruise) to `cruise_kt`
/// during the climb to `cruise_alt_ft` and back during the descent; short hops level off lower.
[[nodiscard]] AircraftLeg plan_flight(geo::LatLon from, geo::LatLon to, std::int64_t start_ms,
                                      double cruise_kt, std::int32_t cruise_alt_ft) noexcept;

}  // namespace cp::sim::detail
