// SPDX-License-Identifier: Apache-2.0
// Events: what tracking tells an investigator ("this Il-76 stood 3 h 05 min at Mehrabad"). One value type for
// every kind, written as one JSON line each; the `kind` names are fixed (outside tools filter on them).
// Every event carries its time span, the objects and sites involved, positions as evidence and the rule that
// fired with the thresholds it used, so that a reader can check the claim against the raw messages.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/geo.hpp"

namespace cp::track {

/// Event kinds; to_string() gives the fixed JSON `kind` names.
enum class EventKind : std::uint8_t {
    // aircraft
    flight_leg,          ///< takeoff to landing, with the airports (or sites) at both ends when known
    ground_stop,         ///< on the ground at an airport or site between a landing and the next takeoff
    site_route,          ///< a flight leg that departs one site of concern and arrives at another
    watchlist_sighting,  ///< an aircraft or vessel on a watchlist was heard (once per object per sighting)
    squawk_emergency,    ///< squawk 7500 (hijack), 7600 (radio failure) or 7700 (emergency)
    transponder_gap,     ///< an airborne aircraft went silent and reappeared far away
    // vessels
    port_visit,       ///< entry into a port's circle, a stop, and the exit (GFW anchorage thresholds)
    ais_gap,          ///< a vessel silent for >= 6 h between two positions
    encounter,        ///< two vessels close together, slow, away from port, for hours
    loitering,        ///< one vessel slow away from port for hours
    identity_change,  ///< same MMSI with a new name/IMO/call sign/flag, or same IMO with a new MMSI
    position_jump,    ///< consecutive positions an impossible speed apart (spoofing or a shared MMSI)
};

/// Fixed JSON name of `kind` ("flight_leg", ...).
[[nodiscard]] std::string_view to_string(EventKind kind) noexcept;
/// Parses a JSON `kind` name.
[[nodiscard]] std::optional<EventKind> parse_event_kind(std::string_view name) noexcept;

/// What kind of thing an ObjectRef names.
enum class ObjectKind : std::uint8_t { aircraft, vessel };

/// An aircraft or vessel as named in an event: its key and the identity known at the time.
struct ObjectRef {
    ObjectKind kind = ObjectKind::aircraft;
    std::string id;    ///< aircraft: 6 lower-case hex digits ("4b1805"); vessel: the MMSI ("273456789")
    std::string name;  ///< vessel name or aircraft callsign (trimmed), empty if unknown
    std::string registration;  ///< aircraft tail from the aircraft database; empty if unknown
    std::string imo;           ///< vessel IMO number, empty if unknown
    std::string call_sign;     ///< vessel call sign, empty if unknown
    std::string country;       ///< ICAO address block country / MMSI flag (MID), empty if unknown
    std::string type;          ///< aircraft type designator (database) or vessel ship type text
};

/// A site named in an event and its role there.
struct SiteRef {
    std::string id;    ///< Site::id ("OIII", "IRAMD")
    std::string name;  ///< Site::name
    std::string role;  ///< "from", "to", "at"
    bool of_concern = false;
    bool approximate = false;  ///< the site outline is a town/city-level guess (see Site::approximate)
};

/// One observation offered as evidence.
struct EvidencePoint {
    std::int64_t t_ms = 0;
    geo::LatLon position;
    std::optional<double> speed_kt;
    std::optional<std::int32_t> altitude_ft;
    std::string object_id;  ///< which object (when the event has several)
    std::string note;       ///< e.g. "last position before the gap", "takeoff"
};

/// The rule that fired and the thresholds it used (name -> value with the unit in the name: "min_gap_h").
struct RuleRef {
    std::string name;    ///< e.g. "gfw_port_visit", "ais_gap_6h"
    std::string source;  ///< where the thresholds come from ("Global Fishing Watch pipe-anchorages")
    std::vector<std::pair<std::string, double>> thresholds;
};

/// One event. Times are message times (Unix ms), never the wall clock: a replay gives the same events.
struct Event {
    EventKind kind = EventKind::flight_leg;
    std::int64_t start_ms = 0;
    std::int64_t end_ms = 0;
    std::vector<ObjectRef> objects;
    std::vector<SiteRef> sites;
    std::vector<EvidencePoint> evidence;
    RuleRef rule;
    /// Kind-specific facts as (key, JSON-encoded value) pairs, kept in insertion order: e.g.
    /// {"duration_s", "11040"}, {"squawk", "\"7700\""}, {"likely_disabled", "true"}.
    std::vector<std::pair<std::string, std::string>> details;
    std::string summary;  ///< one human sentence: "RA-78830 on the ground at Mehrabad for 3 h 05 min"

    /// Adds a detail whose value is already JSON text.
    void add_detail_json(std::string key, std::string json_value) {
        details.emplace_back(std::move(key), std::move(json_value));
    }
    void add_detail(std::string key, double value);
    void add_detail(std::string key, std::string_view text);
    void add_detail(std::string key, bool value);
};

/// Receives events as they are detected (in detection order, which is deterministic).
using EventSink = std::function<void(Event&&)>;

/// The event as a JSON object: {"kind","start","end","duration_s","objects","sites","evidence","rule",
/// "details","summary"} with ISO 8601 UTC times.
[[nodiscard]] nlohmann::json to_json(const Event& event);
/// One JSON line (no trailing newline).
[[nodiscard]] std::string to_json_line(const Event& event);
/// "3 h 05 min", "11 h 00 min", "42 min", "35 s": durations as summaries print them.
[[nodiscard]] std::string format_duration(std::int64_t ms);

}  // namespace cp::track
