// SPDX-License-Identifier: Apache-2.0
// events.jsonl and the two GeoJSON files (RFC 7946: FeatureCollection, WGS-84, positions [lon, lat]).
// One feature per line so that files diff well and stream through line tools. Tracks are not split at the
// antimeridian (RFC 7946 §3.1.9 asks for it): the supply chain watched here (Russia, Caspian, Iran) is far
// from it.
#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "core/time.hpp"
#include "report/detail/collect.hpp"
#include "report/report.hpp"

namespace cp::report {

namespace {

using ojson = nlohmann::ordered_json;

// Six decimals of a degree are ~0.1 m, finer than any AIS or ADS-B position.
double round6(double v) {
    return std::round(v * 1e6) / 1e6;
}

ojson position(const geo::LatLon& p) {
    return ojson::array({round6(p.lon_deg), round6(p.lat_deg)});
}

std::string dump(const ojson& j) {
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::string collection(const std::vector<std::string>& features) {
    std::string out = "{\"type\":\"FeatureCollection\",\"features\":[";
    for (std::size_t idx = 0; idx < features.size(); ++idx) {
        out += idx == 0 ? "\n" : ",\n";
        out += features[idx];
    }
    out += "\n]}\n";
    return out;
}

void add_identity(ojson& properties, const track::ObjectRef& object) {
    properties["id"] = object.id;
    properties["kind"] = object.kind == track::ObjectKind::aircraft ? "aircraft" : "vessel";
    properties["name"] = object.name;
    properties["registration"] = object.registration;
    properties["imo"] = object.imo;
    properties["call_sign"] = object.call_sign;
    properties["country"] = object.country;
    properties["object_type"] = object.type;
}

std::string track_feature(const track::TrackRecorder::Track& track) {
    ojson properties = ojson::object();
    add_identity(properties, track.object);
    properties["points"] = track.points.size();
    properties["start"] = time::to_iso8601(track.points.front().t_ms);
    properties["end"] = time::to_iso8601(track.points.back().t_ms);
    ojson coordinates = ojson::array();
    ojson times = ojson::array();
    ojson altitudes = ojson::array();
    for (const track::TrackPoint& point : track.points) {
        coordinates.push_back(position(point.position));
        times.push_back(time::to_iso8601(point.t_ms));
        altitudes.push_back(point.on_ground ? 0 : point.alt_ft);
    }
    properties["times"] = std::move(times);
    if (track.object.kind == track::ObjectKind::aircraft) properties["alt_ft"] = std::move(altitudes);
    // A LineString needs two positions (RFC 7946 §3.1.4); an object heard once is a Point.
    ojson geometry = track.points.size() == 1
                         ? ojson{{"type", "Point"}, {"coordinates", coordinates.front()}}
                         : ojson{{"type", "LineString"}, {"coordinates", std::move(coordinates)}};
    return dump(
        {{"type", "Feature"}, {"geometry", std::move(geometry)}, {"properties", std::move(properties)}});
}

std::string event_feature(const track::Event& event, std::size_t index) {
    const std::vector<geo::LatLon> path = detail::evidence_path(event);
    ojson geometry;  // null: an event without a position (RFC 7946 §3.2 allows unlocated features)
    if (path.size() == 1) {
        geometry = {{"type", "Point"}, {"coordinates", position(path.front())}};
    } else if (path.size() > 1) {
        ojson coordinates = ojson::array();
        for (const geo::LatLon& p : path) coordinates.push_back(position(p));
        geometry = {{"type", "LineString"}, {"coordinates", std::move(coordinates)}};
    }
    ojson properties = {{"feature", "event"}, {"index", index}};
    // The event's own JSON (the events.jsonl line) becomes the properties, so map tools see every field.
    const ojson event_json = ojson::parse(track::to_json_line(event));
    for (const auto& [key, value] : event_json.items()) properties[key] = value;
    return dump(
        {{"type", "Feature"}, {"geometry", std::move(geometry)}, {"properties", std::move(properties)}});
}

std::string site_feature(const track::Site& site, std::size_t mentions) {
    ojson properties = {{"feature", "site"},
                        {"id", site.id},
                        {"name", site.name},
                        {"kind", track::to_string(site.kind)},
                        {"country", site.country},
                        {"of_concern", site.of_concern},
                        {"approximate", site.approximate},
                        {"radius_m", site.radius_m},
                        {"precision", site.precision},
                        {"events", mentions}};
    ojson geometry;
    if (site.polygon.size() >= 3) {
        ojson ring = ojson::array();
        for (const geo::LatLon& p : site.polygon) ring.push_back(position(p));
        ring.push_back(position(site.polygon.front()));  // RFC 7946 §3.1.6: rings are closed
        geometry = {{"type", "Polygon"}, {"coordinates", ojson::array({std::move(ring)})}};
    } else {
        geometry = {{"type", "Point"}, {"coordinates", position(site.center)}};
    }
    return dump(
        {{"type", "Feature"}, {"geometry", std::move(geometry)}, {"properties", std::move(properties)}});
}

}  // namespace

std::string events_jsonl(const std::vector<track::Event>& events) {
    std::string out;
    for (const track::Event& event : events) {
        out += track::to_json_line(event);
        out += '\n';
    }
    return out;
}

std::string tracks_geojson(const std::vector<track::TrackRecorder::Track>& tracks) {
    std::vector<std::string> features;
    for (const auto& track : tracks) {
        if (!track.points.empty()) features.push_back(track_feature(track));
    }
    return collection(features);
}

std::string events_geojson(const std::vector<track::Event>& events, const track::SiteIndex* sites) {
    std::vector<std::string> features;
    for (std::size_t idx = 0; idx < events.size(); ++idx) features.push_back(event_feature(events[idx], idx));
    for (const detail::NamedSite& named : detail::named_sites(events, sites)) {
        features.push_back(site_feature(*named.site, named.mentions));
    }
    return collection(features);
}

}  // namespace cp::report
