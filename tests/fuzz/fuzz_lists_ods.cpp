// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the ODS sheet reader and the UK FCDO sheet loader over content.xml bytes (the zip
// layer, libzip's, is bypassed): any bytes either load or throw cp::InputError; nothing crashes, hangs on
// a repeat count, or trips a sanitizer. Seeds: tests/fuzz/corpus/fuzz_lists_ods/ (hand-written sheets in
// the FCDO layout, with repeats, spans, text:s and a truncated document).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lists/detail/loaders.hpp"
#include "lists/lists.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::string name = "fuzz.ods";
    try {
        const std::vector<cp::lists::detail::SheetRow> rows = cp::lists::detail::parse_ods_sheet(bytes, name);
        std::uint64_t previous = 0;
        for (const cp::lists::detail::SheetRow& row : rows) {
            if (row.cells.empty() || row.cells.size() > 16384) __builtin_trap();  // empty rows are dropped
            if (row.number <= previous) __builtin_trap();                         // rows come in order
            previous = row.number;
        }
    } catch (const cp::InputError&) {
        // malformed input is expected
    }
    try {
        const cp::lists::EntitySet set = cp::lists::detail::parse_uk_ods_content(bytes, name);
        for (const cp::lists::Entity& entity : set.entities) {
            if (entity.id.rfind("uk:", 0) != 0) __builtin_trap();
        }
    } catch (const cp::InputError&) {
    }
    return 0;
}
