// SPDX-License-Identifier: Apache-2.0
#include "core/time.hpp"

#include <fmt/format.h>

#include "core/text.hpp"

namespace cp::time {

namespace {
struct Civil {
    std::int64_t year;
    unsigned month;
    unsigned day;
};

// Inverse of days_from_civil (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
Civil civil_from_days(std::int64_t z) noexcept {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2), m, d};
}

std::optional<unsigned> digits(std::string_view text, std::size_t pos, std::size_t count) noexcept {
    if (pos + count > text.size()) return std::nullopt;
    return text::parse_number<unsigned>(text.substr(pos, count));
}

/// Days in `month` of `year` (proleptic Gregorian): rejects 2023-02-29 and 2024-04-31.
unsigned days_in_month(unsigned year, unsigned month) noexcept {
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

}  // namespace

std::string to_iso8601(std::int64_t t_unix_ms) {
    std::int64_t days = t_unix_ms / 86'400'000;
    std::int64_t ms_of_day = t_unix_ms % 86'400'000;
    if (ms_of_day < 0) {
        ms_of_day += 86'400'000;
        --days;
    }
    const Civil date = civil_from_days(days);
    const auto secs = ms_of_day / 1000;
    const auto millis = ms_of_day % 1000;
    std::string out = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", date.year, date.month, date.day,
                                  secs / 3600, secs / 60 % 60, secs % 60);
    if (millis != 0) out += fmt::format(".{:03}", millis);
    out += 'Z';
    return out;
}

std::optional<std::int64_t> parse_iso8601(std::string_view text) noexcept {
    text = text::trim(text);
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    if (!year || !month || !day || text[4] != '-' || text[7] != '-') return std::nullopt;
    if (*month < 1 || *month > 12 || *day < 1 || *day > days_in_month(*year, *month)) return std::nullopt;
    std::int64_t ms = days_from_civil(*year, *month, *day) * 86'400'000;
    if (text.size() == 10) return ms;
    if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    if (!hour || !minute || text[13] != ':' || *hour > 23 || *minute > 59) return std::nullopt;
    ms += (*hour * 3600 + *minute * 60) * std::int64_t{1000};
    std::size_t pos = 16;
    if (pos < text.size() && text[pos] == ':') {
        const auto second = digits(text, pos + 1, 2);
        if (!second || *second > 60) return std::nullopt;
        ms += *second * std::int64_t{1000};
        pos += 3;
        if (pos < text.size() && text[pos] == '.') {
            std::size_t end = pos + 1;
            while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
            std::string frac(text.substr(pos + 1, end - pos - 1));
            frac.resize(3, '0');
            ms += *text::parse_number<unsigned>(frac);
            pos = end;
        }
    }
    if (pos < text.size() && text[pos] == 'Z') ++pos;
    return pos == text.size() ? std::optional<std::int64_t>(ms) : std::nullopt;
}

}  // namespace cp::time
