// SPDX-License-Identifier: Apache-2.0
// encounter (GFW): two vessels within 500 m of each other for >= 2 h, both at a median speed < 2 kn, >= 10 km
// from any port. Slow vessels are listed in a ~1 km grid; a report looks for new partners in the cells around
// it (at most once a minute per vessel) and updates the pairs it is already in. Two positions are compared
// only when reported within encounter_max_offset_ms of each other (GFW compares tracks resampled to 10 min).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "track/detail/vessel_impl.hpp"

namespace cp::track {

using detail::AisPoint;
using detail::VesselState;

namespace {

constexpr std::int64_t scan_interval_ms = 60'000;

/// Median of 0.1-unit samples, in units; -1 when there are none.
double median_tenths(std::vector<std::uint16_t> samples) {
    if (samples.empty()) return -1;
    const auto mid = samples.begin() + static_cast<std::ptrdiff_t>(samples.size() / 2);
    std::nth_element(samples.begin(), mid, samples.end());
    double value = *mid;
    if (samples.size() % 2 == 0) value = (value + *std::max_element(samples.begin(), mid)) / 2.0;
    return value / 10.0;
}

std::uint16_t clamp_u16(double value) {
    return static_cast<std::uint16_t>(std::lround(std::clamp(value, 0.0, 65'535.0)));
}

}  // namespace

void VesselTracker::Impl::drop_from_grid(std::uint32_t mmsi, VesselState& v) {
    if (!v.has(detail::in_grid)) return;
    grid.remove(mmsi, v.grid_cell);
    v.set(detail::in_grid, false);
}

void VesselTracker::Impl::update_encounters(std::uint32_t mmsi, VesselState& v, std::int64_t t_ms,
                                            double port_m) {
    // A pair that comes within encounter_min_port_distance_m of a port never gives an event (close_pair
    // checks min_port_m), so a vessel that near a port neither joins nor keeps a pair. Dropping it here gives
    // the same events and skips the work that dominated real feeds: hundreds of moored ships side by side in
    // busy ports.
    if (port_m < rules.encounter_min_port_distance_m) {
        if (v.has(detail::in_pairs)) {
            const std::vector<std::uint64_t> keys = pairs_of[mmsi];  // close_pair edits the list
            for (const std::uint64_t key : keys) {
                EncounterPair& pair = pairs.at(key);
                pair.min_port_m = std::min(pair.min_port_m, port_m);
                close_pair(key, false);
            }
        }
        drop_from_grid(mmsi, v);
        return;
    }
    const double sog_kt = v.sog_kt();
    const bool candidate = sog_kt < 2 * rules.encounter_max_median_kt;  // unknown (-1) stays a candidate
    bool moved_cell = false;
    if (candidate) {
        const std::uint64_t cell = detail::EncounterGrid::cell_of(v.pos);
        if (!v.has(detail::in_grid) || cell != v.grid_cell) {
            drop_from_grid(mmsi, v);
            grid.insert(mmsi, cell);
            v.grid_cell = cell;
            v.set(detail::in_grid, true);
            moved_cell = true;
        }
    } else {
        drop_from_grid(mmsi, v);
    }
    const geo::LatLon here = v.pos.latlon();

    if (v.has(detail::in_pairs)) {
        const std::vector<std::uint64_t> keys = pairs_of[mmsi];  // close_pair edits the list
        for (const std::uint64_t key : keys) {
            EncounterPair& pair = pairs.at(key);
            const std::uint32_t other = pair.a == mmsi ? pair.b : pair.a;
            const VesselState& ov = vessels.at(other);
            if (std::llabs(t_ms - ov.pos_ms) > rules.encounter_max_offset_ms) {
                if (t_ms - pair.last_close_ms > rules.max_break_ms) close_pair(key, false);
                continue;
            }
            const double d = geo::distance_m(here, ov.pos.latlon());
            if (d > rules.encounter_distance_m) {
                close_pair(key, false);
                continue;
            }
            pair.last_close_ms = std::max(pair.last_close_ms, t_ms);
            (pair.a == mmsi ? pair.last_a : pair.last_b) = v.pos;
            (pair.a == mmsi ? pair.last_b : pair.last_a) = ov.pos;
            pair.distances_m.push_back(clamp_u16(d));
            if (v.sog != detail::sog_unknown) (pair.a == mmsi ? pair.sog_a : pair.sog_b).push_back(v.sog);
            pair.min_port_m = std::min(pair.min_port_m, port_m);
        }
    }

    if (!v.has(detail::in_grid) || (!moved_cell && t_ms - v.grid_scan_ms < scan_interval_ms)) return;
    v.grid_scan_ms = t_ms;
    std::vector<std::uint32_t> near;
    grid.for_each_near(v.pos, rules.encounter_distance_m, [&](std::uint32_t other) {
        if (other != mmsi) near.push_back(other);
    });
    std::sort(near.begin(), near.end());  // deterministic pair creation order
    for (const std::uint32_t other : near) {
        const std::uint64_t key =
            mmsi < other ? (std::uint64_t{mmsi} << 32) | other : (std::uint64_t{other} << 32) | mmsi;
        if (pairs.count(key) != 0) continue;
        VesselState& ov = vessels.at(other);
        if (std::llabs(t_ms - ov.pos_ms) > rules.encounter_max_offset_ms) continue;
        const double d = geo::distance_m(here, ov.pos.latlon());
        if (d > rules.encounter_distance_m) continue;
        EncounterPair pair;
        pair.a = std::min(mmsi, other);
        pair.b = std::max(mmsi, other);
        pair.start_ms = std::min(t_ms, ov.pos_ms);
        pair.last_close_ms = t_ms;
        pair.first_a = pair.last_a = pair.a == mmsi ? v.pos : ov.pos;
        pair.first_b = pair.last_b = pair.a == mmsi ? ov.pos : v.pos;
        pair.distances_m.push_back(clamp_u16(d));
        if (v.sog != detail::sog_unknown) (pair.a == mmsi ? pair.sog_a : pair.sog_b).push_back(v.sog);
        if (ov.sog != detail::sog_unknown) (pair.a == mmsi ? pair.sog_b : pair.sog_a).push_back(ov.sog);
        pair.min_port_m = std::min(port_m, port_distance(ov, ov.pos));
        pairs.emplace(key, std::move(pair));
        pairs_of[mmsi].push_back(key);
        pairs_of[other].push_back(key);
        v.set(detail::in_pairs, true);
        ov.set(detail::in_pairs, true);
    }
}

void VesselTracker::Impl::close_pair(std::uint64_t key, bool at_end) {
    const auto it = pairs.find(key);
    if (it == pairs.end()) return;
    const EncounterPair pair = std::move(it->second);
    pairs.erase(it);
    for (const std::uint32_t member : {pair.a, pair.b}) {
        auto& list = pairs_of[member];
        list.erase(std::remove(list.begin(), list.end(), key), list.end());
        if (!list.empty()) continue;
        pairs_of.erase(member);
        const auto found = vessels.find(member);
        if (found != vessels.end()) found->second.set(detail::in_pairs, false);
    }
    const std::int64_t duration_ms = pair.last_close_ms - pair.start_ms;
    const double median_a = median_tenths(pair.sog_a);
    const double median_b = median_tenths(pair.sog_b);
    if (duration_ms < rules.encounter_min_ms || median_a < 0 || median_b < 0) return;
    if (median_a >= rules.encounter_max_median_kt || median_b >= rules.encounter_max_median_kt) return;
    if (pair.min_port_m < rules.encounter_min_port_distance_m) return;

    std::vector<std::uint16_t> distances = pair.distances_m;
    const double median_m = median_tenths(std::move(distances)) * 10.0;
    const VesselState& va = vessels.at(pair.a);
    const VesselState& vb = vessels.at(pair.b);
    Event event;
    event.kind = EventKind::encounter;
    event.start_ms = pair.start_ms;
    event.end_ms = pair.last_close_ms;
    event.objects.push_back(object_ref(pair.a, va));
    event.objects.push_back(object_ref(pair.b, vb));
    event.evidence.push_back(
        vessel_evidence(pair.a, pair.first_a, pair.start_ms, -1, "first close position"));
    event.evidence.push_back(
        vessel_evidence(pair.b, pair.first_b, pair.start_ms, -1, "first close position"));
    event.evidence.push_back(
        vessel_evidence(pair.a, pair.last_a, pair.last_close_ms, -1, "last close position"));
    event.evidence.push_back(
        vessel_evidence(pair.b, pair.last_b, pair.last_close_ms, -1, "last close position"));
    event.rule = {
        "gfw_encounter",
        "Global Fishing Watch encounter events",
        {{"encounter_distance_m", rules.encounter_distance_m},
         {"encounter_min_h", static_cast<double>(rules.encounter_min_ms) / 3.6e6},
         {"encounter_max_median_kt", rules.encounter_max_median_kt},
         {"encounter_min_port_distance_m", rules.encounter_min_port_distance_m},
         {"encounter_max_offset_min", static_cast<double>(rules.encounter_max_offset_ms) / 60'000.0}}};
    add_integer(event, "duration_s", duration_ms / 1000);
    add_integer(event, "median_distance_m", std::llround(median_m));
    event.add_detail("median_speed_kt_" + std::to_string(pair.a), median_a);
    event.add_detail("median_speed_kt_" + std::to_string(pair.b), median_b);
    add_integer(event, "comparisons", pair.distances_m.size());
    add_integer(event, "port_distance_at_least_m",
                std::isinf(pair.min_port_m) ? -1 : std::llround(pair.min_port_m));
    if (at_end) event.add_detail("open_at_end", true);
    event.summary = fmt::format(
        "{} and {} met for {} (median {:.0f} m apart, median speeds {:.1f} and {:.1f} kn) "
        "away from port",
        label(pair.a, va), label(pair.b, vb), format_duration(duration_ms), median_m, median_a, median_b);
    emit(std::move(event));
}

}  // namespace cp::track
