// SPDX-License-Identifier: Apache-2.0
// Detector thresholds from JSON (track/rules.hpp): the bundled data/rules/tracking.json lists exactly the
// defaults, overrides reach the trackers' structs, and mistakes (unknown key, wrong type, negative) are
// errors naming the key.
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/io.hpp"
#include "track/rules.hpp"

namespace cp {
namespace {

std::string source_file(const std::string& relative) {
    const char* root = std::getenv("CP_SOURCE_DIR");
    return std::string(root != nullptr ? root : ".") + "/" + relative;
}

std::string error_of(const std::string& json) {
    try {
        (void)track::parse_rules_json(json, "rules.json");
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

TEST(TrackingRules, BundledFileListsEveryKeyWithItsPublishedDefault) {
    const std::string text = io::read_file(source_file("data/rules/tracking.json"));
    const track::Rules bundled = track::parse_rules_json(text, "tracking.json");
    // Same keys and values as the structs' defaults: the file documents them and cannot go stale.
    EXPECT_EQ(track::rules_json(bundled), track::rules_json(track::Rules{}));
    EXPECT_EQ(bundled.vessel.port_entry_m, 3'000);
    EXPECT_EQ(bundled.vessel.min_gap_ms, 6 * 3'600'000LL);
}

TEST(TrackingRules, OverridesReachTheStructsAndOtherKeysKeepDefaults) {
    const track::Rules rules = track::parse_rules_json(
        R"({"aircraft": {"min_ground_stop_ms": 1800000, "ground_alt_ft": 6000},
            "vessel": {"min_gap_ms": 3600000, "port_visit_requires_stop": false, "encounter_distance_m": 250.5}})",
        "r.json");
    EXPECT_EQ(rules.aircraft.min_ground_stop_ms, 1'800'000);
    EXPECT_EQ(rules.aircraft.ground_alt_ft, 6'000);
    EXPECT_EQ(rules.vessel.min_gap_ms, 3'600'000);
    EXPECT_FALSE(rules.vessel.port_visit_requires_stop);
    EXPECT_DOUBLE_EQ(rules.vessel.encounter_distance_m, 250.5);
    EXPECT_EQ(rules.vessel.loiter_min_ms, track::VesselRules{}.loiter_min_ms);
    EXPECT_EQ(rules.aircraft.max_speed_kt, track::AircraftRules{}.max_speed_kt);
}

TEST(TrackingRules, MistakesAreErrorsNamingTheKey) {
    EXPECT_NE(error_of(R"({"vessel": {"min_gap_hours": 6}})").find("vessel.min_gap_hours: unknown threshold"),
              std::string::npos);
    EXPECT_NE(error_of(R"({"vessel": {"min_gap_ms": "6h"}})").find("vessel.min_gap_ms: expected a number"),
              std::string::npos);
    EXPECT_NE(error_of(R"({"aircraft": {"max_speed_kt": -1}})").find("aircraft.max_speed_kt: must be"),
              std::string::npos);
    EXPECT_NE(error_of(R"({"vessel": {"port_visit_requires_stop": 1}})").find("expected true or false"),
              std::string::npos);
    EXPECT_NE(error_of(R"({"ships": {}})").find("ships: unknown section"), std::string::npos);
    EXPECT_NE(error_of(R"({"aircraft": [1]})").find("not a JSON object"), std::string::npos);
    EXPECT_NE(error_of(R"({"aircraft": {"ground_alt_ft": 1e12}})").find("too large"), std::string::npos);
    EXPECT_NE(error_of("{\"vessel\": ").find("rules.json"), std::string::npos);
    EXPECT_NE(error_of("[]").find("expected a JSON object"), std::string::npos);
    EXPECT_EQ(error_of(R"({"note": "any text", "vessel": {}})"), "");
}

}  // namespace
}  // namespace cp
