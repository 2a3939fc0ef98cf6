// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the FollowTheMoney JSON-lines loader: any bytes either load or throw cp::InputError;
// nothing crashes, leaks or trips a sanitizer. Seeds: tests/fuzz/corpus/fuzz_lists_ftm_json/ (slices of the
// real lists).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lists/lists.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const cp::lists::EntitySet set = cp::lists::parse_bytes(cp::lists::Format::ftm_jsonl, bytes, "fuzz");
        for (const cp::lists::Entity& entity : set.entities) {
            if (entity.id.empty()) __builtin_trap();  // every entity has an id
        }
    } catch (const cp::InputError&) {
        // malformed input is expected
    }
    return 0;
}
