// SPDX-License-Identifier: Apache-2.0
// DF17/18 status type codes (DO-260B §2.2.3.2.7): TC 28 aircraft status (BDS 6,1), TC 29 target
// state and status (BDS 6,2, subtype 1 of version 2), TC 31 operational status (BDS 6,5).
// ME bits numbered from 1. Version-0/1 layouts of TC 29 (subtype 0) are not decoded beyond subtype.
#include "adsb/detail/df17.hpp"
#include "adsb/detail/fields.hpp"

namespace cp::adsb::detail {

void decode_aircraft_status(std::uint64_t me, Message& msg) noexcept {
    msg.bds = 0x61;
    const auto subtype = static_cast<std::uint8_t>(bits(me, 6, 8));
    msg.subtype = subtype;
    if (subtype != 1) return;  // 2: ACAS RA broadcast (fields as BDS 3,0), others reserved
    msg.emergency = static_cast<std::uint8_t>(bits(me, 9, 11));
    const std::uint32_t id13 = bits(me, 12, 24);
    if (id13 != 0) msg.squawk = identity_id13(id13);
}

void decode_target_state(std::uint64_t me, Message& msg) noexcept {
    msg.bds = 0x62;
    const auto subtype = static_cast<std::uint8_t>(bits(me, 6, 7));
    msg.subtype = subtype;
    if (subtype != 1) return;
    msg.sil_type = static_cast<std::uint8_t>(bits(me, 8, 8));
    const unsigned selected_alt = bits(me, 10, 20);
    if (selected_alt != 0) {
        const auto ft = static_cast<std::int32_t>((selected_alt - 1) * 32);
        if (bits(me, 9, 9) != 0) {
            msg.nav_altitude_fms_ft = ft;
        } else {
            msg.nav_altitude_mcp_ft = ft;
        }
    }
    const unsigned baro = bits(me, 21, 29);
    if (baro != 0) msg.nav_qnh_hpa = 800.0 + (baro - 1) * 0.8;
    if (bits(me, 30, 30) != 0) msg.nav_heading_deg = bits(me, 31, 39) * (180.0 / 256.0);
    msg.nac_p = static_cast<std::uint8_t>(bits(me, 40, 43));
    msg.nic_baro = static_cast<std::uint8_t>(bits(me, 44, 44));
    msg.sil = static_cast<std::uint8_t>(bits(me, 45, 46));
    if (bits(me, 47, 47) != 0) {  // status of the mode bits 48-54
        msg.autopilot = bits(me, 48, 48) != 0;
        msg.vnav = bits(me, 49, 49) != 0;
        msg.alt_hold = bits(me, 50, 50) != 0;
        msg.approach = bits(me, 52, 52) != 0;
        msg.lnav = bits(me, 54, 54) != 0;
    }
    msg.tcas = bits(me, 53, 53) != 0;  // ACAS operational is valid regardless of bit 47
}

void decode_operational_status(std::uint64_t me, Message& msg) noexcept {
    msg.bds = 0x65;
    const auto subtype = static_cast<std::uint8_t>(bits(me, 6, 8));
    msg.subtype = subtype;
    if (subtype > 1) return;  // 0 airborne, 1 surface, others reserved
    const auto version = static_cast<std::uint8_t>(bits(me, 41, 43));
    msg.version = version;
    if (version == 0) return;  // v0 carries only the capability classes
    msg.nic_a = static_cast<std::uint8_t>(bits(me, 44, 44));
    msg.nac_p = static_cast<std::uint8_t>(bits(me, 45, 48));
    msg.sil = static_cast<std::uint8_t>(bits(me, 51, 52));
    msg.hrd = bits(me, 54, 54) != 0;
    if (version >= 2) msg.sil_type = static_cast<std::uint8_t>(bits(me, 55, 55));
    if (subtype == 0) {
        if (version >= 2) msg.gva = static_cast<std::uint8_t>(bits(me, 49, 50));
        msg.nic_baro = static_cast<std::uint8_t>(bits(me, 53, 53));
        if (version >= 2) msg.sda = static_cast<std::uint8_t>(bits(me, 31, 32));  // OM bits 15-16
    } else {
        if (version >= 2) msg.nic_c = static_cast<std::uint8_t>(bits(me, 20, 20));  // CC bit 12
        if (version >= 2) msg.sda = static_cast<std::uint8_t>(bits(me, 31, 32));
    }
}

}  // namespace cp::adsb::detail
