// SPDX-License-Identifier: Apache-2.0
// The clocks of ingest streams (ingest.hpp header comment): the 48-bit 12 MHz receiver counter of Beast/AVR
// unwrapped into Unix ms, and the clock of untimed NMEA streams taken from AIS type 4 base-station reports
// (ITU-R M.1371-5 message 4: UTC year..second), made robust against one base station with a wrong clock.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include "ais/message.hpp"

namespace cp::track::detail {

/// 12 MHz ticks per millisecond.
inline constexpr std::uint64_t ticks_per_ms = 12'000;
/// The Beast/AVR counter is 48 bits wide: it wraps every 2^48 ticks (about 271 days at 12 MHz).
inline constexpr std::uint64_t tick_modulus = std::uint64_t{1} << 48;
/// Message times outside [1970-01-01, 2100-01-01) are bad input (a mangled timestamp column).
inline constexpr std::int64_t max_plausible_ms = 4'102'444'800'000;
/// A type 4 time this far from a locked clock is ignored (brief: "more than 1 day away").
inline constexpr std::int64_t max_base_station_skew_ms = 86'400'000;

/// Unwraps the 48-bit counter: each value is read as the unwrapped count nearest to the latest one, so a
/// wrap moves forward and a frame that arrives a little late across a wrap is not taken as 271 days ahead.
class TickClock {
public:
    explicit TickClock(std::int64_t epoch_ms) noexcept : m_epoch_ms(epoch_ms) {}
    /// Unix ms of counter value `ticks` (only its low 48 bits are used).
    [[nodiscard]] std::int64_t to_unix_ms(std::uint64_t ticks) noexcept;

private:
    std::int64_t m_epoch_ms;
    std::uint64_t m_latest = 0;  ///< highest unwrapped count so far
    bool m_started = false;
};

/// UTC time of a type 4 report in Unix ms, or nullopt when a field is "not available" (year 0, month 0,
/// day 0, hour 24, minute 60, second 60) or out of range, or the year is outside 2000-2099 (a base station
/// whose clock was never set).
[[nodiscard]] std::optional<std::int64_t> base_station_time_ms(const ais::BaseStationReport& report) noexcept;

/// The clock of an untimed AIS stream. Type 4 times go into a ring of the last five accepted; the clock is
/// their median, so that one base station with a wrong clock does not move it. The clock locks once three
/// reports are in (or when the caller gives up waiting: lock_now()). Once locked, a report more than a day
/// from the clock is rejected, unless three rejected reports in a row agree within a day with each other:
/// then the recording skipped ahead (or back) and the clock relocks on them.
class BaseStationClock {
public:
    enum class Verdict : std::uint8_t { accepted, rejected, relocked };
    /// Offers one type 4 time.
    Verdict offer(std::int64_t t_ms) noexcept;
    /// Locks on what has been offered so far (the median), if anything; returns whether locked.
    bool lock_now() noexcept;
    [[nodiscard]] bool locked() const noexcept { return m_locked; }
    /// The median of the accepted ring; nullopt before the first report.
    [[nodiscard]] std::optional<std::int64_t> clock_ms() const noexcept;

private:
    static constexpr std::size_t ring_size = 5;
    static constexpr std::size_t lock_reports = 3;
    std::array<std::int64_t, ring_size> m_ring{};
    std::size_t m_count = 0;  ///< reports in the ring (at most ring_size)
    std::size_t m_next = 0;   ///< ring slot the next report goes to
    std::array<std::int64_t, lock_reports> m_rejected{};
    std::size_t m_rejected_count = 0;
    bool m_locked = false;
};

}  // namespace cp::track::detail
