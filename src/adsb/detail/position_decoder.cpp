// SPDX-License-Identifier: Apache-2.0
// PositionDecoder: CPR pairing per aircraft and plausibility, plus the seen/known-address filter that
// confirms overlay addresses and the TC 31 version and NIC supplements that give positions their NIC. Pairing
// windows follow readsb/dump1090-fa: 10 s airborne, 25 s on the surface, 50 s on the surface at <= 25 kt.
// After a first global fix, single frames are decoded locally against the aircraft's last position (readsb
// does the same), falling back to the receiver. Speed check (a choice, readsb's is similar in spirit):
// distance from the last fix must not exceed 1 km + elapsed time at max(1.5 x ground speed, 100 kt surface /
// 1000 kt airborne).
#include <algorithm>
#include <cmath>

#include "adsb/cpr.hpp"

namespace cp::adsb {
namespace {

PositionReject reject_of(cpr::CprError error) noexcept {
    return error == cpr::CprError::zone_mismatch ? PositionReject::zone_mismatch
                                                 : PositionReject::bad_latitude;
}

}  // namespace

bool PositionDecoder::seen(std::uint32_t icao) const noexcept {
    if (m_known.contains(icao)) return true;
    const auto it = m_aircraft.find(icao);
    return it != m_aircraft.end() && it->second.verified;
}

void PositionDecoder::expire(std::int64_t t_unix_ms, std::int64_t max_age_ms) {
    std::erase_if(m_aircraft,
                  [&](const auto& entry) { return t_unix_ms - entry.second.last_seen_ms > max_age_ms; });
}

void PositionDecoder::update(Message& msg, std::int64_t t_unix_ms) {
    if (msg.address_source == AddressSource::none) return;
    // A supplied address is the caller's word (apply_known_address): it neither confirms nor feeds state.
    if (msg.address_source == AddressSource::supplied) return;
    const bool verified = msg.crc_ok && msg.address_source != AddressSource::overlay;
    if (!verified) {
        // Overlay addresses are unverified: do not create state for them (noise would fill the map).
        if (msg.address_source != AddressSource::overlay) return;
        const auto it = m_aircraft.find(msg.icao);
        if (it != m_aircraft.end() && it->second.verified) {
            msg.address_confirmed = true;
            it->second.last_seen_ms = t_unix_ms;
        } else if (m_known.contains(msg.icao)) {
            msg.address_confirmed = true;
        }
        return;
    }
    Aircraft& aircraft = m_aircraft[msg.icao];
    aircraft.verified = true;
    aircraft.last_seen_ms = t_unix_ms;
    if (msg.gs_kt) aircraft.gs_kt = msg.gs_kt;
    apply_integrity(msg, aircraft);
    if (msg.has_cpr) decode_position(msg, aircraft, t_unix_ms);
}

void PositionDecoder::apply_integrity(Message& msg, Aircraft& aircraft) noexcept {
    if (msg.tc == 31 && msg.version) {
        aircraft.version = msg.version;
        aircraft.nic_a = msg.nic_a.value_or(0) != 0;
        // NIC-C comes only in the surface subtype; an airborne TC 31 leaves the last one standing.
        if (msg.nic_c) aircraft.nic_c = *msg.nic_c != 0;
        return;
    }
    if (!msg.has_cpr || !aircraft.version) return;
    msg.nic =
        position_nic(msg.tc, *aircraft.version, aircraft.nic_a, msg.nic_b.value_or(false), aircraft.nic_c);
}

void PositionDecoder::decode_position(Message& msg, Aircraft& aircraft, std::int64_t t_unix_ms) const {
    CprFrame& slot = msg.cpr_odd ? aircraft.odd : aircraft.even;
    slot = {t_unix_ms, msg.cpr_lat, msg.cpr_lon, msg.cpr_surface};

    auto result = try_global(msg, aircraft, t_unix_ms);
    if (!result && result.error() == PositionReject::no_pair) result = try_local(msg, aircraft, t_unix_ms);
    if (!result) {
        msg.position_reject = result.error();
        return;
    }
    const PositionReject check = check_plausible(*result, msg, aircraft, t_unix_ms);
    if (check != PositionReject::none) {
        msg.position_reject = check;
        // A rejected fix also spoils the pair: wait for two fresh frames (readsb resets the same way).
        (msg.cpr_odd ? aircraft.even : aircraft.odd).t_ms = -1;
        return;
    }
    msg.lat_deg = result->lat_deg;
    msg.lon_deg = result->lon_deg;
    aircraft.position = *result;
    aircraft.position_t_ms = t_unix_ms;
}

Result<geo::LatLon, PositionReject> PositionDecoder::try_global(const Message& msg, const Aircraft& aircraft,
                                                                std::int64_t t_unix_ms) const {
    const CprFrame& other = msg.cpr_odd ? aircraft.even : aircraft.odd;
    if (other.t_ms < 0 || other.surface != msg.cpr_surface) return unexpected(PositionReject::no_pair);
    std::int64_t window = m_options.airborne_window_ms;
    if (msg.cpr_surface) {
        const bool slow = aircraft.gs_kt && *aircraft.gs_kt <= 25.0;
        window = slow ? m_options.slow_surface_window_ms : m_options.surface_window_ms;
    }
    if (t_unix_ms - other.t_ms > window) return unexpected(PositionReject::no_pair);
    const CprFrame& even = aircraft.even;
    const CprFrame& odd = aircraft.odd;
    if (!msg.cpr_surface) {
        auto pos = cpr::global_airborne(even.lat, even.lon, odd.lat, odd.lon, msg.cpr_odd);
        if (!pos) return unexpected(reject_of(pos.error()));
        return *pos;
    }
    std::optional<geo::LatLon> ref = aircraft.position ? aircraft.position : m_options.receiver;
    if (!ref) return unexpected(PositionReject::no_reference);
    auto pos = cpr::global_surface(*ref, even.lat, even.lon, odd.lat, odd.lon, msg.cpr_odd);
    if (!pos) return unexpected(reject_of(pos.error()));
    return *pos;
}

Result<geo::LatLon, PositionReject> PositionDecoder::try_local(const Message& msg, const Aircraft& aircraft,
                                                               std::int64_t t_unix_ms) const {
    std::optional<geo::LatLon> ref;
    if (aircraft.position && t_unix_ms - aircraft.position_t_ms <= m_options.local_max_age_ms) {
        ref = aircraft.position;
    } else if (msg.cpr_surface) {
        ref = m_options.receiver;  // the receiver hears surface traffic only within ~45 NM
    }
    if (!ref) return unexpected(msg.cpr_surface ? PositionReject::no_reference : PositionReject::no_pair);
    auto pos = cpr::local(*ref, msg.cpr_lat, msg.cpr_lon, msg.cpr_odd, msg.cpr_surface);
    if (!pos) return unexpected(reject_of(pos.error()));
    // A local decode is only unambiguous within half a zone of the reference.
    const double half_zone_m = (msg.cpr_surface ? 0.25 : 1.0) * 0.5 * (360.0 / 60.0) * 60.0 * 1852.0;
    if (geo::distance_m(*ref, *pos) > half_zone_m) return unexpected(PositionReject::out_of_range);
    return *pos;
}

PositionReject PositionDecoder::check_plausible(geo::LatLon pos, const Message& msg, const Aircraft& aircraft,
                                                std::int64_t t_unix_ms) const {
    if (m_options.receiver && m_options.max_range_m > 0 && !msg.cpr_surface &&
        geo::distance_m(*m_options.receiver, pos) > m_options.max_range_m) {
        return PositionReject::out_of_range;
    }
    if (!aircraft.position) return PositionReject::none;
    const double elapsed_s =
        std::max<double>(0.0, static_cast<double>(t_unix_ms - aircraft.position_t_ms) / 1000.0);
    const double floor_kt = msg.cpr_surface ? 100.0 : 1000.0;
    const double speed_kt = std::max(floor_kt, aircraft.gs_kt ? *aircraft.gs_kt * 1.5 : 0.0);
    const double allowed_m = 1000.0 + elapsed_s * speed_kt * 1852.0 / 3600.0;
    if (geo::distance_m(*aircraft.position, pos) > allowed_m) return PositionReject::implausible_speed;
    return PositionReject::none;
}

}  // namespace cp::adsb
