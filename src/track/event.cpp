// SPDX-License-Identifier: Apache-2.0
#include "track/event.hpp"

#include <array>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/time.hpp"

namespace cp::track {

namespace {

// Index = EventKind value; the names are part of the output contract (issue 3 fixes them).
constexpr std::array<std::string_view, 12> kind_names = {
    "flight_leg", "ground_stop", "site_route", "watchlist_sighting", "squawk_emergency", "transponder_gap",
    "port_visit", "ais_gap",     "encounter",  "loitering",          "identity_change",  "position_jump",
};

// Six decimals of a degree are ~0.1 m: more digits would only print the noise of the arithmetic.
double round6(double v) {
    return std::round(v * 1e6) / 1e6;
}

nlohmann::json object_json(const ObjectRef& o) {
    nlohmann::json j;
    j["type"] = o.kind == ObjectKind::aircraft ? "aircraft" : "vessel";
    j["id"] = o.id;
    const std::pair<const char*, const std::string*> optional_fields[] = {
        {"name", &o.name},           {"registration", &o.registration}, {"imo", &o.imo},
        {"call_sign", &o.call_sign}, {"country", &o.country},           {"object_type", &o.type},
    };
    for (const auto& [key, value] : optional_fields) {
        if (!value->empty()) j[key] = *value;
    }
    return j;
}

nlohmann::json site_json(const SiteRef& s) {
    nlohmann::json j = {{"id", s.id}, {"name", s.name}, {"role", s.role}, {"of_concern", s.of_concern}};
    if (s.approximate) j["approximate"] = true;
    return j;
}

nlohmann::json evidence_json(const EvidencePoint& e) {
    nlohmann::json j = {{"t", time::to_iso8601(e.t_ms)},
                        {"lat", round6(e.position.lat_deg)},
                        {"lon", round6(e.position.lon_deg)}};
    if (e.speed_kt) j["speed_kt"] = std::round(*e.speed_kt * 10) / 10;
    if (e.altitude_ft) j["alt_ft"] = *e.altitude_ft;
    if (!e.object_id.empty()) j["object"] = e.object_id;
    if (!e.note.empty()) j["note"] = e.note;
    return j;
}

}  // namespace

std::string_view to_string(EventKind kind) noexcept {
    const auto i = static_cast<std::size_t>(kind);
    return i < kind_names.size() ? kind_names[i] : std::string_view{"unknown"};
}

std::optional<EventKind> parse_event_kind(std::string_view name) noexcept {
    for (std::size_t i = 0; i < kind_names.size(); ++i) {
        if (kind_names[i] == name) return static_cast<EventKind>(i);
    }
    return std::nullopt;
}

void Event::add_detail(std::string key, double value) {
    // JSON has no NaN/inf; a detector that computes one has nothing to report for that key.
    if (!std::isfinite(value)) return;
    add_detail_json(std::move(key), nlohmann::json(value).dump());
}

void Event::add_detail(std::string key, std::string_view text) {
    add_detail_json(
        std::move(key),
        nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void Event::add_detail(std::string key, bool value) {
    add_detail_json(std::move(key), value ? "true" : "false");
}

nlohmann::json to_json(const Event& event) {
    nlohmann::json j;
    j["kind"] = to_string(event.kind);
    j["start"] = time::to_iso8601(event.start_ms);
    j["end"] = time::to_iso8601(event.end_ms);
    j["duration_s"] = static_cast<double>(event.end_ms - event.start_ms) / 1000.0;
    j["summary"] = event.summary;
    auto& objects = j["objects"] = nlohmann::json::array();
    for (const ObjectRef& o : event.objects) objects.push_back(object_json(o));
    auto& sites = j["sites"] = nlohmann::json::array();
    for (const SiteRef& s : event.sites) sites.push_back(site_json(s));
    auto& evidence = j["evidence"] = nlohmann::json::array();
    for (const EvidencePoint& e : event.evidence) evidence.push_back(evidence_json(e));
    nlohmann::json thresholds = nlohmann::json::object();
    for (const auto& [name, value] : event.rule.thresholds) thresholds[name] = value;
    j["rule"] = {{"name", event.rule.name}, {"source", event.rule.source}, {"thresholds", thresholds}};
    nlohmann::json details = nlohmann::json::object();
    for (const auto& [key, value] : event.details) {
        // Values were produced by add_detail*; a malformed one (a detector bug) is kept as text, not dropped.
        details[key] = nlohmann::json::parse(value, nullptr, false);
        if (details[key].is_discarded()) details[key] = value;
    }
    j["details"] = std::move(details);
    return j;
}

std::string to_json_line(const Event& event) {
    // ordered_json would keep insertion order; nlohmann::json sorts keys, which is just as deterministic.
    return to_json(event).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string format_duration(std::int64_t ms) {
    const std::int64_t total_s = std::llabs(ms) / 1000;
    const std::int64_t h = total_s / 3600;
    const std::int64_t m = (total_s % 3600) / 60;
    const std::int64_t s = total_s % 60;
    const char* sign = ms < 0 ? "-" : "";
    if (h > 0) return fmt::format("{}{} h {:02} min", sign, h, m);
    if (m > 0) return fmt::format("{}{} min", sign, m);
    return fmt::format("{}{} s", sign, s);
}

}  // namespace cp::track
