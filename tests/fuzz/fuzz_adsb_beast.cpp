// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: BeastFramer on arbitrary bytes, fed in two chunks split where the first byte says,
// then every frame through decode(). Checks the framer's invariants: frames have a legal length, byte
// offsets grow, and the frames are the same whatever the split.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <vector>

#include "adsb/adsb.hpp"

namespace {

std::vector<cp::adsb::Frame> frame_all(std::span<const std::uint8_t> bytes, std::size_t split) {
    std::vector<cp::adsb::Frame> frames;
    cp::adsb::BeastFramer framer;
    const auto drain = [&] {
        while (auto result = framer.next()) {
            if (*result) frames.push_back(result->value());
        }
    };
    framer.feed(bytes.first(split));
    drain();
    framer.feed(bytes.subspan(split));
    drain();
    framer.finish();
    drain();
    return frames;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::span<const std::uint8_t> bytes(data, size);
    const auto whole = frame_all(bytes, size);
    const auto split = frame_all(bytes, data[0] % size);
    if (whole.size() != split.size()) std::abort();
    std::uint64_t last_offset = 0;
    for (std::size_t frame_idx = 0; frame_idx < whole.size(); ++frame_idx) {
        const cp::adsb::Frame& frame = whole[frame_idx];
        if (frame.length != 2 && frame.length != 7 && frame.length != 14) std::abort();
        if (frame.bytes != split[frame_idx].bytes || frame.where.byte_offset >= size) std::abort();
        if (frame_idx > 0 && frame.where.byte_offset <= last_offset) std::abort();
        last_offset = frame.where.byte_offset;
        if (frame.kind == cp::adsb::FrameKind::mode_ac) {
            (void)cp::adsb::decode_mode_ac(std::span<const std::uint8_t, 2>(frame.bytes.data(), 2));
        } else {
            (void)cp::adsb::decode(frame.data(), cp::adsb::DecodeOptions{});
        }
    }
    return 0;
}
