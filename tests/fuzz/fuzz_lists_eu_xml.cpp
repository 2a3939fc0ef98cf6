// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the EU Financial Sanctions Files XML loader: any bytes either load or throw
// cp::InputError; nothing crashes, leaks or trips a sanitizer. Seeds: tests/fuzz/corpus/fuzz_lists_eu_xml/
// (hand-made records in the published layout, as in tests/unit/lists/data/eu/).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lists/lists.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const cp::lists::EntitySet set = cp::lists::parse_bytes(cp::lists::Format::eu_xml, bytes, "fuzz");
        for (const cp::lists::Entity& entity : set.entities) {
            // every loaded entity has an id and a name: nameless records go to skipped
            if (entity.id.empty() || !entity.first(cp::lists::Prop::name)) __builtin_trap();
        }
    } catch (const cp::InputError&) {
        // malformed input is expected
    }
    return 0;
}
