// SPDX-License-Identifier: Apache-2.0
// Stream clocks: 48-bit tick unwrapping and the type 4 base-station clock (see ingest_clock.hpp).
#include "track/detail/ingest_clock.hpp"

#include <algorithm>

#include "core/time.hpp"

namespace cp::track::detail {

namespace {

std::uint64_t distance(std::uint64_t a, std::uint64_t b) noexcept {
    return a > b ? a - b : b - a;
}

std::int64_t distance(std::int64_t a, std::int64_t b) noexcept {
    return a > b ? a - b : b - a;
}

}  // namespace

std::int64_t TickClock::to_unix_ms(std::uint64_t ticks) noexcept {
    const std::uint64_t raw = ticks & (tick_modulus - 1);
    std::uint64_t unwrapped = raw;
    if (m_started) {
        // Candidates: the same wrap as the latest count, the next one, and the previous one.
        const std::uint64_t base = m_latest - m_latest % tick_modulus;
        unwrapped = base + raw;
        if (distance(unwrapped + tick_modulus, m_latest) < distance(unwrapped, m_latest)) {
            unwrapped += tick_modulus;
        }
        if (base >= tick_modulus &&
            distance(base + raw - tick_modulus, m_latest) < distance(unwrapped, m_latest)) {
            unwrapped = base + raw - tick_modulus;
        }
    }
    if (!m_started || unwrapped > m_latest) m_latest = unwrapped;
    m_started = true;
    return m_epoch_ms + static_cast<std::int64_t>(unwrapped / ticks_per_ms);
}

std::optional<std::int64_t> base_station_time_ms(const ais::BaseStationReport& report) noexcept {
    // Not-available values (M.1371-5 Table 16): year 0, month 0, day 0, hour 24, minute 60, second 60.
    if (report.year < 2000 || report.year > 2099) return std::nullopt;
    if (report.month < 1 || report.month > 12 || report.day < 1) return std::nullopt;
    if (report.hour > 23 || report.minute > 59 || report.second > 59) return std::nullopt;
    const std::int64_t day = time::days_from_civil(report.year, report.month, report.day);
    const unsigned next_month = report.month == 12 ? 1U : report.month + 1U;
    const std::int64_t next_year = report.month == 12 ? report.year + 1 : report.year;
    if (day >= time::days_from_civil(next_year, next_month, 1)) return std::nullopt;  // 31 April etc.
    const std::int64_t seconds = day * 86'400 + report.hour * 3'600 + report.minute * 60 + report.second;
    return seconds * 1'000;
}

BaseStationClock::Verdict BaseStationClock::offer(std::int64_t t_ms) noexcept {
    if (m_locked) {
        const std::optional<std::int64_t> clock = clock_ms();
        if (clock && distance(t_ms, *clock) > max_base_station_skew_ms) {
            if (m_rejected_count == lock_reports) {
                std::rotate(m_rejected.begin(), m_rejected.begin() + 1, m_rejected.end());
                --m_rejected_count;
            }
            m_rejected[m_rejected_count++] = t_ms;
            const auto [low, high] =
                std::minmax_element(m_rejected.begin(), m_rejected.begin() + m_rejected_count);
            if (m_rejected_count < lock_reports || *high - *low > max_base_station_skew_ms) {
                return Verdict::rejected;
            }
            // Three reports in a row agree with each other and not with the clock: the recording jumped.
            m_count = 0;
            m_next = 0;
            for (std::size_t index = 0; index < lock_reports; ++index) {
                m_ring[m_next] = m_rejected[index];
                m_next = (m_next + 1) % ring_size;
                ++m_count;
            }
            m_rejected_count = 0;
            return Verdict::relocked;
        }
    }
    m_rejected_count = 0;
    m_ring[m_next] = t_ms;
    m_next = (m_next + 1) % ring_size;
    m_count = std::min(m_count + 1, ring_size);
    if (m_count >= lock_reports) m_locked = true;
    return Verdict::accepted;
}

bool BaseStationClock::lock_now() noexcept {
    if (m_count > 0) m_locked = true;
    return m_locked;
}

std::optional<std::int64_t> BaseStationClock::clock_ms() const noexcept {
    if (m_count == 0) return std::nullopt;
    std::array<std::int64_t, ring_size> sorted = m_ring;
    std::sort(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(m_count));
    return sorted[(m_count - 1) / 2];
}

}  // namespace cp::track::detail
