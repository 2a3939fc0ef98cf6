// SPDX-License-Identifier: Apache-2.0
// position_jump: a report an impossible speed away from the accepted track (spoofing, a bad fix, or two ships
// sharing one MMSI). The jumped-to position is held back, not accepted: the next report decides. Consistent
// with the held track -> the jump is dropped; consistent with the jumped-to place -> the track moves there
// (from the time of that first report); neither -> it becomes the new candidate. Jumps of one vessel close in
// time form one episode and one event, so that a shared MMSI does not flood the output.
#include <cmath>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "track/detail/vessel_impl.hpp"

namespace cp::track {

using detail::AisPoint;
using detail::VesselState;

namespace {

struct Step {
    double distance_m = 0;
    double speed_kt = 0;
};

Step step(AisPoint from, std::int64_t from_ms, AisPoint to, std::int64_t to_ms) {
    Step s;
    s.distance_m = geo::distance_m(from.latlon(), to.latlon());
    const double hours = static_cast<double>(to_ms - from_ms) / 3.6e6;
    s.speed_kt = hours > 0 ? s.distance_m / geo::metres_per_nautical_mile / hours
                           : std::numeric_limits<double>::infinity();
    return s;
}

}  // namespace

bool VesselTracker::Impl::check_jump(std::uint32_t mmsi, VesselState& v, AisPoint p, std::int64_t t_ms) {
    if (!v.has(detail::has_position)) return true;
    const auto impossible = [&](const Step& s) {
        return s.distance_m > rules.min_jump_m && s.speed_kt > rules.max_speed_kt;
    };
    const Step from_held = step(v.pos, v.pos_ms, p, t_ms);
    if (v.has(detail::jump_pending)) {
        JumpEpisode& episode = jumps[mmsi];
        if (!impossible(from_held)) {
            ++episode.rejected;  // the track goes on where it was: the jumped-to report was the odd one
            v.set(detail::jump_pending, false);
            return true;
        }
        if (!impossible(step(v.pending, v.pending_ms, p, t_ms))) {
            ++episode.confirmed;  // two reports agree on the new place: move the track there
            v.set(detail::jump_pending, false);
            // The vessel did not sail from the old place to the new one: an open port visit or loitering run
            // would end with an invented exit, so both are dropped (a shared MMSI moves a visit elsewhere).
            if (v.has(detail::in_port) || v.has(detail::loitering)) ++episode.tracks_dropped;
            if (v.has(detail::in_port)) visits.erase(mmsi);
            if (v.has(detail::loitering)) loiters.erase(mmsi);
            v.set(detail::in_port, false);
            v.set(detail::loitering, false);
            v.set(detail::port_cache, false);
            accept_position(mmsi, v, v.pending, v.pending_ms);
            return true;
        }
    } else if (!impossible(from_held)) {
        return true;
    }
    JumpEpisode& episode = jumps[mmsi];
    if (episode.jumps == 0) {
        episode.first_ms = t_ms;
        episode.from = v.pos;
        episode.from_ms = v.pos_ms;
        episode.to = p;
    }
    ++episode.jumps;
    episode.last_ms = t_ms;
    if (!std::isinf(from_held.speed_kt))
        episode.max_speed_kt = std::max(episode.max_speed_kt, from_held.speed_kt);
    episode.max_distance_m = std::max(episode.max_distance_m, from_held.distance_m);
    v.pending = p;
    v.pending_ms = t_ms;
    v.set(detail::jump_pending, true);
    return false;
}

void VesselTracker::Impl::close_jump_episode(std::uint32_t mmsi, const JumpEpisode& episode) {
    const auto it = vessels.find(mmsi);
    if (it == vessels.end()) return;
    VesselState& v = it->second;
    const std::uint32_t unresolved = v.has(detail::jump_pending) ? 1 : 0;
    v.set(detail::jump_pending, false);  // a candidate nobody confirmed within the episode is dropped
    // One report far off the track that the very next report contradicts is a bad fix (real feeds are full of
    // them: 43 of the 3-minute AISHub capture's 65 episodes), not a ship jumping: the track already ignored
    // it, and an event per glitch would bury the shared MMSIs and spoofing that position_jump is for.
    // Counted.
    if (episode.jumps == 1 && episode.rejected == 1 && episode.confirmed == 0) {
        ++lone_bad_fixes;
        return;
    }

    Event event;
    event.kind = EventKind::position_jump;
    event.start_ms = episode.from_ms;
    event.end_ms = episode.last_ms;
    event.objects.push_back(object_ref(mmsi, v));
    event.evidence.push_back(
        vessel_evidence(mmsi, episode.from, episode.from_ms, -1, "last accepted position"));
    event.evidence.push_back(vessel_evidence(mmsi, episode.to, episode.first_ms, -1,
                                             "jumped-to position (held back, not accepted)"));
    event.rule = {"ais_position_jump",
                  "implied speed check (chokepoint): faster than any merchant ship over a long step",
                  {{"max_speed_kt", rules.max_speed_kt},
                   {"min_jump_m", rules.min_jump_m},
                   {"jump_episode_h", static_cast<double>(rules.jump_episode_ms) / 3.6e6}}};
    add_integer(event, "jumps", episode.jumps);
    add_integer(event, "confirmed", episode.confirmed);
    add_integer(event, "rejected", episode.rejected);
    add_integer(event, "unresolved", unresolved);
    add_integer(event, "max_distance_m", std::llround(episode.max_distance_m));
    if (episode.max_speed_kt > 0)
        add_integer(event, "max_implied_speed_kt", std::llround(episode.max_speed_kt));
    const std::string action = fmt::format(
        "each jumped-to position was held back until the next report: {} confirmed by a second report (the "
        "track moved there), {} contradicted by the next report (dropped; the track stayed continuous), {} "
        "never resolved (dropped); {} open port visit(s) or loitering run(s) dropped at a confirmed move",
        episode.confirmed, episode.rejected, unresolved, episode.tracks_dropped);
    event.add_detail("action", action);
    // A string literal would pick add_detail(bool): name the type.
    event.add_detail("likely_cause", std::string_view(episode.rejected > 1
                                                          ? "two ships sharing one MMSI, or spoofing"
                                                          : "spoofing, a bad position fix or a shared MMSI"));
    event.summary =
        fmt::format("{} reported a position {:.0f} km from its track{} ({} jump{}; {} confirmed, {} "
                    "rejected)",
                    label(mmsi, v), episode.max_distance_m / 1000.0,
                    episode.max_speed_kt > 0 ? fmt::format(" at an implied {:.0f} kn", episode.max_speed_kt)
                                             : std::string(" at the same instant"),
                    episode.jumps, episode.jumps == 1 ? "" : "s", episode.confirmed, episode.rejected);
    emit(std::move(event));
}

}  // namespace cp::track
