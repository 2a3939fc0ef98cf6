// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: AVR lines (parse_avr_line) on arbitrary text split at newlines; framed Mode S frames
// then go through decode(); the same input goes through LineSplitter in two chunks. A parser must
// return a value or an error for every line, never crash.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "adsb_line_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    cp::fuzz::for_each_line(input, [](std::string_view line, const cp::adsb::FrameLocation& where) {
        return cp::adsb::parse_avr_line(line, where);
    });
    // LineSplitter, fed in two chunks split where the first byte says, gives every line, each parsed.
    cp::adsb::LineSplitter splitter;
    const std::size_t split = size == 0 ? 0 : data[0] % size;
    std::size_t lines = 0;
    const auto drain = [&] {
        while (auto line = splitter.next()) {
            ++lines;
            if (line->text.size() > cp::adsb::max_line_bytes + 1) std::abort();
            cp::fuzz::check(cp::adsb::parse_avr_line(line->text, line->where));
        }
    };
    splitter.feed({data, split});
    drain();
    splitter.feed({data + split, size - split});
    drain();
    splitter.finish();
    drain();
    const std::size_t newlines = static_cast<std::size_t>(std::count(input.begin(), input.end(), '\n'));
    if (lines != newlines + (input.empty() || input.back() == '\n' ? 0 : 1)) std::abort();
    return 0;
}
