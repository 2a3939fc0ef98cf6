// SPDX-License-Identifier: Apache-2.0
// Truth of scripted objects over time: flights fly the great circle with a linear speed ramp during the
// climb and the descent (~1500 ft/min), ships sail great circles or drift on a course; plus durations and the
// IMO check digit. Deterministic and pure.
#include "sim/detail/motion.hpp"

#include <algorithm>
#include <cmath>

#include "core/imo.hpp"
#include "sim/scenario.hpp"

namespace cp::sim {
namespace {

using detail::climb_rate_fpm;

constexpr double mps_per_kt = geo::metres_per_nautical_mile / 3600.0;

template <typename Leg>
const Leg& leg_at(const std::vector<Leg>& legs, std::int64_t t_ms) noexcept {
    for (const Leg& leg : legs) {
        if (t_ms < leg.time.end_ms) return leg;
    }
    return legs.back();
}

// Distance flown after `elapsed_s` of a leg with a speed ramp slow -> cruise over `ramp_s`.
double ramp_distance_m(const AircraftLeg& leg, double elapsed_s, double ramp_s) noexcept {
    const double slow = leg.slow_kt * mps_per_kt;
    const double cruise = leg.cruise_kt * mps_per_kt;
    if (elapsed_s <= ramp_s) return slow * elapsed_s + (cruise - slow) * elapsed_s * elapsed_s / (2 * ramp_s);
    return (slow + cruise) / 2 * ramp_s + cruise * (elapsed_s - ramp_s);
}

AircraftState flight_state(const AircraftLeg& leg, std::int64_t t_ms) noexcept {
    const double total_s = static_cast<double>(leg.time.end_ms - leg.time.start_ms) / 1000.0;
    const double t_s = std::clamp(static_cast<double>(t_ms - leg.time.start_ms) / 1000.0, 0.0, total_s);
    const double ramp_s = static_cast<double>(leg.climb_ms) / 1000.0;
    const double left_s = total_s - t_s;
    AircraftState state;
    state.on_ground = false;
    double distance = 0;
    if (left_s < ramp_s) {  // descent: the climb profile mirrored from the arrival
        distance = leg.distance_m - ramp_distance_m(leg, left_s, ramp_s);
        state.gs_kt = leg.slow_kt + (leg.cruise_kt - leg.slow_kt) * left_s / ramp_s;
        state.alt_ft = static_cast<std::int32_t>(leg.cruise_alt_ft * left_s / ramp_s);
        state.vertical_rate_fpm = -climb_rate_fpm;
    } else {
        distance = ramp_distance_m(leg, t_s, ramp_s);
        const double climb_part = std::min(t_s / ramp_s, 1.0);
        state.gs_kt = leg.slow_kt + (leg.cruise_kt - leg.slow_kt) * climb_part;
        state.alt_ft = static_cast<std::int32_t>(leg.cruise_alt_ft * climb_part);
        state.vertical_rate_fpm = t_s < ramp_s ? climb_rate_fpm : 0;
    }
    const double initial_bearing = geo::bearing_deg(leg.from, leg.to);
    state.pos = geo::destination(leg.from, initial_bearing, std::clamp(distance, 0.0, leg.distance_m));
    // Track: bearing to the destination (the great circle's local direction), kept near the end.
    state.track_deg = geo::distance_m(state.pos, leg.to) > 100 ? geo::bearing_deg(state.pos, leg.to)
                                                               : geo::bearing_deg(leg.from, leg.to);
    return state;
}

}  // namespace

AircraftLeg detail::plan_flight(geo::LatLon from, geo::LatLon to, std::int64_t start_ms, double cruise_kt,
                                std::int32_t cruise_alt_ft) noexcept {
    AircraftLeg leg;
    leg.kind = AircraftLeg::Kind::flight;
    leg.from = from;
    leg.to = to;
    leg.cruise_kt = cruise_kt;
    leg.slow_kt = std::min(160.0, cruise_kt);
    leg.distance_m = geo::distance_m(from, to);
    double alt = cruise_alt_ft;
    auto climb_s = [&alt] { return alt / climb_rate_fpm * 60.0; };
    const double mean_mps = (leg.slow_kt + cruise_kt) / 2 * mps_per_kt;
    // A hop too short to reach the cruise level turns at the altitude where climb and descent meet.
    if (2 * mean_mps * climb_s() > leg.distance_m) alt = alt * leg.distance_m / (2 * mean_mps * climb_s());
    leg.cruise_alt_ft = static_cast<std::int32_t>(alt);
    leg.climb_ms = std::max<std::int64_t>(1000, static_cast<std::int64_t>(climb_s() * 1000.0));
    const double ramp_s = static_cast<double>(leg.climb_ms) / 1000.0;
    const double cruise_m = std::max(0.0, leg.distance_m - 2 * mean_mps * ramp_s);
    const double total_s = 2 * ramp_s + cruise_m / (cruise_kt * mps_per_kt);
    leg.time = {start_ms, start_ms + static_cast<std::int64_t>(std::ceil(total_s * 1000.0))};
    return leg;
}

AircraftState aircraft_state(const Aircraft& aircraft, std::int64_t t_ms) noexcept {
    if (aircraft.legs.empty()) return {};
    const AircraftLeg& leg = leg_at(aircraft.legs, t_ms);
    if (leg.kind == AircraftLeg::Kind::flight) return flight_state(leg, t_ms);
    AircraftState state;
    state.pos = leg.from;
    return state;
}

bool aircraft_transmits(const Aircraft& aircraft, std::int64_t t_ms) noexcept {
    if (aircraft.legs.empty() || t_ms < aircraft.legs.front().time.start_ms ||
        t_ms >= aircraft.legs.back().time.end_ms) {
        return false;
    }
    return std::none_of(aircraft.silent.begin(), aircraft.silent.end(),
                        [t_ms](const Interval& gap) { return gap.contains(t_ms); });
}

std::uint16_t aircraft_squawk(const Aircraft& aircraft, std::int64_t t_ms) noexcept {
    for (const SquawkInterval& code : aircraft.squawks) {
        if (code.time.contains(t_ms)) return code.squawk;
    }
    return aircraft.squawk;
}

VesselState vessel_state(const Vessel& vessel, std::int64_t t_ms) noexcept {
    if (vessel.legs.empty()) return {};
    const VesselLeg& leg = leg_at(vessel.legs, t_ms);
    VesselState state;
    state.pos = leg.from;
    if (leg.kind == VesselLeg::Kind::moored) return state;
    state.moored = false;
    state.sog_kt = leg.speed_kt;
    const double t_s =
        std::max(0.0, static_cast<double>(std::min(t_ms, leg.time.end_ms) - leg.time.start_ms) / 1000.0);
    const double distance = leg.speed_kt * mps_per_kt * t_s;
    const double initial =
        leg.kind == VesselLeg::Kind::drift ? leg.course_deg : geo::bearing_deg(leg.from, leg.to);
    state.pos = geo::destination(leg.from, initial, distance);
    state.cog_deg = leg.kind == VesselLeg::Kind::drift || geo::distance_m(state.pos, leg.to) < 50
                        ? initial
                        : geo::bearing_deg(state.pos, leg.to);
    return state;
}

bool vessel_transmits(const Vessel& vessel, std::int64_t t_ms) noexcept {
    if (vessel.legs.empty() || t_ms < vessel.legs.front().time.start_ms ||
        t_ms >= vessel.legs.back().time.end_ms) {
        return false;
    }
    return std::none_of(vessel.dark.begin(), vessel.dark.end(),
                        [t_ms](const Interval& gap) { return gap.contains(t_ms); });
}

VesselIdentity vessel_identity(const Vessel& vessel, std::int64_t t_ms) {
    VesselIdentity identity = vessel.identity;
    for (const IdentityChange& change : vessel.changes) {
        if (change.t_ms > t_ms) break;
        if (change.mmsi) identity.mmsi = *change.mmsi;
        if (change.imo) identity.imo = *change.imo;
        if (change.name) identity.name = *change.name;
        if (change.call_sign) identity.call_sign = *change.call_sign;
    }
    return identity;
}

std::optional<std::int64_t> parse_duration(std::string_view text) noexcept {
    std::int64_t total = 0;
    bool any = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::int64_t value = 0;
        const std::size_t digits_start = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - digits_start < 7) {
            value = value * 10 + (text[pos] - '0');
            ++pos;
        }
        if (pos == digits_start || pos >= text.size()) return std::nullopt;
        const char unit = text[pos++];
        if (unit == 'h') {
            total += value * 3'600'000;
        } else if (unit == 'm') {
            total += value * 60'000;
        } else if (unit == 's') {
            total += value * 1'000;
        } else {
            return std::nullopt;
        }
        any = true;
        if (total > 1'000'000'000'000'000LL) return std::nullopt;  // far beyond any script: no overflow
    }
    if (!any) return std::nullopt;
    return total;
}

bool valid_imo(std::uint32_t imo) noexcept {
    return cp::imo::valid(imo);
}

}  // namespace cp::sim
