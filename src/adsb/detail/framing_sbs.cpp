// SPDX-License-Identifier: Apache-2.0
// SBS BaseStation CSV (dump1090/readsb port 30003, Kinetic BaseStation): records already decoded by
// the receiver. MSG records have 22 fields: 1 type, 2 transmission type, 3 session, 4 aircraft id,
// 5 hex ident, 6 flight id, 7-8 date/time generated, 9-10 date/time logged, 11 callsign, 12 altitude,
// 13 ground speed, 14 track, 15 lat, 16 lon, 17 vertical rate, 18 squawk, 19 alert, 20 emergency,
// 21 SPI, 22 on ground. Empty fields are absent; flags are 0 / 1, or -1 for true (Kinetic).
// Tested on hand-written lines in tests/unit/adsb/test_framing_text.cpp and golden files; fuzzed.
#include <cmath>

#include "adsb/detail/framing_hex.hpp"
#include "adsb/framing.hpp"
#include "core/time.hpp"

namespace cp::adsb {

namespace {

SbsResult fail(FramingError error, FrameLocation where) noexcept {
    return SbsResult(unexpected(FramingFault{error, where}));
}

/// Parses a number field; empty -> nullopt with ok = true; unparseable -> ok = false.
template <class T>
std::optional<T> number_field(std::string_view field, bool& ok) noexcept {
    field = text::trim(field);
    if (field.empty()) return std::nullopt;
    if (field.front() == '+') field.remove_prefix(1);
    auto value = text::parse_number<T>(field);
    if (!value) ok = false;
    return value;
}

std::optional<bool> flag_field(std::string_view field, bool& ok) noexcept {
    field = text::trim(field);
    if (field.empty()) return std::nullopt;
    if (field == "0") return false;
    if (field == "1" || field == "-1") return true;
    ok = false;
    return std::nullopt;
}

/// "7700" (octal digits as written) -> 12-bit identity.
std::optional<std::uint16_t> squawk_field(std::string_view field, bool& ok) noexcept {
    field = text::trim(field);
    if (field.empty()) return std::nullopt;
    if (field.size() != 4) {
        ok = false;
        return std::nullopt;
    }
    std::uint16_t value = 0;
    for (const char c : field) {
        if (c < '0' || c > '7') {
            ok = false;
            return std::nullopt;
        }
        value = static_cast<std::uint16_t>((value << 3) | (c - '0'));
    }
    return value;
}

/// "2016/03/04" + "12:34:56.789" (either '/' or '-' in the date) -> Unix ms; nullopt if empty.
std::optional<std::int64_t> datetime_field(std::string_view date, std::string_view time_of_day,
                                           bool& ok) noexcept {
    date = text::trim(date);
    time_of_day = text::trim(time_of_day);
    if (date.empty() || time_of_day.empty()) return std::nullopt;
    if (date.size() != 10 || time_of_day.size() < 8 || time_of_day[2] != ':' || time_of_day[5] != ':') {
        ok = false;
        return std::nullopt;
    }
    const auto year = text::parse_number<std::int32_t>(date.substr(0, 4));
    const auto month = text::parse_number<std::uint32_t>(date.substr(5, 2));
    const auto day = text::parse_number<std::uint32_t>(date.substr(8, 2));
    const auto hour = text::parse_number<std::uint32_t>(time_of_day.substr(0, 2));
    const auto minute = text::parse_number<std::uint32_t>(time_of_day.substr(3, 2));
    const auto second = text::parse_number<double>(time_of_day.substr(6));
    if (!year || !month || !day || !hour || !minute || !second || *month < 1 || *month > 12 || *day < 1 ||
        *day > 31 || *hour > 23 || *minute > 59 || *second < 0 || *second >= 61) {
        ok = false;
        return std::nullopt;
    }
    const std::int64_t days = time::days_from_civil(*year, *month, *day);
    const std::int64_t whole_s = days * 86400 + *hour * 3600 + *minute * 60;
    return whole_s * 1000 + static_cast<std::int64_t>(std::llround(*second * 1000.0));
}

bool known_record(std::string_view type) noexcept {
    return type == "MSG" || type == "SEL" || type == "ID" || type == "AIR" || type == "STA" || type == "CLK";
}

/// Fields 11-22 of a MSG record.
void parse_msg_fields(std::span<const std::string_view> field, std::size_t count, SbsRecord& record,
                      bool& ok) noexcept {
    const auto at = [&](std::size_t number) {  // 1-based field number, empty when absent
        return number <= count ? field[number - 1] : std::string_view{};
    };
    const std::string_view callsign = text::trim(at(11));
    if (!callsign.empty()) {
        if (callsign.size() > 8) ok = false;
        for (std::size_t char_idx = 0; char_idx < callsign.size() && char_idx < 8; ++char_idx) {
            record.flight[char_idx] = callsign[char_idx];
        }
        record.has_flight = true;
    }
    record.alt_baro_ft = number_field<std::int32_t>(at(12), ok);
    record.gs_kt = number_field<double>(at(13), ok);
    record.track_deg = number_field<double>(at(14), ok);
    record.lat_deg = number_field<double>(at(15), ok);
    record.lon_deg = number_field<double>(at(16), ok);
    record.baro_rate_fpm = number_field<std::int32_t>(at(17), ok);
    record.squawk = squawk_field(at(18), ok);
    record.alert = flag_field(at(19), ok);
    record.emergency = flag_field(at(20), ok);
    record.spi = flag_field(at(21), ok);
    record.on_ground = flag_field(at(22), ok);
    if ((record.lat_deg && std::fabs(*record.lat_deg) > 90.0) ||
        (record.lon_deg && std::fabs(*record.lon_deg) > 180.0) ||
        (record.lat_deg.has_value() != record.lon_deg.has_value())) {
        ok = false;
    }
}

}  // namespace

SbsResult parse_sbs_line(std::string_view line, FrameLocation where) noexcept {
    if (line.size() > max_line_bytes) return fail(FramingError::line_too_long, where);
    std::array<std::string_view, 24> field;
    const std::size_t count = std::min(detail::split_fields(text::trim(line), field), field.size());
    const std::string_view type = text::trim(field[0]);
    if (!known_record(type)) return fail(FramingError::sbs_bad_record, where);
    // A MSG record needs at least its times (fields 1-10); dump1090 always writes all 22.
    if (type == "MSG" && count < 10) return fail(FramingError::sbs_bad_record, where);

    SbsRecord record;
    record.where = where;
    for (std::size_t char_idx = 0; char_idx < type.size(); ++char_idx) {
        record.message_type[char_idx] = type[char_idx];
    }
    bool ok = true;
    if (type == "MSG") {
        const auto transmission = number_field<std::uint8_t>(field[1], ok);
        if (!transmission || *transmission < 1 || *transmission > 8) ok = false;
        record.transmission_type = transmission.value_or(0);
    }
    std::string_view hex_ident = count >= 5 ? text::trim(field[4]) : std::string_view{};
    if (!hex_ident.empty() && hex_ident.front() == '~') hex_ident.remove_prefix(1);  // non-ICAO
    if (!hex_ident.empty()) {
        std::uint64_t icao = 0;
        if (hex_ident.size() != 6 || !detail::parse_hex_u64(hex_ident, icao)) ok = false;
        record.icao = static_cast<std::uint32_t>(icao);
        record.has_icao = ok;
    }
    if (count >= 8) record.t_unix_ms = datetime_field(field[6], field[7], ok);
    if (type == "MSG") parse_msg_fields(field, count, record, ok);
    if (!ok) return fail(FramingError::sbs_bad_field, where);
    return record;
}

}  // namespace cp::adsb
