// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: SBS BaseStation lines (parse_sbs_line) on arbitrary text split at newlines; framed Mode S
// frames then go through decode(). A parser must return a value or an error for every line, never crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "adsb_line_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    cp::fuzz::for_each_line(input, [](std::string_view line, const cp::adsb::FrameLocation& where) {
        return cp::adsb::parse_sbs_line(line, where);
    });
    return 0;
}
