// SPDX-License-Identifier: Apache-2.0
// Equirectangular projection on the bounding box of everything drawn. Not a navigational chart: no coastlines
// (those would have to be fetched or bundled), just the geometry of the evidence with its coordinates at the
// corners. Long tracks are thinned by striding so the page stays light.
#include "report/detail/svg_map.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <fmt/format.h>

#include "report/detail/collect.hpp"
#include "report/detail/escape.hpp"

namespace cp::report::detail {

namespace {

constexpr double view_width = 1000;
constexpr double margin = 30;
constexpr std::size_t max_polyline_points = 1500;

struct Bounds {
    double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
    bool empty = true;
    void add(const geo::LatLon& p) {
        min_lat = std::min(min_lat, p.lat_deg);
        max_lat = std::max(max_lat, p.lat_deg);
        min_lon = std::min(min_lon, p.lon_deg);
        max_lon = std::max(max_lon, p.lon_deg);
        empty = false;
    }
};

class Projection {
public:
    explicit Projection(Bounds b) : m_bounds(b) {
        // A single point or a straight meridian still gets a box: pad to at least 0.05 degree.
        const double pad_lat = std::max(0.05, (b.max_lat - b.min_lat) * 0.05);
        const double pad_lon = std::max(0.05, (b.max_lon - b.min_lon) * 0.05);
        m_bounds.min_lat -= pad_lat;
        m_bounds.max_lat += pad_lat;
        m_bounds.min_lon -= pad_lon;
        m_bounds.max_lon += pad_lon;
        const double mid_lat = (m_bounds.min_lat + m_bounds.max_lat) / 2;
        m_kx = std::max(0.05, std::cos(mid_lat * std::numbers::pi / 180));
        const double data_w = (m_bounds.max_lon - m_bounds.min_lon) * m_kx;
        const double data_h = m_bounds.max_lat - m_bounds.min_lat;
        // Height follows the data's aspect ratio within sane limits.
        m_height = std::clamp(view_width * data_h / data_w, 300.0, 800.0);
        m_scale = std::min((view_width - 2 * margin) / data_w, (m_height - 2 * margin) / data_h);
        m_x0 = (view_width - data_w * m_scale) / 2;
        m_y0 = (m_height - data_h * m_scale) / 2;
    }
    [[nodiscard]] double x(double lon) const { return m_x0 + (lon - m_bounds.min_lon) * m_kx * m_scale; }
    [[nodiscard]] double y(double lat) const { return m_y0 + (m_bounds.max_lat - lat) * m_scale; }
    [[nodiscard]] std::string xy(const geo::LatLon& p) const {
        return fmt::format("{:.1f},{:.1f}", x(p.lon_deg), y(p.lat_deg));
    }
    /// Pixels per metre (1 degree of latitude = 111.2 km).
    [[nodiscard]] double px_per_m() const { return m_scale / 111'195.0; }
    [[nodiscard]] double height() const { return m_height; }
    [[nodiscard]] const Bounds& bounds() const { return m_bounds; }

private:
    Bounds m_bounds;
    double m_kx = 1, m_scale = 1, m_x0 = 0, m_y0 = 0, m_height = 600;
};

void append_tracks(std::string& out, const Projection& proj,
                   const std::vector<track::TrackRecorder::Track>& tracks) {
    for (const auto& track : tracks) {
        if (track.points.empty()) continue;
        const bool aircraft = track.object.kind == track::ObjectKind::aircraft;
        const std::size_t stride = (track.points.size() + max_polyline_points - 1) / max_polyline_points;
        std::string points;
        for (std::size_t idx = 0; idx < track.points.size(); idx += stride) {
            points += proj.xy(track.points[idx].position) + ' ';
        }
        points += proj.xy(track.points.back().position);
        const std::string label = track.object.name.empty() ? track.object.id : track.object.name;
        out += fmt::format("<polyline class=\"{}\" points=\"{}\"><title>{}</title></polyline>\n",
                           aircraft ? "trk-a" : "trk-v", points, html_escape(label));
    }
}

void append_sites(std::string& out, const Projection& proj, const std::vector<NamedSite>& named) {
    for (const NamedSite& entry : named) {
        const track::Site& site = *entry.site;
        const double r = std::max(3.0, site.radius_m * proj.px_per_m());
        out += fmt::format("<circle class=\"site\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{:.1f}\"><title>{}</title>"
                           "</circle><text class=\"lbl\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
                           proj.x(site.center.lon_deg), proj.y(site.center.lat_deg), r,
                           html_escape(site.name + " [" + site.id + "]"), proj.x(site.center.lon_deg) + r + 2,
                           proj.y(site.center.lat_deg) - 2,
                           html_escape(site.name.empty() ? site.id : site.name));
    }
}

void append_events(std::string& out, const Projection& proj, const std::vector<track::Event>& events) {
    for (std::size_t idx = 0; idx < events.size(); ++idx) {
        const track::Event& event = events[idx];
        if (event.evidence.empty()) continue;
        const geo::LatLon& p = event.evidence.front().position;
        out += fmt::format("<a href=\"#event-{}\"><circle class=\"ev\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\" "
                           "fill=\"{}\"><title>{}: {}</title></circle></a>\n",
                           idx, proj.x(p.lon_deg), proj.y(p.lat_deg), kind_colour(event.kind),
                           track::to_string(event.kind), html_escape(event.summary));
    }
}

}  // namespace

std::string svg_map(const std::vector<track::Event>& events,
                    const std::vector<track::TrackRecorder::Track>& tracks, const track::SiteIndex* sites) {
    Bounds bounds;
    for (const auto& track : tracks) {
        for (const track::TrackPoint& point : track.points) bounds.add(point.position);
    }
    for (const track::Event& event : events) {
        for (const track::EvidencePoint& point : event.evidence) bounds.add(point.position);
    }
    const std::vector<NamedSite> named = named_sites(events, sites);
    for (const NamedSite& entry : named) bounds.add(entry.site->center);
    if (bounds.empty) return "<p class=\"note\">No positions to map.</p>\n";

    const Projection proj(bounds);
    const Bounds& b = proj.bounds();
    std::string out =
        fmt::format("<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {:.0f} {:.0f}\" "
                    "role=\"img\" aria-label=\"map of tracks and events\">\n"
                    "<rect class=\"sea\" x=\"0\" y=\"0\" width=\"{:.0f}\" height=\"{:.0f}\"/>\n",
                    view_width, proj.height(), view_width, proj.height());
    append_tracks(out, proj, tracks);
    append_sites(out, proj, named);
    append_events(out, proj, events);
    out += fmt::format(
        "<text class=\"crd\" x=\"4\" y=\"14\">lat {:.3f} lon {:.3f}</text>\n"
        "<text class=\"crd\" x=\"{:.0f}\" y=\"{:.0f}\" text-anchor=\"end\">lat {:.3f} lon {:.3f}</text>\n",
        b.max_lat, b.min_lon, view_width - 4, proj.height() - 6, b.min_lat, b.max_lon);
    out += "</svg>\n";
    return out;
}

}  // namespace cp::report::detail
