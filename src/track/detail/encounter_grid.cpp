// SPDX-License-Identifier: Apache-2.0
// The encounter grid (see encounter_grid.hpp). Cell indices count 0.01 degree steps from -90/-180 degrees.
#include "track/detail/encounter_grid.hpp"

#include <algorithm>
#include <cmath>

namespace cp::track::detail {
namespace {

constexpr double cell_deg = 0.01;
constexpr double metres_per_deg = 111'195.0;  // spherical Earth, mean radius
constexpr std::int64_t lon_cells = 36'000;

std::int64_t lat_index(double lat_deg) noexcept {
    return static_cast<std::int64_t>(std::floor((lat_deg + 90.0) / cell_deg));
}
std::int64_t lon_index(double lon_deg) noexcept {
    return static_cast<std::int64_t>(std::floor((lon_deg + 180.0) / cell_deg));
}
std::uint64_t key(std::int64_t lat_idx, std::int64_t lon_idx) noexcept {
    const std::int64_t wrapped = ((lon_idx % lon_cells) + lon_cells) % lon_cells;  // across the antimeridian
    return (static_cast<std::uint64_t>(lat_idx) << 32) | static_cast<std::uint64_t>(wrapped);
}

}  // namespace

std::uint64_t EncounterGrid::cell_of(AisPoint p) noexcept {
    const geo::LatLon ll = p.latlon();
    return key(lat_index(ll.lat_deg), lon_index(ll.lon_deg));
}

void EncounterGrid::insert(std::uint32_t mmsi, std::uint64_t cell) {
    m_cells[cell].push_back(mmsi);
}

void EncounterGrid::remove(std::uint32_t mmsi, std::uint64_t cell) {
    const auto it = m_cells.find(cell);
    if (it == m_cells.end()) return;
    auto& list = it->second;
    const auto pos = std::find(list.begin(), list.end(), mmsi);
    if (pos == list.end()) return;
    *pos = list.back();
    list.pop_back();
    if (list.empty()) m_cells.erase(it);
}

void EncounterGrid::for_each_near(AisPoint p, double radius_m,
                                  const std::function<void(std::uint32_t)>& fn) const {
    const geo::LatLon ll = p.latlon();
    const std::int64_t lat0 = lat_index(ll.lat_deg);
    const std::int64_t lon0 = lon_index(ll.lon_deg);
    const auto lat_span = static_cast<std::int64_t>(std::ceil(radius_m / (cell_deg * metres_per_deg)));
    // Near the poles a degree of longitude shrinks: widen the span, but never beyond the whole circle.
    const double cos_lat =
        std::max(std::cos((std::fabs(ll.lat_deg) + cell_deg * lat_span) * M_PI / 180.0), 1e-3);
    const auto lon_span = std::min<std::int64_t>(
        static_cast<std::int64_t>(std::ceil(radius_m / (cell_deg * metres_per_deg * cos_lat))),
        lon_cells / 2);
    for (std::int64_t lat_idx = lat0 - lat_span; lat_idx <= lat0 + lat_span; ++lat_idx) {
        if (lat_idx < 0 || lat_idx >= 18'000) continue;
        for (std::int64_t lon_idx = lon0 - lon_span; lon_idx <= lon0 + lon_span; ++lon_idx) {
            const auto it = m_cells.find(key(lat_idx, lon_idx));
            if (it == m_cells.end()) continue;
            for (const std::uint32_t mmsi : it->second) fn(mmsi);
        }
    }
}

std::size_t EncounterGrid::memory_bytes() const noexcept {
    std::size_t bytes = m_cells.bucket_count() * sizeof(void*);
    for (const auto& [cell, list] : m_cells) bytes += 48 + list.capacity() * sizeof(std::uint32_t);
    return bytes;
}

}  // namespace cp::track::detail
