// SPDX-License-Identifier: Apache-2.0
// Vessel state per MMSI and the vessel event detectors: port_visit, ais_gap, encounter, loitering,
// identity_change, position_jump (and watchlist_sighting for vessels). Dynamic reports (types 1-3, 18, 19,
// 27) merge with static and voyage data (5, 24A/B, 19: name, call sign, IMO, ship type, dimensions,
// destination, draught); the flag comes from the MMSI's MID. Thresholds default to Global Fishing Watch's
// published ones.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "ais/ais.hpp"
#include "track/context.hpp"

namespace cp::track {

/// Thresholds of the vessel detectors; each event names the ones it used. Sources: GFW pipe-anchorages
/// (port visits: ../shared/data/geo/gfw_anchorage_cfg.yaml), GFW's AIS-disabling and encounter papers
/// (gaps >= 6 h; encounters within 500 m for >= 2 h at median speed < 2 kn, >= 10 km from port; loitering
/// < 2 kn for >= 4 h away from port).
struct VesselRules {
    std::int64_t expire_after_ms = 72 * 3'600'000LL;  ///< forget a vessel silent this long (state only)
    double port_entry_m = 3'000;                      ///< GFW anchorage_entry_distance_km
    double port_exit_m = 4'000;                       ///< GFW anchorage_exit_distance_km
    double stopped_begin_kt = 0.2;                    ///< GFW stopped_begin_speed_knots
    double stopped_end_kt = 0.5;                      ///< GFW stopped_end_speed_knots
    /// A silence in port at least this long counts like a stop (GFW minimum_port_gap_duration_minutes).
    std::int64_t port_gap_ms = 240 * 60'000;
    /// Report only visits with a stop or a port gap (GFW's higher-confidence visits); a vessel that crosses a
    /// port circle without stopping is in transit.
    bool port_visit_requires_stop = true;
    std::int64_t min_gap_ms = 6 * 3'600'000LL;  ///< ais_gap: silence at least this long
    double encounter_distance_m = 500;
    std::int64_t encounter_min_ms = 2 * 3'600'000LL;
    double encounter_max_median_kt = 2.0;
    double encounter_min_port_distance_m = 10'000;
    /// encounter: positions of the two vessels are compared only when reported within this of each other
    /// (GFW resamples tracks to 10 min before comparing them).
    std::int64_t encounter_max_offset_ms = 10 * 60'000;
    /// encounter and loitering: a vessel silent this long (no position) ends its encounter or loitering run.
    std::int64_t max_break_ms = 3'600'000;
    double loiter_max_kt = 2.0;
    std::int64_t loiter_min_ms = 4 * 3'600'000LL;
    double loiter_min_port_distance_m = 10'000;
    double max_speed_kt = 50;  ///< position_jump: implied speed above this (and > min_jump_m) is impossible
    double min_jump_m = 10'000;
    /// position_jump: jumps of one vessel less than this apart form one episode, reported once when it ends
    /// (an MMSI shared by two ships would otherwise give an event for every report).
    std::int64_t jump_episode_ms = 3'600'000;
    std::int64_t watch_resighting_ms = 6 * 3'600'000LL;
};

/// What outside code may read of one vessel.
struct VesselView {
    std::uint32_t mmsi = 0;
    std::int64_t last_seen_ms = 0;
    std::optional<geo::LatLon> position;
    std::int64_t position_ms = 0;
    std::optional<double> sog_kt;
    std::optional<double> cog_deg;
    std::optional<std::uint16_t> heading_deg;
    std::uint8_t nav_status = 15;
    std::string name;
    std::string call_sign;
    std::uint32_t imo = 0;
    std::uint8_t ship_type = 0;
    std::string destination;
    double draught_m = 0;
    std::uint16_t length_m = 0;
    std::uint16_t beam_m = 0;
    std::string flag;
    std::uint64_t messages = 0;
};

class VesselTracker {
public:
    /// `context.sink` must be set; the other pointers may be null (no ports: no port visits).
    explicit VesselTracker(Context context, VesselRules rules = {});
    ~VesselTracker();
    VesselTracker(const VesselTracker&) = delete;
    VesselTracker& operator=(const VesselTracker&) = delete;
    VesselTracker(VesselTracker&&) noexcept;
    VesselTracker& operator=(VesselTracker&&) noexcept;

    /// Feeds one decoded AIS message received at `t_ms`. Types other than position and static reports are
    /// ignored. Positions "not available" (181/91 degrees) update nothing but the last-seen time.
    void update(const ais::Message& msg, std::int64_t t_ms);
    /// Lets time pass without messages (live feeds): closes encounters/loitering whose objects went silent,
    /// expires silent vessels.
    void advance(std::int64_t now_ms);
    /// End of input: complete events are emitted; open ones (a vessel still in port, a gap still running) are
    /// not.
    void finish(std::int64_t end_ms);

    [[nodiscard]] std::size_t size() const noexcept;
    [[nodiscard]] std::size_t memory_bytes() const noexcept;
    /// Single reports far off a vessel's track that the next report contradicted: dropped as bad fixes, no
    /// event.
    [[nodiscard]] std::uint64_t lone_bad_fixes() const noexcept;
    void for_each(const std::function<void(const VesselView&)>& fn) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace cp::track
