// SPDX-License-Identifier: Apache-2.0
// What the trackers share and read: sites, watchlists, identity tables, where events go, and the optional
// track recorder that keeps thinned position histories for the maps. Borrowed pointers: the caller owns them
// and keeps them alive while a tracker uses them. Any pointer may be null (no sites, no watchlist...).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/geo.hpp"
#include "track/event.hpp"
#include "track/sites.hpp"
#include "track/watchlist.hpp"

namespace cp::track {

/// One recorded track point.
struct TrackPoint {
    std::int64_t t_ms = 0;
    geo::LatLon position;
    float speed_kt = -1;      ///< < 0: unknown
    std::int32_t alt_ft = 0;  ///< aircraft barometric altitude; 0 for vessels or unknown
    bool on_ground = false;
};

/// Thinned position histories per object, for tracks.geojson / KML / the report. A point is kept when the
/// object moved more than `min_step_m` or `max_interval_ms` passed since the last kept point, or its
/// on-ground state changed; at most `max_points` per object (then every other point is dropped).
class TrackRecorder {
public:
    struct Options {
        double min_step_m = 500;
        std::int64_t max_interval_ms = 300'000;
        std::size_t max_points = 20'000;
    };
    TrackRecorder() = default;
    explicit TrackRecorder(const Options& options) : m_options(options) {}
    void record(const ObjectRef& object, const TrackPoint& point);
    struct Track {
        ObjectRef object;  ///< identity as last recorded
        std::vector<TrackPoint> points;
    };
    /// Tracks in first-seen order (deterministic).
    [[nodiscard]] const std::vector<Track>& tracks() const noexcept { return m_tracks; }

private:
    Options m_options;
    std::vector<Track> m_tracks;
    std::unordered_map<std::string, std::size_t> m_index;  ///< "a:<id>" / "v:<id>" -> m_tracks index
};

/// Shared, borrowed context of the trackers.
struct Context {
    const SiteIndex* sites = nullptr;
    const Watchlist* watchlist = nullptr;
    const IcaoBlocks* icao_blocks = nullptr;
    const MidFlags* mid_flags = nullptr;
    const AircraftDb* aircraft_db = nullptr;
    TrackRecorder* recorder = nullptr;
    EventSink sink;  ///< must be set
};

}  // namespace cp::track
