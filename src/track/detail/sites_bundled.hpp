// SPDX-License-Identifier: Apache-2.0
// The data files compiled into cp_track (generated bundled_data.cpp from src/track/bundled_data.cpp.in).
#pragma once

#include <string_view>

namespace cp::track::detail {

[[nodiscard]] std::string_view bundled_sites_of_concern_csv() noexcept;  ///< data/geo/sites_of_concern.csv
[[nodiscard]] std::string_view bundled_airports_csv() noexcept;          ///< data/geo/airports.csv
[[nodiscard]] std::string_view bundled_ports_csv() noexcept;             ///< data/geo/ports.csv
[[nodiscard]] std::string_view bundled_icao_blocks_json() noexcept;  ///< data/geo/icao_address_blocks.json
[[nodiscard]] std::string_view bundled_mid_flags_csv() noexcept;     ///< data/ais/mid_flags.csv

}  // namespace cp::track::detail
