// SPDX-License-Identifier: Apache-2.0
// events.kml: KML 2.2 (OGC 07-147r2) for Google Earth: a folder of tracks (LineStrings clamped to the ground,
// with TimeSpans for the time slider), a folder of events (placemarks at their evidence) and a folder of the
// sites events name. Descriptions are HTML that Google Earth renders, so user text is HTML-escaped first and
// the whole description XML-escaped again: a vessel named "<script>" shows as text, never as markup. Tested
// by parsing.
#include <fmt/format.h>

#include "core/time.hpp"
#include "report/detail/collect.hpp"
#include "report/detail/escape.hpp"
#include "report/report.hpp"

namespace cp::report {

namespace {

using detail::coord6;
using detail::html_escape;
using detail::xml_escape;

/// KML colours are aabbggrr (KML 2.2 §16.9); ours are "#rrggbb".
std::string kml_colour(std::string_view rgb) {
    if (rgb.size() != 7) return "ff888888";
    return fmt::format("ff{}{}{}", rgb.substr(5, 2), rgb.substr(3, 2), rgb.substr(1, 2));
}

std::string lonlat(const geo::LatLon& p) {
    return coord6(p.lon_deg) + "," + coord6(p.lat_deg);
}

std::string time_span(std::int64_t start_ms, std::int64_t end_ms) {
    return fmt::format("<TimeSpan><begin>{}</begin><end>{}</end></TimeSpan>", time::to_iso8601(start_ms),
                       time::to_iso8601(end_ms));
}

/// An HTML table row for a description; `value` is plain text.
std::string row(std::string_view key, std::string_view value) {
    if (value.empty()) return {};
    return fmt::format("<tr><th>{}</th><td>{}</td></tr>", html_escape(key), html_escape(value));
}

std::string object_label(const track::ObjectRef& object) {
    std::string label = object.kind == track::ObjectKind::aircraft ? "aircraft " : "vessel ";
    label += object.id;
    if (!object.registration.empty()) label += " " + object.registration;
    if (!object.name.empty()) label += " " + object.name;
    return label;
}

void append_styles(std::string& out) {
    out += "<Style "
           "id=\"track-aircraft\"><LineStyle><color>ff0080ff</color><width>2</width></LineStyle></Style>\n";
    out +=
        "<Style id=\"track-vessel\"><LineStyle><color>ffff8000</color><width>2</width></LineStyle></Style>\n";
    out += "<Style id=\"site\"><IconStyle><color>ff0000ff</color><scale>0.9</scale></IconStyle>"
           "<LineStyle><color>ff0000ff</color><width>1</width></LineStyle>"
           "<PolyStyle><color>400000ff</color></PolyStyle></Style>\n";
    for (std::size_t kind = 0; kind < detail::event_kind_count; ++kind) {
        const auto event_kind = static_cast<track::EventKind>(kind);
        const std::string colour = kml_colour(detail::kind_colour(event_kind));
        out += fmt::format("<Style id=\"ev-{}\"><IconStyle><color>{}</color><scale>1.1</scale></IconStyle>"
                           "<LineStyle><color>{}</color><width>4</width></LineStyle></Style>\n",
                           track::to_string(event_kind), colour, colour);
    }
}

void append_track(std::string& out, const track::TrackRecorder::Track& track) {
    const track::ObjectRef& object = track.object;
    const bool aircraft = object.kind == track::ObjectKind::aircraft;
    const std::string description = "<table>" + row("id", object.id) + row("name", object.name) +
                                    row("registration", object.registration) + row("IMO", object.imo) +
                                    row("call sign", object.call_sign) + row("country", object.country) +
                                    row("type", object.type) +
                                    row("points", std::to_string(track.points.size())) +
                                    row("first", time::to_iso8601(track.points.front().t_ms)) +
                                    row("last", time::to_iso8601(track.points.back().t_ms)) + "</table>";
    out += fmt::format(
        "<Placemark><name>{}</name><description>{}</description>{}<styleUrl>#track-{}</styleUrl>",
        xml_escape(object_label(object)), xml_escape(description),
        time_span(track.points.front().t_ms, track.points.back().t_ms), aircraft ? "aircraft" : "vessel");
    if (track.points.size() == 1) {
        out += "<Point><coordinates>" + lonlat(track.points.front().position) + "</coordinates></Point>";
    } else {
        out += "<LineString><tessellate>1</tessellate><coordinates>";
        for (std::size_t idx = 0; idx < track.points.size(); ++idx) {
            if (idx > 0) out += ' ';
            out += lonlat(track.points[idx].position);
        }
        out += "</coordinates></LineString>";
    }
    out += "</Placemark>\n";
}

std::string event_description(const track::Event& event) {
    std::string html = "<p>" + html_escape(event.summary) + "</p><table>";
    html += row("kind", track::to_string(event.kind));
    html += row("start", time::to_iso8601(event.start_ms));
    html += row("end", time::to_iso8601(event.end_ms));
    html += row("duration", track::format_duration(event.end_ms - event.start_ms));
    for (const track::ObjectRef& object : event.objects) html += row("object", object_label(object));
    for (const track::SiteRef& site : event.sites) {
        html += row("site (" + site.role + ")",
                    site.name + " [" + site.id + "]" + (site.approximate ? " (approximate outline)" : ""));
    }
    html += row("rule", event.rule.name + (event.rule.source.empty() ? "" : " (" + event.rule.source + ")"));
    for (const auto& [name, value] : event.rule.thresholds) html += row(name, fmt::format("{}", value));
    for (const auto& [key, value] : event.details) html += row(key, detail::detail_text(value));
    html += "</table>";
    return html;
}

void append_event(std::string& out, const track::Event& event) {
    const std::string_view kind = track::to_string(event.kind);
    std::string name(kind);
    if (!event.objects.empty()) {
        const track::ObjectRef& object = event.objects.front();
        name += ": " + (object.name.empty() ? object.id : object.name);
    }
    out += fmt::format("<Placemark><name>{}</name><description>{}</description>{}<styleUrl>#ev-{}</styleUrl>",
                       xml_escape(name), xml_escape(event_description(event)),
                       time_span(event.start_ms, event.end_ms), kind);
    const std::vector<geo::LatLon> path = detail::evidence_path(event);
    if (path.size() == 1) {
        out += "<Point><coordinates>" + lonlat(path.front()) + "</coordinates></Point>";
    } else if (path.size() > 1) {
        // The icon sits at the first evidence point; the line shows how the event unfolded.
        out += "<MultiGeometry><Point><coordinates>" + lonlat(path.front()) +
               "</coordinates></Point><LineString><tessellate>1</tessellate><coordinates>";
        for (std::size_t idx = 0; idx < path.size(); ++idx) {
            if (idx > 0) out += ' ';
            out += lonlat(path[idx]);
        }
        out += "</coordinates></LineString></MultiGeometry>";
    }
    out += "</Placemark>\n";
}

void append_site(std::string& out, const detail::NamedSite& named) {
    const track::Site& site = *named.site;
    const std::string description =
        "<table>" + row("id", site.id) + row("kind", track::to_string(site.kind)) +
        row("country", site.country) + row("of concern", site.of_concern ? "yes" : "no") +
        row("outline", site.approximate ? "approximate (town-level coordinate)" : "as stated by the source") +
        row("radius", site.polygon.empty() ? fmt::format("{:.0f} m", site.radius_m) : "") +
        row("precision", site.precision) + row("note", site.note) +
        row("events", std::to_string(named.mentions)) + "</table>";
    out += fmt::format("<Placemark><name>{}</name><description>{}</description><styleUrl>#site</styleUrl>",
                       xml_escape(site.name.empty() ? site.id : site.name), xml_escape(description));
    if (site.polygon.size() >= 3) {
        out += "<MultiGeometry><Point><coordinates>" + lonlat(site.center) +
               "</coordinates></Point><Polygon><outerBoundaryIs><LinearRing><coordinates>";
        for (const geo::LatLon& p : site.polygon) out += lonlat(p) + " ";
        out += lonlat(site.polygon.front());  // KML rings repeat their first point
        out += "</coordinates></LinearRing></outerBoundaryIs></Polygon></MultiGeometry>";
    } else {
        out += "<Point><coordinates>" + lonlat(site.center) + "</coordinates></Point>";
    }
    out += "</Placemark>\n";
}

}  // namespace

std::string events_kml(const std::vector<track::Event>& events,
                       const std::vector<track::TrackRecorder::Track>& tracks,
                       const track::SiteIndex* sites) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n"
                      "<name>chokepoint events</name>\n<open>1</open>\n";
    append_styles(out);
    out += "<Folder><name>Tracks</name>\n";
    for (const auto& track : tracks) {
        if (!track.points.empty()) append_track(out, track);
    }
    out += "</Folder>\n<Folder><name>Events</name><open>1</open>\n";
    for (const std::size_t idx : detail::timeline_order(events)) append_event(out, events[idx]);
    out += "</Folder>\n<Folder><name>Sites</name>\n";
    for (const detail::NamedSite& named : detail::named_sites(events, sites)) append_site(out, named);
    out += "</Folder>\n</Document>\n</kml>\n";
    return out;
}

}  // namespace cp::report
