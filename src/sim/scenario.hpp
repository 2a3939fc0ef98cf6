// SPDX-License-Identifier: Apache-2.0
// A parsed scenario: each object's script already turned into timed legs (ground stops, flights with climb,
// cruise and descent, port stays, passages, drifts) and intervals (transponder off, squawk codes, AIS dark),
// so that timing errors ("arrive" before departure) are reported by parse_scenario with their JSON path.
// aircraft_state()/vessel_state() give the truth at any time; write_recordings() samples them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/geo.hpp"
#include "sim/sim.hpp"

namespace cp::sim {

/// A half-open time interval [start_ms, end_ms) in Unix milliseconds.
struct Interval {
    std::int64_t start_ms = 0;
    std::int64_t end_ms = 0;
    /// True when `t_ms` lies in [start_ms, end_ms).
    [[nodiscard]] bool contains(std::int64_t t_ms) const noexcept {
        return t_ms >= start_ms && t_ms < end_ms;
    }
};

/// One motion segment of an aircraft: on the ground at `from`, or a flight `from` -> `to`.
struct AircraftLeg {
    enum class Kind : std::uint8_t { ground, flight };
    Kind kind = Kind::ground;
    Interval time;          ///< when the leg runs
    geo::LatLon from;       ///< ground: where it stands
    geo::LatLon to;         ///< flight only
    std::string from_site;  ///< site id or empty for coordinates
    std::string to_site;
    double cruise_kt = 0;            ///< flight: cruise ground speed
    double slow_kt = 0;              ///< flight: ground speed at takeoff and touchdown
    std::int32_t cruise_alt_ft = 0;  ///< flight: reached altitude (lowered for short hops)
    std::int64_t climb_ms = 0;       ///< flight: climb duration (= descent duration)
    double distance_m = 0;           ///< flight: great-circle distance
};

/// A Mode A code set for an interval (a squawk step).
struct SquawkInterval {
    Interval time;
    std::uint16_t squawk = 0;
};

/// A scripted aircraft.
struct Aircraft {
    std::uint32_t icao = 0;
    std::string callsign;
    std::uint8_t category = 0xA0;  ///< as Message::category: 0xA5 = set A, heavy
    std::uint16_t squawk = 02000;  ///< default Mode A code (12 bits, octal digits)
    std::vector<AircraftLeg> legs;
    std::vector<Interval> silent;  ///< transponder off (silent steps, parked with the transponder off)
    std::vector<SquawkInterval> squawks;
    std::string path;  ///< JSON path of the object ("/aircraft/0")
};

/// Truth of an aircraft at one time.
struct AircraftState {
    geo::LatLon pos;
    std::int32_t alt_ft = 0;
    double gs_kt = 0;
    double track_deg = 0;
    std::int32_t vertical_rate_fpm = 0;
    bool on_ground = true;
};

/// One motion segment of a vessel.
struct VesselLeg {
    enum class Kind : std::uint8_t { moored, sail, drift };
    Kind kind = Kind::moored;
    Interval time;          ///< when the leg runs
    geo::LatLon from;       ///< moored: where it lies
    geo::LatLon to;         ///< sail only (drift: computed from course and speed)
    std::string site;       ///< site id of the mooring or destination, empty for coordinates
    double speed_kt = 0;    ///< sail and drift
    double course_deg = 0;  ///< drift only
};

/// An identity change taking effect at `t_ms` (rename, new IMO, new call sign, new MMSI).
struct IdentityChange {
    std::int64_t t_ms = 0;
    std::optional<std::uint32_t> mmsi;
    std::optional<std::uint32_t> imo;
    std::optional<std::string> name;
    std::optional<std::string> call_sign;
};

/// A vessel's identity at one time.
struct VesselIdentity {
    std::uint32_t mmsi = 0;
    std::uint32_t imo = 0;
    std::string name;
    std::string call_sign;
};

/// A scripted vessel.
struct Vessel {
    VesselIdentity identity;  ///< at the start
    std::uint8_t ship_type = 70;
    bool class_b = false;
    std::string destination;
    std::uint16_t to_bow = 80;
    std::uint16_t to_stern = 20;
    std::uint8_t to_port = 8;
    std::uint8_t to_starboard = 8;
    double draught_m = 4.5;
    std::vector<VesselLeg> legs;
    std::vector<Interval> dark;  ///< AIS off
    std::vector<IdentityChange> changes;
    std::string path;
};

/// Truth of a vessel at one time.
struct VesselState {
    geo::LatLon pos;
    double sog_kt = 0;
    double cog_deg = 0;
    bool moored = true;
};

/// Reporting rate multipliers (1 = the real rates; 0.2 = five times fewer messages).
struct RateScale {
    double adsb = 0.2;  ///< default: a 10-hour flight stays around 1.5 MB per format
    double ais = 1.0;
};

/// A parsed scenario.
struct Scenario {
    std::string name;
    std::string note;
    std::string receiver = "sim";  ///< tag block s: field of ais.nmea
    std::int64_t start_ms = 0;
    std::int64_t end_ms = 0;  ///< end of the last leg of any object
    std::uint64_t seed = 1;   ///< position noise of AIS reports
    RateScale rates;
    std::vector<Aircraft> aircraft;
    std::vector<Vessel> vessels;
};

/// The state of `aircraft` at `t_ms` (clamped to its first and last leg).
[[nodiscard]] AircraftState aircraft_state(const Aircraft& aircraft, std::int64_t t_ms) noexcept;
/// True when `aircraft` transmits at `t_ms`: within its legs and in no silent interval.
[[nodiscard]] bool aircraft_transmits(const Aircraft& aircraft, std::int64_t t_ms) noexcept;
/// The Mode A code of `aircraft` at `t_ms`.
[[nodiscard]] std::uint16_t aircraft_squawk(const Aircraft& aircraft, std::int64_t t_ms) noexcept;

/// The state of `vessel` at `t_ms` (clamped to its first and last leg).
[[nodiscard]] VesselState vessel_state(const Vessel& vessel, std::int64_t t_ms) noexcept;
/// True when `vessel` transmits at `t_ms`: within its legs and not dark.
[[nodiscard]] bool vessel_transmits(const Vessel& vessel, std::int64_t t_ms) noexcept;
/// The identity of `vessel` at `t_ms` (its changes applied up to and including `t_ms`).
[[nodiscard]] VesselIdentity vessel_identity(const Vessel& vessel, std::int64_t t_ms);

/// Parses a duration "3h05m", "90m", "40s", "1h30m20s" into milliseconds; nullopt when malformed or empty.
[[nodiscard]] std::optional<std::int64_t> parse_duration(std::string_view text) noexcept;

/// True when `imo` is a 7-digit IMO number whose last digit is its check digit.
[[nodiscard]] bool valid_imo(std::uint32_t imo) noexcept;

}  // namespace cp::sim
