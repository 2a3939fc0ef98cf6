// SPDX-License-Identifier: Apache-2.0
// Aircraft state per ICAO address and the aircraft event detectors: flight_leg, ground_stop, site_route,
// watchlist_sighting, squawk_emergency, transponder_gap. State keeps each field with its source and age, as
// readsb does, pairs CPR frames in its own compact record (adsb::cpr's pure decoders), rejects position jumps
// by a speed check and derives on-ground from surface positions, the air/ground bits and altitude + speed.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "adsb/adsb.hpp"
#include "track/context.hpp"

namespace cp::track {

/// Thresholds of the aircraft detectors. Each event names the ones it used (RuleRef::thresholds).
struct AircraftRules {
    std::int64_t expire_after_ms = 3'600'000;          ///< forget an aircraft silent this long (state only)
    std::int64_t parked_expire_ms = 7 * 86'400'000LL;  ///< ... but keep one that landed (a parked aircraft is
                                                       ///< silent) this long, so a stop with its transponder
                                                       ///< off is still a ground stop when it reappears
    std::int64_t min_ground_stop_ms = 10 * 60'000;     ///< shorter stops on the ground are taxiing, not stops
    std::int64_t min_transponder_gap_ms = 15 * 60'000;  ///< airborne silence that counts as a gap
    double min_gap_distance_m = 50'000;  ///< ...and the aircraft reappeared at least this far away
    double airport_margin_m = 5'000;     ///< takeoff/landing within this of an airport circle
    double max_speed_kt = 1'200;         ///< implied speed above this: the position is rejected
    double jump_slack_m = 1'000;  ///< distance always allowed between fixes (CPR error, whole-second clocks)
    std::int32_t ground_alt_ft = 1'500;            ///< no surface message: below this and slow ...
    double ground_speed_kt = 50;                   ///< ... and below this speed means on the ground
    std::int64_t watch_resighting_ms = 3'600'000;  ///< a watch-listed aircraft heard again after this is a
                                                   ///< new sighting
    std::int64_t field_stale_ms = 60'000;     ///< a lower-trust source may overwrite a field older than this
    std::int64_t squawk_confirm_ms = 60'000;  ///< an unchecked (DF5/21) squawk must repeat within this
    std::int64_t transition_fix_max_age_ms = 120'000;  ///< position older than this at a takeoff/landing:
                                                       ///< the airport there is unknown
};

/// Where a field's value came from, lowest trust first (readsb's datasource order: SBS below Mode S below
/// TIS-B below ADS-B). A fresh field is not overwritten from a lower-trust source.
enum class FieldSource : std::uint8_t { none, sbs, mode_s, tisb, adsb };
[[nodiscard]] std::string_view to_string(FieldSource source) noexcept;

/// What outside code may read of one aircraft (aircraft.json, the report).
struct AircraftView {
    std::uint32_t icao = 0;
    bool non_icao = false;  ///< DF18 TIS-B/ADS-R/non-ICAO address (readsb writes these as "~abcdef")
    std::int64_t last_seen_ms = 0;
    std::optional<geo::LatLon> position;
    std::int64_t position_ms = 0;
    std::optional<std::int32_t> alt_baro_ft;
    std::optional<double> gs_kt;
    std::optional<double> track_deg;
    std::optional<std::uint16_t> squawk;
    std::string callsign;
    bool on_ground = false;
    std::uint64_t messages = 0;
    FieldSource position_source = FieldSource::none;
    FieldSource altitude_source = FieldSource::none;
    FieldSource velocity_source = FieldSource::none;
    FieldSource squawk_source = FieldSource::none;
    FieldSource callsign_source = FieldSource::none;
    std::int64_t altitude_ms = 0;  ///< time each field was last updated (Unix ms; 0 = never)
    std::int64_t velocity_ms = 0;
    std::int64_t squawk_ms = 0;
    std::int64_t callsign_ms = 0;
};

/// Counters of what the tracker did with its input (for the replay statistics).
struct AircraftStats {
    std::uint64_t messages = 0;            ///< messages that updated an aircraft
    std::uint64_t unverified_dropped = 0;  ///< unverified address not known: no aircraft created
    std::uint64_t positions_accepted = 0;
    std::uint64_t positions_undecoded = 0;  ///< CPR frame without a usable partner or reference
    std::uint64_t positions_rejected = 0;   ///< failed the speed or range check
    std::uint64_t position_resets = 0;      ///< a reference that kept rejecting paired fixes was replaced
    std::uint64_t expired = 0;
};

class AircraftTracker {
public:
    /// `context.sink` must be set; the other pointers may be null.
    AircraftTracker(Context context, AircraftRules rules = {}, adsb::PositionOptions position = {});
    ~AircraftTracker();
    AircraftTracker(const AircraftTracker&) = delete;
    AircraftTracker& operator=(const AircraftTracker&) = delete;
    AircraftTracker(AircraftTracker&&) noexcept;
    AircraftTracker& operator=(AircraftTracker&&) noexcept;

    /// Feeds one decoded Mode S message received at `t_ms` (Unix ms). Pairs CPR frames itself (the even/odd
    /// frames live in the aircraft's record, with adsb::cpr's pure functions; no adsb::PositionDecoder is
    /// needed) and fills msg.lat_deg/lon_deg or msg.position_reject; an overlay address of a known aircraft
    /// gets msg.address_confirmed. Messages whose address is not verified (overlay not known, bad CRC, a
    /// supplied address the parity disagrees with) create no aircraft: an unconfirmed overlay is dropped, a
    /// bad-CRC frame of a known aircraft only refreshes its last-seen time. Time must not go backwards by
    /// more than a few seconds per aircraft. (msg.nic is not filled: tracking does not use it.)
    void update(adsb::Message& msg, std::int64_t t_ms);
    /// Feeds one SBS record (already decoded by the receiver).
    void update(const adsb::SbsRecord& record, std::int64_t t_ms);
    /// Lets time pass without messages (live feeds): expires silent aircraft.
    void advance(std::int64_t now_ms);
    /// End of input. Every event is emitted as soon as its end is observed, so nothing is left to flush: open
    /// states (an aircraft still on the ground, still airborne, silent) give no event, since their end was
    /// not observed.
    void finish(std::int64_t end_ms);

    [[nodiscard]] std::size_t size() const noexcept;
    [[nodiscard]] const AircraftStats& stats() const noexcept;
    /// Approximate heap bytes held (state tables), for the <= 300 bytes/object goal.
    [[nodiscard]] std::size_t memory_bytes() const noexcept;
    void for_each(const std::function<void(const AircraftView&)>& fn) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace cp::track
