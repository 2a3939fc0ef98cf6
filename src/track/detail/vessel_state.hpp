// SPDX-License-Identifier: Apache-2.0
// Compact per-MMSI vessel state (~120 bytes) and the string pool that keeps names, call signs and
// destinations once for all vessels. Positions stay in AIS units (1/10000 minute, 0.1 kn, 0.1 degree) so that
// a report is stored without conversion; detector state lives in side tables only while a detector is active.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/geo.hpp"

namespace cp::track::detail {

/// AIS position units: 1/10000 minute of arc.
inline constexpr double ais_units_per_deg = 600'000.0;
inline constexpr std::uint16_t sog_unknown = 1023;  ///< AIS "speed not available" (0.1 kn units)
inline constexpr std::uint16_t cog_unknown = 3600;  ///< AIS "course not available" (0.1 degree units)
inline constexpr std::uint16_t heading_unknown = 511;

/// A position in AIS units (8 bytes instead of 16 for two doubles).
struct AisPoint {
    std::int32_t lat = 0;  ///< 1/10000 minute
    std::int32_t lon = 0;  ///< 1/10000 minute
    [[nodiscard]] geo::LatLon latlon() const noexcept {
        return {lat / ais_units_per_deg, lon / ais_units_per_deg};
    }
    friend bool operator==(const AisPoint&, const AisPoint&) = default;
};

/// Interned strings: id 0 is the empty string. Never shrinks (names are few: one per vessel at most).
class StringPool {
public:
    StringPool() { m_strings.emplace_back(); }
    [[nodiscard]] std::uint32_t intern(std::string_view text);
    [[nodiscard]] const std::string& get(std::uint32_t id) const noexcept { return m_strings[id]; }
    [[nodiscard]] std::size_t memory_bytes() const noexcept;

private:
    std::deque<std::string> m_strings;  ///< a deque: elements stay in place, so m_ids may view them
    std::unordered_map<std::string_view, std::uint32_t> m_ids;
};

/// Bits of VesselState::flags.
enum VesselFlag : std::uint8_t {
    has_position = 1U << 0,
    in_port = 1U << 1,       ///< an open port visit in Impl::m_visits
    loitering = 1U << 2,     ///< an open slow run in Impl::m_loiters
    in_grid = 1U << 3,       ///< listed in the encounter grid under `grid_cell`
    jump_pending = 1U << 4,  ///< `pending` holds a jumped-to position awaiting confirmation
    watched = 1U << 5,       ///< matches the watchlist
    port_cache = 1U << 6,    ///< `port_check`/`port_clear_m` are valid
    in_pairs = 1U << 7,      ///< member of at least one open encounter pair
};

/// One vessel. Static fields use 0 / id 0 for "unknown".
struct VesselState {
    AisPoint pos;                   ///< last accepted position
    std::int64_t pos_ms = 0;        ///< time of `pos`
    std::int64_t last_seen_ms = 0;  ///< any message
    std::uint16_t sog = sog_unknown;
    std::uint16_t cog = cog_unknown;
    std::uint16_t heading = heading_unknown;
    std::uint8_t nav_status = 15;
    std::uint8_t flags = 0;
    std::uint32_t name_id = 0;
    std::uint32_t call_sign_id = 0;
    std::uint32_t destination_id = 0;
    std::uint32_t imo = 0;
    std::uint16_t length_m = 0;
    std::uint16_t beam_m = 0;
    std::uint8_t ship_type = 0;
    std::uint8_t draught_dm = 0;  ///< 0.1 m
    std::uint32_t messages = 0;
    AisPoint pending;  ///< jump_pending: the position not (yet) accepted
    std::int64_t pending_ms = 0;
    AisPoint port_check;            ///< port_cache: where the port distance was last looked up
    float port_clear_m = 0;         ///< port_cache: distance from port_check to the nearest port centre
    std::uint64_t grid_cell = 0;    ///< in_grid: encounter grid cell key
    std::int64_t grid_scan_ms = 0;  ///< last neighbour scan for new encounters

    [[nodiscard]] bool has(VesselFlag flag) const noexcept { return (flags & flag) != 0; }
    void set(VesselFlag flag, bool on) noexcept {
        flags = on ? static_cast<std::uint8_t>(flags | flag) : static_cast<std::uint8_t>(flags & ~flag);
    }
    [[nodiscard]] double sog_kt() const noexcept { return sog == sog_unknown ? -1.0 : sog / 10.0; }
};

/// Text of an AIS ship type code (ITU-R M.1371-5 Table 53): "cargo", "tanker", ... empty for 0.
[[nodiscard]] std::string_view ship_type_text(std::uint8_t code) noexcept;

/// Cheap distance for small steps (equirectangular; < 0.1% error below 100 km away from the poles).
[[nodiscard]] double approx_distance_m(geo::LatLon a, geo::LatLon b) noexcept;

}  // namespace cp::track::detail
