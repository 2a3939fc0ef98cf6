// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the Mode S decoder: raw 7/14-byte frames into decode(), apply_known_address(),
// PositionDecoder and write_json(), plus decode_mode_ac() and every forced Comm-B decoder. Input layout: byte
// 0 picks options (correction, receiver position), byte 1 the time step; the rest is cut into frames whose
// length comes from their own DF bits, as a receiver would. Seeds: real frames from the samples.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "adsb/cpr.hpp"
#include "adsb/message.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    const std::uint8_t flags = data[0];
    const std::int64_t step_ms = data[1] * 40;
    cp::adsb::DecodeOptions options;
    options.fix_one_bit = (flags & 1U) != 0;
    options.fix_two_bits = (flags & 2U) != 0;
    options.keep_bad_crc = (flags & 4U) != 0;
    cp::adsb::PositionOptions position_options;
    if ((flags & 8U) != 0)
        position_options.receiver = cp::geo::LatLon{(flags >> 4) * 11.0 - 80.0, flags * 1.4 - 180.0};
    cp::adsb::PositionDecoder decoder(position_options);
    std::string json;
    std::int64_t t_ms = 0;
    std::span<const std::uint8_t> rest(data + 2, size - 2);
    while (!rest.empty()) {
        const std::size_t length = (rest[0] >> 3) >= 16 ? 14 : 7;
        const std::size_t take = std::min(length, rest.size());
        const auto frame = rest.first(take);
        rest = rest.subspan(take);
        t_ms += step_ms;
        auto msg = cp::adsb::decode(frame, options);
        if (msg) {
            // Every other reply with an overlay address gets a caller-supplied one (apply_known_address).
            if ((frame[0] & 1U) != 0)
                cp::adsb::apply_known_address(*msg, (std::uint32_t{frame[1]} << 16) | frame[0]);
            decoder.update(*msg, t_ms);
            json.clear();
            cp::adsb::write_json(*msg, {t_ms, std::nullopt, std::nullopt}, json);
        }
        if (frame.size() >= 2) {
            auto mode_ac = cp::adsb::decode_mode_ac(std::span<const std::uint8_t, 2>(frame.data(), 2));
            (void)mode_ac;
        }
        if (frame.size() == 14) {
            for (const cp::adsb::Bds bds : {0x10, 0x17, 0x20, 0x30, 0x40, 0x44, 0x45, 0x50, 0x60}) {
                cp::adsb::Message forced;
                (void)cp::adsb::decode_commb_as(std::span<const std::uint8_t, 7>(frame.data() + 4, 7), bds,
                                                forced);
            }
        }
    }
    return 0;
}
