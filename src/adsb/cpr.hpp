// SPDX-License-Identifier: Apache-2.0
// Compact Position Reporting (DO-260B §A.1.7, ICAO Doc 9871 §C.2.6): the NL table, global decoding of
// an even/odd pair (airborne and surface), local decoding against a reference, and PositionDecoder, the
// caller-owned state that pairs frames per aircraft, checks plausibility and confirms overlay addresses.
// The pure maths is tested row by row against readsb's cprtests.c and pyModeS's test_cpr.py vectors.
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "adsb/message.hpp"
#include "core/geo.hpp"
#include "core/result.hpp"

namespace cp::adsb::cpr {

/// Why a CPR decode gave no position.
enum class CprError : std::uint8_t {
    zone_mismatch,  ///< even and odd latitudes lie in different NL zones
    bad_latitude,   ///< the decoded latitude is outside [-90, 90]
};

/// Stable snake_case name of `error`.
[[nodiscard]] std::string_view to_string(CprError error) noexcept;

/// Number of longitude zones NL(lat) for `lat_deg` (1..59), from the 58 transition latitudes of
/// DO-260B Table A-21. NL is symmetric in latitude; 59 at the equator, 1 at the poles (|lat| >= 87).
[[nodiscard]] int nl(double lat_deg) noexcept;

/// Global airborne decode of an even and an odd frame (17-bit raw CPR values). `odd_newer` selects
/// which frame's position is returned (the most recent one).
[[nodiscard]] Result<geo::LatLon, CprError> global_airborne(std::uint32_t even_lat, std::uint32_t even_lon,
                                                            std::uint32_t odd_lat, std::uint32_t odd_lon,
                                                            bool odd_newer) noexcept;

/// Global surface decode (90-degree zones): of the 4x2 candidates, the one nearest `ref` (the receiver
/// or a last-known position, which must be within ~45 degrees of the aircraft).
[[nodiscard]] Result<geo::LatLon, CprError> global_surface(geo::LatLon ref, std::uint32_t even_lat,
                                                           std::uint32_t even_lon, std::uint32_t odd_lat,
                                                           std::uint32_t odd_lon, bool odd_newer) noexcept;

/// Local (relative) decode of one frame against `ref`, which must lie within half a zone (airborne
/// ~180 NM, surface ~45 NM) of the true position. Error bad_latitude if the result leaves [-90, 90].
[[nodiscard]] Result<geo::LatLon, CprError> local(geo::LatLon ref, std::uint32_t cpr_lat,
                                                  std::uint32_t cpr_lon, bool odd, bool surface) noexcept;

}  // namespace cp::adsb::cpr

namespace cp::adsb {

/// Settings of PositionDecoder. Times are in milliseconds of the message clock.
struct PositionOptions {
    std::optional<geo::LatLon> receiver;       ///< receiver position: surface decoding and range check
    double max_range_m = 463'000.0;            ///< farthest a receiver hears (250 NM); 0 disables the check
    std::int64_t airborne_window_ms = 10'000;  ///< even/odd pairing window (readsb: 10 s)
    std::int64_t surface_window_ms = 25'000;   ///< surface pairing window when moving
    std::int64_t slow_surface_window_ms = 50'000;  ///< surface pairing window at <= 25 kt
    std::int64_t local_max_age_ms = 600'000;       ///< a last-known position older than this is no reference
};

/// State spanning messages of one receiver stream: CPR frames and last positions per aircraft, the
/// addresses seen in DF11/17/18 or declared known (to confirm overlay addresses), and each aircraft's
/// ADS-B version and NIC supplements from TC 31 (to give the NIC of its positions). The caller owns
/// it; not thread-safe. Memory grows with the number of distinct aircraft, not with messages.
class PositionDecoder {
public:
    PositionDecoder() = default;
    /// Uses `options` (receiver position, windows, range).
    explicit PositionDecoder(const PositionOptions& options) : m_options(options) {}

    /// Updates the state with `msg` received at `t_unix_ms` and fills msg.lat_deg/lon_deg for a CPR
    /// message (or sets msg.position_reject with the reason), msg.address_confirmed for overlay
    /// addresses seen before in DF11/17/18 or added with add_known(), and msg.nic of a position from
    /// the aircraft's TC 31 version and NIC supplements once heard (see position_nic(); version 0
    /// positions lose their NIC, as version 0 has none). Messages must come in time order per aircraft.
    void update(Message& msg, std::int64_t t_unix_ms);

    /// Declares `icao` a known aircraft (from a fleet list, an earlier session, an interrogator's
    /// roll-call): overlay replies whose parity names it are reported confirmed from now on. Known
    /// addresses are not dropped by expire().
    void add_known(std::uint32_t icao) { m_known.insert(icao & 0xFFFFFFU); }

    /// True when `icao` was seen with a verified parity (DF11/17/18 with crc_ok) or added as known.
    [[nodiscard]] bool seen(std::uint32_t icao) const noexcept;

    /// Number of aircraft with state.
    [[nodiscard]] std::size_t aircraft_count() const noexcept { return m_aircraft.size(); }

    /// Drops aircraft not heard for `max_age_ms` before `t_unix_ms` (call now and then on live feeds).
    void expire(std::int64_t t_unix_ms, std::int64_t max_age_ms);

private:
    struct CprFrame {
        std::int64_t t_ms = -1;  ///< -1 = none
        std::uint32_t lat = 0;
        std::uint32_t lon = 0;
        bool surface = false;
    };
    struct Aircraft {
        std::int64_t last_seen_ms = 0;
        bool verified = false;  ///< heard with good parity
        CprFrame even;
        CprFrame odd;
        std::optional<geo::LatLon> position;
        std::int64_t position_t_ms = 0;
        std::optional<double> gs_kt;
        std::optional<std::uint8_t> version;  ///< from TC 31
        bool nic_a = false;                   ///< TC 31 NIC supplement (version 1) / NIC-A (version 2)
        bool nic_c = false;                   ///< TC 31 surface NIC-C (version 2)
    };

    void decode_position(Message& msg, Aircraft& aircraft, std::int64_t t_unix_ms) const;
    static void apply_integrity(Message& msg, Aircraft& aircraft) noexcept;
    [[nodiscard]] Result<geo::LatLon, PositionReject> try_global(const Message& msg, const Aircraft& aircraft,
                                                                 std::int64_t t_unix_ms) const;
    [[nodiscard]] Result<geo::LatLon, PositionReject> try_local(const Message& msg, const Aircraft& aircraft,
                                                                std::int64_t t_unix_ms) const;
    [[nodiscard]] PositionReject check_plausible(geo::LatLon pos, const Message& msg,
                                                 const Aircraft& aircraft, std::int64_t t_unix_ms) const;

    PositionOptions m_options;
    std::unordered_map<std::uint32_t, Aircraft> m_aircraft;
    std::unordered_set<std::uint32_t> m_known;
};

}  // namespace cp::adsb
