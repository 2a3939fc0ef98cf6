// SPDX-License-Identifier: Apache-2.0
// DF17/18 ME field dispatch and the type codes carrying identity and position (DO-260B §2.2.3.2):
// TC 1-4 identification and category (BDS 0,8), TC 5-8 surface position (BDS 0,6), TC 9-18 and
// 20-22 airborne position (BDS 0,5). Bits are ME bits, numbered from 1 (ME bit 1 = frame bit 33).
// Velocity and status type codes are in df17_velocity.cpp and df17_status.cpp.
#include "adsb/detail/df17.hpp"
#include "adsb/detail/fields.hpp"

namespace cp::adsb::detail {
namespace {

void decode_identification(std::uint64_t me, Message& msg) noexcept {
    msg.bds = 0x08;
    // readsb's category: set A..D from TC 4..1 in the high nibble, ME bits 6-8 in the low one.
    msg.category = static_cast<std::uint8_t>(((0x0EU - msg.tc) << 4) | bits(me, 6, 8));
    msg.has_flight = decode_callsign(me & 0xFFFFFFFFFFFFULL, msg.flight);  // ME bits 9-56
}

// Ground speed in knots from the 7-bit movement field (DO-260B Table 2-16, non-linear steps).
std::optional<double> surface_movement_kt(unsigned movement) noexcept {
    if (movement == 0 || movement > 124) return std::nullopt;  // 0 no info, 125-127 reserved
    if (movement == 1) return 0.0;                             // stopped
    if (movement <= 8) return 0.125 * (movement - 1);          // 0.125 kt steps
    if (movement <= 12) return 1.0 + 0.25 * (movement - 9);
    if (movement <= 38) return 2.0 + 0.5 * (movement - 13);
    if (movement <= 93) return 15.0 + 1.0 * (movement - 39);
    if (movement <= 108) return 70.0 + 2.0 * (movement - 94);
    if (movement <= 123) return 100.0 + 5.0 * (movement - 109);
    return 175.0;  // 124: >= 175 kt
}

void decode_cpr_fields(std::uint64_t me, Message& msg, bool surface) noexcept {
    msg.has_cpr = true;
    msg.cpr_surface = surface;
    msg.cpr_odd = bits(me, 22, 22) != 0;  // F
    msg.cpr_lat = bits(me, 23, 39);
    msg.cpr_lon = bits(me, 40, 56);
}

void decode_surface(std::uint64_t me, Message& msg) noexcept {
    msg.bds = 0x06;
    msg.on_ground = true;
    msg.gs_kt = surface_movement_kt(bits(me, 6, 12));
    if (bits(me, 13, 13) != 0) msg.track_deg = bits(me, 14, 20) * (360.0 / 128.0);  // S: track valid
    decode_cpr_fields(me, msg, true);
    // NUCp by type code; NIC as version 2 with NIC-A = NIC-C = 0 (the supplements come in TC 31:
    // PositionDecoder recomputes NIC once it has heard the aircraft's version and supplements).
    static constexpr std::uint8_t nuc_by_tc[4] = {9, 8, 7, 6};
    msg.nuc_p = nuc_by_tc[msg.tc - 5];
    msg.nic = position_nic(msg.tc, 2, false, false, false);
}

void decode_airborne(std::uint64_t me, Message& msg) noexcept {
    msg.bds = 0x05;
    msg.on_ground = false;
    msg.nic_b = bits(me, 8, 8) != 0;  // v0/v1: single antenna flag; v2: NIC supplement B
    const std::uint32_t ac12 = bits(me, 9, 20);
    if (msg.tc >= 20) {
        // TC 20-22: GNSS height; readsb decodes the 12 bits like the barometric field.
        msg.alt_geom_ft = altitude_ac12(ac12);
    } else {
        msg.alt_baro_ft = altitude_ac12(ac12);
    }
    decode_cpr_fields(me, msg, false);
    if (msg.tc <= 18) {
        msg.nuc_p = static_cast<std::uint8_t>(18 - msg.tc);
    } else {
        static constexpr std::uint8_t nuc_by_tc[3] = {9, 8, 0};
        msg.nuc_p = nuc_by_tc[msg.tc - 20];
    }
    // NIC as version 2 without TC 31: NIC-A is taken equal to NIC-B, since the only defined version-2
    // combinations that change NIC (TC 11, 16) have both set. PositionDecoder recomputes NIC with the
    // aircraft's real version and NIC-A once it has heard a TC 31.
    msg.nic = position_nic(msg.tc, 2, *msg.nic_b, *msg.nic_b, false);
}

}  // namespace

void decode_me(std::uint64_t me, Message& msg) noexcept {
    msg.tc = static_cast<std::uint8_t>(bits(me, 1, 5));
    switch (msg.tc) {
    case 1:
    case 2:
    case 3:
    case 4:
        decode_identification(me, msg);
        break;
    case 5:
    case 6:
    case 7:
    case 8:
        decode_surface(me, msg);
        break;
    case 9:
    case 10:
    case 11:
    case 12:
    case 13:
    case 14:
    case 15:
    case 16:
    case 17:
    case 18:
    case 20:
    case 21:
    case 22:
        decode_airborne(me, msg);
        break;
    case 19:
        decode_velocity(me, msg);
        break;
    case 28:
        decode_aircraft_status(me, msg);
        break;
    case 29:
        decode_target_state(me, msg);
        break;
    case 31:
        decode_operational_status(me, msg);
        break;
    default:  // TC 0 (no position), 23 test, 24 surface system status, 25-27 reserved, 30 reserved
        break;
    }
}

}  // namespace cp::adsb::detail
