// SPDX-License-Identifier: Apache-2.0
// bundled_sites(): the compiled-in sites of concern, airports and ports in one index. A site of concern
// shares its id with an OurAirports/WPI row (OIII, IRBND...): SiteIndex::build keeps the site of concern
// only. Tested in tests/unit/track/test_sites_bundled.cpp.
#include "track/detail/sites_bundled.hpp"

#include "track/sites.hpp"

namespace cp::track {

SiteIndex bundled_sites(const SiteRadii& radii) {
    SiteIndex index;
    for (auto& site : parse_sites_csv(detail::bundled_sites_of_concern_csv(), "data/geo/sites_of_concern.csv",
                                      true, radii)) {
        index.add(std::move(site));
    }
    for (auto& site :
         parse_sites_csv(detail::bundled_airports_csv(), "data/geo/airports.csv", false, radii)) {
        index.add(std::move(site));
    }
    for (auto& site : parse_sites_csv(detail::bundled_ports_csv(), "data/geo/ports.csv", false, radii)) {
        index.add(std::move(site));
    }
    index.build();
    return index;
}

}  // namespace cp::track
