// SPDX-License-Identifier: Apache-2.0
// Helpers of the aircraft tracker tests: the CPR encoder of adsb/encode.hpp, builders of decoded Mode S
// messages as the decoder would fill them (CPR fields raw, no lat/lon), and FlightScript, which drives a
// tracker along a route with a message clock.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "adsb/adsb.hpp"
#include "adsb/encode.hpp"
#include "core/geo.hpp"
#include "track/aircraft.hpp"

namespace cp::test {

using CprPair = adsb::encode::CprCode;

/// Encodes a position as a 17-bit CPR frame (adsb/encode.hpp, round-trip tested against the decoder).
inline CprPair cpr_encode(double lat_deg, double lon_deg, bool odd, bool surface) {
    return adsb::encode::cpr_encode(lat_deg, lon_deg, odd, surface);
}

/// A DF17 message from `icao` with good parity (as decode() returns it).
inline adsb::Message df17(std::uint32_t icao, std::uint8_t tc, bool on_ground) {
    adsb::Message msg;
    msg.df = 17;
    msg.length_bytes = 14;
    msg.icao = icao;
    msg.address_source = adsb::AddressSource::announced;
    msg.crc_ok = true;
    msg.capability = on_ground ? 4 : 5;
    msg.on_ground = on_ground;
    msg.tc = tc;
    return msg;
}

/// Airborne position (TC 11, barometric altitude).
inline adsb::Message airborne_position(std::uint32_t icao, geo::LatLon p, std::int32_t alt_ft, bool odd) {
    adsb::Message msg = df17(icao, 11, false);
    const CprPair cpr = cpr_encode(p.lat_deg, p.lon_deg, odd, false);
    msg.has_cpr = true;
    msg.cpr_odd = odd;
    msg.cpr_lat = cpr.lat;
    msg.cpr_lon = cpr.lon;
    msg.alt_baro_ft = alt_ft;
    msg.bds = 0x05;
    return msg;
}

/// Surface position (TC 7) with its movement field.
inline adsb::Message surface_position(std::uint32_t icao, geo::LatLon p, double gs_kt, bool odd) {
    adsb::Message msg = df17(icao, 7, true);
    const CprPair cpr = cpr_encode(p.lat_deg, p.lon_deg, odd, true);
    msg.has_cpr = true;
    msg.cpr_odd = odd;
    msg.cpr_surface = true;
    msg.cpr_lat = cpr.lat;
    msg.cpr_lon = cpr.lon;
    msg.gs_kt = gs_kt;
    msg.bds = 0x06;
    return msg;
}

/// Airborne velocity (TC 19).
inline adsb::Message velocity(std::uint32_t icao, double gs_kt, double track_deg) {
    adsb::Message msg = df17(icao, 19, false);
    msg.gs_kt = gs_kt;
    msg.track_deg = track_deg;
    msg.bds = 0x09;
    return msg;
}

/// Identification (TC 4) with an 8-character callsign.
inline adsb::Message identification(std::uint32_t icao, const std::string& callsign, bool on_ground) {
    adsb::Message msg = df17(icao, 4, on_ground);
    std::string padded = callsign;
    padded.resize(8, ' ');
    for (std::size_t pos = 0; pos < 8; ++pos) msg.flight[pos] = padded[pos];
    msg.has_flight = true;
    msg.bds = 0x08;
    return msg;
}

/// A DF5 identity reply: the address is only the parity overlay (unverified by itself).
inline adsb::Message df5_identity(std::uint32_t icao, std::uint16_t squawk, bool on_ground) {
    adsb::Message msg;
    msg.df = 5;
    msg.length_bytes = 7;
    msg.icao = icao;
    msg.address_source = adsb::AddressSource::overlay;
    msg.flight_status = on_ground ? 1 : 0;
    msg.on_ground = on_ground;
    msg.squawk = squawk;
    return msg;
}

/// Drives one aircraft's messages along a script with a message clock (Unix ms).
class FlightScript {
public:
    FlightScript(track::AircraftTracker& tracker, std::uint32_t icao, std::int64_t start_ms)
        : m_tracker(tracker), m_icao(icao), m_t_ms(start_ms) {}

    [[nodiscard]] std::int64_t now_ms() const noexcept { return m_t_ms; }
    [[nodiscard]] geo::LatLon where() const noexcept { return m_where; }

    void send(adsb::Message msg) { m_tracker.update(msg, m_t_ms); }
    void wait(std::int64_t ms) { m_t_ms += ms; }

    /// On the ground at `p` for `duration_ms`: a surface position (alternating even/odd) every `step_ms`.
    void ground(geo::LatLon p, std::int64_t duration_ms, double gs_kt = 5, std::int64_t step_ms = 5'000) {
        m_where = p;
        for (std::int64_t spent = 0; spent < duration_ms; spent += step_ms) {
            send(surface_position(m_icao, p, gs_kt, m_odd));
            m_odd = !m_odd;
            m_t_ms += step_ms;
        }
    }

    /// Airborne from `from` to `to` at `speed_kt` and `alt_ft` (climb and descent left out: the tracker reads
    /// air/ground from the type codes): a position every `step_ms` and a velocity message with each.
    void fly(geo::LatLon from, geo::LatLon to, double speed_kt, std::int32_t alt_ft,
             std::int64_t step_ms = 2'000) {
        const double total_m = geo::distance_m(from, to);
        const double step_m =
            speed_kt * geo::metres_per_nautical_mile / 3600.0 * static_cast<double>(step_ms) / 1000.0;
        for (double done_m = 0; done_m < total_m; done_m += step_m) {
            const geo::LatLon p = geo::destination(from, geo::bearing_deg(from, to), done_m);
            airborne_at(p, alt_ft, speed_kt, geo::bearing_deg(p, to));
            m_t_ms += step_ms;
        }
        m_where = to;
    }

    /// One airborne position and velocity at `p`.
    void airborne_at(geo::LatLon p, std::int32_t alt_ft, double speed_kt, double track_deg) {
        send(airborne_position(m_icao, p, alt_ft, m_odd));
        m_odd = !m_odd;
        send(velocity(m_icao, speed_kt, track_deg));
        m_where = p;
    }

    /// `count` airborne fixes at `p`, `step_ms` apart (enough for an even/odd pair and a committed phase).
    void hover(geo::LatLon p, std::int32_t alt_ft, int count = 4, std::int64_t step_ms = 1'000) {
        for (int fix_idx = 0; fix_idx < count; ++fix_idx) {
            airborne_at(p, alt_ft, 250, 0);
            m_t_ms += step_ms;
        }
    }

private:
    track::AircraftTracker& m_tracker;
    std::uint32_t m_icao;
    std::int64_t m_t_ms;
    bool m_odd = false;
    geo::LatLon m_where;
};

}  // namespace cp::test
