// SPDX-License-Identifier: Apache-2.0
// VesselTracker: merges AIS position reports (types 1-3, 18, 19, 27) and static/voyage data (5, 19, 24A/B)
// per MMSI and drives the detectors (detail/vessel_*.cpp, detail/encounter_pairs.cpp). Tested with hand-built
// messages around every threshold and on 3 minutes of a live AISHub feed (tests/unit/track/test_vessel*.cpp).
#include "track/vessel.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "track/detail/vessel_impl.hpp"

namespace cp::track {

using detail::AisPoint;
using detail::VesselState;

namespace {

constexpr std::int32_t lon_unavailable = 181 * 600'000;
constexpr std::int32_t lat_unavailable = 91 * 600'000;
constexpr std::int64_t housekeeping_interval_ms = 60'000;

/// A position in 1/10000 minute, or nullopt when "not available" or out of range (decoders pass any value).
std::optional<AisPoint> valid_point(std::int32_t lat, std::int32_t lon) {
    if (lat == lat_unavailable || lon == lon_unavailable) return std::nullopt;
    if (std::abs(lat) > 90 * 600'000 || std::abs(lon) > 180 * 600'000) return std::nullopt;
    return AisPoint{lat, lon};
}

/// AIS text fields: '@' already ends them (FixedText); names of spaces or '@' only mean "not available".
std::string_view clean_text(std::string_view text) {
    text = text::trim(text);
    if (text.find_first_not_of("@ ") == std::string_view::npos) return {};
    return text;
}

}  // namespace

VesselTracker::Impl::Impl(Context context, VesselRules rules_in) : ctx(std::move(context)), rules(rules_in) {
    // Exact port checks run within this of a port centre: the widest port circle plus the exit margin, or
    // the "away from port" distances of encounter/loitering, whichever is larger.
    double widest = rules.port_entry_m;
    if (ctx.sites != nullptr) {
        for (const Site& site : ctx.sites->sites()) {
            if (site.kind == SiteKind::port) widest = std::max(widest, site.radius_m);
        }
    }
    port_watch_m = std::max({widest + (rules.port_exit_m - rules.port_entry_m) + 1'000.0,
                             rules.encounter_min_port_distance_m, rules.loiter_min_port_distance_m});
}

void VesselTracker::Impl::update(const ais::Message& msg, std::int64_t t_ms) {
    if (t_ms >= next_housekeeping_ms) {
        housekeeping(t_ms, false);
        next_housekeeping_ms = t_ms + housekeeping_interval_ms;
    }
    const bool is_position =
        (msg.type >= 1 && msg.type <= 3) || msg.type == 18 || msg.type == 19 || msg.type == 27;
    const bool is_static = msg.type == 5 || msg.type == 24;
    if ((!is_position && !is_static) || msg.mmsi == 0) return;

    auto [it, created] = vessels.try_emplace(msg.mmsi);
    VesselState& v = it->second;
    const std::int64_t previous_seen_ms = created ? -1 : v.last_seen_ms;
    v.last_seen_ms = std::max(v.last_seen_ms, t_ms);
    ++v.messages;
    bool identity_changed = created;

    if (const auto* pos = std::get_if<ais::PositionReport>(&msg.body)) {
        v.nav_status = pos->status;
        if (auto p = valid_point(pos->lat, pos->lon)) {
            on_position(msg.mmsi, v, *p, pos->speed, pos->course, pos->heading, t_ms);
        }
    } else if (const auto* b = std::get_if<ais::ClassBPosition>(&msg.body)) {
        if (auto p = valid_point(b->lat, b->lon))
            on_position(msg.mmsi, v, *p, b->speed, b->course, b->heading, t_ms);
    } else if (const auto* x = std::get_if<ais::ClassBExtended>(&msg.body)) {
        if (auto p = valid_point(x->lat, x->lon))
            on_position(msg.mmsi, v, *p, x->speed, x->course, x->heading, t_ms);
        const std::uint32_t before = v.name_id;
        set_name(msg.mmsi, v, x->shipname.view(), t_ms);
        identity_changed |= before != v.name_id;
        if (x->shiptype != 0) v.ship_type = x->shiptype;
        if (x->to_bow + x->to_stern > 0) v.length_m = static_cast<std::uint16_t>(x->to_bow + x->to_stern);
        if (x->to_port + x->to_starboard > 0)
            v.beam_m = static_cast<std::uint16_t>(x->to_port + x->to_starboard);
    } else if (const auto* lr = std::get_if<ais::LongRangePosition>(&msg.body)) {
        // Type 27 uses 1/10 minute, whole knots and degrees (ITU-R M.1371-5 Table 88).
        v.nav_status = lr->status;
        if (lr->lat != 91 * 600 && lr->lon != 181 * 600) {
            if (auto p = valid_point(lr->lat * 1000, lr->lon * 1000)) {
                const auto sog =
                    lr->speed == 63 ? detail::sog_unknown : static_cast<std::uint16_t>(lr->speed * 10);
                const auto cog =
                    lr->course == 511 ? detail::cog_unknown : static_cast<std::uint16_t>(lr->course * 10);
                on_position(msg.mmsi, v, *p, sog, cog, detail::heading_unknown, t_ms);
            }
        }
    } else if (const auto* s = std::get_if<ais::StaticVoyageData>(&msg.body)) {
        const std::uint32_t name_before = v.name_id;
        const std::uint32_t call_before = v.call_sign_id;
        const std::uint32_t imo_before = v.imo;
        set_name(msg.mmsi, v, s->shipname.view(), t_ms);
        set_call_sign(msg.mmsi, v, s->callsign.view(), t_ms);
        set_imo(msg.mmsi, v, s->imo, t_ms);
        identity_changed |= name_before != v.name_id || call_before != v.call_sign_id || imo_before != v.imo;
        if (s->shiptype != 0) v.ship_type = s->shiptype;
        if (s->to_bow + s->to_stern > 0) v.length_m = static_cast<std::uint16_t>(s->to_bow + s->to_stern);
        if (s->to_port + s->to_starboard > 0)
            v.beam_m = static_cast<std::uint16_t>(s->to_port + s->to_starboard);
        if (s->draught != 0) v.draught_dm = s->draught;
        const std::string_view destination = clean_text(s->destination.view());
        if (!destination.empty()) v.destination_id = strings.intern(destination);
    } else if (const auto* r = std::get_if<ais::StaticDataReport>(&msg.body)) {
        const std::uint32_t name_before = v.name_id;
        const std::uint32_t call_before = v.call_sign_id;
        if (r->part == 0) {
            set_name(msg.mmsi, v, r->shipname.view(), t_ms);
        } else {
            set_call_sign(msg.mmsi, v, r->callsign.view(), t_ms);
            if (r->shiptype != 0) v.ship_type = r->shiptype;
            if (!r->auxiliary && r->to_bow + r->to_stern > 0) {
                v.length_m = static_cast<std::uint16_t>(r->to_bow + r->to_stern);
                v.beam_m = static_cast<std::uint16_t>(r->to_port + r->to_starboard);
            }
        }
        identity_changed |= name_before != v.name_id || call_before != v.call_sign_id;
    }
    check_watchlist(msg.mmsi, v, t_ms, identity_changed, previous_seen_ms);
}

void VesselTracker::Impl::on_position(std::uint32_t mmsi, VesselState& v, AisPoint p, std::uint16_t sog,
                                      std::uint16_t cog, std::uint16_t heading, std::int64_t t_ms) {
    // Reports older than the accepted one (a repeater relaying late) would run the detectors backwards.
    if (v.has(detail::has_position) && t_ms < v.pos_ms) return;
    v.sog = sog > 1022 ? detail::sog_unknown : sog;
    v.cog = cog >= 3600 ? detail::cog_unknown : cog;
    v.heading = heading > 359 ? detail::heading_unknown : heading;
    if (!check_jump(mmsi, v, p, t_ms)) return;
    accept_position(mmsi, v, p, t_ms);
}

void VesselTracker::Impl::accept_position(std::uint32_t mmsi, VesselState& v, AisPoint p, std::int64_t t_ms) {
    if (v.has(detail::has_position)) check_gap(mmsi, v, p, t_ms);
    const double port_m = port_distance(v, p);
    update_port_visit(mmsi, v, p, t_ms, port_m);
    v.pos = p;
    v.pos_ms = t_ms;
    v.set(detail::has_position, true);
    update_loitering(mmsi, v, p, t_ms, port_m);
    update_encounters(mmsi, v, t_ms, port_m);
    if (ctx.recorder != nullptr) {
        TrackPoint point;
        point.t_ms = t_ms;
        point.position = p.latlon();
        point.speed_kt = static_cast<float>(v.sog_kt());
        ctx.recorder->record(object_ref(mmsi, v), point);
    }
}

void VesselTracker::Impl::check_watchlist(std::uint32_t mmsi, VesselState& v, std::int64_t t_ms,
                                          bool identity_changed, std::int64_t previous_seen_ms) {
    if (ctx.watchlist == nullptr) return;
    const bool was_watched = v.has(detail::watched);
    std::vector<const WatchEntry*> matches;
    if (identity_changed || was_watched) {
        matches =
            ctx.watchlist->match_vessel(mmsi, v.imo, strings.get(v.name_id), strings.get(v.call_sign_id));
        v.set(detail::watched, !matches.empty());
    }
    if (matches.empty()) return;
    const bool resighted =
        was_watched && previous_seen_ms >= 0 && t_ms - previous_seen_ms >= rules.watch_resighting_ms;
    if (was_watched && !resighted) return;

    Event event;
    event.kind = EventKind::watchlist_sighting;
    event.start_ms = t_ms;
    event.end_ms = t_ms;
    event.objects.push_back(object_ref(mmsi, v));
    if (v.has(detail::has_position))
        event.evidence.push_back(vessel_evidence(mmsi, v.pos, v.pos_ms, v.sog_kt(), "last position"));
    event.rule = {"watchlist_vessel",
                  "user watchlist / sanctions lists",
                  {{"watch_resighting_h", static_cast<double>(rules.watch_resighting_ms) / 3.6e6}}};
    for (const WatchEntry* entry : matches) {
        event.add_detail("matched_" + std::string(to_string(entry->key)), entry->value);
        if (!entry->label.empty()) event.add_detail("label", entry->label);
        if (!entry->source.empty()) event.add_detail("source", entry->source);
    }
    if (resighted) add_integer(event, "silent_before_s", (t_ms - previous_seen_ms) / 1000);
    const WatchEntry& first = *matches.front();
    event.summary = "Watch-listed vessel " + label(mmsi, v) + " heard (" + std::string(to_string(first.key)) +
                    " " + first.value + (first.label.empty() ? "" : ": " + first.label) + ")";
    emit(std::move(event));
}

void VesselTracker::Impl::housekeeping(std::int64_t now_ms, bool final) {
    // Encounters and loitering runs whose vessels went silent end at their last report.
    std::vector<std::uint64_t> stale_pairs;
    for (const auto& [key, pair] : pairs) {
        if (final || now_ms - pair.last_close_ms > rules.max_break_ms) stale_pairs.push_back(key);
    }
    std::sort(stale_pairs.begin(), stale_pairs.end());  // deterministic event order
    for (const std::uint64_t key : stale_pairs) close_pair(key, final);

    std::vector<std::uint32_t> stale;
    for (const auto& [mmsi, run] : loiters) {
        if (final || now_ms - run.last_ms > rules.max_break_ms) stale.push_back(mmsi);
    }
    std::sort(stale.begin(), stale.end());
    for (const std::uint32_t mmsi : stale) {
        VesselState& v = vessels.at(mmsi);
        const LoiterRun run = loiters.at(mmsi);
        loiters.erase(mmsi);
        v.set(detail::loitering, false);
        close_loiter(mmsi, v, run);
    }

    stale.clear();
    for (const auto& [mmsi, episode] : jumps) {
        if (final || now_ms - episode.last_ms > rules.jump_episode_ms) stale.push_back(mmsi);
    }
    std::sort(stale.begin(), stale.end());
    for (const std::uint32_t mmsi : stale) {
        const JumpEpisode episode = jumps.at(mmsi);
        jumps.erase(mmsi);
        close_jump_episode(mmsi, episode);
    }
    if (!final) expire(now_ms);
}

void VesselTracker::Impl::expire(std::int64_t now_ms) {
    for (auto it = vessels.begin(); it != vessels.end();) {
        VesselState& v = it->second;
        if (now_ms - v.last_seen_ms <= rules.expire_after_ms || v.has(detail::in_pairs)) {
            ++it;
            continue;
        }
        // An open port visit of a vessel silent this long never gets its exit: it is dropped with the vessel.
        drop_from_grid(it->first, v);
        visits.erase(it->first);
        it = vessels.erase(it);
    }
}

VesselTracker::VesselTracker(Context context, VesselRules rules)
    : m_impl(std::make_unique<Impl>(std::move(context), rules)) {}
VesselTracker::~VesselTracker() = default;
VesselTracker::VesselTracker(VesselTracker&&) noexcept = default;
VesselTracker& VesselTracker::operator=(VesselTracker&&) noexcept = default;

void VesselTracker::update(const ais::Message& msg, std::int64_t t_ms) {
    m_impl->update(msg, t_ms);
}

void VesselTracker::advance(std::int64_t now_ms) {
    m_impl->housekeeping(now_ms, false);
    m_impl->next_housekeeping_ms = now_ms + housekeeping_interval_ms;
}

void VesselTracker::finish(std::int64_t end_ms) {
    m_impl->housekeeping(end_ms, true);
}

std::uint64_t VesselTracker::lone_bad_fixes() const noexcept {
    return m_impl->lone_bad_fixes;
}

std::size_t VesselTracker::size() const noexcept {
    return m_impl->vessels.size();
}

std::size_t VesselTracker::memory_bytes() const noexcept {
    const Impl& impl = *m_impl;
    // unordered_map node: next pointer + key/value; plus one bucket pointer per bucket.
    std::size_t bytes =
        impl.vessels.size() * (sizeof(void*) + sizeof(std::pair<const std::uint32_t, VesselState>));
    bytes += impl.vessels.bucket_count() * sizeof(void*);
    bytes += impl.strings.memory_bytes() + impl.grid.memory_bytes();
    bytes += impl.visits.size() * (sizeof(OpenVisit) + 16) + impl.loiters.size() * (sizeof(LoiterRun) + 16);
    bytes += impl.jumps.size() * (sizeof(JumpEpisode) + 16) + impl.imo_owner.size() * 24;
    bytes += impl.imo_owner.bucket_count() * sizeof(void*);
    for (const auto& [key, pair] : impl.pairs) {
        bytes += sizeof(pair) + 16 +
                 2 * (pair.distances_m.capacity() + pair.sog_a.capacity() + pair.sog_b.capacity());
    }
    return bytes;
}

void VesselTracker::for_each(const std::function<void(const VesselView&)>& fn) const {
    const Impl& impl = *m_impl;
    std::vector<std::uint32_t> order;
    order.reserve(impl.vessels.size());
    for (const auto& [mmsi, v] : impl.vessels) order.push_back(mmsi);
    std::sort(order.begin(), order.end());  // deterministic output
    for (const std::uint32_t mmsi : order) {
        const VesselState& v = impl.vessels.at(mmsi);
        VesselView view;
        view.mmsi = mmsi;
        view.last_seen_ms = v.last_seen_ms;
        if (v.has(detail::has_position)) view.position = v.pos.latlon();
        view.position_ms = v.pos_ms;
        if (v.sog != detail::sog_unknown) view.sog_kt = v.sog / 10.0;
        if (v.cog != detail::cog_unknown) view.cog_deg = v.cog / 10.0;
        if (v.heading != detail::heading_unknown) view.heading_deg = v.heading;
        view.nav_status = v.nav_status;
        view.name = impl.strings.get(v.name_id);
        view.call_sign = impl.strings.get(v.call_sign_id);
        view.imo = v.imo;
        view.ship_type = v.ship_type;
        view.destination = impl.strings.get(v.destination_id);
        view.draught_m = v.draught_dm / 10.0;
        view.length_m = v.length_m;
        view.beam_m = v.beam_m;
        if (impl.ctx.mid_flags != nullptr) view.flag = std::string(impl.ctx.mid_flags->flag(mmsi));
        view.messages = v.messages;
        fn(view);
    }
}

}  // namespace cp::track
