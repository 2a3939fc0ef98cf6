// SPDX-License-Identifier: Apache-2.0
// Fuzzes the two user-editable screening inputs: the red-flag rules file (JSON) and the CHPL table (CSV).
// Each input is tried as the rules (with a one-line CHPL) and as the CHPL (with an empty rule set); a
// malformed file must throw cp::Error with a message, never crash or load half.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "screen/screen.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    constexpr std::string_view chpl = "tier,hs6,description\n1,854231,Processors and controllers\n";
    constexpr std::string_view no_rules = R"({"version": 1, "rules": []})";
    try {
        const cp::screen::Rules rules(text, chpl);
        (void)rules.rule_count();
    } catch (const cp::Error&) {
        // reported to the user with the rule or line at fault
    }
    try {
        const cp::screen::Rules rules(no_rules, text);
        (void)cp::screen::chpl_lookup(rules, "8542.31.00");
    } catch (const cp::Error&) {
    }
    return 0;
}
