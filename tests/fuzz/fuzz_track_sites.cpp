// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the track module's text loaders: the first byte picks one (modulo 6; the seeds use the
// digits '0'..'5'): sites CSV, sites GeoJSON, watchlist CSV, MID table, tar1090-db CSV, ICAO blocks JSON.
// Any bytes either load or throw cp::InputError; loaded sites then go through a SiteIndex and a few lookups.
// Seeds: tests/fuzz/corpus/fuzz_track_sites/ (slices of the bundled data/geo and data/ais files).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "track/sites.hpp"
#include "track/watchlist.hpp"

namespace {

void exercise(std::vector<cp::track::Site> sites) {
    using cp::track::SiteKind;
    cp::track::SiteIndex index;
    for (auto& site : sites) index.add(std::move(site));
    index.build();
    for (const auto& site : index.sites()) {
        // A circle always contains its own centre.
        if (site.polygon.empty() && index.containing(site.center).empty()) __builtin_trap();
        (void)index.find_id(site.id);
        (void)index.nearest(site.center, {SiteKind::port, SiteKind::airport}, 50'000);
        (void)index.distance_to_nearest({-site.center.lat_deg, -site.center.lon_deg}, {SiteKind::port}, 1e7);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        switch (data[0] % 6) {
        case 0:
            exercise(cp::track::parse_sites_csv(bytes, "fuzz.csv", false));
            break;
        case 1:
            exercise(cp::track::parse_sites_geojson(bytes, "fuzz.geojson", true));
            break;
        case 2: {
            const auto list = cp::track::parse_watchlist_csv(bytes, "fuzz.csv");
            for (const auto& entry : list.entries()) {
                (void)list.match_aircraft(0x730A1B, entry.value, entry.value, entry.value);
                (void)list.match_vessel(273312000, 9123456, entry.value, entry.value);
            }
            break;
        }
        case 3:
            (void)cp::track::MidFlags::parse(bytes, "fuzz.csv").flag(273312000);
            break;
        case 4:
            (void)cp::track::AircraftDb::parse(bytes, "fuzz.csv").find(0x730A1B);
            break;
        default:
            (void)cp::track::IcaoBlocks::parse(bytes, "fuzz.json").country(0x730A1B);
            break;
        }
    } catch (const cp::InputError&) {
        // malformed input is expected
    }
    return 0;
}
