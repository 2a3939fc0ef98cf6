// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: timestamp,HEX rows (parse_hexcsv_line) on arbitrary text split at newlines; framed Mode S
// frames then go through decode(). A parser must return a value or an error for every line, never crash.
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
        check(cp::adsb::parse_hexcsv_line(line, where));
        start = end + 1;
    }
    return 0;
}
