// SPDX-License-Identifier: Apache-2.0
// Detectors tied to where a vessel is: port_visit (GFW pipe-anchorages: enter within 3 km, leave beyond 4 km,
// stopped below 0.2 kn, moving again above 0.5 kn), ais_gap (silence >= 6 h between two positions, with GFW's
// "likely disabled" distance criterion) and loitering (< 2 kn for >= 4 h, >= 10 km from any port). Port
// distances are cached per vessel: a vessel far from every port is not looked up again until it has moved
// close enough for the answer to change.
#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "track/detail/vessel_impl.hpp"

namespace cp::track {

using detail::AisPoint;
using detail::VesselState;

namespace {

constexpr double disabled_min_shore_m = 50 * geo::metres_per_nautical_mile;  // GFW: 50 nm from shore

/// Entry circle of a port: its own radius (wider for town-level coordinates) or GFW's entry distance.
double entry_radius(const Site& site, const VesselRules& rules) {
    return std::max(site.radius_m, rules.port_entry_m);
}

bool inside_entry(const Site& site, geo::LatLon p, const VesselRules& rules) {
    if (!site.polygon.empty() && geo::inside_polygon(p, site.polygon)) return true;
    return geo::distance_m(site.center, p) <= entry_radius(site, rules);
}

double hours(std::int64_t ms) {
    return static_cast<double>(ms) / 3.6e6;
}

}  // namespace

double VesselTracker::Impl::port_distance(VesselState& v, AisPoint p) {
    if (ctx.sites == nullptr) return std::numeric_limits<double>::infinity();
    if (v.has(detail::port_cache)) {
        const double bound = v.port_clear_m - detail::approx_distance_m(v.port_check.latlon(), p.latlon());
        // Every decision compares with a distance below port_watch_m: a lower bound above it decides them
        // all.
        if (bound > port_watch_m) return bound;
    }
    const double query_m = 3 * port_watch_m;
    const double d = ctx.sites->distance_to_nearest(p.latlon(), {SiteKind::port}, query_m);
    v.port_check = p;
    v.port_clear_m =
        static_cast<float>(std::min(d, query_m) * 0.999);  // float rounding stays on the safe side
    v.set(detail::port_cache, true);
    return d;
}

void VesselTracker::Impl::check_gap(std::uint32_t mmsi, const VesselState& v, AisPoint p, std::int64_t t_ms) {
    const std::int64_t gap_ms = t_ms - v.pos_ms;
    if (gap_ms < rules.min_gap_ms) return;
    const double distance = geo::distance_m(v.pos.latlon(), p.latlon());
    const double implied_kt = distance / geo::metres_per_nautical_mile / hours(gap_ms);

    Event event;
    event.kind = EventKind::ais_gap;
    event.start_ms = v.pos_ms;
    event.end_ms = t_ms;
    event.objects.push_back(object_ref(mmsi, v));
    event.evidence.push_back(
        vessel_evidence(mmsi, v.pos, v.pos_ms, v.sog_kt(), "last position before the gap"));
    event.evidence.push_back(vessel_evidence(mmsi, p, t_ms, v.sog_kt(), "first position after the gap"));
    event.rule = {"ais_gap",
                  "Global Fishing Watch AIS gap / disabling criteria",
                  {{"min_gap_h", hours(rules.min_gap_ms)}, {"disabled_min_distance_from_shore_nm", 50}}};
    add_integer(event, "gap_s", gap_ms / 1000);
    event.add_detail("gap_h", std::round(hours(gap_ms) * 100) / 100);
    add_integer(event, "distance_m", std::llround(distance));
    event.add_detail("implied_speed_kt", std::round(implied_kt * 10) / 10);
    // GFW marks a gap as a likely disabling when it starts >= 50 nm from shore in an area of good reception.
    // Reception quality needs many recordings of the area and the coastline is not loaded: port sites stand
    // in for the shore, so the distance is an upper bound of the distance from shore.
    std::string evaluated;
    bool likely_disabled = false;
    if (ctx.sites != nullptr) {
        const double port_m =
            ctx.sites->distance_to_nearest(v.pos.latlon(), {SiteKind::port}, 2 * disabled_min_shore_m);
        likely_disabled = port_m >= disabled_min_shore_m;
        evaluated = "gap start >= 50 nm (92.6 km) from the nearest known port";
        add_integer(event, "start_distance_from_port_m", std::isinf(port_m) ? -1 : std::llround(port_m));
        event.add_detail("likely_disabled", likely_disabled);
    }
    event.add_detail("likely_disabled_criteria_evaluated",
                     evaluated.empty() ? "none (no port sites loaded)" : evaluated);
    event.add_detail(
        "likely_disabled_criteria_not_evaluated",
        std::string_view("reception quality of the area (needs many recordings); distance from the "
                         "coastline (no coastline loaded: known ports stand in for the shore)"));
    event.summary =
        fmt::format("{} was silent for {}, reappearing {:.0f} km away (implied {:.1f} kn){}", label(mmsi, v),
                    format_duration(gap_ms), distance / 1000.0, implied_kt,
                    likely_disabled ? "; AIS likely disabled (started >= 50 nm from any known port)" : "");
    emit(std::move(event));
}

void VesselTracker::Impl::update_port_visit(std::uint32_t mmsi, VesselState& v, AisPoint p, std::int64_t t_ms,
                                            double port_m) {
    const double sog_kt = v.sog_kt();
    if (v.has(detail::in_port)) {
        OpenVisit& visit = visits.at(mmsi);
        const Site& site = *visit.site;
        const bool in_polygon = !site.polygon.empty() && geo::inside_polygon(p.latlon(), site.polygon);
        if (!in_polygon && geo::distance_m(site.center, p.latlon()) > visit.exit_radius_m) {
            const OpenVisit closed = visit;
            visits.erase(mmsi);
            v.set(detail::in_port, false);
            close_visit(mmsi, v, closed, p, t_ms);
        } else {
            // Hysteresis as in GFW: a stop begins below stopped_begin_kt and ends above stopped_end_kt.
            if (visit.stop_start_ms < 0 && sog_kt >= 0 && sog_kt < rules.stopped_begin_kt) {
                visit.stop_start_ms = t_ms;
                if (visit.first_stop_ms < 0) visit.first_stop_ms = t_ms;
            } else if (visit.stop_start_ms >= 0 && sog_kt > rules.stopped_end_kt) {
                visit.stopped_ms += t_ms - visit.stop_start_ms;
                visit.stop_start_ms = -1;
            }
            visit.longest_gap_ms = std::max(visit.longest_gap_ms, t_ms - visit.last_ms);
            visit.last_ms = t_ms;
            visit.last_pos = p;
            return;
        }
    }
    if (ctx.sites == nullptr || port_m > port_watch_m) return;
    for (const Site* site : ctx.sites->containing(p.latlon(), rules.port_entry_m)) {
        if (site->kind != SiteKind::port || !inside_entry(*site, p.latlon(), rules)) continue;
        OpenVisit visit;
        visit.site = site;
        visit.exit_radius_m = entry_radius(*site, rules) + (rules.port_exit_m - rules.port_entry_m);
        visit.entry_ms = t_ms;
        visit.entry_pos = p;
        visit.last_ms = t_ms;
        visit.last_pos = p;
        if (sog_kt >= 0 && sog_kt < rules.stopped_begin_kt) visit.stop_start_ms = visit.first_stop_ms = t_ms;
        visit.entry_seen = v.has(detail::has_position);
        visits[mmsi] = visit;
        v.set(detail::in_port, true);
        return;  // sites of concern first, then the nearest
    }
}

void VesselTracker::Impl::close_visit(std::uint32_t mmsi, const VesselState& v, const OpenVisit& visit,
                                      AisPoint exit_pos, std::int64_t exit_ms) {
    std::int64_t stopped_ms = visit.stopped_ms;
    if (visit.stop_start_ms >= 0) stopped_ms += visit.last_ms - visit.stop_start_ms;  // stopped until it left
    const Site& site = *visit.site;
    const bool port_gap = visit.longest_gap_ms >= rules.port_gap_ms;
    if (rules.port_visit_requires_stop && visit.first_stop_ms < 0 && !port_gap) return;  // in transit
    Event event;
    event.kind = EventKind::port_visit;
    event.start_ms = visit.entry_ms;
    event.end_ms = exit_ms;
    event.objects.push_back(object_ref(mmsi, v));
    event.sites.push_back(site_ref(site, "at"));
    event.evidence.push_back(vessel_evidence(mmsi, visit.entry_pos, visit.entry_ms, -1, "entry"));
    event.evidence.push_back(
        vessel_evidence(mmsi, visit.last_pos, visit.last_ms, -1, "last position in port"));
    event.evidence.push_back(vessel_evidence(mmsi, exit_pos, exit_ms, v.sog_kt(), "exit"));
    event.rule = {"gfw_port_visit",
                  "Global Fishing Watch pipe-anchorages",
                  {{"port_entry_m", entry_radius(site, rules)},
                   {"port_exit_m", visit.exit_radius_m},
                   {"stopped_begin_kt", rules.stopped_begin_kt},
                   {"stopped_end_kt", rules.stopped_end_kt},
                   {"port_gap_h", hours(rules.port_gap_ms)}}};
    add_integer(event, "duration_s", (exit_ms - visit.entry_ms) / 1000);
    add_integer(event, "stop_duration_s", stopped_ms / 1000);
    event.add_detail("stopped", visit.first_stop_ms >= 0);
    event.add_detail("port_gap", port_gap);
    // The first report of the vessel was already in port: it arrived before the recording began.
    event.add_detail("entry_seen", visit.entry_seen);
    if (site.approximate) {
        event.add_detail("approximate_site", "port outline is a town/city-level coordinate (" +
                                                 site.precision +
                                                 "): the circle is wider and the visit less certain");
    }
    event.summary =
        fmt::format("{} visited {}{} for {}{}", label(mmsi, v), site.name,
                    site.approximate ? " (approximate site)" : "", format_duration(exit_ms - visit.entry_ms),
                    visit.first_stop_ms >= 0 ? ", stopped " + format_duration(stopped_ms) : ", no stop");
    emit(std::move(event));
}

void VesselTracker::Impl::update_loitering(std::uint32_t mmsi, VesselState& v, AisPoint p, std::int64_t t_ms,
                                           double port_m) {
    const double sog_kt = v.sog_kt();
    if (v.has(detail::loitering)) {
        LoiterRun& run = loiters.at(mmsi);
        const bool broken = t_ms - run.last_ms > rules.max_break_ms;
        const bool ends = broken || v.has(detail::in_port) || port_m < rules.loiter_min_port_distance_m ||
                          (sog_kt >= 0 && sog_kt >= rules.loiter_max_kt);
        if (!ends) {
            run.last_ms = t_ms;
            run.last_pos = p;
            run.min_port_m = std::min(run.min_port_m, port_m);
            if (sog_kt >= 0) {
                run.speed_sum_kt += sog_kt;
                ++run.samples;
            }
            return;
        }
        const LoiterRun closed = run;
        loiters.erase(mmsi);
        v.set(detail::loitering, false);
        close_loiter(mmsi, v, closed);
        if (!broken) return;  // a silence ends the run, but this report may start the next one
    }
    if (sog_kt < 0 || sog_kt >= rules.loiter_max_kt || v.has(detail::in_port) ||
        port_m < rules.loiter_min_port_distance_m) {
        return;
    }
    LoiterRun run;
    run.start_ms = run.last_ms = t_ms;
    run.start_pos = run.last_pos = p;
    run.speed_sum_kt = sog_kt;
    run.samples = 1;
    run.min_port_m = port_m;
    loiters[mmsi] = run;
    v.set(detail::loitering, true);
}

void VesselTracker::Impl::close_loiter(std::uint32_t mmsi, const VesselState& v, const LoiterRun& run) {
    const std::int64_t duration_ms = run.last_ms - run.start_ms;
    if (duration_ms < rules.loiter_min_ms) return;
    const double mean_kt = run.samples > 0 ? run.speed_sum_kt / run.samples : 0.0;
    Event event;
    event.kind = EventKind::loitering;
    event.start_ms = run.start_ms;
    event.end_ms = run.last_ms;
    event.objects.push_back(object_ref(mmsi, v));
    event.evidence.push_back(vessel_evidence(mmsi, run.start_pos, run.start_ms, -1, "first slow position"));
    event.evidence.push_back(vessel_evidence(mmsi, run.last_pos, run.last_ms, -1, "last slow position"));
    event.rule = {"gfw_loitering",
                  "Global Fishing Watch loitering events",
                  {{"loiter_max_kt", rules.loiter_max_kt},
                   {"loiter_min_h", hours(rules.loiter_min_ms)},
                   {"loiter_min_port_distance_m", rules.loiter_min_port_distance_m},
                   {"max_break_h", hours(rules.max_break_ms)}}};
    add_integer(event, "duration_s", duration_ms / 1000);
    event.add_detail("mean_speed_kt", std::round(mean_kt * 100) / 100);
    add_integer(event, "distance_moved_m",
                std::llround(geo::distance_m(run.start_pos.latlon(), run.last_pos.latlon())));
    add_integer(event, "port_distance_at_least_m",
                std::isinf(run.min_port_m) ? -1 : std::llround(run.min_port_m));
    if (std::isinf(run.min_port_m))
        event.add_detail("port_distance_note", std::string_view("no port site within the lookup radius"));
    event.summary = fmt::format("{} loitered for {} at a mean {:.1f} kn away from port", label(mmsi, v),
                                format_duration(duration_ms), mean_kt);
    emit(std::move(event));
}

}  // namespace cp::track
