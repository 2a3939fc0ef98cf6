// SPDX-License-Identifier: Apache-2.0
#include "track/rules.hpp"

#include <cstdint>
#include <limits>
#include <type_traits>
#include <variant>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "io/io.hpp"

namespace cp::track {

namespace {

// One table per section: the JSON key, and where the value goes. Listing fields by hand keeps the file format
// stable when a struct gains a private-use field, and is what the error messages name.
template <typename R>
using Field = std::variant<std::int64_t R::*, std::int32_t R::*, double R::*, bool R::*>;

template <typename R>
struct Entry {
    const char* key;
    Field<R> field;
};

const Entry<AircraftRules> aircraft_fields[] = {
    {"expire_after_ms", &AircraftRules::expire_after_ms},
    {"parked_expire_ms", &AircraftRules::parked_expire_ms},
    {"min_ground_stop_ms", &AircraftRules::min_ground_stop_ms},
    {"min_transponder_gap_ms", &AircraftRules::min_transponder_gap_ms},
    {"min_gap_distance_m", &AircraftRules::min_gap_distance_m},
    {"airport_margin_m", &AircraftRules::airport_margin_m},
    {"max_speed_kt", &AircraftRules::max_speed_kt},
    {"jump_slack_m", &AircraftRules::jump_slack_m},
    {"ground_alt_ft", &AircraftRules::ground_alt_ft},
    {"ground_speed_kt", &AircraftRules::ground_speed_kt},
    {"watch_resighting_ms", &AircraftRules::watch_resighting_ms},
    {"field_stale_ms", &AircraftRules::field_stale_ms},
    {"squawk_confirm_ms", &AircraftRules::squawk_confirm_ms},
    {"transition_fix_max_age_ms", &AircraftRules::transition_fix_max_age_ms},
};

const Entry<VesselRules> vessel_fields[] = {
    {"expire_after_ms", &VesselRules::expire_after_ms},
    {"port_entry_m", &VesselRules::port_entry_m},
    {"port_exit_m", &VesselRules::port_exit_m},
    {"stopped_begin_kt", &VesselRules::stopped_begin_kt},
    {"stopped_end_kt", &VesselRules::stopped_end_kt},
    {"port_gap_ms", &VesselRules::port_gap_ms},
    {"port_visit_requires_stop", &VesselRules::port_visit_requires_stop},
    {"min_gap_ms", &VesselRules::min_gap_ms},
    {"encounter_distance_m", &VesselRules::encounter_distance_m},
    {"encounter_min_ms", &VesselRules::encounter_min_ms},
    {"encounter_max_median_kt", &VesselRules::encounter_max_median_kt},
    {"encounter_min_port_distance_m", &VesselRules::encounter_min_port_distance_m},
    {"encounter_max_offset_ms", &VesselRules::encounter_max_offset_ms},
    {"max_break_ms", &VesselRules::max_break_ms},
    {"loiter_max_kt", &VesselRules::loiter_max_kt},
    {"loiter_min_ms", &VesselRules::loiter_min_ms},
    {"loiter_min_port_distance_m", &VesselRules::loiter_min_port_distance_m},
    {"max_speed_kt", &VesselRules::max_speed_kt},
    {"min_jump_m", &VesselRules::min_jump_m},
    {"jump_episode_ms", &VesselRules::jump_episode_ms},
    {"watch_resighting_ms", &VesselRules::watch_resighting_ms},
};

[[noreturn]] void fail(const std::string& name, const std::string& what) {
    throw InputError({name, 0, 0}, what);
}

template <typename R, std::size_t N>
void read_section(const nlohmann::json& section, const char* section_name, const Entry<R> (&fields)[N],
                  R& out, const std::string& name) {
    if (!section.is_object()) fail(name, std::string(section_name) + ": not a JSON object");
    for (auto item = section.begin(); item != section.end(); ++item) {
        // Named references, not a structured binding: clang 14 cannot capture bindings in the lambda below.
        const std::string& key = item.key();
        const nlohmann::json& value = item.value();
        const std::string path = std::string(section_name) + "." + key;
        const Entry<R>* entry = nullptr;
        for (const Entry<R>& e : fields) {
            if (key == e.key) entry = &e;
        }
        if (entry == nullptr)
            fail(name, path + ": unknown threshold (see data/rules/tracking.json for the keys)");
        std::visit(
            [&](auto member) {
                using T = std::remove_reference_t<decltype(out.*member)>;
                if constexpr (std::is_same_v<T, bool>) {
                    if (!value.is_boolean()) fail(name, path + ": expected true or false");
                    out.*member = value.template get<bool>();
                } else {
                    if (!value.is_number()) fail(name, path + ": expected a number");
                    const double number = value.template get<double>();
                    if (!(number >= 0) || number > 1e15) fail(name, path + ": must be a number >= 0");
                    if constexpr (std::is_integral_v<T>) {
                        if (number > static_cast<double>(std::numeric_limits<T>::max()))
                            fail(name, path + ": too large");
                        out.*member = static_cast<T>(number);
                    } else {
                        out.*member = number;
                    }
                }
            },
            entry->field);
    }
}

template <typename R, std::size_t N>
nlohmann::ordered_json write_section(const Entry<R> (&fields)[N], const R& rules) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const Entry<R>& e : fields) {
        std::visit([&](auto member) { out[e.key] = rules.*member; }, e.field);
    }
    return out;
}

}  // namespace

Rules parse_rules_json(std::string_view json_text, const std::string& name) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json_text);
    } catch (const nlohmann::json::exception& e) {
        // parse_error carries the byte; out_of_range (a number too large) does not.
        const auto* parse = dynamic_cast<const nlohmann::json::parse_error*>(&e);
        throw InputError({name, 0, parse != nullptr ? parse->byte : 0},
                         std::string("not valid JSON: ") + e.what());
    }
    if (!doc.is_object()) fail(name, "expected a JSON object {\"aircraft\": {...}, \"vessel\": {...}}");
    Rules rules;
    for (const auto& [key, value] : doc.items()) {
        if (key == "aircraft") {
            read_section(value, "aircraft", aircraft_fields, rules.aircraft, name);
        } else if (key == "vessel") {
            read_section(value, "vessel", vessel_fields, rules.vessel, name);
        } else if (key != "note") {
            fail(name, key + ": unknown section (expected \"aircraft\", \"vessel\" or \"note\")");
        }
    }
    return rules;
}

Rules load_rules(const std::string& path) {
    return parse_rules_json(io::read_file(path), path);
}

std::string rules_json(const Rules& rules) {
    nlohmann::ordered_json doc;
    doc["aircraft"] = write_section(aircraft_fields, rules.aircraft);
    doc["vessel"] = write_section(vessel_fields, rules.vessel);
    return doc.dump(2) + "\n";
}

}  // namespace cp::track
