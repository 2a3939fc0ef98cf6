// SPDX-License-Identifier: Apache-2.0
// VesselTracker's private state, shared by the files that implement it: vessel.cpp (message merge, position
// checks, identity, watchlist), detail/vessel_port.cpp (port visits, gaps, loitering),
// detail/encounter_pairs.cpp (encounters) and detail/vessel_events.cpp (event building). Detector state is
// kept in side tables keyed by MMSI and only while a detector is active, so an idle vessel costs its
// VesselState alone.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "track/detail/encounter_grid.hpp"
#include "track/detail/vessel_state.hpp"
#include "track/vessel.hpp"

namespace cp::track {

/// An open port visit (GFW pipe-anchorages: entry, stops, exit).
struct OpenVisit {
    const Site* site = nullptr;
    double exit_radius_m = 0;
    std::int64_t entry_ms = 0;
    detail::AisPoint entry_pos;
    std::int64_t stop_start_ms = -1;  ///< >= 0 while stopped
    std::int64_t first_stop_ms = -1;
    std::int64_t stopped_ms = 0;      ///< closed stops so far
    std::int64_t longest_gap_ms = 0;  ///< longest silence between two positions in port
    bool entry_seen = true;           ///< false: the vessel's first position was already inside
    std::int64_t last_ms = 0;
    detail::AisPoint last_pos;
};

/// An open run of slow reports away from port.
struct LoiterRun {
    std::int64_t start_ms = 0;
    detail::AisPoint start_pos;
    std::int64_t last_ms = 0;
    detail::AisPoint last_pos;
    double speed_sum_kt = 0;
    std::uint32_t samples = 0;
    double min_port_m = std::numeric_limits<double>::infinity();
};

/// Position jumps of one vessel close together in time, reported once.
struct JumpEpisode {
    std::int64_t first_ms = 0;
    std::int64_t last_ms = 0;
    detail::AisPoint from;  ///< held position at the first jump
    std::int64_t from_ms = 0;
    detail::AisPoint to;  ///< first jumped-to position
    std::uint32_t jumps = 0;
    std::uint32_t confirmed = 0;       ///< jumps a second report confirmed: the track moved there
    std::uint32_t rejected = 0;        ///< jumps the next report contradicted: dropped
    std::uint32_t tracks_dropped = 0;  ///< confirmed jumps that dropped an open port visit/loitering run
    double max_speed_kt = 0;
    double max_distance_m = 0;
};

/// Two vessels close together, compared whenever one of them reports.
struct EncounterPair {
    std::uint32_t a = 0;  ///< smaller MMSI
    std::uint32_t b = 0;
    std::int64_t start_ms = 0;
    std::int64_t last_close_ms = 0;
    detail::AisPoint first_a, first_b, last_a, last_b;
    std::vector<std::uint16_t> distances_m;
    std::vector<std::uint16_t> sog_a, sog_b;  ///< 0.1 kn samples
    double min_port_m = std::numeric_limits<double>::infinity();
};

struct VesselTracker::Impl {
    Impl(Context context, VesselRules rules);

    Context ctx;
    VesselRules rules;
    std::unordered_map<std::uint32_t, detail::VesselState> vessels;
    detail::StringPool strings;
    std::unordered_map<std::uint32_t, OpenVisit> visits;
    std::unordered_map<std::uint32_t, LoiterRun> loiters;
    std::unordered_map<std::uint32_t, JumpEpisode> jumps;
    std::unordered_map<std::uint32_t, std::uint32_t> imo_owner;  ///< IMO -> MMSI that last reported it
    std::unordered_set<std::uint64_t> imo_moves_reported;        ///< old << 32 | new MMSI pairs reported
    detail::EncounterGrid grid;
    std::unordered_map<std::uint64_t, EncounterPair> pairs;                  ///< key a << 32 | b
    std::unordered_map<std::uint32_t, std::vector<std::uint64_t>> pairs_of;  ///< MMSI -> its pair keys
    std::uint64_t lone_bad_fixes = 0;  ///< single reports off the track, contradicted by the next: no event
    double port_watch_m = 0;           ///< within this of a port centre the exact port checks run
    std::int64_t next_housekeeping_ms = std::numeric_limits<std::int64_t>::min();

    // vessel.cpp
    void update(const ais::Message& msg, std::int64_t t_ms);
    void on_position(std::uint32_t mmsi, detail::VesselState& v, detail::AisPoint p, std::uint16_t sog,
                     std::uint16_t cog, std::uint16_t heading, std::int64_t t_ms);
    void accept_position(std::uint32_t mmsi, detail::VesselState& v, detail::AisPoint p, std::int64_t t_ms);
    void set_name(std::uint32_t mmsi, detail::VesselState& v, std::string_view name, std::int64_t t_ms);
    void set_call_sign(std::uint32_t mmsi, detail::VesselState& v, std::string_view call, std::int64_t t_ms);
    void set_imo(std::uint32_t mmsi, detail::VesselState& v, std::uint32_t imo, std::int64_t t_ms);
    /// One identity_change event of `field` from `old_value` to `new_value` (detail/vessel_identity.cpp).
    [[nodiscard]] Event identity_event(std::uint32_t mmsi, const detail::VesselState& v,
                                       std::string_view field, const std::string& old_value,
                                       const std::string& new_value, std::int64_t t_ms) const;
    void check_watchlist(std::uint32_t mmsi, detail::VesselState& v, std::int64_t t_ms, bool identity_changed,
                         std::int64_t previous_seen_ms);
    void housekeeping(std::int64_t now_ms, bool final);
    void expire(std::int64_t now_ms);

    // detail/vessel_jump.cpp
    /// True when `p` may be accepted; false when it is held back as a jump (or dropped as contradicted).
    bool check_jump(std::uint32_t mmsi, detail::VesselState& v, detail::AisPoint p, std::int64_t t_ms);
    void close_jump_episode(std::uint32_t mmsi, const JumpEpisode& episode);

    // detail/vessel_port.cpp
    double port_distance(detail::VesselState& v, detail::AisPoint p);
    void check_gap(std::uint32_t mmsi, const detail::VesselState& v, detail::AisPoint p, std::int64_t t_ms);
    void update_port_visit(std::uint32_t mmsi, detail::VesselState& v, detail::AisPoint p, std::int64_t t_ms,
                           double port_m);
    void close_visit(std::uint32_t mmsi, const detail::VesselState& v, const OpenVisit& visit,
                     detail::AisPoint exit_pos, std::int64_t exit_ms);
    void update_loitering(std::uint32_t mmsi, detail::VesselState& v, detail::AisPoint p, std::int64_t t_ms,
                          double port_m);
    void close_loiter(std::uint32_t mmsi, const detail::VesselState& v, const LoiterRun& run);

    // detail/encounter_pairs.cpp
    void update_encounters(std::uint32_t mmsi, detail::VesselState& v, std::int64_t t_ms, double port_m);
    void close_pair(std::uint64_t key, bool at_end);
    void drop_from_grid(std::uint32_t mmsi, detail::VesselState& v);

    // detail/vessel_events.cpp
    [[nodiscard]] ObjectRef object_ref(std::uint32_t mmsi, const detail::VesselState& v) const;
    [[nodiscard]] std::string label(std::uint32_t mmsi, const detail::VesselState& v) const;
    void emit(Event&& event) const;
};

/// An evidence point of vessel `mmsi`.
[[nodiscard]] EvidencePoint vessel_evidence(std::uint32_t mmsi, detail::AisPoint p, std::int64_t t_ms,
                                            double sog_kt, std::string note);
/// Adds a whole number as a JSON integer ("gap_s": 21600 rather than 21600.0).
inline void add_integer(Event& event, std::string key, std::int64_t value) {
    event.add_detail_json(std::move(key), std::to_string(value));
}
/// A site as an event names it.
[[nodiscard]] SiteRef site_ref(const Site& site, std::string role);

}  // namespace cp::track
