// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: AVR lines (parse_avr_line) on arbitrary text split at newlines; framed Mode S frames
// then go through decode(); the same input goes through LineSplitter in two chunks. A parser must
// return a value or an error for every line, never crash.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "adsb/adsb.hpp"

namespace {

[[maybe_unused]] void check(const cp::adsb::FrameResult& result) {
    if (!result) return;
    const cp::adsb::Frame& frame = result.value();
    if (frame.length != 2 && frame.length != 7 && frame.length != 14) std::abort();
    if (frame.kind != cp::adsb::FrameKind::mode_ac) {
        (void)cp::adsb::decode(frame.data(), cp::adsb::DecodeOptions{});
    }
}

[[maybe_unused]] void check(const cp::adsb::SbsResult& result) {
    if (result && result->lat_deg && (*result->lat_deg > 90.0 || *result->lat_deg < -90.0)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::size_t start = 0;
    std::uint64_t number = 0;
    while (start <= input.size()) {
        const std::size_t end = std::min(input.find('\n', start), input.size());
        const std::string_view line = input.substr(start, end - start);
        const cp::adsb::FrameLocation where{start, ++number};
        check(cp::adsb::parse_avr_line(line, where));
        start = end + 1;
    }
    // LineSplitter, fed in two chunks split where the first byte says, gives every line, each parsed.
    cp::adsb::LineSplitter splitter;
    const std::size_t split = size == 0 ? 0 : data[0] % size;
    std::size_t lines = 0;
    const auto drain = [&] {
        while (auto line = splitter.next()) {
            ++lines;
            if (line->text.size() > cp::adsb::max_line_bytes + 1) std::abort();
            check(cp::adsb::parse_avr_line(line->text, line->where));
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
