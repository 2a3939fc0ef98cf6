// SPDX-License-Identifier: Apache-2.0
// Sites: places events are anchored to. Sites of concern (Alabuga, Amirabad, Mehrabad, Chkalovsky...),
// airports (OurAirports) and ports (NGA World Port Index, GFW anchorages), each a point with a radius or a
// polygon, with the precision its source states: a port known only by its town coordinate is marked
// approximate and gets a wider circle, and events that use it say so.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo.hpp"

namespace cp::track {

/// What a site is; flight legs use airports and airbases, port visits use ports.
enum class SiteKind : std::uint8_t { airport, airbase, port, industrial, town, other };

[[nodiscard]] std::string_view to_string(SiteKind kind) noexcept;
/// Parses "airport", "airbase", "port", "industrial"/"factory"/"sez", "town"/"city", anything else -> other.
[[nodiscard]] SiteKind parse_site_kind(std::string_view text) noexcept;

struct Site {
    std::string id;  ///< short stable id: ICAO code, UN/LOCODE, or the file's id column
    std::string name;
    SiteKind kind = SiteKind::other;
    std::string country;  ///< ISO 3166-1 alpha-2 where known
    geo::LatLon center;
    double radius_m = 0;               ///< circle around `center` (used when `polygon` is empty)
    std::vector<geo::LatLon> polygon;  ///< outline; when present it decides containment
    bool of_concern = false;           ///< from a sites-of-concern file (events name these first)
    bool approximate = false;          ///< centre is a town/city-level coordinate, not the facility
    std::string precision;             ///< as the source states it ("airport reference point", "city-level")
    std::string source;                ///< file:line it was read from
    std::string reference;             ///< the source the file cites for the coordinate, if any
    std::string note;
};

/// Default circle radii when a file gives none (metres). An airport reference point is usually within 2-3 km
/// of every runway end; a GFW anchorage uses 3 km to enter; a town-level port coordinate can be 10 km off.
struct SiteRadii {
    double airport_m = 5'000;
    double port_m = 3'000;
    double approximate_m = 15'000;
    double other_m = 5'000;
};

/// Sites with a spatial lookup (a grid of 0.25 degree cells keyed by each site's centre: lookups touch a
/// handful of sites even with thousands of airports and ports loaded). Add everything, then call build() once
/// before queries. build() keeps one site per id: a site of concern wins over a plain airport/port with the
/// same id (so an event does not name one airport twice), otherwise the first added wins.
class SiteIndex {
public:
    void add(Site site);  ///< a later build() is needed before the next query
    void build();
    [[nodiscard]] const std::vector<Site>& sites() const noexcept { return m_sites; }
    [[nodiscard]] const Site* find_id(std::string_view id) const noexcept;

    /// Sites whose outline (polygon, or circle of radius_m + `margin_m`) contains `p`, sites of concern
    /// first, then by distance from the centre.
    [[nodiscard]] std::vector<const Site*> containing(geo::LatLon p, double margin_m = 0) const;
    /// The best site containing `p` among `kinds` (of concern first, then nearest), or null.
    [[nodiscard]] const Site* best_containing(geo::LatLon p, std::initializer_list<SiteKind> kinds,
                                              double margin_m = 0) const;
    /// Nearest site of one of `kinds` within `max_m` of its centre, or null.
    [[nodiscard]] const Site* nearest(geo::LatLon p, std::initializer_list<SiteKind> kinds,
                                      double max_m) const;
    /// Distance in metres from `p` to the nearest site of one of `kinds` (infinity when there is none within
    /// `max_m`). Encounter and loitering use it with ports for "away from port".
    [[nodiscard]] double distance_to_nearest(geo::LatLon p, std::initializer_list<SiteKind> kinds,
                                             double max_m) const;

private:
    /// Calls visit(index) for each site whose centre lies in a grid cell within `reach_m` of `p` (sites.cpp).
    template <class Visit>
    void visit_near(geo::LatLon p, double reach_m, Visit&& visit) const;

    std::vector<Site> m_sites;
    std::vector<std::vector<std::uint32_t>> m_cells;  ///< site indices per non-empty cell (sites.cpp)
    std::vector<std::uint32_t> m_cell_keys;           ///< sorted cell keys, parallel to m_cells
    std::vector<std::uint32_t> m_by_id;               ///< site indices sorted by id (non-empty ids)
    double m_max_extent_m = 0;  ///< largest centre-to-outline distance: how far containing() must look
    bool m_built = false;
};

/// Reads sites from a CSV with a header containing at least lat and lon columns (names case-insensitive:
/// lat/latitude/latitude_deg, lon/lng/longitude/longitude_deg) and optionally site_id/id/icao/ident, name,
/// kind/type, country/iso, radius_m, precision, source, note. The shared sites_of_concern.csv layout,
/// OurAirports' airports CSV, GFW's ports CSV and NGA's World Port Index CSV all load. `of_concern` marks
/// every row. Rows whose precision says town/city level (or kind town/city) are approximate. Without a kind
/// column, an `icao` column makes every row an airport and WPI/GFW port columns a port. WPI rows get the id
/// "WPI-<number>" (its UN/LOCODE column repeats across ports); rows without an id get "<country>:<name>".
/// Empty fields past the header's width are dropped (a stray trailing comma). Throws cp::InputError with the
/// file and line for a malformed row (bad number, lat/lon out of range, wrong field count, bad quoting) and
/// loads nothing.
[[nodiscard]] std::vector<Site> load_sites_csv(const std::string& path, bool of_concern,
                                               const SiteRadii& radii = {});
/// Same, from text already read (`name` is used in error messages).
[[nodiscard]] std::vector<Site> parse_sites_csv(std::string_view text, const std::string& name,
                                                bool of_concern, const SiteRadii& radii = {});
/// Reads a GeoJSON FeatureCollection: Point features (with properties.radius_m or the default for their kind)
/// and Polygon/MultiPolygon features (outer ring of the first polygon); properties id/site_id, name, kind,
/// country, precision, note, of_concern (bool, default `of_concern`). Throws cp::InputError on bad input.
[[nodiscard]] std::vector<Site> load_sites_geojson(const std::string& path, bool of_concern,
                                                   const SiteRadii& radii = {});
[[nodiscard]] std::vector<Site> parse_sites_geojson(std::string_view text, const std::string& name,
                                                    bool of_concern, const SiteRadii& radii = {});
/// Loads a file by its extension (.geojson/.json -> GeoJSON, otherwise CSV).
[[nodiscard]] std::vector<Site> load_sites(const std::string& path, bool of_concern,
                                           const SiteRadii& radii = {});

/// The sites bundled with chokepoint (compiled in, so they work from any directory): the supply-chain sites
/// of concern (data/geo/sites_of_concern.csv, of_concern = true; circles only: no port outline with a
/// citable source was found), plus the airports (data/geo/airports.csv, OurAirports large and medium) and
/// ports (data/geo/ports.csv: NGA WPI + GFW) used for legs and port visits. Returns the built index (8,915
/// sites). Each call parses ~350 KB of CSV (~16 ms CPU): call it once and share the index.
[[nodiscard]] SiteIndex bundled_sites(const SiteRadii& radii = {});

}  // namespace cp::track
