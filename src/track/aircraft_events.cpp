// SPDX-License-Identifier: Apache-2.0
// Event values of the aircraft detectors: identity (callsign, registration and type from the aircraft
// database, country from the ICAO address block), sites at takeoff and landing, evidence positions, the rule
// and its thresholds, and one human sentence. Squawk meanings: ICAO Annex 10 Vol IV §2.1.4.2 and PANS-ATM
// (Doc 4444) §15.1.3: 7500 unlawful interference, 7600 radio communication failure, 7700 emergency.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "track/detail/aircraft_impl.hpp"

namespace cp::track {

using detail::AircraftState;
using detail::Fix;

namespace {

/// Where a takeoff or landing happened: the airport (or airbase) and, when one contains the point, the site
/// of concern (which may be the airport itself).
struct PlaceSites {
    const Site* airport = nullptr;
    const Site* concern = nullptr;
};

PlaceSites sites_at(const SiteIndex* sites, const Fix& fix, double margin_m) {
    PlaceSites place;
    if (sites == nullptr || !fix.has_position) return place;
    place.airport = sites->best_containing(fix.position(), {SiteKind::airport, SiteKind::airbase}, margin_m);
    if (place.airport != nullptr && place.airport->of_concern) {
        place.concern = place.airport;
        return place;
    }
    const Site* any = sites->best_containing(
        fix.position(),
        {SiteKind::airport, SiteKind::airbase, SiteKind::industrial, SiteKind::town, SiteKind::other},
        margin_m);
    if (any != nullptr && any->of_concern) place.concern = any;
    if (place.airport == nullptr) place.airport = any;
    return place;
}

SiteRef site_ref(const Site& site, std::string role) {
    return {site.id, site.name, std::move(role), site.of_concern, site.approximate};
}

void add_place(Event& event, const PlaceSites& place, const std::string& role) {
    if (place.airport != nullptr) event.sites.push_back(site_ref(*place.airport, role));
    if (place.concern != nullptr && place.concern != place.airport) {
        event.sites.push_back(site_ref(*place.concern, role));
    }
}

std::string place_text(const Site* site, const Fix& fix) {
    if (site != nullptr) return site->name + " (" + site->id + ")";
    if (!fix.has_position) return "an unknown place";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "an unlisted place (%.3f, %.3f)", fix.position().lat_deg,
                  fix.position().lon_deg);
    return buffer;
}

void add_evidence(Event& event, const Fix& fix, const std::string& object_id, std::string note) {
    if (!fix.has_position) return;
    EvidencePoint point;
    point.t_ms = fix.t_ms;
    point.position = fix.position();
    if (fix.gs_kt >= 0) point.speed_kt = fix.gs_kt;
    if (fix.alt_ft != INT32_MIN) point.altitude_ft = fix.alt_ft;
    point.object_id = object_id;
    point.note = std::move(note);
    event.evidence.push_back(std::move(point));
}

std::string label_of(const ObjectRef& ref) {
    std::string label = !ref.registration.empty() ? ref.registration
                        : !ref.name.empty()       ? ref.name
                                                  : "aircraft " + ref.id;
    if (!ref.type.empty()) label += " (" + ref.type + ")";
    return label;
}

std::string_view squawk_meaning(std::uint16_t squawk) noexcept {
    if (squawk == 07500) return "unlawful interference (hijack)";
    if (squawk == 07600) return "radio communication failure";
    return "general emergency";
}

}  // namespace

ObjectRef AircraftTracker::Impl::object_ref(const AircraftState& state) const {
    ObjectRef ref;
    ref.kind = ObjectKind::aircraft;
    const std::uint32_t icao = state.key & 0xFFFFFFU;
    const bool non_icao = (state.key & detail::non_icao_key_bit) != 0;
    char hex[8];
    std::snprintf(hex, sizeof hex, "%s%06x", non_icao ? "~" : "", static_cast<unsigned>(icao));
    ref.id = hex;
    ref.name = state.callsign_text();
    if (non_icao) return ref;  // a TIS-B/non-ICAO address names no registration or address block
    if (context.aircraft_db != nullptr) {
        if (const AircraftDb::Entry* entry = context.aircraft_db->find(icao)) {
            ref.registration = entry->registration;
            ref.type = entry->type;
        }
    }
    if (context.icao_blocks != nullptr) ref.country = std::string(context.icao_blocks->country(icao));
    return ref;
}

void AircraftTracker::Impl::emit_flight_leg(const AircraftState& state, const Fix& landing) {
    const Fix& takeoff = state.takeoff;
    // A flight first heard airborne has no from-site (its first position is not an airport); one that left a
    // ground stop unseen starts from the stop's place.
    const PlaceSites known_from =
        state.takeoff_placed ? sites_at(context.sites, takeoff, rules.airport_margin_m) : PlaceSites{};
    const PlaceSites to = sites_at(context.sites, landing, rules.airport_margin_m);

    Event leg;
    leg.kind = EventKind::flight_leg;
    leg.start_ms = takeoff.t_ms;
    leg.end_ms = landing.t_ms;
    leg.objects.push_back(object_ref(state));
    const ObjectRef& object = leg.objects.front();
    add_place(leg, known_from, "from");
    add_place(leg, to, "to");
    add_evidence(leg, takeoff, object.id,
                 state.takeoff_observed ? "takeoff"
                 : state.takeoff_placed ? "last position on the ground (left unseen)"
                                        : "first airborne position heard");
    add_evidence(leg, landing, object.id, "landing");
    leg.rule = {
        "air_ground_transition",
        "air/ground from the ADS-B position type, CA/FS/VS bits, or altitude + speed (readsb practice)",
        {{"airport_margin_m", rules.airport_margin_m},
         {"ground_alt_ft", static_cast<double>(rules.ground_alt_ft)},
         {"ground_speed_kt", rules.ground_speed_kt}}};
    leg.add_detail("takeoff_observed", state.takeoff_observed);
    if (takeoff.has_position && landing.has_position) {
        leg.add_detail("distance_km", geo::distance_m(takeoff.position(), landing.position()) / 1000.0);
    }
    const std::string who = label_of(object);
    const std::string duration = format_duration(landing.t_ms - takeoff.t_ms);
    if (state.takeoff_placed) {
        leg.summary = who + " flew " + place_text(known_from.airport, takeoff) + " -> " +
                      place_text(to.airport, landing) + " in " + duration;
    } else {
        leg.summary = who + " landed at " + place_text(to.airport, landing) +
                      " (takeoff not observed; heard airborne for " + duration + ")";
    }
    const bool route =
        known_from.concern != nullptr && to.concern != nullptr && known_from.concern != to.concern;
    Event site_route;
    if (route) {
        site_route.kind = EventKind::site_route;
        site_route.start_ms = leg.start_ms;
        site_route.end_ms = leg.end_ms;
        site_route.objects = leg.objects;
        site_route.sites = {site_ref(*known_from.concern, "from"), site_ref(*to.concern, "to")};
        site_route.evidence = leg.evidence;
        site_route.rule = {"site_route",
                           "a flight leg between two different sites of concern",
                           {{"airport_margin_m", rules.airport_margin_m}}};
        site_route.summary = who + " flew from " + place_text(known_from.concern, takeoff) + " to " +
                             place_text(to.concern, landing) + ", both sites of concern";
    }
    context.sink(std::move(leg));
    if (route) context.sink(std::move(site_route));
}

void AircraftTracker::Impl::emit_ground_stop(const AircraftState& state, const Fix& takeoff,
                                             std::int64_t end_ms, bool end_observed) {
    const Fix& landing = state.landing;
    const PlaceSites at = sites_at(context.sites, landing, rules.airport_margin_m);
    Event stop;
    stop.kind = EventKind::ground_stop;
    stop.start_ms = landing.t_ms;
    stop.end_ms = end_ms;
    stop.objects.push_back(object_ref(state));
    const ObjectRef& object = stop.objects.front();
    add_place(stop, at, "at");
    add_evidence(stop, landing, object.id, "landing");
    if (end_observed) add_evidence(stop, takeoff, object.id, "takeoff");
    stop.rule = {"ground_stop",
                 "on the ground between an observed landing and the next takeoff",
                 {{"min_ground_stop_s", static_cast<double>(rules.min_ground_stop_ms) / 1000.0},
                  {"airport_margin_m", rules.airport_margin_m},
                  {"min_silence_s", static_cast<double>(rules.min_transponder_gap_ms) / 1000.0}}};
    if (at.airport != nullptr) stop.add_detail("site", std::string_view(at.airport->id));
    if (state.stop_silent_ms > 0) stop.add_detail_json("silent_ms", std::to_string(state.stop_silent_ms));
    if (!end_observed) stop.add_detail("end_observed", false);
    stop.summary = label_of(object) + " on the ground at " + place_text(at.airport, landing) + " for " +
                   format_duration(end_ms - landing.t_ms);
    if (state.stop_silent_ms > 0) {
        stop.summary += " (transponder silent " + format_duration(state.stop_silent_ms) + ")";
    }
    if (!end_observed) stop.summary += "; left unseen during the silence";
    context.sink(std::move(stop));
}

void AircraftTracker::Impl::emit_gap(const AircraftState& state, const Fix& after, bool airborne_after) {
    const Fix& before = state.gap_before;
    const double distance_m = geo::distance_m(before.position(), after.position());
    const double elapsed_h = static_cast<double>(after.t_ms - before.t_ms) / 3'600'000.0;
    const std::int64_t silent_ms = state.silence_end_ms - state.gap_silence_ms;
    Event gap;
    gap.kind = EventKind::transponder_gap;
    gap.start_ms = state.gap_silence_ms;
    gap.end_ms = state.silence_end_ms;
    gap.objects.push_back(object_ref(state));
    const ObjectRef& object = gap.objects.front();
    add_evidence(gap, before, object.id, "last position before the gap");
    add_evidence(gap, after, object.id, "first position after the gap");
    gap.rule = {"transponder_gap",
                "an airborne aircraft silent, then heard again far away or still airborne",
                {{"min_transponder_gap_s", static_cast<double>(rules.min_transponder_gap_ms) / 1000.0},
                 {"min_gap_distance_m", rules.min_gap_distance_m}}};
    gap.add_detail_json("silent_ms", std::to_string(silent_ms));
    gap.add_detail("distance_km", distance_m / 1000.0);
    if (elapsed_h > 0) {
        gap.add_detail("implied_speed_kt", distance_m / geo::metres_per_nautical_mile / elapsed_h);
    }
    gap.add_detail("airborne_after", airborne_after);
    char km[32];
    std::snprintf(km, sizeof km, "%.0f km", distance_m / 1000.0);
    gap.summary = label_of(object) + " went silent for " + format_duration(silent_ms) +
                  " while airborne and reappeared " + km + " away" +
                  (airborne_after ? "" : ", on the ground");
    context.sink(std::move(gap));
}

void AircraftTracker::Impl::emit_squawk(const AircraftState& state, std::uint16_t squawk,
                                        std::string_view how, std::int64_t t_ms) {
    Event event;
    event.kind = EventKind::squawk_emergency;
    event.start_ms = t_ms;
    event.end_ms = t_ms;
    event.objects.push_back(object_ref(state));
    add_evidence(event, current_fix(state, t_ms), event.objects.front().id, "emergency code heard");
    event.rule = {"emergency_squawk",
                  "ICAO Annex 10 Vol IV and Doc 4444: 7500, 7600, 7700",
                  {{"squawk_confirm_s", static_cast<double>(rules.squawk_confirm_ms) / 1000.0}}};
    const auto text = adsb::squawk_text(squawk);
    event.add_detail("squawk", std::string_view(text.data()));
    event.add_detail("meaning", squawk_meaning(squawk));
    event.add_detail("heard_in", how);
    event.summary = label_of(event.objects.front()) + " squawked " + text.data() + " (" +
                    std::string(squawk_meaning(squawk)) + ")";
    context.sink(std::move(event));
}

void AircraftTracker::Impl::emit_sighting(const AircraftState& state, std::int64_t t_ms) {
    Event event;
    event.kind = EventKind::watchlist_sighting;
    event.start_ms = t_ms;
    event.end_ms = t_ms;
    event.objects.push_back(object_ref(state));
    const ObjectRef& object = event.objects.front();
    add_evidence(event, current_fix(state, t_ms), object.id, "heard");
    event.rule = {"watchlist",
                  "user watchlist (icao, registration, callsign prefix, address-block country)",
                  {{"watch_resighting_s", static_cast<double>(rules.watch_resighting_ms) / 1000.0}}};
    nlohmann::json matches = nlohmann::json::array();
    std::string why;
    for (const WatchEntry* entry : context.watchlist->match_aircraft(
             state.key & 0xFFFFFFU, object.registration, object.name, object.country)) {
        matches.push_back({{"key", to_string(entry->key)},
                           {"value", entry->value},
                           {"label", entry->label},
                           {"source", entry->source}});
        if (why.empty())
            why =
                entry->label.empty() ? std::string(to_string(entry->key)) + " " + entry->value : entry->label;
    }
    event.add_detail_json("matches", matches.dump());
    event.summary = label_of(object) + " heard: on the watchlist (" + why + ")";
    context.sink(std::move(event));
}

}  // namespace cp::track
