// SPDX-License-Identifier: Apache-2.0
// Per-object scenario parsers (parse_aircraft.cpp, parse_vessel.cpp), called by parse_scenario().
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "sim/detail/reader.hpp"
#include "sim/scenario.hpp"

namespace cp::sim::detail {

/// Longest script accepted (a typo such as "300h" should not fill a disk).
inline constexpr std::int64_t max_script_ms = 14LL * 24 * 3'600'000;

/// The aircraft object at `path`, its script starting at `start_ms`. Throws cp::InputError.
[[nodiscard]] Aircraft parse_aircraft(const Reader& reader, const nlohmann::json& object,
                                      const std::string& path, std::int64_t start_ms);

/// The vessel object at `path`, its script starting at `start_ms`. Throws cp::InputError.
[[nodiscard]] Vessel parse_vessel(const Reader& reader, const nlohmann::json& object, const std::string& path,
                                  std::int64_t start_ms);

}  // namespace cp::sim::detail
