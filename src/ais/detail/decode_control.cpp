// SPDX-License-Identifier: Apache-2.0
// Text and link control messages: types 10, 12, 14, 15, 16, 20, 22, 23 (ITU-R M.1371-5 Annex 8; bits from 0).
#include "ais/detail/decoders.hpp"

namespace cp::ais::detail {
namespace {

template <class T>
T uint(const BitReader& bits, std::size_t first, unsigned count) noexcept {
    return static_cast<T>(bits.u(first, count));
}

}  // namespace

void decode_utc_inquiry(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<UtcInquiry>();
    // bits 38-39: spare
    out.dest_mmsi = uint<std::uint32_t>(bits, 40, 30);
    // bits 70-71: spare
}

void decode_safety_addressed(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<SafetyAddressed>();
    out.seqno = uint<std::uint8_t>(bits, 38, 2);
    out.dest_mmsi = uint<std::uint32_t>(bits, 40, 30);
    out.retransmit = bits.flag(70);
    // bit 71: spare
    bits.text(72, (bits.size_bits() - 72) / 6, out.text);
}

void decode_safety_broadcast(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<SafetyBroadcast>();
    // bits 38-39: spare
    bits.text(40, (bits.size_bits() - 40) / 6, out.text);
}

void decode_interrogation(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<Interrogation>();
    // bits 38-39: spare
    out.mmsi1 = uint<std::uint32_t>(bits, 40, 30);
    out.type1_1 = uint<std::uint8_t>(bits, 70, 6);
    out.offset1_1 = uint<std::uint16_t>(bits, 76, 12);
    // bits 88-89: spare
    out.type1_2 = uint<std::uint8_t>(bits, 90, 6);
    out.offset1_2 = uint<std::uint16_t>(bits, 96, 12);
    // bits 108-109: spare
    out.mmsi2 = uint<std::uint32_t>(bits, 110, 30);
    out.type2_1 = uint<std::uint8_t>(bits, 140, 6);
    out.offset2_1 = uint<std::uint16_t>(bits, 146, 12);
    // bits 158-159: spare
}

void decode_assignment(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<AssignmentCommand>();
    // bits 38-39: spare
    out.mmsi1 = uint<std::uint32_t>(bits, 40, 30);
    out.offset1 = uint<std::uint16_t>(bits, 70, 12);
    out.increment1 = uint<std::uint16_t>(bits, 82, 10);
    if (bits.size_bits() < 144) return;  // gpsd reads the second station only from a 144-bit message on
    out.mmsi2 = uint<std::uint32_t>(bits, 92, 30);
    out.offset2 = uint<std::uint16_t>(bits, 122, 12);
    out.increment2 = uint<std::uint16_t>(bits, 134, 10);
}

void decode_data_link(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<DataLinkManagement>();
    // bits 38-39: spare; then one to four 30-bit reservations
    out.count = static_cast<std::uint8_t>((bits.size_bits() - 40) / 30);
    for (std::size_t res_idx = 0; res_idx < out.reservations.size(); ++res_idx) {
        const std::size_t first = 40 + 30 * res_idx;
        auto& res = out.reservations[res_idx];
        res.offset = uint<std::uint16_t>(bits, first, 12);
        res.number = uint<std::uint8_t>(bits, first + 12, 4);
        res.timeout = uint<std::uint8_t>(bits, first + 16, 3);
        res.increment = uint<std::uint16_t>(bits, first + 19, 11);
    }
}

void decode_channel_management(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<ChannelManagement>();
    // bits 38-39: spare
    out.channel_a = uint<std::uint16_t>(bits, 40, 12);
    out.channel_b = uint<std::uint16_t>(bits, 52, 12);
    out.txrx = uint<std::uint8_t>(bits, 64, 4);
    out.power = bits.flag(68);
    out.addressed = bits.flag(139);
    if (out.addressed) {
        out.dest1 = uint<std::uint32_t>(bits, 69, 30);
        // bits 99-103: spare
        out.dest2 = uint<std::uint32_t>(bits, 104, 30);
        // bits 134-138: spare
    } else {
        out.ne_lon = static_cast<std::int32_t>(bits.s(69, 18));
        out.ne_lat = static_cast<std::int32_t>(bits.s(87, 17));
        out.sw_lon = static_cast<std::int32_t>(bits.s(104, 18));
        out.sw_lat = static_cast<std::int32_t>(bits.s(122, 17));
    }
    out.band_a = bits.flag(140);
    out.band_b = bits.flag(141);
    out.zonesize = uint<std::uint8_t>(bits, 142, 3);
    // bits 145-167: spare
}

void decode_group_assignment(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<GroupAssignment>();
    // bits 38-39: spare
    out.ne_lon = static_cast<std::int32_t>(bits.s(40, 18));
    out.ne_lat = static_cast<std::int32_t>(bits.s(58, 17));
    out.sw_lon = static_cast<std::int32_t>(bits.s(75, 18));
    out.sw_lat = static_cast<std::int32_t>(bits.s(93, 17));
    out.stationtype = uint<std::uint8_t>(bits, 110, 4);
    out.shiptype = uint<std::uint8_t>(bits, 114, 8);
    // bits 122-143: spare
    out.txrx = uint<std::uint8_t>(bits, 144, 2);
    out.interval = uint<std::uint8_t>(bits, 146, 4);
    out.quiet = uint<std::uint8_t>(bits, 150, 4);
    // bits 154-159: spare
}

}  // namespace cp::ais::detail
