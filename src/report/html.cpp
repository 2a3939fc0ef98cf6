// SPDX-License-Identifier: Apache-2.0
// report.html: one self-contained page (inline CSS and SVG, no scripts, nothing fetched; a
// Content-Security-Policy forbids both, so even a missed escape could not run code). Sections: summary, map,
// timeline (events by start), then each event with its objects, sites, rule thresholds, details and evidence.
// Every text is HTML-escaped.
#include <fmt/format.h>

#include "core/time.hpp"
#include "report/detail/collect.hpp"
#include "report/detail/escape.hpp"
#include "report/detail/svg_map.hpp"
#include "report/report.hpp"

namespace cp::report {

namespace {

using detail::coord6;
using detail::html_escape;
using detail::table_time;

constexpr std::string_view style = R"(
body{font-family:sans-serif;margin:2em;color:#222;max-width:1100px}table{border-collapse:collapse;margin:.5em 0 1em}
td,th{border:1px solid #bbb;padding:3px 6px;vertical-align:top;font-size:90%}th{background:#eee;text-align:left}
h2{margin-top:1.5em;border-bottom:1px solid #ccc}h3{margin-bottom:.3em}.note{color:#555;font-size:85%}
.num{text-align:right}.kind{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em}
section.event{border-left:4px solid #ccc;padding-left:1em;margin-bottom:1.5em}
svg.map{width:100%;height:auto;border:1px solid #999}.sea{fill:#eef3f7}
.trk-a{fill:none;stroke:#e67e22;stroke-width:1.5;stroke-opacity:.8}
.trk-v{fill:none;stroke:#2471a3;stroke-width:1.5;stroke-opacity:.8}
.site{fill:#c0392b;fill-opacity:.12;stroke:#c0392b;stroke-width:1}.ev{stroke:#000;stroke-width:1}
.lbl{font-size:11px;fill:#7b241c}.crd{font-size:11px;fill:#555})";

std::string kind_dot(track::EventKind kind) {
    return fmt::format("<span class=\"kind\" style=\"background:{}\"></span>", detail::kind_colour(kind));
}

std::string object_text(const track::ObjectRef& object) {
    std::string text = object.kind == track::ObjectKind::aircraft ? "aircraft " : "vessel ";
    text += object.id;
    for (const std::string* part : {&object.registration, &object.name}) {
        if (!part->empty()) text += " " + *part;
    }
    return text;
}

std::string objects_text(const track::Event& event) {
    std::string text;
    for (const track::ObjectRef& object : event.objects)
        text += (text.empty() ? "" : "; ") + object_text(object);
    return text;
}

std::string sites_text(const track::Event& event) {
    std::string text;
    for (const track::SiteRef& site : event.sites) {
        text += (text.empty() ? "" : "; ") + site.role + " " + (site.name.empty() ? site.id : site.name);
    }
    return text;
}

void append_summary(std::string& out, const RunSummary& summary, const std::vector<track::Event>& events,
                    const std::vector<track::TrackRecorder::Track>& tracks) {
    out += "<h2>Summary</h2>\n<table>\n<tr><th>Inputs</th><td>";
    for (const std::string& input : summary.inputs) out += html_escape(input) + "<br>";
    out += "</td></tr>\n";
    const auto number_row = [&](std::string_view name, std::uint64_t value) {
        out += fmt::format("<tr><th>{}</th><td class=\"num\">{}</td></tr>\n", name, value);
    };
    number_row("Messages decoded", summary.messages);
    number_row("Bad input (frames/sentences rejected)", summary.bad_input);
    number_row("Aircraft", summary.aircraft);
    number_row("Vessels", summary.vessels);
    number_row("Tracks drawn", tracks.size());
    number_row("Events", events.size());
    if (summary.first_ms != 0 && summary.last_ms >= summary.first_ms) {  // 0: no timed message
        out += fmt::format("<tr><th>Message time span</th><td>{} to {} ({})</td></tr>\n",
                           table_time(summary.first_ms), table_time(summary.last_ms),
                           track::format_duration(summary.last_ms - summary.first_ms));
    }
    out += "</table>\n<table>\n<tr><th>Event kind</th><th>Count</th></tr>\n";
    const auto counts = detail::count_kinds(events);
    for (std::size_t kind = 0; kind < counts.size(); ++kind) {
        const auto event_kind = static_cast<track::EventKind>(kind);
        out += fmt::format("<tr><td>{}{}</td><td class=\"num\">{}</td></tr>\n", kind_dot(event_kind),
                           track::to_string(event_kind), counts[kind]);
    }
    out += "</table>\n";
}

void append_timeline(std::string& out, const std::vector<track::Event>& events,
                     const std::vector<std::size_t>& order) {
    out += "<h2>Timeline</h2>\n";
    if (events.empty()) {
        out += "<p class=\"note\">No events.</p>\n";
        return;
    }
    out += "<table>\n<tr><th>#</th><th>Start (UTC)</th><th>Duration</th><th>Kind</th><th>Objects</th>"
           "<th>Sites</th><th>Summary</th></tr>\n";
    for (const std::size_t idx : order) {
        const track::Event& event = events[idx];
        out += fmt::format(
            "<tr><td><a href=\"#event-{}\">{}</a></td><td>{}</td><td>{}</td><td>{}{}</td><td>{}</td>"
            "<td>{}</td><td>{}</td></tr>\n",
            idx, idx + 1, table_time(event.start_ms), track::format_duration(event.end_ms - event.start_ms),
            kind_dot(event.kind), track::to_string(event.kind), html_escape(objects_text(event)),
            html_escape(sites_text(event)), html_escape(event.summary));
    }
    out += "</table>\n";
}

void append_evidence(std::string& out, const track::Event& event) {
    if (event.evidence.empty()) return;
    out += "<table>\n<tr><th>Time (UTC)</th><th>Lat</th><th>Lon</th><th>Speed kn</th><th>Alt ft</th>"
           "<th>Object</th><th>Note</th></tr>\n";
    for (const track::EvidencePoint& point : event.evidence) {
        out += fmt::format(
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}"
            "</td><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>\n",
            table_time(point.t_ms), coord6(point.position.lat_deg), coord6(point.position.lon_deg),
            point.speed_kt ? fmt::format("{:.1f}", *point.speed_kt) : "",
            point.altitude_ft ? std::to_string(*point.altitude_ft) : "", html_escape(point.object_id),
            html_escape(point.note));
    }
    out += "</table>\n";
}

void append_event(std::string& out, const track::Event& event, std::size_t idx) {
    out +=
        fmt::format("<section class=\"event\" id=\"event-{}\" style=\"border-color:{}\">\n<h3>{}. {}</h3>\n"
                    "<p>{}</p>\n",
                    idx, detail::kind_colour(event.kind), idx + 1, track::to_string(event.kind),
                    html_escape(event.summary));
    out += fmt::format("<table>\n<tr><th>Start</th><td>{}</td></tr>\n<tr><th>End</th><td>{}</td></tr>\n"
                       "<tr><th>Duration</th><td>{}</td></tr>\n",
                       html_escape(time::to_iso8601(event.start_ms)),
                       html_escape(time::to_iso8601(event.end_ms)),
                       track::format_duration(event.end_ms - event.start_ms));
    for (const track::ObjectRef& object : event.objects) {
        std::string extra;
        const std::pair<const char*, const std::string*> fields[] = {{"IMO", &object.imo},
                                                                     {"call sign", &object.call_sign},
                                                                     {"country", &object.country},
                                                                     {"type", &object.type}};
        for (const auto& [name, value] : fields) {
            if (!value->empty()) extra += fmt::format(", {} {}", name, *value);
        }
        out += fmt::format("<tr><th>Object</th><td>{}</td></tr>\n", html_escape(object_text(object) + extra));
    }
    for (const track::SiteRef& site : event.sites) {
        out +=
            fmt::format("<tr><th>Site ({})</th><td>{} [{}]{}{}</td></tr>\n", html_escape(site.role),
                        html_escape(site.name), html_escape(site.id), site.of_concern ? ", of concern" : "",
                        site.approximate ? ", approximate outline (town-level coordinate)" : "");
    }
    for (const auto& [key, value] : event.details) {
        out += fmt::format("<tr><th>{}</th><td>{}</td></tr>\n", html_escape(key),
                           html_escape(detail::detail_text(value)));
    }
    out += fmt::format("<tr><th>Rule</th><td>{}{}</td></tr>\n", html_escape(event.rule.name),
                       event.rule.source.empty() ? "" : " (" + html_escape(event.rule.source) + ")");
    for (const auto& [name, value] : event.rule.thresholds) {
        out += fmt::format("<tr><th>threshold {}</th><td class=\"num\">{}</td></tr>\n", html_escape(name),
                           value);
    }
    out += "</table>\n";
    append_evidence(out, event);
    out += "</section>\n";
}

}  // namespace

std::string report_html(const RunSummary& summary, const std::vector<track::Event>& events,
                        const std::vector<track::TrackRecorder::Track>& tracks,
                        const track::SiteIndex* sites) {
    std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                                  "'none'; style-src 'unsafe-inline'\">\n"
                                  "<title>{}</title>\n<style>{}\n</style>\n</head>\n<body>\n<h1>{}</h1>\n",
                                  html_escape(summary.title), style, html_escape(summary.title));
    if (!summary.generated_by.empty()) {
        out += "<p class=\"note\">Generated by " + html_escape(summary.generated_by) + "</p>\n";
    }
    append_summary(out, summary, events, tracks);
    out += "<h2>Map</h2>\n" + detail::svg_map(events, tracks, sites);
    out +=
        "<p class=\"note\">Orange lines: aircraft; blue lines: vessels; red circles: sites named by events; "
        "dots: events (click for the evidence). Equirectangular projection of the data's bounding box.</p>\n";
    const std::vector<std::size_t> order = detail::timeline_order(events);
    append_timeline(out, events, order);
    if (!events.empty()) out += "<h2>Events and evidence</h2>\n";
    for (const std::size_t idx : order) append_event(out, events[idx], idx);
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace cp::report
