// SPDX-License-Identifier: Apache-2.0
// CPR pure maths (DO-260B §A.1.7.7-A.1.7.9; ICAO Doc 9871 §C.2.6): NL, global airborne/surface and
// local decoding. Raw CPR values are 17-bit (NB = 17); a "zone" is 360/(4*NZ - i) degrees of latitude
// airborne and a quarter of that on the surface. Row-by-row tests: test_cpr.cpp (readsb cprtests.c,
// pyModeS test_cpr.py and the 1090 MHz Riddle).
#include "adsb/cpr.hpp"

#include <algorithm>
#include <cmath>

namespace cp::adsb::cpr {
namespace {

// Latitudes where NL drops from 59 to 58, 58 to 57, ... 2 to 1: DO-260B Table A-21, i.e.
// acos(sqrt((1 - cos(pi / (2 NZ))) / (1 - cos(2 pi / NL)))) for NZ = 15 (checked in test_cpr.cpp).
constexpr double nl_transitions[58] = {
    10.4704713000, 14.8281743687, 18.1862635707, 21.0293949260, 23.5450448656, 25.8292470706, 27.9389871012,
    29.9113568573, 31.7720970768, 33.5399343630, 35.2289959780, 36.8502510759, 38.4124189241, 39.9225668433,
    41.3865183226, 42.8091401224, 44.1945495142, 45.5462672266, 46.8673325250, 48.1603912810, 49.4277643926,
    50.6715016555, 51.8934246917, 53.0951615280, 54.2781747227, 55.4437844450, 56.5931875621, 57.7274735387,
    58.8476377615, 59.9545927669, 61.0491777425, 62.1321665921, 63.2042747938, 64.2661652257, 65.3184530968,
    66.3617100838, 67.3964677408, 68.4232202208, 69.4424263114, 70.4545107499, 71.4598647303, 72.4588454473,
    73.4517744167, 74.4389341573, 75.4205625665, 76.3968439079, 77.3678946133, 78.3337408292, 79.2942822546,
    80.2492321328, 81.1980134927, 82.1395698051, 83.0719944472, 83.9917356298, 84.8916619070, 85.7554162094,
    86.5353699751, 87.0000000000,
};

constexpr double cpr_scale = 131072.0;  // 2^17

// Zone index of a local decode: the zone of the reference, moved by one when the encoded fraction is
// more than half a zone away from the reference's own fraction. The reference's fraction comes from
// the same floor() as its zone, so a reference exactly on a zone boundary cannot land in the zone
// above (pyModeS test_cpr.py line 107, a v2 numerical regression).
double zone_index(double ref_deg, double zone_deg, double frac) noexcept {
    const double zone = std::floor(ref_deg / zone_deg);
    const double ref_frac = (ref_deg - zone * zone_deg) / zone_deg;
    return zone + std::floor(0.5 + ref_frac - frac);
}

int imod(int value, int m) noexcept {
    const int r = value % m;
    return r < 0 ? r + m : r;
}

double normalise_lon(double lon) noexcept {
    while (lon >= 180.0) lon -= 360.0;
    while (lon < -180.0) lon += 360.0;
    return lon;
}

struct Lats {
    double even;
    double odd;
};

// Latitudes of the even and odd frame in zone units of `span_deg` (360 airborne, 90 surface).
Lats pair_latitudes(std::uint32_t even_lat, std::uint32_t odd_lat, double span_deg) noexcept {
    const double dlat_even = span_deg / 60.0;
    const double dlat_odd = span_deg / 59.0;
    const double lat0 = even_lat / cpr_scale;
    const double lat1 = odd_lat / cpr_scale;
    const auto j = static_cast<int>(std::floor(59.0 * lat0 - 60.0 * lat1 + 0.5));
    return {dlat_even * (imod(j, 60) + lat0), dlat_odd * (imod(j, 59) + lat1)};
}

// Longitude of the newer frame (before normalisation), given its latitude.
double pair_longitude(std::uint32_t even_lon, std::uint32_t odd_lon, bool odd_newer, double lat,
                      double span_deg) noexcept {
    const int nl_lat = nl(lat);
    const int ni = std::max(nl_lat - (odd_newer ? 1 : 0), 1);
    const double lon0 = even_lon / cpr_scale;
    const double lon1 = odd_lon / cpr_scale;
    const auto m = static_cast<int>(std::floor(lon0 * (nl_lat - 1) - lon1 * nl_lat + 0.5));
    return (span_deg / ni) * (imod(m, ni) + (odd_newer ? lon1 : lon0));
}

// A surface latitude in [0, 90) has a southern twin 90 degrees lower; take the one nearer `ref_lat`
// (a tie keeps the northern one). 0 also encodes both poles: +-90 when the reference is beyond 45
// degrees, as readsb does (its cprtests.c north-pole rows).
double surface_latitude(double lat, double ref_lat) noexcept {
    if (lat == 0.0) return ref_lat > 45.0 ? 90.0 : (ref_lat < -45.0 ? -90.0 : 0.0);
    return lat - ref_lat > 45.0 ? lat - 90.0 : lat;
}

}  // namespace

std::string_view to_string(CprError error) noexcept {
    switch (error) {
    case CprError::zone_mismatch:
        return "zone_mismatch";
    case CprError::bad_latitude:
        return "bad_latitude";
    }
    return "unknown";
}

int nl(double lat_deg) noexcept {
    const double abs_lat = std::fabs(lat_deg);
    // Count the transitions strictly below |lat|: the table is increasing, and at exactly 87 degrees
    // NL is still 2 (the Riddle and pyModeS vectors check that edge).
    const auto passed = std::lower_bound(std::begin(nl_transitions), std::end(nl_transitions), abs_lat) -
                        std::begin(nl_transitions);
    return 59 - static_cast<int>(passed);
}

Result<geo::LatLon, CprError> global_airborne(std::uint32_t even_lat, std::uint32_t even_lon,
                                              std::uint32_t odd_lat, std::uint32_t odd_lon,
                                              bool odd_newer) noexcept {
    Lats lats = pair_latitudes(even_lat, odd_lat, 360.0);
    if (lats.even >= 270.0) lats.even -= 360.0;  // southern hemisphere
    if (lats.odd >= 270.0) lats.odd -= 360.0;
    if (std::fabs(lats.even) > 90.0 || std::fabs(lats.odd) > 90.0) return unexpected(CprError::bad_latitude);
    if (nl(lats.even) != nl(lats.odd)) return unexpected(CprError::zone_mismatch);
    const double lat = odd_newer ? lats.odd : lats.even;
    const double lon = pair_longitude(even_lon, odd_lon, odd_newer, lat, 360.0);
    return geo::LatLon{lat, normalise_lon(lon)};
}

Result<geo::LatLon, CprError> global_surface(geo::LatLon ref, std::uint32_t even_lat, std::uint32_t even_lon,
                                             std::uint32_t odd_lat, std::uint32_t odd_lon,
                                             bool odd_newer) noexcept {
    Lats lats = pair_latitudes(even_lat, odd_lat, 90.0);
    lats.even = surface_latitude(lats.even, ref.lat_deg);
    lats.odd = surface_latitude(lats.odd, ref.lat_deg);
    if (nl(lats.even) != nl(lats.odd)) return unexpected(CprError::zone_mismatch);
    const double lat = odd_newer ? lats.odd : lats.even;
    double lon = pair_longitude(even_lon, odd_lon, odd_newer, lat, 90.0);
    // Four longitude candidates 90 degrees apart: the one within 45 degrees of the reference. On an
    // exact tie the eastern one wins, as in readsb (its cprtests.c surface rows at +-45 degrees).
    lon += std::floor((ref.lon_deg - lon + 45.0) / 90.0) * 90.0;
    return geo::LatLon{lat, normalise_lon(lon)};
}

Result<geo::LatLon, CprError> local(geo::LatLon ref, std::uint32_t cpr_lat, std::uint32_t cpr_lon, bool odd,
                                    bool surface) noexcept {
    const double span = surface ? 90.0 : 360.0;
    const double dlat = span / (odd ? 59.0 : 60.0);
    const double lat_frac = cpr_lat / cpr_scale;
    const double j = zone_index(ref.lat_deg, dlat, lat_frac);
    const double lat = dlat * (j + lat_frac);
    if (std::fabs(lat) > 90.0) return unexpected(CprError::bad_latitude);
    const int ni = std::max(nl(lat) - (odd ? 1 : 0), 1);
    const double dlon = span / ni;
    const double lon_frac = cpr_lon / cpr_scale;
    const double m = zone_index(ref.lon_deg, dlon, lon_frac);
    return geo::LatLon{lat, normalise_lon(dlon * (m + lon_frac))};
}

}  // namespace cp::adsb::cpr
