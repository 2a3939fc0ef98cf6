// SPDX-License-Identifier: Apache-2.0
// ADS-B schedule of one scripted aircraft, at the DO-260B rates divided by RateScale::adsb: airborne position
// and velocity 2/s each (even/odd alternating), identification every 5 s, surface position 2/s moving or
// every 5 s stopped, TC 28 emergency status every 1 s while squawking 7500/7600/7700; plus the Mode S replies
// a ground radar would elicit: DF5 identity every 5 s and DF4 altitude every 5 s when airborne.
#include <cmath>

#include "adsb/encode.hpp"
#include "sim/detail/schedule.hpp"

namespace cp::sim::detail {
namespace {

namespace enc = adsb::encode;

void add(std::vector<AdsbFrame>& out, std::int64_t t_ms, std::span<const std::uint8_t> frame,
         std::uint8_t signal) {
    AdsbFrame item;
    item.t_ms = t_ms;
    item.length = static_cast<std::uint8_t>(frame.size());
    std::copy(frame.begin(), frame.end(), item.bytes.begin());
    item.signal = signal;
    out.push_back(item);
}

// Calls `emit(t)` every `period_ms` from `start + offset` until `end`.
template <typename Emit>
void every(std::int64_t start, std::int64_t end, std::int64_t period_ms, std::int64_t offset, Emit&& emit) {
    for (std::int64_t t_ms = start + offset; t_ms < end; t_ms += period_ms) emit(t_ms);
}

}  // namespace

void schedule_aircraft(const Aircraft& aircraft, const Scenario& scenario, std::vector<AdsbFrame>& out) {
    const std::int64_t start = aircraft.legs.front().time.start_ms;
    const std::int64_t end = aircraft.legs.back().time.end_ms;
    auto period = [&scenario](double real_ms) {
        return std::max<std::int64_t>(1, std::llround(real_ms / scenario.rates.adsb));
    };
    // Aircraft do not transmit in step: a per-aircraft phase keeps their frames apart.
    const std::int64_t phase = static_cast<std::int64_t>(mix(scenario.seed, aircraft.icao) % 500);
    const auto signal = static_cast<std::uint8_t>(0x30 + aircraft.icao % 0x40);
    const std::uint32_t icao = aircraft.icao;
    unsigned airborne_count = 0;
    unsigned surface_count = 0;
    unsigned tick_count = 0;
    every(start, end, period(500), phase, [&](std::int64_t t_ms) {
        if (!aircraft_transmits(aircraft, t_ms)) return;
        const AircraftState state = aircraft_state(aircraft, t_ms);
        if (!state.on_ground) {
            const bool odd = (airborne_count++ % 2) != 0;
            add(out, t_ms,
                enc::airborne_position(icao, state.pos.lat_deg, state.pos.lon_deg, state.alt_ft, odd),
                signal);
            add(out, t_ms + period(250),
                enc::airborne_velocity(icao, state.gs_kt, state.track_deg, state.vertical_rate_fpm), signal);
            return;
        }
        // Stopped on the surface: the low rate (one position per 5 s) of DO-260B §2.2.3.3.1.
        if (state.gs_kt < 0.1 && (tick_count++ % 10) != 0) return;
        const bool odd = (surface_count++ % 2) != 0;
        const std::optional<double> track =
            state.gs_kt > 0 ? std::optional<double>(state.track_deg) : std::nullopt;
        add(out, t_ms,
            enc::surface_position(icao, state.pos.lat_deg, state.pos.lon_deg, state.gs_kt, track, odd),
            signal);
    });
    every(start, end, period(5000), phase + period(100), [&](std::int64_t t_ms) {
        if (!aircraft_transmits(aircraft, t_ms)) return;
        add(out, t_ms, enc::identification(icao, aircraft.callsign, aircraft.category), signal);
    });
    every(start, end, period(5000), phase + period(2600), [&](std::int64_t t_ms) {
        if (!aircraft_transmits(aircraft, t_ms)) return;
        const AircraftState state = aircraft_state(aircraft, t_ms);
        const std::uint16_t squawk = aircraft_squawk(aircraft, t_ms);
        const bool alert = enc::emergency_of_squawk(squawk) != 0;
        // FS: 0 airborne / 1 on ground, 2 / 3 the same with the alert of a changed code.
        const auto fs = static_cast<std::uint8_t>((state.on_ground ? 1 : 0) + (alert ? 2 : 0));
        add(out, t_ms, enc::identity_reply(icao, squawk, fs), signal);
        if (!state.on_ground)
            add(out, t_ms + period(1200), enc::altitude_reply(icao, state.alt_ft, fs), signal);
    });
    for (const SquawkInterval& code : aircraft.squawks) {
        const std::uint8_t emergency = enc::emergency_of_squawk(code.squawk);
        if (emergency == 0) continue;
        every(code.time.start_ms, std::min(code.time.end_ms, end), period(1000), phase + period(700),
              [&](std::int64_t t_ms) {
                  if (!aircraft_transmits(aircraft, t_ms)) return;
                  add(out, t_ms, enc::emergency_status(icao, emergency, code.squawk), signal);
              });
    }
}

}  // namespace cp::sim::detail
