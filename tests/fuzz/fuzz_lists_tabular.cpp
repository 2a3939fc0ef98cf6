// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the UK FCDO CSV, BIS DPL and trade.gov CSL loaders: the first byte picks the
// loader, the rest is the file. Any bytes either load or throw cp::InputError.
// Seeds: tests/fuzz/corpus/fuzz_lists_tabular/ (first byte 0 = UK, 1 = BIS, 2 = CSL, then a real slice).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lists/lists.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static constexpr cp::lists::Format formats[] = {cp::lists::Format::uk_csv, cp::lists::Format::bis_dpl,
                                                    cp::lists::Format::csl};
    const cp::lists::Format format = formats[data[0] % 3];
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        (void)cp::lists::parse_bytes(format, bytes, "fuzz");
    } catch (const cp::InputError&) {
        // malformed input is expected
    }
    return 0;
}
