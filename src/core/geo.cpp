// SPDX-License-Identifier: Apache-2.0
// Geodesy through Boost.Geometry's spherical strategies rather than hand-written trigonometry.
#include "core/geo.hpp"

#include <cmath>
#include <vector>

#include <boost/geometry.hpp>

namespace cp::geo {

namespace bg = boost::geometry;
using SphPoint = bg::model::point<double, 2, bg::cs::spherical_equatorial<bg::degree>>;
using PlanarPoint = bg::model::d2::point_xy<double>;

namespace {
SphPoint to_sph(LatLon p) {
    return SphPoint(p.lon_deg, p.lat_deg);
}
constexpr double deg_to_rad = 3.14159265358979323846 / 180.0;
}  // namespace

double distance_m(LatLon a, LatLon b) noexcept {
    return bg::distance(to_sph(a), to_sph(b), bg::strategy::distance::haversine<double>(earth_radius_m));
}

double bearing_deg(LatLon from, LatLon to) noexcept {
    const double azimuth =
        bg::formula::spherical_azimuth<double, false>(from.lon_deg * deg_to_rad, from.lat_deg * deg_to_rad,
                                                      to.lon_deg * deg_to_rad, to.lat_deg * deg_to_rad)
            .azimuth /
        deg_to_rad;
    return std::fmod(azimuth + 360.0, 360.0);
}

LatLon destination(LatLon from, double bearing, double distance) noexcept {
    const auto result = bg::formula::spherical_direct<true, false>(
        from.lon_deg * deg_to_rad, from.lat_deg * deg_to_rad, distance / earth_radius_m, bearing * deg_to_rad,
        bg::srs::sphere<double>(1.0));
    double lon = result.lon2 / deg_to_rad;
    lon = std::fmod(lon + 540.0, 360.0) - 180.0;
    return {result.lat2 / deg_to_rad, lon};
}

bool inside_polygon(LatLon p, std::span<const LatLon> ring) noexcept {
    if (ring.size() < 3) return false;
    bg::model::polygon<PlanarPoint, true, false> polygon;
    for (const auto& vertex : ring) bg::append(polygon.outer(), PlanarPoint(vertex.lon_deg, vertex.lat_deg));
    bg::correct(polygon);
    return bg::covered_by(PlanarPoint(p.lon_deg, p.lat_deg), polygon);
}

}  // namespace cp::geo
