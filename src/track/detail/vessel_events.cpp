// SPDX-License-Identifier: Apache-2.0
// What vessel events are built from: the vessel as an ObjectRef, evidence points, site references, plus the
// small helpers of vessel_state.hpp (string pool, ship type text, short-range distance).
#include <cmath>
#include <string>

#include "track/detail/vessel_impl.hpp"

namespace cp::track {

namespace detail {

std::uint32_t StringPool::intern(std::string_view text) {
    if (text.empty()) return 0;
    const auto it = m_ids.find(text);
    if (it != m_ids.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(m_strings.size());
    m_strings.emplace_back(text);  // a deque never moves its elements: the view key stays valid
    m_ids.emplace(std::string_view(m_strings.back()), id);
    return id;
}

std::size_t StringPool::memory_bytes() const noexcept {
    std::size_t bytes = m_strings.size() * sizeof(std::string) + m_ids.bucket_count() * sizeof(void*);
    for (const std::string& s : m_strings) bytes += s.capacity() + 1 + 40;  // heap buffer + map node
    return bytes;
}

std::string_view ship_type_text(std::uint8_t code) noexcept {
    // ITU-R M.1371-5 Annex 8 Table 53: the first digit gives the class, 30-39 are named one by one.
    switch (code) {
    case 30:
        return "fishing";
    case 31:
    case 32:
        return "towing";
    case 33:
        return "dredging or underwater operations";
    case 34:
        return "diving operations";
    case 35:
        return "military operations";
    case 36:
        return "sailing";
    case 37:
        return "pleasure craft";
    case 50:
        return "pilot vessel";
    case 51:
        return "search and rescue vessel";
    case 52:
        return "tug";
    case 53:
        return "port tender";
    case 54:
        return "anti-pollution equipment";
    case 55:
        return "law enforcement";
    case 58:
        return "medical transport";
    default:
        break;
    }
    switch (code / 10) {
    case 2:
        return "wing in ground";
    case 4:
        return "high-speed craft";
    case 6:
        return "passenger";
    case 7:
        return "cargo";
    case 8:
        return "tanker";
    case 9:
        return "other";
    default:
        return code == 0 ? "" : "other";
    }
}

double approx_distance_m(geo::LatLon a, geo::LatLon b) noexcept {
    constexpr double rad = M_PI / 180.0;
    double dlon = b.lon_deg - a.lon_deg;
    if (dlon > 180) dlon -= 360;
    if (dlon < -180) dlon += 360;
    const double x = dlon * rad * std::cos((a.lat_deg + b.lat_deg) * 0.5 * rad);
    const double y = (b.lat_deg - a.lat_deg) * rad;
    return std::sqrt(x * x + y * y) * geo::earth_radius_m;
}

}  // namespace detail

ObjectRef VesselTracker::Impl::object_ref(std::uint32_t mmsi, const detail::VesselState& v) const {
    ObjectRef ref;
    ref.kind = ObjectKind::vessel;
    ref.id = std::to_string(mmsi);
    ref.name = strings.get(v.name_id);
    if (v.imo != 0) ref.imo = std::to_string(v.imo);
    ref.call_sign = strings.get(v.call_sign_id);
    if (ctx.mid_flags != nullptr) ref.country = std::string(ctx.mid_flags->flag(mmsi));
    ref.type = std::string(detail::ship_type_text(v.ship_type));
    return ref;
}

std::string VesselTracker::Impl::label(std::uint32_t mmsi, const detail::VesselState& v) const {
    const std::string& name = strings.get(v.name_id);
    if (name.empty()) return "MMSI " + std::to_string(mmsi);
    return name + " (MMSI " + std::to_string(mmsi) + ")";
}

void VesselTracker::Impl::emit(Event&& event) const {
    if (ctx.sink) ctx.sink(std::move(event));
}

EvidencePoint vessel_evidence(std::uint32_t mmsi, detail::AisPoint p, std::int64_t t_ms, double sog_kt,
                              std::string note) {
    EvidencePoint point;
    point.t_ms = t_ms;
    point.position = p.latlon();
    if (sog_kt >= 0) point.speed_kt = sog_kt;
    point.object_id = std::to_string(mmsi);
    point.note = std::move(note);
    return point;
}

SiteRef site_ref(const Site& site, std::string role) {
    SiteRef ref;
    ref.id = site.id;
    ref.name = site.name;
    ref.role = std::move(role);
    ref.of_concern = site.of_concern;
    ref.approximate = site.approximate;
    return ref;
}

}  // namespace cp::track
