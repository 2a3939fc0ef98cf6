// SPDX-License-Identifier: Apache-2.0
// Geodesy on a spherical Earth (mean radius 6371008.8 m), which is what ADS-B/AIS plausibility checks and
// GFW-style distance thresholds (kilometres) need; errors stay below 0.5% against WGS-84.
#pragma once

#include <span>

namespace cp::geo {

/// A WGS-84 position in degrees.
struct LatLon {
    double lat_deg = 0.0;
    double lon_deg = 0.0;
    friend bool operator==(const LatLon&, const LatLon&) = default;
};

inline constexpr double earth_radius_m = 6371008.8;
inline constexpr double metres_per_nautical_mile = 1852.0;

/// Great-circle distance in metres.
[[nodiscard]] double distance_m(LatLon a, LatLon b) noexcept;

/// Initial bearing from `from` to `to` in degrees, [0, 360).
[[nodiscard]] double bearing_deg(LatLon from, LatLon to) noexcept;

/// The point reached from `from` after `distance_m` metres on initial bearing `bearing_deg`.
[[nodiscard]] LatLon destination(LatLon from, double bearing_deg, double distance_m) noexcept;

/// True when `p` lies inside the simple polygon `ring` (first point need not repeat at the end).
/// Planar test in degrees: fine for port and airport outlines, which do not cross the antimeridian.
[[nodiscard]] bool inside_polygon(LatLon p, std::span<const LatLon> ring) noexcept;

}  // namespace cp::geo
