// SPDX-License-Identifier: Apache-2.0
// Time as integer Unix milliseconds (UTC). Events and tracks take time from message timestamps, never from
// the wall clock, so that a replay is deterministic (house style §2).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cp::time {

/// "2024-05-03T12:34:56.789Z" (milliseconds omitted when zero).
[[nodiscard]] std::string to_iso8601(std::int64_t t_unix_ms);

/// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]][Z]" (space allowed for T) as UTC Unix milliseconds.
[[nodiscard]] std::optional<std::int64_t> parse_iso8601(std::string_view text) noexcept;

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
[[nodiscard]] constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

}  // namespace cp::time
