// SPDX-License-Identifier: Apache-2.0
#include "track/context.hpp"

#include "core/geo.hpp"

namespace cp::track {

void TrackRecorder::record(const ObjectRef& object, const TrackPoint& point) {
    std::string key = (object.kind == ObjectKind::aircraft ? "a:" : "v:") + object.id;
    auto [it, inserted] = m_index.try_emplace(std::move(key), m_tracks.size());
    if (inserted) m_tracks.push_back({object, {}});
    Track& track = m_tracks[it->second];
    // Identity fields fill in over time (a callsign or name arrives after the first positions): keep the
    // latest non-empty values so the map labels the track with what was finally known.
    if (!object.name.empty()) track.object.name = object.name;
    if (!object.registration.empty()) track.object.registration = object.registration;
    if (!object.imo.empty()) track.object.imo = object.imo;
    if (!object.call_sign.empty()) track.object.call_sign = object.call_sign;
    if (!object.country.empty()) track.object.country = object.country;
    if (!object.type.empty()) track.object.type = object.type;

    auto& points = track.points;
    if (!points.empty()) {
        const TrackPoint& last = points.back();
        const bool state_changed = last.on_ground != point.on_ground;
        const bool moved = geo::distance_m(last.position, point.position) >= m_options.min_step_m;
        const bool stale = point.t_ms - last.t_ms >= m_options.max_interval_ms;
        if (!state_changed && !moved && !stale) return;
    }
    points.push_back(point);
    if (points.size() > m_options.max_points) {
        // Halve the resolution rather than truncate: the map keeps the whole journey, at a coarser step.
        std::size_t out = 0;
        for (std::size_t i = 0; i < points.size(); i += 2) points[out++] = points[i];
        if (points[out - 1].t_ms != point.t_ms) points[out++] = point;
        points.resize(out);
    }
}

}  // namespace cp::track
