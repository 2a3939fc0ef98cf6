// SPDX-License-Identifier: Apache-2.0
// Binary and DGNSS messages: types 6, 7/13, 8, 17, 25, 26 (ITU-R M.1371-5 Annex 8; bits from 0). The
// application bits are kept raw; detail/binary_apps decodes the DAC/FID payloads gpsd knows.
#include "ais/detail/decoders.hpp"

namespace cp::ais::detail {

void decode_binary_addressed(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<BinaryAddressed>();
    out.seqno = static_cast<std::uint8_t>(bits.u(38, 2));
    out.dest_mmsi = static_cast<std::uint32_t>(bits.u(40, 30));
    out.retransmit = bits.flag(70);
    // bit 71: spare
    out.dac = static_cast<std::uint16_t>(bits.u(72, 10));
    out.fid = static_cast<std::uint8_t>(bits.u(82, 6));
    bits.copy_bits(88, bits.size_bits() - 88, out.data);
}

void decode_acknowledge(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<Acknowledge>();
    // bits 38-39: spare; then one to four 32-bit (MMSI, sequence number) pairs
    out.count = static_cast<std::uint8_t>((bits.size_bits() - 40) / 32);
    for (std::size_t ack_idx = 0; ack_idx < out.acks.size(); ++ack_idx) {
        const std::size_t first = 40 + 32 * ack_idx;
        out.acks[ack_idx].mmsi = static_cast<std::uint32_t>(bits.u(first, 30));
        out.acks[ack_idx].seqno = static_cast<std::uint8_t>(bits.u(first + 30, 2));
    }
}

void decode_binary_broadcast(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<BinaryBroadcast>();
    // bits 38-39: spare
    out.dac = static_cast<std::uint16_t>(bits.u(40, 10));
    out.fid = static_cast<std::uint8_t>(bits.u(50, 6));
    bits.copy_bits(56, bits.size_bits() - 56, out.data);
}

void decode_dgnss(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<DgnssBroadcast>();
    // bits 38-39: spare
    out.lon = static_cast<std::int32_t>(bits.s(40, 18));
    out.lat = static_cast<std::int32_t>(bits.s(58, 17));
    // bits 75-79: spare
    bits.copy_bits(80, bits.size_bits() - 80, out.data);
}

Result<Ok, DecodeError> decode_slot_binary(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<SlotBinary>();
    out.addressed = bits.flag(38);
    out.structured = bits.flag(39);
    std::size_t pos = 40;
    if (out.addressed) {
        out.dest_mmsi = static_cast<std::uint32_t>(bits.u(pos, 30));
        pos += 30;
    }
    if (out.structured) {
        out.app_id = static_cast<std::uint16_t>(bits.u(pos, 16));
        pos += 16;
    }
    const std::size_t radio_bits = msg.type == 26 ? 20 : 0;  // type 26 ends with its communication state
    if (bits.size_bits() < pos + radio_bits) return unexpected(DecodeError::too_short);
    bits.copy_bits(pos, bits.size_bits() - pos - radio_bits, out.data);
    if (msg.type == 26) out.radio = static_cast<std::uint32_t>(bits.u(bits.size_bits() - 20, 20));
    return Ok{};
}

}  // namespace cp::ais::detail
