// SPDX-License-Identifier: Apache-2.0
// Air/ground state and the events it drives. Indications rank: the position type code (surface TC 5-8 vs
// airborne TC 9-18/20-22, SBS MSG,2 vs MSG,3) over the CA/FS/VS bits over altitude + speed; a fresh
// indication is not overridden by a weaker one (readsb's rule for fields). A change of phase is committed on
// the second agreeing message (one stray bit must not split a flight), at the time of the first. Takeoff and
// landing then close flight legs and ground stops; silences open transponder gaps. Tested in
// test_aircraft_events.cpp.
#include <algorithm>
#include <cmath>

#include "track/detail/aircraft_impl.hpp"

namespace cp::track {

using detail::AircraftState;
using detail::Fix;
using detail::Phase;

detail::Fix AircraftTracker::Impl::current_fix(const AircraftState& state, std::int64_t t_ms) const noexcept {
    Fix fix;
    fix.t_ms = t_ms;
    const std::int64_t max_age = rules.transition_fix_max_age_ms;
    if (state.position_ms != 0 && std::abs(t_ms - state.position_ms) <= max_age) {
        fix.lat_e7 = state.lat_e7;
        fix.lon_e7 = state.lon_e7;
        fix.has_position = true;
    }
    if (state.altitude_ms != 0 && std::abs(t_ms - state.altitude_ms) <= max_age) fix.alt_ft = state.alt_ft;
    if (state.velocity_ms != 0 && std::abs(t_ms - state.velocity_ms) <= max_age) {
        fix.gs_kt = static_cast<std::int16_t>(std::lround(std::min(state.gs_kt, 30'000.0F)));
    }
    return fix;
}

void AircraftTracker::Impl::on_silence(AircraftState& state, std::int64_t t_ms) {
    const std::int64_t silence_ms = t_ms - state.last_seen_ms;
    if (silence_ms >= rules.watch_resighting_ms) {
        state.sighting_open = false;  // heard again after a long silence: a new sighting
        state.watch_checked = false;
    }
    if (silence_ms < rules.min_transponder_gap_ms) return;
    state.silence_end_ms = t_ms;
    if (state.phase == Phase::air && state.position_ms != 0 && state.gap_before.t_ms == 0) {
        state.gap_before = current_fix(state, state.position_ms);
        state.gap_silence_ms = state.last_seen_ms;
    }
    if (state.phase == Phase::ground && state.landing.t_ms != 0) {
        state.stop_silent_ms = std::max(state.stop_silent_ms, silence_ms);
    }
}

void AircraftTracker::Impl::infer_ground(AircraftState& state, std::int64_t t_ms) {
    const bool altitude_fresh = state.altitude_ms != 0 && t_ms - state.altitude_ms <= rules.field_stale_ms;
    const bool velocity_fresh = state.velocity_ms != 0 && t_ms - state.velocity_ms <= rules.field_stale_ms;
    if (!altitude_fresh || !velocity_fresh) return;
    // Only "on the ground": a low, slow aircraft may be taxiing without a surface-capable transponder, but a
    // high or fast one says nothing new (airports such as Mehrabad lie above ground_alt_ft anyway).
    if (state.alt_ft < rules.ground_alt_ft && state.gs_kt < rules.ground_speed_kt) {
        on_ground_hint(state, {true, detail::GroundRank::alt_speed}, t_ms);
    }
}

void AircraftTracker::Impl::on_ground_hint(AircraftState& state, GroundHint hint, std::int64_t t_ms) {
    const bool weaker_than_fresh = state.ground_ms != 0 && hint.rank < state.ground_rank &&
                                   t_ms - state.ground_ms <= rules.field_stale_ms;
    if (weaker_than_fresh) return;
    state.ground = hint.on_ground;
    state.ground_rank = hint.rank;
    state.ground_ms = t_ms;
    if (hint.on_ground) state.ground_last_ms = t_ms;
    const Phase said = hint.on_ground ? Phase::ground : Phase::air;
    if (state.phase == Phase::unknown) {
        // First indication: no transition was observed. Airborne from the start is a leg whose takeoff was
        // not seen; on the ground from the start is a stop whose landing was not seen (no ground_stop).
        state.phase = said;
        if (said == Phase::air) {
            state.takeoff = current_fix(state, t_ms);
            state.takeoff_observed = false;
            state.takeoff_placed = false;
        }
        return;
    }
    if (said == state.phase) {
        state.phase_pending = Phase::unknown;
        return;
    }
    if (state.phase_pending != said) {
        state.phase_pending = said;
        state.phase_pending_ms = t_ms;
        return;
    }
    state.phase_pending = Phase::unknown;
    if (said == Phase::air) {
        commit_takeoff(state, state.phase_pending_ms);
    } else {
        commit_landing(state, state.phase_pending_ms);
    }
}

void AircraftTracker::Impl::commit_takeoff(AircraftState& state, std::int64_t t_ms) {
    Fix takeoff = current_fix(state, t_ms);
    bool observed = true;
    if (state.landing.t_ms != 0) {
        // The aircraft reappeared airborne after a silence on the ground: if it is no longer at the place it
        // landed, it left during the silence, and the stop ends at the last message heard on the ground.
        bool left_unseen = false;
        if (state.stop_silent_ms > 0 && takeoff.has_position && state.landing.has_position) {
            bool same_place =
                geo::distance_m(state.landing.position(), takeoff.position()) <= rules.airport_margin_m;
            if (!same_place && context.sites != nullptr) {
                for (const Site* site :
                     context.sites->containing(state.landing.position(), rules.airport_margin_m)) {
                    const auto around = context.sites->containing(takeoff.position(), rules.airport_margin_m);
                    same_place = same_place || std::find(around.begin(), around.end(), site) != around.end();
                }
            }
            left_unseen = !same_place;
        }
        const std::int64_t end_ms = left_unseen ? state.ground_last_ms : t_ms;
        if (end_ms - state.landing.t_ms >= rules.min_ground_stop_ms) {
            emit_ground_stop(state, takeoff, end_ms, !left_unseen);
        }
        if (left_unseen) {
            // The leg starts where the stop was, at an unobserved time: from-site is the stop's site.
            observed = false;
            takeoff = state.landing;
            takeoff.t_ms = end_ms;
        }
    }
    state.phase = Phase::air;
    state.takeoff = takeoff;
    state.takeoff_observed = observed;
    state.takeoff_placed = true;
    state.landing = Fix{};
    state.stop_silent_ms = 0;
}

void AircraftTracker::Impl::commit_landing(AircraftState& state, std::int64_t t_ms) {
    const Fix landing = current_fix(state, t_ms);
    // First heard on the ground right after a long airborne silence: it landed unseen (no leg, no stop; a gap
    // event may still come from the position, see on_position).
    const bool observed = t_ms != state.silence_end_ms;
    if (observed && state.takeoff.t_ms != 0) emit_flight_leg(state, landing);
    state.phase = Phase::ground;
    state.takeoff = Fix{};
    state.takeoff_observed = false;
    state.takeoff_placed = false;
    state.landing = observed ? landing : Fix{};
    state.stop_silent_ms = 0;
}

void AircraftTracker::Impl::on_position(AircraftState& state, bool airborne, std::int64_t t_ms) {
    const Fix fix = current_fix(state, t_ms);
    // A transition heard without a fresh position (Mode S replies, velocity) gets the next position.
    const std::int64_t max_age = rules.transition_fix_max_age_ms;
    if (state.takeoff.t_ms != 0 && !state.takeoff.has_position &&
        (!state.takeoff_observed || t_ms - state.takeoff.t_ms <= max_age)) {
        state.takeoff.lat_e7 = fix.lat_e7;
        state.takeoff.lon_e7 = fix.lon_e7;
        state.takeoff.has_position = true;
    }
    if (state.landing.t_ms != 0 && !state.landing.has_position && t_ms - state.landing.t_ms <= max_age) {
        state.landing.lat_e7 = fix.lat_e7;
        state.landing.lon_e7 = fix.lon_e7;
        state.landing.has_position = true;
    }
    if (state.gap_before.t_ms == 0) return;
    // Reappeared after an airborne silence: a gap when still airborne, or far from where it went silent (it
    // landed somewhere else unseen). Back on the ground nearby is a landing below coverage, not a gap.
    const double distance_m = geo::distance_m(state.gap_before.position(), fix.position());
    if (airborne || distance_m >= rules.min_gap_distance_m) emit_gap(state, fix, airborne);
    state.gap_before = Fix{};
}

}  // namespace cp::track
