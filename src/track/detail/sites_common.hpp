// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the site loaders (CSV, GeoJSON) and the watchlist/reference loaders.
#pragma once

#include <string>
#include <string_view>

#include "track/sites.hpp"

namespace cp::track::detail {

/// True when a precision note says the coordinate is only town/city level ("city-level", "town centre").
[[nodiscard]] bool says_town_level(std::string_view precision) noexcept;
/// The default circle for a site without radius_m: approximate sites get the wide circle, then by kind.
[[nodiscard]] double default_radius_m(const Site& site, const SiteRadii& radii) noexcept;

}  // namespace cp::track::detail
