// SPDX-License-Identifier: Apache-2.0
// SiteIndex: sites bucketed by the 0.25 degree grid cell of their centre. A query visits every cell its reach
// can touch (one binary search per grid row, wrapping at the antimeridian, all longitudes near the poles), so
// results are exact whatever the radius; containing() widens its reach by the largest site extent.
// Tested in tests/unit/track/test_sites_index.cpp (edges, wrap, big radii) and against the bundled sites.
#include "track/sites.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/assert.hpp"

namespace cp::track {

namespace {

constexpr double cell_deg = 0.25;
constexpr std::uint32_t rows = 720;   // 180 / 0.25
constexpr std::uint32_t cols = 1440;  // 360 / 0.25
constexpr double metres_per_deg_lat = geo::earth_radius_m * 3.14159265358979323846 / 180.0;
constexpr double half_circumference_m = metres_per_deg_lat * 180.0;

std::uint32_t row_of(double lat_deg) {
    const auto row = static_cast<std::int64_t>(std::floor((lat_deg + 90.0) / cell_deg));
    return static_cast<std::uint32_t>(std::clamp<std::int64_t>(row, 0, rows - 1));
}

std::uint32_t col_of(double lon_deg) {
    const auto col = static_cast<std::int64_t>(std::floor((lon_deg + 180.0) / cell_deg));
    return static_cast<std::uint32_t>(((col % cols) + cols) % cols);
}

std::uint32_t cell_key(geo::LatLon p) {
    return row_of(p.lat_deg) * cols + col_of(p.lon_deg);
}

bool kind_in(SiteKind kind, std::initializer_list<SiteKind> kinds) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

/// Distance in metres from `p` to segment a-b, planar in a local equirectangular frame around `p`: outlines
/// are a few kilometres across, where the error is far below GPS noise.
double segment_distance_m(geo::LatLon p, geo::LatLon a, geo::LatLon b) {
    const double kx = metres_per_deg_lat * std::cos(p.lat_deg * 3.14159265358979323846 / 180.0);
    const double ax = (a.lon_deg - p.lon_deg) * kx;
    const double ay = (a.lat_deg - p.lat_deg) * metres_per_deg_lat;
    const double bx = (b.lon_deg - p.lon_deg) * kx;
    const double by = (b.lat_deg - p.lat_deg) * metres_per_deg_lat;
    const double dx = bx - ax;
    const double dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(ax + t * dx, ay + t * dy);
}

bool site_contains(const Site& site, geo::LatLon p, double margin_m) {
    if (site.polygon.empty()) return geo::distance_m(site.center, p) <= site.radius_m + margin_m;
    if (geo::inside_polygon(p, site.polygon)) return true;
    if (margin_m <= 0) return false;
    for (std::size_t vertex_idx = 0; vertex_idx < site.polygon.size(); ++vertex_idx) {
        const auto& next = site.polygon[(vertex_idx + 1) % site.polygon.size()];
        if (segment_distance_m(p, site.polygon[vertex_idx], next) <= margin_m) return true;
    }
    return false;
}

double extent_m(const Site& site) {
    double extent = site.radius_m;
    for (const auto& vertex : site.polygon) extent = std::max(extent, geo::distance_m(site.center, vertex));
    return extent;
}

}  // namespace

std::string_view to_string(SiteKind kind) noexcept {
    switch (kind) {
    case SiteKind::airport:
        return "airport";
    case SiteKind::airbase:
        return "airbase";
    case SiteKind::port:
        return "port";
    case SiteKind::industrial:
        return "industrial";
    case SiteKind::town:
        return "town";
    case SiteKind::other:
        return "other";
    }
    return "other";
}

SiteKind parse_site_kind(std::string_view text) noexcept {
    std::string lower;
    for (char c : text) {
        if (c == ' ' || c == '\t') continue;
        lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    // OurAirports' own type column says large_airport / medium_airport / small_airport.
    if (lower == "airport" || lower == "large_airport" || lower == "medium_airport" ||
        lower == "small_airport" || lower == "airfield") {
        return SiteKind::airport;
    }
    if (lower == "airbase" || lower == "air_base" || lower == "military_airbase") return SiteKind::airbase;
    if (lower == "port" || lower == "seaport" || lower == "anchorage") return SiteKind::port;
    if (lower == "industrial" || lower == "factory" || lower == "sez") return SiteKind::industrial;
    if (lower == "town" || lower == "city") return SiteKind::town;
    return SiteKind::other;
}

void SiteIndex::add(Site site) {
    m_sites.push_back(std::move(site));
    m_built = false;
}

void SiteIndex::build() {
    // One site per id: of concern beats plain, then the first added (stable sort keeps insertion order).
    std::vector<std::uint32_t> order(m_sites.size());
    for (std::uint32_t site_idx = 0; site_idx < order.size(); ++site_idx) order[site_idx] = site_idx;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (m_sites[a].id != m_sites[b].id) return m_sites[a].id < m_sites[b].id;
        return m_sites[a].of_concern && !m_sites[b].of_concern;
    });
    std::vector<bool> keep(m_sites.size(), true);
    for (std::size_t pos = 1; pos < order.size(); ++pos) {
        const auto& id = m_sites[order[pos]].id;
        if (!id.empty() && id == m_sites[order[pos - 1]].id) keep[order[pos]] = false;
    }
    std::vector<Site> kept;
    kept.reserve(m_sites.size());
    for (std::size_t site_idx = 0; site_idx < m_sites.size(); ++site_idx) {
        if (keep[site_idx]) kept.push_back(std::move(m_sites[site_idx]));
    }
    m_sites = std::move(kept);

    std::vector<std::pair<std::uint32_t, std::uint32_t>> keyed;  // (cell key, site index)
    keyed.reserve(m_sites.size());
    m_by_id.clear();
    m_max_extent_m = 0;
    for (std::uint32_t site_idx = 0; site_idx < m_sites.size(); ++site_idx) {
        keyed.emplace_back(cell_key(m_sites[site_idx].center), site_idx);
        if (!m_sites[site_idx].id.empty()) m_by_id.push_back(site_idx);
        m_max_extent_m = std::max(m_max_extent_m, extent_m(m_sites[site_idx]));
    }
    std::sort(keyed.begin(), keyed.end());
    std::sort(m_by_id.begin(), m_by_id.end(),
              [&](std::uint32_t a, std::uint32_t b) { return m_sites[a].id < m_sites[b].id; });
    m_cell_keys.clear();
    m_cells.clear();
    for (const auto& [key, site_idx] : keyed) {
        if (m_cell_keys.empty() || m_cell_keys.back() != key) {
            m_cell_keys.push_back(key);
            m_cells.emplace_back();
        }
        m_cells.back().push_back(site_idx);
    }
    m_built = true;
}

const Site* SiteIndex::find_id(std::string_view id) const noexcept {
    CP_ASSERT(m_built, "SiteIndex::build() must run before queries");
    const auto it =
        std::lower_bound(m_by_id.begin(), m_by_id.end(), id,
                         [&](std::uint32_t idx, std::string_view v) { return m_sites[idx].id < v; });
    if (it == m_by_id.end() || m_sites[*it].id != id) return nullptr;
    return &m_sites[*it];
}

template <class Visit>
void SiteIndex::visit_near(geo::LatLon p, double reach_m, Visit&& visit) const {
    CP_ASSERT(m_built, "SiteIndex::build() must run before queries");
    if (m_cell_keys.empty() || !(reach_m >= 0) || !std::isfinite(p.lat_deg) || !std::isfinite(p.lon_deg))
        return;
    // Half the circumference reaches every point on Earth; capping keeps the cell arithmetic finite.
    reach_m = std::min(reach_m, half_circumference_m);
    const double dlat = reach_m / metres_per_deg_lat;
    const double lat_lo = p.lat_deg - dlat;
    const double lat_hi = p.lat_deg + dlat;
    const std::uint32_t row_lo = row_of(lat_lo);
    const std::uint32_t row_hi = row_of(lat_hi);
    // Longitude span at the latitude of the reach farthest from the equator; all longitudes when that reaches
    // a pole or the span covers the globe.
    const double max_abs_lat = std::max(std::abs(lat_lo), std::abs(lat_hi));
    bool all_cols = max_abs_lat >= 89.0;
    double dlon = 0;
    if (!all_cols) {
        dlon = dlat / std::cos(max_abs_lat * 3.14159265358979323846 / 180.0);
        all_cols = dlon >= 179.0;
    }
    const auto visit_range = [&](std::uint32_t row, std::uint32_t col_lo, std::uint32_t col_hi) {
        const std::uint32_t key_lo = row * cols + col_lo;
        const std::uint32_t key_hi = row * cols + col_hi;
        auto it = std::lower_bound(m_cell_keys.begin(), m_cell_keys.end(), key_lo);
        for (; it != m_cell_keys.end() && *it <= key_hi; ++it) {
            for (std::uint32_t site_idx : m_cells[static_cast<std::size_t>(it - m_cell_keys.begin())]) {
                visit(site_idx);
            }
        }
    };
    for (std::uint32_t row = row_lo; row <= row_hi; ++row) {
        if (all_cols) {
            visit_range(row, 0, cols - 1);
            continue;
        }
        const std::uint32_t col_lo = col_of(p.lon_deg - dlon);
        const std::uint32_t col_hi = col_of(p.lon_deg + dlon);
        if (col_lo <= col_hi) {
            visit_range(row, col_lo, col_hi);
        } else {  // wraps across the antimeridian
            visit_range(row, col_lo, cols - 1);
            visit_range(row, 0, col_hi);
        }
    }
}

std::vector<const Site*> SiteIndex::containing(geo::LatLon p, double margin_m) const {
    std::vector<std::pair<double, const Site*>> hits;
    visit_near(p, m_max_extent_m + std::max(margin_m, 0.0), [&](std::uint32_t site_idx) {
        const Site& site = m_sites[site_idx];
        if (site_contains(site, p, margin_m)) hits.emplace_back(geo::distance_m(site.center, p), &site);
    });
    std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
        if (a.second->of_concern != b.second->of_concern) return a.second->of_concern;
        if (a.first != b.first) return a.first < b.first;
        return a.second->id < b.second->id;
    });
    std::vector<const Site*> out;
    out.reserve(hits.size());
    for (const auto& hit : hits) out.push_back(hit.second);
    return out;
}

const Site* SiteIndex::best_containing(geo::LatLon p, std::initializer_list<SiteKind> kinds,
                                       double margin_m) const {
    for (const Site* site : containing(p, margin_m)) {
        if (kind_in(site->kind, kinds)) return site;
    }
    return nullptr;
}

const Site* SiteIndex::nearest(geo::LatLon p, std::initializer_list<SiteKind> kinds, double max_m) const {
    // Widening search: every site within `reach` of p is visited, so a best hit within `reach` is the nearest
    // of all. Starting at 25 km keeps "away from port" checks with a 1,000 km cap to a few cells at sea.
    const double cap_m = std::min(max_m, half_circumference_m);
    double reach = std::min(cap_m, 25'000.0);
    for (;;) {
        const Site* best = nullptr;
        double best_m = std::numeric_limits<double>::infinity();
        visit_near(p, reach, [&](std::uint32_t site_idx) {
            const Site& site = m_sites[site_idx];
            if (!kind_in(site.kind, kinds)) return;
            const double d = geo::distance_m(site.center, p);
            if (d > max_m) return;
            // Equal distances: a site of concern first, then the smaller id, so results do not depend on
            // order.
            if (best == nullptr || d < best_m ||
                (d == best_m && (site.of_concern > best->of_concern ||
                                 (site.of_concern == best->of_concern && site.id < best->id)))) {
                best = &site;
                best_m = d;
            }
        });
        if (best_m <= reach || reach >= cap_m || !(reach > 0)) return best;
        reach = std::min(cap_m, reach * 4);
    }
}

double SiteIndex::distance_to_nearest(geo::LatLon p, std::initializer_list<SiteKind> kinds,
                                      double max_m) const {
    const Site* site = nearest(p, kinds, max_m);
    return site != nullptr ? geo::distance_m(site->center, p) : std::numeric_limits<double>::infinity();
}

}  // namespace cp::track
