// SPDX-License-Identifier: Apache-2.0
// Position reports: types 1-3, 4/11, 9, 18, 19 and 27 (ITU-R M.1371-5 Annex 8 §3.3.8; bits from 0).
// Field for field against gpsd 3.22 on the 82,532 messages of ais-nmea-sample.log.
#include <algorithm>

#include "ais/detail/decoders.hpp"

namespace cp::ais::detail {
namespace {

std::int32_t s32(const BitReader& bits, std::size_t first, unsigned count) noexcept {
    return static_cast<std::int32_t>(bits.s(first, count));
}

template <class T>
T uint(const BitReader& bits, std::size_t first, unsigned count) noexcept {
    return static_cast<T>(bits.u(first, count));
}

}  // namespace

void decode_position_report(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<PositionReport>();
    out.status = uint<std::uint8_t>(bits, 38, 4);
    out.turn = static_cast<std::int8_t>(bits.s(42, 8));
    out.speed = uint<std::uint16_t>(bits, 50, 10);
    out.accuracy = bits.flag(60);
    out.lon = s32(bits, 61, 28);
    out.lat = s32(bits, 89, 27);
    out.course = uint<std::uint16_t>(bits, 116, 12);
    out.heading = uint<std::uint16_t>(bits, 128, 9);
    out.second = uint<std::uint8_t>(bits, 137, 6);
    out.maneuver = uint<std::uint8_t>(bits, 143, 2);
    // bits 145-147: spare
    out.raim = bits.flag(148);
    // gpsd accepts 163-167 bits and then reads the radio field short, right-aligned: radio 1076, not 34432,
    // for the 163-bit "13aIkM@P00PJ@qPNL=e@0?wJ28JO,5" of gpsd's sample.aivdm.
    const auto radio_bits = static_cast<unsigned>(std::min<std::size_t>(19, bits.size_bits() - 149));
    out.radio = uint<std::uint32_t>(bits, 149, radio_bits);
}

void decode_base_station(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<BaseStationReport>();
    out.year = uint<std::uint16_t>(bits, 38, 14);
    out.month = uint<std::uint8_t>(bits, 52, 4);
    out.day = uint<std::uint8_t>(bits, 56, 5);
    out.hour = uint<std::uint8_t>(bits, 61, 5);
    out.minute = uint<std::uint8_t>(bits, 66, 6);
    out.second = uint<std::uint8_t>(bits, 72, 6);
    out.accuracy = bits.flag(78);
    out.lon = s32(bits, 79, 28);
    out.lat = s32(bits, 107, 27);
    out.epfd = uint<std::uint8_t>(bits, 134, 4);
    // bits 138-147: spare
    out.raim = bits.flag(148);
    out.radio = uint<std::uint32_t>(bits, 149, 19);
}

void decode_sar_position(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<SarPosition>();
    out.alt = uint<std::uint16_t>(bits, 38, 12);
    out.speed = uint<std::uint16_t>(bits, 50, 10);
    out.accuracy = bits.flag(60);
    out.lon = s32(bits, 61, 28);
    out.lat = s32(bits, 89, 27);
    out.course = uint<std::uint16_t>(bits, 116, 12);
    out.second = uint<std::uint8_t>(bits, 128, 6);
    out.regional = uint<std::uint8_t>(bits, 134, 8);
    out.dte = bits.flag(142);
    // bits 143-145: spare
    out.assigned = bits.flag(146);
    out.raim = bits.flag(147);
    out.radio = uint<std::uint32_t>(bits, 148, 20);
}

void decode_class_b_position(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<ClassBPosition>();
    out.reserved = uint<std::uint8_t>(bits, 38, 8);
    out.speed = uint<std::uint16_t>(bits, 46, 10);
    out.accuracy = bits.flag(56);
    out.lon = s32(bits, 57, 28);
    out.lat = s32(bits, 85, 27);
    out.course = uint<std::uint16_t>(bits, 112, 12);
    out.heading = uint<std::uint16_t>(bits, 124, 9);
    out.second = uint<std::uint8_t>(bits, 133, 6);
    out.regional = uint<std::uint8_t>(bits, 139, 2);
    out.cs = bits.flag(141);
    out.display = bits.flag(142);
    out.dsc = bits.flag(143);
    out.band = bits.flag(144);
    out.msg22 = bits.flag(145);
    out.assigned = bits.flag(146);
    out.raim = bits.flag(147);
    out.radio = uint<std::uint32_t>(bits, 148, 20);
}

void decode_class_b_extended(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<ClassBExtended>();
    out.reserved = uint<std::uint8_t>(bits, 38, 8);
    out.speed = uint<std::uint16_t>(bits, 46, 10);
    out.accuracy = bits.flag(56);
    out.lon = s32(bits, 57, 28);
    out.lat = s32(bits, 85, 27);
    out.course = uint<std::uint16_t>(bits, 112, 12);
    out.heading = uint<std::uint16_t>(bits, 124, 9);
    out.second = uint<std::uint8_t>(bits, 133, 6);
    out.regional = uint<std::uint8_t>(bits, 139, 4);
    bits.text(143, 20, out.shipname);
    out.shiptype = uint<std::uint8_t>(bits, 263, 8);
    out.to_bow = uint<std::uint16_t>(bits, 271, 9);
    out.to_stern = uint<std::uint16_t>(bits, 280, 9);
    out.to_port = uint<std::uint8_t>(bits, 289, 6);
    out.to_starboard = uint<std::uint8_t>(bits, 295, 6);
    out.epfd = uint<std::uint8_t>(bits, 301, 4);
    out.raim = bits.flag(305);
    out.dte = bits.flag(306);
    out.assigned = bits.flag(307);
    // bits 308-311: spare
}

void decode_long_range(const BitReader& bits, Message& msg) noexcept {
    auto& out = msg.body.emplace<LongRangePosition>();
    out.accuracy = bits.flag(38);
    out.raim = bits.flag(39);
    out.status = uint<std::uint8_t>(bits, 40, 4);
    out.lon = s32(bits, 44, 18);
    out.lat = s32(bits, 62, 17);
    out.speed = uint<std::uint8_t>(bits, 79, 6);
    out.course = uint<std::uint16_t>(bits, 85, 9);
    out.gnss = bits.flag(94);
    // bit 95: spare
}

}  // namespace cp::ais::detail
