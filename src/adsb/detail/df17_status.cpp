// SPDX-License-Identifier: Apache-2.0
// DF17/18 status type codes (DO-260B §2.2.3.2.7): TC 28 aircraft status (BDS 6,1: emergency and
// squawk, or the ACAS RA broadcast), TC 29 target state and status (BDS 6,2: subtype 0 of version 1,
// ICAO Doc 9871 Table B-2-98 / DO-260A; subtype 1 of version 2), TC 31 operational status (BDS 6,5).
// ME bits numbered from 1. No real version-1 TC 29 or TC 28 subtype 2 frame is in ../shared/data:
// test_status.cpp checks them on frames built field by field from the spec tables.
#include "adsb/detail/df17.hpp"
#include "adsb/detail/fields.hpp"

namespace cp::adsb::detail {
namespace {

// TC 29 subtype 0, version 1 (Doc 9871 Table B-2-98, §B.2.3.9). Version 1 has no autopilot mode
// bits: the vertical/horizontal mode indicators are reported as sent, not mapped to nav_modes.
void decode_target_state_v1(std::uint64_t me, Message& msg) noexcept {
    // bit 11: backward compatibility flag, 0 in version 1; a 1 here is not this layout (readsb agrees)
    if (bits(me, 11, 11) != 0) return;
    const unsigned vertical_source = bits(me, 8, 9);  // 0 none, 1 MCP/FCU, 2 holding altitude, 3 FMS/RNAV
    if (vertical_source != 0) {
        msg.nav_altitude_msl = bits(me, 10, 10) != 0;  // 0 flight level, 1 baro-corrected (MSL)
        // bits 12-13: target altitude capability (what the avionics could report), not kept
        const unsigned vertical_mode = bits(me, 14, 15);
        if (vertical_mode == 1 || vertical_mode == 2)
            msg.nav_vertical_mode = static_cast<std::uint8_t>(vertical_mode);
        const unsigned alt_code = bits(me, 16, 25);  // -1000 ft + 100 ft steps; 1011-1023 invalid
        if (alt_code <= 1010) {
            const auto ft = static_cast<std::int32_t>(alt_code) * 100 - 1000;
            // A held altitude (source 2) is no selection: neither MCP nor FMS, so it is not reported.
            if (vertical_source == 1) msg.nav_altitude_mcp_ft = ft;
            if (vertical_source == 3) msg.nav_altitude_fms_ft = ft;
        }
    }
    const unsigned horizontal_source = bits(me, 26, 27);  // 0 none, 1 MCP/FCU, 2 holding, 3 FMS/RNAV
    if (horizontal_source != 0) {
        const unsigned angle = bits(me, 28, 36);  // whole degrees; 360-511 invalid
        if (angle < 360) {
            msg.nav_heading_deg = angle;
            msg.nav_heading_is_track = bits(me, 37, 37) != 0;  // §B.2.3.9.10: 0 heading, 1 track
        }
        const unsigned horizontal_mode = bits(me, 38, 39);
        if (horizontal_mode == 1 || horizontal_mode == 2)
            msg.nav_horizontal_mode = static_cast<std::uint8_t>(horizontal_mode);
    }
    msg.nac_p = static_cast<std::uint8_t>(bits(me, 40, 43));
    msg.nic_baro = static_cast<std::uint8_t>(bits(me, 44, 44));
    msg.sil = static_cast<std::uint8_t>(bits(me, 45, 46));
    // bits 47-51: reserved. Bits 52-53, capability/mode codes: readsb reads 1 as "no TCAS" and 2-3 as
    // TCAS, pyModeS reads bit 52 = 0 as TCAS operational and bit 53 as RA active; the two disagree on
    // codes 1-3 and the DO-260A text was not at hand, so the code is reported as sent.
    msg.tss_capability_mode = static_cast<std::uint8_t>(bits(me, 52, 53));
    msg.emergency = static_cast<std::uint8_t>(bits(me, 54, 56));  // same codes as TC 28 subtype 1
}

}  // namespace

void decode_aircraft_status(std::uint64_t me, Message& msg) noexcept {
    msg.bds = 0x61;
    const auto subtype = static_cast<std::uint8_t>(bits(me, 6, 8));
    msg.subtype = subtype;
    if (subtype == 2) {
        // ACAS RA broadcast: ME bits 9-56 are MB bits 9-56 of BDS 3,0 (ARA, RAC, RAT, MTE, TTI, TID),
        // reported as they are; ME bits 1-8 (type code, subtype) stand where BDS 3,0 has its header.
        decode_register(me, 0x30, msg);
        return;
    }
    if (subtype != 1) return;  // others reserved
    msg.emergency = static_cast<std::uint8_t>(bits(me, 9, 11));
    const std::uint32_t id13 = bits(me, 12, 24);
    if (id13 != 0) msg.squawk = identity_id13(id13);
}

void decode_target_state(std::uint64_t me, Message& msg) noexcept {
    msg.bds = 0x62;
    const auto subtype = static_cast<std::uint8_t>(bits(me, 6, 7));
    msg.subtype = subtype;
    if (subtype == 0) {
        decode_target_state_v1(me, msg);
        return;
    }
    if (subtype != 1) return;  // 2, 3 reserved
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
