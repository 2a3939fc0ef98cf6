// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the site, watchlist and reference-table loaders (see sites_common.hpp).
#include "track/detail/sites_common.hpp"

#include "core/error.hpp"

namespace cp::track::detail {

bool says_town_level(std::string_view precision) noexcept {
    std::string lower;
    for (char c : precision) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    return lower.find("town") != std::string::npos || lower.find("city") != std::string::npos;
}

double default_radius_m(const Site& site, const SiteRadii& radii) noexcept {
    if (site.approximate) return radii.approximate_m;
    switch (site.kind) {
    case SiteKind::airport:
    case SiteKind::airbase:
        return radii.airport_m;
    case SiteKind::port:
        return radii.port_m;
    case SiteKind::industrial:
    case SiteKind::town:
    case SiteKind::other:
        return radii.other_m;
    }
    return radii.other_m;
}

}  // namespace cp::track::detail
