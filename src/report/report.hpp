// SPDX-License-Identifier: Apache-2.0
// report: what a replay leaves behind for people and map tools. events.jsonl (one event per line),
// tracks.geojson (a LineString per object, thinned), events.geojson (a feature per event at its evidence),
// events.kml (opens in Google Earth: tracks and event placemarks with their descriptions) and a
// self-contained report.html (summary, timeline, per-event evidence, an inline SVG map; no scripts or files
// fetched).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "track/context.hpp"
#include "track/event.hpp"
#include "track/sites.hpp"

namespace cp::report {

/// Everything a report shows besides the events themselves.
struct RunSummary {
    std::string title = "chokepoint replay";
    std::vector<std::string> inputs;  ///< file names (or host:port) with their formats
    std::uint64_t messages = 0;       ///< messages decoded
    std::uint64_t bad_input = 0;      ///< frames/sentences rejected
    std::uint64_t aircraft = 0;       ///< distinct objects seen
    std::uint64_t vessels = 0;
    std::int64_t first_ms = 0;  ///< message time span
    std::int64_t last_ms = 0;
    std::string
        generated_by;  ///< "chokepoint 0.1.0 replay ..." (no wall-clock time: reports are deterministic)
};

/// Output texts (each function returns the whole file; the caller writes it).
[[nodiscard]] std::string events_jsonl(const std::vector<track::Event>& events);
[[nodiscard]] std::string tracks_geojson(const std::vector<track::TrackRecorder::Track>& tracks);
/// Events as features (Point at the first evidence position, LineString when an event spans several
/// positions, null geometry without evidence; properties = the event's JSON plus "feature":"event" and its
/// "index"), then the sites they name as features ("feature":"site"; Point, or Polygon for an outline). Sites
/// are looked up by id in `sites` (borrowed for the call; null: no site features, since a SiteRef carries no
/// position).
[[nodiscard]] std::string events_geojson(const std::vector<track::Event>& events,
                                         const track::SiteIndex* sites = nullptr);
/// KML 2.2 document: a folder of tracks, a folder of events (by start time), a folder of the sites named by
/// events and found in `sites` (may be null). Descriptions are escaped HTML tables.
[[nodiscard]] std::string events_kml(const std::vector<track::Event>& events,
                                     const std::vector<track::TrackRecorder::Track>& tracks,
                                     const track::SiteIndex* sites = nullptr);
/// Self-contained HTML (inline CSS and SVG, every text HTML-escaped, no scripts). Event markers on the map
/// link to the event's section (`#event-<index in events>`). `sites` (may be null) adds named sites to the
/// map.
[[nodiscard]] std::string report_html(const RunSummary& summary, const std::vector<track::Event>& events,
                                      const std::vector<track::TrackRecorder::Track>& tracks,
                                      const track::SiteIndex* sites = nullptr);

/// Writes events.jsonl, tracks.geojson, events.geojson, events.kml and report.html into `dir` (created if
/// missing), each atomically. Throws cp::Error when the directory cannot be created or a file written.
void write_all(const std::string& dir, const RunSummary& summary, const std::vector<track::Event>& events,
               const std::vector<track::TrackRecorder::Track>& tracks,
               const track::SiteIndex* sites = nullptr);
/// write_all without events.jsonl: for `watch`, which appends events.jsonl line by line as events happen.
void write_maps(const std::string& dir, const RunSummary& summary, const std::vector<track::Event>& events,
                const std::vector<track::TrackRecorder::Track>& tracks,
                const track::SiteIndex* sites = nullptr);

}  // namespace cp::report
