// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the user-editable thresholds file (`replay/watch --rules`, track/rules.hpp): any bytes
// either parse or throw cp::InputError; what parses prints back (rules_json) and re-parses to the same
// thresholds. Seeds: tests/fuzz/corpus/fuzz_track_rules/ (the bundled data/rules/tracking.json and small
// variants).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "track/rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const cp::track::Rules rules = cp::track::parse_rules_json(text, "fuzz.json");
        const std::string printed = cp::track::rules_json(rules);
        if (cp::track::rules_json(cp::track::parse_rules_json(printed, "printed.json")) != printed)
            __builtin_trap();
    } catch (const cp::InputError&) {
    }
    return 0;
}
