// SPDX-License-Identifier: Apache-2.0
// Detector thresholds as a user-editable JSON file: {"aircraft": {...}, "vessel": {...}} with the field names
// of AircraftRules and VesselRules (units in the names: _ms, _m, _kt, _ft). Keys left out keep their
// published defaults; an unknown key, a wrong type or a negative value is an error naming the key, so that a
// typo never silently falls back to a default. data/rules/tracking.json lists every key with its default.
#pragma once

#include <string>
#include <string_view>

#include "track/aircraft.hpp"
#include "track/vessel.hpp"

namespace cp::track {

struct Rules {
    AircraftRules aircraft;
    VesselRules vessel;
};

/// Defaults overridden by the keys of `json_text`. Throws cp::InputError (`name`, and the key at fault).
[[nodiscard]] Rules parse_rules_json(std::string_view json_text, const std::string& name);
/// Reads and parses a rules file (throws cp::Error if it cannot be read).
[[nodiscard]] Rules load_rules(const std::string& path);
/// Every key with its value, as parse_rules_json reads it (pretty-printed JSON).
[[nodiscard]] std::string rules_json(const Rules& rules);

}  // namespace cp::track
