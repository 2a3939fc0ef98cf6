// SPDX-License-Identifier: Apache-2.0
// DF17/18 TC 19 airborne velocity (BDS 0,9; DO-260B §2.2.3.2.6). ME bits numbered from 1:
// 6-8 subtype, 11-13 NACv, subtypes 1/2 ground speed (14 Dew, 15-24 Vew, 25 Dns, 26-35 Vns),
// subtypes 3/4 airspeed (14 heading status, 15-24 heading, 25 IAS/TAS, 26-35 airspeed),
// 36 vertical rate source (0 GNSS, 1 baro), 37 sign, 38-46 rate, 49 sign, 50-56 GNSS minus baro.
// Subtypes 2 and 4 are supersonic: speeds in 4-kt steps.
#include <cmath>
#include <numbers>

#include "adsb/detail/df17.hpp"
#include "adsb/detail/fields.hpp"

namespace cp::adsb::detail {
namespace {

void decode_ground_speed(std::uint64_t me, unsigned scale, Message& msg) noexcept {
    const unsigned v_ew = bits(me, 15, 24);
    const unsigned v_ns = bits(me, 26, 35);
    if (v_ew == 0 || v_ns == 0) return;  // 0 = no velocity information
    double east = static_cast<double>((v_ew - 1) * scale);
    double north = static_cast<double>((v_ns - 1) * scale);
    if (bits(me, 14, 14) != 0) east = -east;    // Dew: 1 = westward
    if (bits(me, 25, 25) != 0) north = -north;  // Dns: 1 = southward
    msg.gs_kt =
        std::sqrt(east * east + north * north);  // components < 4100 kt: no overflow, hypot not needed
    double track = std::atan2(east, north) * 180.0 / std::numbers::pi;
    if (track < 0) track += 360.0;
    msg.track_deg = track;
}

void decode_airspeed(std::uint64_t me, unsigned scale, Message& msg) noexcept {
    if (bits(me, 14, 14) != 0) {
        msg.heading_deg = bits(me, 15, 24) * (360.0 / 1024.0);
        msg.heading_true = false;  // magnetic unless TC 31 HRD says true north (not known here)
    }
    const unsigned airspeed = bits(me, 26, 35);
    if (airspeed == 0) return;
    const double kt = static_cast<double>((airspeed - 1) * scale);
    if (bits(me, 25, 25) != 0) {
        msg.tas_kt = kt;
    } else {
        msg.ias_kt = kt;
    }
}

}  // namespace

void decode_velocity(std::uint64_t me, Message& msg) noexcept {
    msg.bds = 0x09;
    const auto subtype = static_cast<std::uint8_t>(bits(me, 6, 8));
    msg.subtype = subtype;
    if (subtype < 1 || subtype > 4) return;  // 0, 5-7 reserved
    msg.nac_v = static_cast<std::uint8_t>(bits(me, 11, 13));
    msg.supersonic = subtype == 2 || subtype == 4;
    const unsigned scale = msg.supersonic ? 4 : 1;
    if (subtype <= 2) {
        decode_ground_speed(me, scale, msg);
    } else {
        decode_airspeed(me, scale, msg);
    }
    const unsigned rate = bits(me, 38, 46);
    if (rate != 0) {
        auto fpm = static_cast<std::int32_t>((rate - 1) * 64);
        if (bits(me, 37, 37) != 0) fpm = -fpm;
        if (bits(me, 36, 36) != 0) {
            msg.baro_rate_fpm = fpm;
        } else {
            msg.geom_rate_fpm = fpm;
        }
    }
    const unsigned diff = bits(me, 50, 56);
    if (diff != 0) {
        auto diff_ft = static_cast<std::int32_t>((diff - 1) * 25);
        if (bits(me, 49, 49) != 0) diff_ft = -diff_ft;
        msg.gnss_baro_diff_ft = diff_ft;
    }
}

}  // namespace cp::adsb::detail
