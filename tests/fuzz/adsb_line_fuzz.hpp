// SPDX-License-Identifier: Apache-2.0
// Shared by the ADS-B text-line fuzz targets (avr, sbs, hexcsv): the checks on a parsed line and the walk
// over arbitrary input split at newlines. A parser must return a value or an error for every line, never
// crash.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "adsb/adsb.hpp"

namespace cp::fuzz {

/// A framed Mode S frame has a valid length and goes through decode(); an error result is fine.
inline void check(const adsb::FrameResult& result) {
    if (!result) return;
    const adsb::Frame& frame = result.value();
    if (frame.length != 2 && frame.length != 7 && frame.length != 14) std::abort();
    if (frame.kind != adsb::FrameKind::mode_ac) (void)adsb::decode(frame.data(), adsb::DecodeOptions{});
}

/// An SBS record never carries an impossible latitude.
inline void check(const adsb::SbsResult& result) {
    if (result && result->lat_deg && (*result->lat_deg > 90.0 || *result->lat_deg < -90.0)) std::abort();
}

/// Feeds every newline-separated line of `input` to `parse(line, where)` and checks its result.
template <class Parse>
void for_each_line(std::string_view input, Parse parse) {
    std::size_t start = 0;
    std::uint64_t number = 0;
    while (start <= input.size()) {
        const std::size_t end = std::min(input.find('\n', start), input.size());
        const adsb::FrameLocation where{start, ++number};
        check(parse(input.substr(start, end - start), where));
        start = end + 1;
    }
}

}  // namespace cp::fuzz
