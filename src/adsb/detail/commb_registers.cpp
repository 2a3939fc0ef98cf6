// SPDX-License-Identifier: Apache-2.0
// Comm-B register field layouts (ICAO Doc 9871 Appendix A, Tables A-2-16 ... A-2-96). MB bits are
// numbered from 1 (MB bit 1 = frame bit 33). Each "status" bit says whether the field after it is
// valid; fields with status 0 stay nullopt. Inference (which register a reply carries) is in
// commb_infer.cpp; these decoders are also the "forced" decoders of decode_commb_as().
#include <cmath>

#include "adsb/detail/commb.hpp"
#include "adsb/detail/fields.hpp"

namespace cp::adsb::detail {
namespace {

// Two's-complement value of MB bits first..last (the sign is the first bit).
constexpr std::int32_t signed_bits(std::uint64_t mb, unsigned first, unsigned last) noexcept {
    const unsigned count = last - first + 1;
    const auto raw = static_cast<std::int32_t>(bits(mb, first, last));
    return (raw & (1 << (count - 1))) != 0 ? raw - (1 << count) : raw;
}

constexpr bool status(std::uint64_t mb, unsigned bit) noexcept {
    return bits(mb, bit, bit) != 0;
}

void bds10(std::uint64_t mb, CommB& c) noexcept {
    c.config = status(mb, 9);
    c.overlay_command_capability = status(mb, 15);
    c.acas_operational = status(mb, 16);
    c.mode_s_subnetwork_version = static_cast<std::uint8_t>(bits(mb, 17, 23));
    c.transponder_level5 = status(mb, 24);
    c.mode_s_specific_services = status(mb, 25);
    c.uplink_elm_throughput = static_cast<std::uint8_t>(bits(mb, 26, 28));
    c.downlink_elm_throughput = static_cast<std::uint8_t>(bits(mb, 29, 32));
    c.aircraft_identification_capability = status(mb, 33);
    c.squitter_capability = status(mb, 34);
    c.surveillance_identifier_code = status(mb, 35);
    c.common_usage_gicb_capability = status(mb, 36);
    c.acas_hybrid_surveillance = status(mb, 37);
    c.acas_resolution_advisory = status(mb, 38);
    c.acas_rtca_version = static_cast<std::uint8_t>(bits(mb, 39, 40));
    c.dte_status = static_cast<std::uint16_t>(bits(mb, 41, 56));
}

void bds30(std::uint64_t mb, CommB& c) noexcept {
    c.ara = static_cast<std::uint16_t>(bits(mb, 9, 22));
    c.rac = static_cast<std::uint8_t>(bits(mb, 23, 26));
    c.rat = status(mb, 27);
    c.mte = status(mb, 28);
    c.tti = static_cast<std::uint8_t>(bits(mb, 29, 30));
    c.threat_id = bits(mb, 31, 56);
}

void bds40(std::uint64_t mb, Message& msg) noexcept {
    CommB& c = msg.commb;
    if (status(mb, 1)) c.selected_altitude_mcp_ft = static_cast<std::int32_t>(bits(mb, 2, 13) * 16);
    if (status(mb, 14)) c.selected_altitude_fms_ft = static_cast<std::int32_t>(bits(mb, 15, 26) * 16);
    if (status(mb, 27)) c.baro_setting_hpa = static_cast<float>(800.0 + bits(mb, 28, 39) * 0.1);
    if (status(mb, 48)) {
        c.vnav_mode = status(mb, 49);
        c.alt_hold_mode = status(mb, 50);
        c.approach_mode = status(mb, 51);
    }
    if (status(mb, 54)) c.target_alt_source = static_cast<std::uint8_t>(bits(mb, 55, 56));
    // The same facts as ADS-B TC 29, so the JSON and the tracker see one set of names.
    msg.nav_altitude_mcp_ft = c.selected_altitude_mcp_ft;
    msg.nav_altitude_fms_ft = c.selected_altitude_fms_ft;
    if (c.baro_setting_hpa) msg.nav_qnh_hpa = *c.baro_setting_hpa;
}

void bds44(std::uint64_t mb, CommB& c) noexcept {
    c.figure_of_merit = static_cast<std::uint8_t>(bits(mb, 1, 4));
    if (status(mb, 5)) {
        c.wind_speed_kt = static_cast<float>(bits(mb, 6, 14));
        c.wind_direction_deg = static_cast<float>(bits(mb, 15, 23) * (180.0 / 256.0));
    }
    c.static_air_temperature_c = static_cast<float>(signed_bits(mb, 24, 34) * 0.25);
    if (status(mb, 35)) c.static_pressure_hpa = static_cast<float>(bits(mb, 36, 46));
    if (status(mb, 47)) c.turbulence = static_cast<std::uint8_t>(bits(mb, 48, 49));
    if (status(mb, 50)) c.humidity_pct = static_cast<float>(bits(mb, 51, 56) * (100.0 / 64.0));
}

void bds45(std::uint64_t mb, CommB& c) noexcept {
    if (status(mb, 1)) c.turbulence = static_cast<std::uint8_t>(bits(mb, 2, 3));
    if (status(mb, 4)) c.wind_shear = static_cast<std::uint8_t>(bits(mb, 5, 6));
    if (status(mb, 7)) c.microburst = static_cast<std::uint8_t>(bits(mb, 8, 9));
    if (status(mb, 10)) c.icing = static_cast<std::uint8_t>(bits(mb, 11, 12));
    if (status(mb, 13)) c.wake_vortex = static_cast<std::uint8_t>(bits(mb, 14, 15));
    if (status(mb, 16)) c.static_air_temperature_c = static_cast<float>(signed_bits(mb, 17, 26) * 0.25);
    if (status(mb, 27)) c.static_pressure_hpa = static_cast<float>(bits(mb, 28, 38));
    if (status(mb, 39)) c.radio_height_ft = static_cast<std::int32_t>(bits(mb, 40, 51) * 16);
}

void bds50(std::uint64_t mb, CommB& c) noexcept {
    if (status(mb, 1)) c.roll_deg = static_cast<float>(signed_bits(mb, 2, 11) * (45.0 / 256.0));
    if (status(mb, 12)) {
        double track = signed_bits(mb, 13, 23) * (90.0 / 512.0);
        if (track < 0) track += 360.0;
        c.true_track_deg = static_cast<float>(track);
    }
    if (status(mb, 24)) c.gs_kt = static_cast<float>(bits(mb, 25, 34) * 2);
    if (status(mb, 35)) c.track_rate_deg_s = static_cast<float>(signed_bits(mb, 36, 45) * (8.0 / 256.0));
    if (status(mb, 46)) c.tas_kt = static_cast<float>(bits(mb, 47, 56) * 2);
}

void bds60(std::uint64_t mb, CommB& c) noexcept {
    if (status(mb, 1)) {
        double heading = signed_bits(mb, 2, 12) * (90.0 / 512.0);
        if (heading < 0) heading += 360.0;
        c.mag_heading_deg = static_cast<float>(heading);
    }
    if (status(mb, 13)) c.ias_kt = static_cast<float>(bits(mb, 14, 23));
    if (status(mb, 24)) c.mach = static_cast<float>(bits(mb, 25, 34) * (2.048 / 512.0));
    if (status(mb, 35)) c.baro_rate_fpm = signed_bits(mb, 36, 45) * 32;
    if (status(mb, 46)) c.inertial_rate_fpm = signed_bits(mb, 47, 56) * 32;
}

}  // namespace

bool decode_register(std::uint64_t mb, Bds bds, Message& out) noexcept {
    CommB& c = out.commb;
    switch (bds) {
    case 0x10:
        bds10(mb, c);
        break;
    case 0x17:
        c.gicb_capability_bits = bits(mb, 1, 24);
        break;
    case 0x20:
        out.has_flight = decode_callsign(mb & 0xFFFFFFFFFFFFULL, out.flight);
        break;
    case 0x30:
        bds30(mb, c);
        break;
    case 0x40:
        bds40(mb, out);
        break;
    case 0x44:
        bds44(mb, c);
        break;
    case 0x45:
        bds45(mb, c);
        break;
    case 0x50:
        bds50(mb, c);
        break;
    case 0x60:
        bds60(mb, c);
        break;
    default:
        return false;
    }
    return true;
}

}  // namespace cp::adsb::detail
