// SPDX-License-Identifier: Apache-2.0
// Hand-built events and tracks for the report tests: an Il-76 ground stop at Mehrabad, a vessel AIS gap in
// the Caspian, and a hostile vessel whose name, site and details carry markup and broken bytes.
#pragma once

#include <string>
#include <vector>

#include "track/context.hpp"
#include "track/event.hpp"
#include "track/sites.hpp"

namespace cp::test {

inline constexpr const char* hostile = "<script>alert(1)</script>";

inline track::Event ground_stop_event() {
    track::Event e;
    e.kind = track::EventKind::ground_stop;
    e.start_ms = 1'714'740'000'000;  // 2024-05-03T12:40:00Z
    e.end_ms = e.start_ms + 11'100'000;
    e.objects.push_back(
        {track::ObjectKind::aircraft, "152d1a", "RFF7081", "RA-78830", "", "", "Russia", "IL76"});
    e.sites.push_back({"OIII", "Tehran Mehrabad", "at", true, false});
    e.evidence.push_back({e.start_ms, {35.689200, 51.313400}, 12.0, 3'900, "", "landing"});
    e.evidence.push_back({e.end_ms, {35.689300, 51.313500}, 140.0, 4'200, "", "takeoff"});
    e.rule = {"ground_stop", "chokepoint default", {{"min_ground_stop_min", 10}}};
    e.add_detail("duration_s", 11'100.0);
    e.summary = "RA-78830 on the ground at Tehran Mehrabad for 3 h 05 min";
    return e;
}

inline track::Event ais_gap_event() {
    track::Event e;
    e.kind = track::EventKind::ais_gap;
    e.start_ms = 1'714'700'000'000;  // earlier than the ground stop: the timeline must sort it first
    e.end_ms = e.start_ms + 11 * 3'600'000LL;
    e.objects.push_back(
        {track::ObjectKind::vessel, "273456789", "PORT OLYA 4", "", "9000001", "UBAB2", "Russia", "cargo"});
    e.evidence.push_back(
        {e.start_ms, {42.100000, 50.200000}, 9.5, std::nullopt, "273456789", "last before gap"});
    e.evidence.push_back(
        {e.end_ms, {42.900000, 48.100000}, 8.0, std::nullopt, "273456789", "first after gap"});
    e.rule = {"ais_gap_6h", "Global Fishing Watch", {{"min_gap_h", 6}}};
    e.add_detail("likely_disabled", true);
    e.summary = "PORT OLYA 4 silent for 11 h 00 min mid-Caspian";
    return e;
}

/// A watchlist sighting whose every text field is hostile, with bytes XML forbids.
inline track::Event hostile_event() {
    track::Event e;
    e.kind = track::EventKind::watchlist_sighting;
    e.start_ms = 1'714'800'000'000;
    e.end_ms = e.start_ms;
    e.objects.push_back({track::ObjectKind::vessel, "422000001", hostile, "", "", "\"'&", "", ""});
    e.sites.push_back({"X<1>", std::string(hostile) + "\x01\xff", "at", true, true});
    e.evidence.push_back({e.start_ms, {37.470000, 49.460000}, std::nullopt, std::nullopt, "", hostile});
    e.rule = {hostile, hostile, {{hostile, 1}}};
    e.add_detail(hostile, std::string_view(hostile));
    e.summary = std::string("watch-listed vessel ") + hostile + " heard \x02\xc3";
    return e;
}

inline std::vector<track::TrackRecorder::Track> sample_tracks() {
    std::vector<track::TrackRecorder::Track> tracks(4);
    tracks[0].object = {
        track::ObjectKind::aircraft, "152d1a", "RFF7081", "RA-78830", "", "", "Russia", "IL76"};
    // Latitude and longitude differ clearly so the [lon, lat] order can be checked; 8 decimals to check
    // rounding.
    tracks[0].points.push_back({1'714'730'000'000, {55.88000001, 38.06123456}, 250, 12'000, false});
    tracks[0].points.push_back({1'714'731'000'000, {50.00000000, 45.00000000}, 420, 33'000, false});
    tracks[0].points.push_back({1'714'740'000'000, {35.68920000, 51.31340000}, 0, 0, true});
    tracks[1].object = {
        track::ObjectKind::vessel, "273456789", "PORT OLYA 4", "", "9000001", "UBAB2", "Russia", "cargo"};
    tracks[1].points.push_back({1'714'700'000'000, {42.1, 50.2}, 9.5f, 0, false});
    tracks[2].object = {track::ObjectKind::vessel, "422000001", hostile, "", "", "", "", ""};
    tracks[2].points.push_back({1'714'800'000'000, {37.47, 49.46}, 0.1f, 0, false});
    tracks[2].points.push_back({1'714'800'600'000, {37.48, 49.47}, 0.1f, 0, false});
    tracks[3].object = {
        track::ObjectKind::aircraft, "000001", "EMPTY", "", "", "", "", ""};  // no points: skipped
    return tracks;
}

inline std::vector<track::Event> sample_events() {
    return {ground_stop_event(), ais_gap_event(), hostile_event()};
}

/// Sites matching the fixture events' ids (a circle and a polygon).
inline track::SiteIndex sample_sites() {
    track::SiteIndex index;
    track::Site mehrabad;
    mehrabad.id = "OIII";
    mehrabad.name = "Tehran Mehrabad";
    mehrabad.kind = track::SiteKind::airport;
    mehrabad.center = {35.6892, 51.3134};
    mehrabad.radius_m = 5'000;
    mehrabad.of_concern = true;
    index.add(mehrabad);
    track::Site odd;
    odd.id = "X<1>";
    odd.name = hostile;
    odd.kind = track::SiteKind::port;
    odd.center = {37.47, 49.46};
    odd.polygon = {{37.46, 49.45}, {37.48, 49.45}, {37.48, 49.47}};
    odd.approximate = true;
    index.add(odd);
    index.build();
    return index;
}

}  // namespace cp::test
