// SPDX-License-Identifier: Apache-2.0
// AircraftTracker::Impl, shared by the tracker's source files: aircraft.cpp (message intake and fields),
// aircraft_position.cpp (CPR pairing and the speed check), aircraft_phase.cpp (air/ground, legs, stops, gaps)
// and aircraft_events.cpp (building Event values).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "adsb/adsb.hpp"
#include "track/aircraft.hpp"
#include "track/detail/aircraft_state.hpp"

namespace cp::track {

/// What one message says about the air/ground state.
struct GroundHint {
    bool on_ground = false;
    detail::GroundRank rank = detail::GroundRank::none;  ///< none: the message says nothing
};

struct AircraftTracker::Impl {
    Context context;
    AircraftRules rules;
    adsb::PositionOptions position_options;
    detail::AircraftTable table;
    AircraftStats stats;
    std::int64_t next_expire_ms = 0;

    Impl(Context ctx, AircraftRules r, adsb::PositionOptions p)
        : context(std::move(ctx)), rules(r), position_options(p) {}

    // aircraft.cpp
    detail::AircraftState* lookup(adsb::Message& msg);
    void on_message(detail::AircraftState& state, std::int64_t t_ms);
    void set_callsign(detail::AircraftState& state, const std::array<char, 9>& flight, FieldSource source,
                      std::int64_t t_ms);
    /// Altitude and ground speed/track, unless a fresh value of a more trusted source holds the field.
    void set_altitude(detail::AircraftState& state, std::int32_t alt_ft, FieldSource source,
                      std::int64_t t_ms);
    void set_velocity(detail::AircraftState& state, double gs_kt, std::optional<double> track_deg,
                      FieldSource source, std::int64_t t_ms);
    void set_squawk(detail::AircraftState& state, std::uint16_t squawk, bool checked, FieldSource source,
                    std::int64_t t_ms);
    void set_emergency_state(detail::AircraftState& state, std::uint8_t emergency, std::int64_t t_ms);
    void check_watchlist(detail::AircraftState& state, std::int64_t t_ms);
    void maybe_expire(std::int64_t now_ms);
    [[nodiscard]] bool fresh_or_weaker(std::int64_t field_ms, FieldSource field_source, FieldSource source,
                                       std::int64_t t_ms) const noexcept;

    // aircraft_position.cpp
    /// Decodes the CPR fields of `msg` against the aircraft's frames and position; fills msg.lat_deg/lon_deg
    /// or msg.position_reject. `global` tells whether the fix came from an even/odd pair.
    std::optional<geo::LatLon> decode_cpr(detail::AircraftState& state, adsb::Message& msg, std::int64_t t_ms,
                                          bool& global);
    /// Speed check and storage of a position; false when rejected. `paired` = from a global (even/odd) decode
    /// or a receiver's own decode (SBS), which may replace a reference that keeps rejecting fixes.
    bool accept_position(detail::AircraftState& state, geo::LatLon position, bool paired, bool airborne,
                         FieldSource source, std::int64_t t_ms);

    // aircraft_phase.cpp
    /// Called with every message of a known aircraft before its fields are updated.
    void on_silence(detail::AircraftState& state, std::int64_t t_ms);
    void on_ground_hint(detail::AircraftState& state, GroundHint hint, std::int64_t t_ms);
    /// Altitude + speed inference (no surface message): a ground hint of the lowest rank.
    void infer_ground(detail::AircraftState& state, std::int64_t t_ms);
    void on_position(detail::AircraftState& state, bool airborne, std::int64_t t_ms);
    void commit_takeoff(detail::AircraftState& state, std::int64_t t_ms);
    void commit_landing(detail::AircraftState& state, std::int64_t t_ms);
    [[nodiscard]] detail::Fix current_fix(const detail::AircraftState& state,
                                          std::int64_t t_ms) const noexcept;

    // aircraft_events.cpp
    [[nodiscard]] ObjectRef object_ref(const detail::AircraftState& state) const;
    void emit_flight_leg(const detail::AircraftState& state, const detail::Fix& landing);
    void emit_ground_stop(const detail::AircraftState& state, const detail::Fix& takeoff, std::int64_t end_ms,
                          bool end_observed);
    void emit_gap(const detail::AircraftState& state, const detail::Fix& after, bool airborne_after);
    void emit_squawk(const detail::AircraftState& state, std::uint16_t squawk, std::string_view how,
                     std::int64_t t_ms);
    void emit_sighting(const detail::AircraftState& state, std::int64_t t_ms);
};

}  // namespace cp::track
