// SPDX-License-Identifier: Apache-2.0
// The compact per-aircraft record of AircraftTracker (~250 bytes: the goal is <= 300 bytes per aircraft with
// the index included) and the table that holds them. The record folds in the CPR even/odd frames that
// adsb::PositionDecoder would keep in a second map, so one lookup serves both. Positions are stored as 1e-7
// degree integers (1 cm), speeds and tracks as floats: more precision than Mode S carries.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "core/geo.hpp"
#include "track/aircraft.hpp"

namespace cp::track::detail {

/// Key bit set for DF18 non-ICAO addresses, so a TIS-B track never merges with a real address.
inline constexpr std::uint32_t non_icao_key_bit = 1U << 24;

/// Degrees <-> 1e-7 degree integers.
[[nodiscard]] inline std::int32_t to_e7(double deg) noexcept {
    return static_cast<std::int32_t>(deg * 1e7 + (deg >= 0 ? 0.5 : -0.5));
}
[[nodiscard]] inline double from_e7(std::int32_t e7) noexcept {
    return static_cast<double>(e7) * 1e-7;
}

/// One observation kept for evidence (takeoff, landing, last position before a gap).
struct Fix {
    std::int64_t t_ms = 0;  ///< 0 = none
    std::int32_t lat_e7 = 0;
    std::int32_t lon_e7 = 0;
    std::int32_t alt_ft = INT32_MIN;  ///< INT32_MIN = unknown
    std::int16_t gs_kt = -1;          ///< whole knots (evidence precision); < 0 = unknown
    bool has_position = false;
    [[nodiscard]] geo::LatLon position() const noexcept { return {from_e7(lat_e7), from_e7(lon_e7)}; }
};

/// One CPR frame waiting for its partner (17-bit values; t_ms 0 = none). The surface flag rides in bit 31 of
/// `lat_bits` to keep the slot at 16 bytes.
struct CprSlot {
    std::int64_t t_ms = 0;
    std::uint32_t lat_bits = 0;
    std::uint32_t lon = 0;
    [[nodiscard]] std::uint32_t lat() const noexcept { return lat_bits & 0x1FFFFU; }
    [[nodiscard]] bool surface() const noexcept { return (lat_bits >> 31) != 0; }
    void set(std::int64_t t, std::uint32_t cpr_lat, std::uint32_t cpr_lon, bool is_surface) noexcept {
        t_ms = t;
        lat_bits = (cpr_lat & 0x1FFFFU) | (is_surface ? 0x80000000U : 0U);
        lon = cpr_lon;
    }
};

/// Air/ground phase as committed (after the debounce of two agreeing messages).
enum class Phase : std::uint8_t { unknown, air, ground };

/// Trust of an air/ground indication: the position type code beats the CA/FS/VS bits, which beat the
/// altitude + speed inference.
enum class GroundRank : std::uint8_t { none, alt_speed, bits, position };

struct AircraftState {
    std::uint32_t key = 0;  ///< icao, | non_icao_key_bit for non-ICAO addresses
    std::uint32_t messages = 0;
    std::int64_t last_seen_ms = 0;

    // Fields with their time and source (house style §2: value, time, source).
    std::int64_t position_ms = 0;  ///< 0 = no position
    std::int32_t lat_e7 = 0;
    std::int32_t lon_e7 = 0;
    std::int64_t altitude_ms = 0;
    std::int64_t velocity_ms = 0;
    std::int64_t squawk_ms = 0;
    std::int64_t callsign_ms = 0;
    std::int64_t ground_ms = 0;  ///< last air/ground indication that was taken
    std::int32_t alt_ft = 0;
    float gs_kt = 0;
    float track_deg = -1;  ///< < 0: unknown
    std::uint16_t squawk = 0;
    std::uint16_t pending_squawk = 0;  ///< unchecked Mode S squawk waiting for a repeat
    std::int64_t pending_squawk_ms = 0;
    std::array<char, 8> callsign{};  ///< space-trimmed, NUL-padded

    CprSlot even;
    CprSlot odd;

    // Event state.
    Fix takeoff;                        ///< start of the current flight (t_ms 0 = not airborne / not known)
    Fix landing;                        ///< start of the current ground stop (t_ms 0 = landing not observed)
    Fix gap_before;                     ///< last airborne position before a silence (t_ms 0 = no gap pending)
    std::int64_t gap_silence_ms = 0;    ///< last_seen_ms when the pending silence began
    std::int64_t stop_silent_ms = 0;    ///< longest silence while on the ground since the landing
    std::int64_t phase_pending_ms = 0;  ///< first message of the phase not yet committed
    std::int64_t ground_last_ms = 0;    ///< last on-the-ground indication taken
    std::int64_t silence_end_ms = 0;    ///< first message after the latest silence >= the gap threshold

    std::uint16_t emergency_squawk = 0;  ///< current emergency episode (0 = none)
    FieldSource position_source = FieldSource::none;
    FieldSource altitude_source = FieldSource::none;
    FieldSource velocity_source = FieldSource::none;
    FieldSource squawk_source = FieldSource::none;
    FieldSource callsign_source = FieldSource::none;
    GroundRank ground_rank = GroundRank::none;
    Phase phase = Phase::unknown;
    Phase phase_pending = Phase::unknown;
    bool ground = false;            ///< latest air/ground indication taken (true = on the ground)
    bool takeoff_observed = false;  ///< the current flight began with an observed ground -> air change
    bool takeoff_placed = false;    ///< ... or at least at a known place (left a ground stop unseen)
    bool sighting_open = false;     ///< a watchlist_sighting was emitted and the aircraft has not gone silent
    bool watch_checked = false;     ///< the watchlist was asked for the current identity
    bool watched = false;           ///< ... and it matched
    std::uint8_t rejects = 0;       ///< positions rejected in a row by the speed check

    [[nodiscard]] geo::LatLon position() const noexcept { return {from_e7(lat_e7), from_e7(lon_e7)}; }
    [[nodiscard]] std::string_view callsign_text() const noexcept {
        std::size_t length = 0;
        while (length < callsign.size() && callsign[length] != '\0') ++length;
        return {callsign.data(), length};
    }
};

/// AircraftStates in fixed blocks (no reallocation, no doubling slack) with an open-addressing index
/// (linear probing, backward-shift deletion) of 8-byte slots: key in the high half, record number + 1 in
/// the low half (0 = empty). Removing swaps the last record into the hole, so records stay dense.
class AircraftTable {
public:
    /// The record of `key`, or null.
    [[nodiscard]] AircraftState* find(std::uint32_t key) noexcept;
    /// Inserts a fresh record for `key` (which must not be present).
    AircraftState& insert(std::uint32_t key);
    /// Removes the record of `key` if present.
    void erase(std::uint32_t key) noexcept;
    [[nodiscard]] std::size_t size() const noexcept { return m_count; }
    [[nodiscard]] AircraftState& at(std::size_t record) noexcept {
        return (*m_blocks[record / block_size])[record % block_size];
    }
    [[nodiscard]] const AircraftState& at(std::size_t record) const noexcept {
        return (*m_blocks[record / block_size])[record % block_size];
    }
    /// Heap bytes: blocks allocated plus the index.
    [[nodiscard]] std::size_t memory_bytes() const noexcept;

private:
    static constexpr std::size_t block_size = 1024;
    using Block = std::array<AircraftState, block_size>;

    [[nodiscard]] std::size_t slot_of(std::uint32_t key) const noexcept;
    void grow();

    std::vector<std::unique_ptr<Block>> m_blocks;
    std::vector<std::uint64_t> m_slots;  ///< size is a power of two; load kept <= 0.7
    std::size_t m_count = 0;
};

}  // namespace cp::track::detail
