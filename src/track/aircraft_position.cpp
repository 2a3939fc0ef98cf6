// SPDX-License-Identifier: Apache-2.0
// CPR pairing inside the aircraft record (instead of adsb::PositionDecoder's own map: one lookup, one record,
// ~32 bytes for both frames) with adsb::cpr's pure global/local decoders and the same windows (readsb: 10 s
// airborne, 25 s surface, 50 s surface at <= 25 kt), then the speed check of AircraftRules::max_speed_kt.
// Tested with hand-encoded CPR frames and the real pyModeS capture (937 positions, no jump).
#include <algorithm>
#include <cmath>

#include "track/detail/aircraft_impl.hpp"

namespace cp::track {

using detail::AircraftState;

namespace {

adsb::PositionReject reject_of(adsb::cpr::CprError error) noexcept {
    return error == adsb::cpr::CprError::zone_mismatch ? adsb::PositionReject::zone_mismatch
                                                       : adsb::PositionReject::bad_latitude;
}

/// A paired decode that keeps failing the speed check against the stored position this many times in a row
/// means the stored position was the wrong one (it came from a local decode or a bad pair): start afresh.
constexpr std::uint8_t max_paired_rejects = 3;

}  // namespace

std::optional<geo::LatLon> AircraftTracker::Impl::decode_cpr(AircraftState& state, adsb::Message& msg,
                                                             std::int64_t t_ms, bool& global_out) {
    global_out = false;
    detail::CprSlot& slot = msg.cpr_odd ? state.odd : state.even;
    slot.set(t_ms, msg.cpr_lat, msg.cpr_lon, msg.cpr_surface);
    const detail::CprSlot& other = msg.cpr_odd ? state.even : state.odd;
    const bool has_reference = state.position_ms != 0;

    std::int64_t window = position_options.airborne_window_ms;
    if (msg.cpr_surface) {
        const bool slow = state.velocity_ms != 0 && state.gs_kt <= 25.0F;
        window = slow ? position_options.slow_surface_window_ms : position_options.surface_window_ms;
    }
    const bool paired = other.t_ms != 0 && other.surface() == msg.cpr_surface &&
                        t_ms - other.t_ms <= window && other.t_ms - t_ms <= window;
    std::optional<geo::LatLon> reference;
    if (has_reference) reference = state.position();
    if (!reference && msg.cpr_surface) reference = position_options.receiver;

    Result<geo::LatLon, adsb::cpr::CprError> fix = unexpected(adsb::cpr::CprError::bad_latitude);
    bool global = false;
    if (paired && !msg.cpr_surface) {
        fix = adsb::cpr::global_airborne(state.even.lat(), state.even.lon, state.odd.lat(), state.odd.lon,
                                         msg.cpr_odd);
        global = true;
    } else if (paired && reference) {
        fix = adsb::cpr::global_surface(*reference, state.even.lat(), state.even.lon, state.odd.lat(),
                                        state.odd.lon, msg.cpr_odd);
        global = true;
    }
    // Local decode when there is no pair, or the pair straddles an NL zone boundary (~0.1% of pairs in the
    // benchmark's random fleet): only against a recent own position (or the receiver for surface frames),
    // since it is unambiguous only within half a zone of the reference (~180 NM airborne, ~45 NM surface).
    const bool recent = has_reference && t_ms - state.position_ms <= position_options.local_max_age_ms;
    const bool local_possible = recent || (msg.cpr_surface && position_options.receiver);
    if (!global || (!fix && fix.error() == adsb::cpr::CprError::zone_mismatch && local_possible)) {
        global = false;
        if (!local_possible) {
            msg.position_reject = msg.cpr_surface && !reference ? adsb::PositionReject::no_reference
                                                                : adsb::PositionReject::no_pair;
            ++stats.positions_undecoded;
            return std::nullopt;
        }
        if (!recent) reference = position_options.receiver;
        fix = adsb::cpr::local(*reference, msg.cpr_lat, msg.cpr_lon, msg.cpr_odd, msg.cpr_surface);
        const double half_zone_m = (msg.cpr_surface ? 0.25 : 1.0) * 0.5 * 6.0 * 60.0 * 1852.0;
        if (fix && geo::distance_m(*reference, *fix) > half_zone_m) {
            msg.position_reject = adsb::PositionReject::out_of_range;
            ++stats.positions_undecoded;
            return std::nullopt;
        }
    }
    if (!fix) {
        msg.position_reject = reject_of(fix.error());
        ++stats.positions_undecoded;
        return std::nullopt;
    }
    if (position_options.receiver && position_options.max_range_m > 0 && !msg.cpr_surface &&
        geo::distance_m(*position_options.receiver, *fix) > position_options.max_range_m) {
        msg.position_reject = adsb::PositionReject::out_of_range;
        ++stats.positions_rejected;
        return std::nullopt;
    }
    global_out = global;
    return *fix;
}

bool AircraftTracker::Impl::accept_position(AircraftState& state, geo::LatLon position, bool paired,
                                            bool airborne, FieldSource source, std::int64_t t_ms) {
    if (state.position_ms != 0) {
        const double elapsed_s =
            std::max<double>(0.0, static_cast<double>(t_ms - state.position_ms) / 1000.0);
        const double allowed_m =
            rules.jump_slack_m + elapsed_s * rules.max_speed_kt * geo::metres_per_nautical_mile / 3600.0;
        if (geo::distance_m(state.position(), position) > allowed_m) {
            // Only paired decodes count towards replacing the reference: a local decode is made relative to
            // it and would agree with a wrong one.
            if (!paired || ++state.rejects < max_paired_rejects) {
                ++stats.positions_rejected;
                // The older frame of the pair that gave the rejected fix is spoiled: wait for a fresh
                // partner.
                (state.even.t_ms < state.odd.t_ms ? state.even : state.odd).t_ms = 0;
                return false;
            }
            ++stats.position_resets;
        }
    }
    if (paired) state.rejects = 0;
    state.lat_e7 = detail::to_e7(position.lat_deg);
    state.lon_e7 = detail::to_e7(position.lon_deg);
    state.position_ms = t_ms;
    state.position_source = source;
    ++stats.positions_accepted;
    if (context.recorder != nullptr) {
        TrackPoint point;
        point.t_ms = t_ms;
        point.position = position;
        if (state.velocity_ms != 0) point.speed_kt = state.gs_kt;
        if (state.altitude_ms != 0 && airborne) point.alt_ft = state.alt_ft;
        point.on_ground = !airborne;
        context.recorder->record(object_ref(state), point);
    }
    return true;
}

}  // namespace cp::track
