// SPDX-License-Identifier: Apache-2.0
// AircraftTracker intake: address verification (who may create an aircraft), the fields with their source and
// age (readsb's rule: a fresh field is not overwritten from a lower-trust source), squawk confirmation, the
// watchlist check and expiry. Positions and air/ground go to aircraft_position.cpp and aircraft_phase.cpp.
// Tested by tests/unit/track/test_aircraft*.cpp, including the real pyModeS and short-flight captures.
#include <algorithm>

#include "track/detail/aircraft_impl.hpp"

namespace cp::track {

using detail::AircraftState;

std::string_view to_string(FieldSource source) noexcept {
    switch (source) {
    case FieldSource::none:
        return "none";
    case FieldSource::sbs:
        return "sbs";
    case FieldSource::mode_s:
        return "mode_s";
    case FieldSource::tisb:
        return "tisb";
    case FieldSource::adsb:
        return "adsb";
    }
    return "none";
}

namespace {

FieldSource source_of(const adsb::Message& msg) noexcept {
    if (msg.df == 17) return FieldSource::adsb;
    if (msg.df == 18) return FieldSource::tisb;
    return FieldSource::mode_s;
}

bool is_emergency(std::uint16_t squawk) noexcept {
    return squawk == 07500 || squawk == 07600 || squawk == 07700;
}

}  // namespace

bool AircraftTracker::Impl::fresh_or_weaker(std::int64_t field_ms, FieldSource field_source,
                                            FieldSource source, std::int64_t t_ms) const noexcept {
    // True when `source` may NOT overwrite: the field is fresh and came from a more trusted source.
    return field_ms != 0 && source < field_source && t_ms - field_ms <= rules.field_stale_ms;
}

AircraftState* AircraftTracker::Impl::lookup(adsb::Message& msg) {
    if (msg.address_source == adsb::AddressSource::none)
        return nullptr;  // Mode A/C: nobody to attribute it to
    const bool non_icao = msg.address_source == adsb::AddressSource::non_icao;
    const std::uint32_t key = (msg.icao & 0xFFFFFFU) | (non_icao ? detail::non_icao_key_bit : 0U);
    AircraftState* state = table.find(key);
    const bool parity_announced = msg.address_source == adsb::AddressSource::announced || non_icao;
    const bool verified = (parity_announced && msg.crc_ok) ||
                          (msg.address_source == adsb::AddressSource::supplied && msg.address_confirmed);
    if (msg.address_source == adsb::AddressSource::overlay && state != nullptr) msg.address_confirmed = true;
    if (state == nullptr && !verified && !msg.address_confirmed) {
        // Noise must not create ghost aircraft: an unverified address only refreshes one already known.
        ++stats.unverified_dropped;
        return nullptr;
    }
    if (state == nullptr) state = &table.insert(key);
    return state;
}

void AircraftTracker::Impl::on_message(AircraftState& state, std::int64_t t_ms) {
    if (state.messages != 0) on_silence(state, t_ms);
    state.last_seen_ms = std::max(state.last_seen_ms, t_ms);
    ++state.messages;
    ++stats.messages;
}

void AircraftTracker::Impl::set_callsign(AircraftState& state, const std::array<char, 9>& flight,
                                         FieldSource source, std::int64_t t_ms) {
    if (fresh_or_weaker(state.callsign_ms, state.callsign_source, source, t_ms)) return;
    std::array<char, 8> trimmed{};
    std::size_t length = 0;
    for (std::size_t pos = 0; pos < 8 && flight[pos] != '\0'; ++pos) {
        trimmed[pos] = flight[pos];
        if (flight[pos] != ' ') length = pos + 1;
    }
    std::fill(trimmed.begin() + static_cast<std::ptrdiff_t>(length), trimmed.end(), '\0');
    if (length == 0) return;                                     // an all-space callsign says nothing
    if (trimmed != state.callsign) state.watch_checked = false;  // a new identity to match
    state.callsign = trimmed;
    state.callsign_ms = t_ms;
    state.callsign_source = source;
}

void AircraftTracker::Impl::set_altitude(AircraftState& state, std::int32_t alt_ft, FieldSource source,
                                         std::int64_t t_ms) {
    if (fresh_or_weaker(state.altitude_ms, state.altitude_source, source, t_ms)) return;
    state.alt_ft = alt_ft;
    state.altitude_ms = t_ms;
    state.altitude_source = source;
}

void AircraftTracker::Impl::set_velocity(AircraftState& state, double gs_kt, std::optional<double> track_deg,
                                         FieldSource source, std::int64_t t_ms) {
    if (fresh_or_weaker(state.velocity_ms, state.velocity_source, source, t_ms)) return;
    state.gs_kt = static_cast<float>(gs_kt);
    state.track_deg = track_deg ? static_cast<float>(*track_deg) : -1.0F;
    state.velocity_ms = t_ms;
    state.velocity_source = source;
}

void AircraftTracker::Impl::set_squawk(AircraftState& state, std::uint16_t squawk, bool checked,
                                       FieldSource source, std::int64_t t_ms) {
    // A DF5/21 identity reply has no parity of its own (its address is the parity): one damaged reply of a
    // known aircraft could read 7700. Such a squawk counts when it repeats, or when it equals the current
    // one.
    const bool same = state.squawk_ms != 0 && state.squawk == squawk;
    if (!checked && !same) {
        if (state.pending_squawk != squawk || t_ms - state.pending_squawk_ms > rules.squawk_confirm_ms) {
            state.pending_squawk = squawk;
            state.pending_squawk_ms = t_ms;
            return;
        }
    }
    if (fresh_or_weaker(state.squawk_ms, state.squawk_source, source, t_ms)) return;
    state.pending_squawk_ms = 0;
    state.squawk = squawk;
    state.squawk_ms = t_ms;
    state.squawk_source = source;
    if (!is_emergency(squawk)) {
        state.emergency_squawk = 0;  // the episode ends when the code changes
        return;
    }
    if (state.emergency_squawk == squawk) return;
    state.emergency_squawk = squawk;
    emit_squawk(state, squawk, checked ? "squawk" : "squawk (Mode S reply, repeated)", t_ms);
}

void AircraftTracker::Impl::set_emergency_state(AircraftState& state, std::uint8_t emergency,
                                                std::int64_t t_ms) {
    // TC 28 subtype 1 emergency/priority status (DO-260B §2.2.3.2.7.8.1.1): 1 general (7700), 4 no
    // communications (7600), 5 unlawful interference (7500); 2 lifeguard, 3 minimum fuel, 6 downed aircraft
    // have no squawk code and are not squawk emergencies.
    std::uint16_t code = 0;
    if (emergency == 1) code = 07700;
    if (emergency == 4) code = 07600;
    if (emergency == 5) code = 07500;
    if (code == 0 || state.emergency_squawk == code) return;
    state.emergency_squawk = code;
    emit_squawk(state, code, "ADS-B emergency status (TC 28)", t_ms);
}

void AircraftTracker::Impl::check_watchlist(AircraftState& state, std::int64_t t_ms) {
    if (state.watch_checked || context.watchlist == nullptr || context.watchlist->size() == 0) return;
    state.watch_checked = true;
    const ObjectRef ref = object_ref(state);
    state.watched =
        !context.watchlist->match_aircraft(state.key & 0xFFFFFFU, ref.registration, ref.name, ref.country)
             .empty();
    if (!state.watched || state.sighting_open) return;
    state.sighting_open = true;
    emit_sighting(state, t_ms);
}

void AircraftTracker::Impl::maybe_expire(std::int64_t now_ms) {
    // A scan costs O(aircraft); once a minute of message time keeps it off the hot path.
    if (now_ms < next_expire_ms) return;
    next_expire_ms = now_ms + 60'000;
    for (std::size_t record = table.size(); record-- > 0;) {
        const AircraftState& state = table.at(record);
        const bool parked = state.phase == detail::Phase::ground && state.landing.t_ms != 0;
        const std::int64_t limit = parked ? rules.parked_expire_ms : rules.expire_after_ms;
        if (now_ms - state.last_seen_ms <= limit) continue;
        table.erase(state.key);  // moves the last record here; walking downwards visits each record once
        ++stats.expired;
    }
}

AircraftTracker::AircraftTracker(Context context, AircraftRules rules, adsb::PositionOptions position)
    : m_impl(std::make_unique<Impl>(std::move(context), rules, position)) {}
AircraftTracker::~AircraftTracker() = default;
AircraftTracker::AircraftTracker(AircraftTracker&&) noexcept = default;
AircraftTracker& AircraftTracker::operator=(AircraftTracker&&) noexcept = default;

void AircraftTracker::update(adsb::Message& msg, std::int64_t t_ms) {
    Impl& impl = *m_impl;
    impl.maybe_expire(t_ms);
    AircraftState* found = impl.lookup(msg);
    if (found == nullptr) return;
    AircraftState& state = *found;
    impl.on_message(state, t_ms);
    const bool parity_announced = msg.address_source == adsb::AddressSource::announced ||
                                  msg.address_source == adsb::AddressSource::non_icao;
    const bool supplied_mismatch =
        msg.address_source == adsb::AddressSource::supplied && !msg.address_confirmed;
    // A damaged frame (bad parity, or a reply whose parity disagrees with the supplied address) proves the
    // aircraft is there; its fields may be wrong.
    if ((parity_announced && !msg.crc_ok) || supplied_mismatch) return;

    const FieldSource source = source_of(msg);
    if (msg.has_flight) impl.set_callsign(state, msg.flight, source, t_ms);
    if (msg.alt_baro_ft) impl.set_altitude(state, *msg.alt_baro_ft, source, t_ms);
    if (msg.gs_kt) impl.set_velocity(state, *msg.gs_kt, msg.track_deg, source, t_ms);
    const bool checked_squawk = msg.df == 17 || msg.df == 18;  // TC 28 under the frame's parity
    if (msg.squawk) impl.set_squawk(state, *msg.squawk, checked_squawk, source, t_ms);
    if (msg.emergency && msg.tc == 28) impl.set_emergency_state(state, *msg.emergency, t_ms);

    GroundHint hint;
    if (msg.has_cpr) {
        bool global = false;
        const std::optional<geo::LatLon> fix = impl.decode_cpr(state, msg, t_ms, global);
        const bool airborne = !msg.cpr_surface;
        if (fix && impl.accept_position(state, *fix, global, airborne, source, t_ms)) {
            msg.lat_deg = fix->lat_deg;
            msg.lon_deg = fix->lon_deg;
            impl.on_position(state, airborne, t_ms);
        } else if (fix) {
            msg.position_reject = adsb::PositionReject::implausible_speed;
        }
        // The position type code says air or ground even when the position itself did not decode.
        hint = {msg.cpr_surface, detail::GroundRank::position};
    } else if (msg.on_ground) {
        hint = {*msg.on_ground, detail::GroundRank::bits};
    }
    if (hint.rank != detail::GroundRank::none) impl.on_ground_hint(state, hint, t_ms);
    impl.infer_ground(state, t_ms);
    impl.check_watchlist(state, t_ms);
}

void AircraftTracker::update(const adsb::SbsRecord& record, std::int64_t t_ms) {
    if (!record.has_icao) return;
    Impl& impl = *m_impl;
    impl.maybe_expire(t_ms);
    // The receiver that wrote the SBS line verified the address already: SBS records may create aircraft.
    AircraftState* found = impl.table.find(record.icao & 0xFFFFFFU);
    AircraftState& state = found != nullptr ? *found : impl.table.insert(record.icao & 0xFFFFFFU);
    impl.on_message(state, t_ms);

    constexpr FieldSource source = FieldSource::sbs;
    if (record.has_flight) impl.set_callsign(state, record.flight, source, t_ms);
    if (record.alt_baro_ft) impl.set_altitude(state, *record.alt_baro_ft, source, t_ms);
    if (record.gs_kt) impl.set_velocity(state, *record.gs_kt, record.track_deg, source, t_ms);
    if (record.squawk) impl.set_squawk(state, *record.squawk, true, source, t_ms);

    // MSG,2 is a surface position and MSG,3 an airborne one (BaseStation transmission types); other records
    // carry the receiver's on-ground flag.
    GroundHint hint;
    if (record.transmission_type == 2 || record.transmission_type == 3) {
        hint = {record.transmission_type == 2, detail::GroundRank::position};
    } else if (record.on_ground) {
        hint = {*record.on_ground, detail::GroundRank::bits};
    }
    if (record.lat_deg && record.lon_deg) {
        const bool airborne = !(hint.rank != detail::GroundRank::none && hint.on_ground);
        if (impl.accept_position(state, {*record.lat_deg, *record.lon_deg}, true, airborne, source, t_ms)) {
            impl.on_position(state, airborne, t_ms);
        }
    }
    if (hint.rank != detail::GroundRank::none) impl.on_ground_hint(state, hint, t_ms);
    impl.infer_ground(state, t_ms);
    impl.check_watchlist(state, t_ms);
}

void AircraftTracker::advance(std::int64_t now_ms) {
    m_impl->maybe_expire(now_ms);
}

void AircraftTracker::finish(std::int64_t end_ms) {
    // Every event is emitted when its end is seen; what is still open at the end was not observed to end.
    static_cast<void>(end_ms);
}

std::size_t AircraftTracker::size() const noexcept {
    return m_impl->table.size();
}
const AircraftStats& AircraftTracker::stats() const noexcept {
    return m_impl->stats;
}
std::size_t AircraftTracker::memory_bytes() const noexcept {
    return sizeof(Impl) + m_impl->table.memory_bytes();
}

void AircraftTracker::for_each(const std::function<void(const AircraftView&)>& fn) const {
    for (std::size_t record = 0; record < m_impl->table.size(); ++record) {
        const AircraftState& state = m_impl->table.at(record);
        AircraftView view;
        view.icao = state.key & 0xFFFFFFU;
        view.non_icao = (state.key & detail::non_icao_key_bit) != 0;
        view.last_seen_ms = state.last_seen_ms;
        if (state.position_ms != 0) view.position = state.position();
        view.position_ms = state.position_ms;
        if (state.altitude_ms != 0) view.alt_baro_ft = state.alt_ft;
        if (state.velocity_ms != 0) view.gs_kt = state.gs_kt;
        if (state.velocity_ms != 0 && state.track_deg >= 0) view.track_deg = state.track_deg;
        if (state.squawk_ms != 0) view.squawk = state.squawk;
        view.callsign = state.callsign_text();
        view.on_ground = state.ground_rank != detail::GroundRank::none && state.ground;
        view.messages = state.messages;
        view.position_source = state.position_source;
        view.altitude_source = state.altitude_source;
        view.velocity_source = state.velocity_source;
        view.squawk_source = state.squawk_source;
        view.callsign_source = state.callsign_source;
        view.altitude_ms = state.altitude_ms;
        view.velocity_ms = state.velocity_ms;
        view.squawk_ms = state.squawk_ms;
        view.callsign_ms = state.callsign_ms;
        fn(view);
    }
}

}  // namespace cp::track
