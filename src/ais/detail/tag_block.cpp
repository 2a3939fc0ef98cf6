// SPDX-License-Identifier: Apache-2.0
// IEC 61162-450 (2018) §7.3 tag blocks ("\g:1-2-73874,n:157036,s:r003669945,c:1428621738*5F\") and
// Gatehouse "$PGHP,1,..." reception-time wrappers. Only the fields a decoder user needs are parsed:
// source s:, UNIX time c:, destination d:, group g:, line count n:, relative time r:, text t:.
#include <array>

#include "ais/detail/nmea_sentence.hpp"
#include "core/text.hpp"
#include "core/time.hpp"

namespace cp::ais::detail {
namespace {

[[nodiscard]] std::optional<std::int64_t> to_int(std::string_view text) noexcept {
    return text::parse_number<std::int64_t>(text);
}

/// "1-2-73874" -> number 1, total 2, id 73874.
[[nodiscard]] bool parse_group(std::string_view value, TagBlockView& out) noexcept {
    const std::size_t dash1 = value.find('-');
    const std::size_t dash2 = dash1 == std::string_view::npos ? dash1 : value.find('-', dash1 + 1);
    if (dash2 == std::string_view::npos) return false;
    const auto number = text::parse_number<std::uint8_t>(value.substr(0, dash1));
    const auto total = text::parse_number<std::uint8_t>(value.substr(dash1 + 1, dash2 - dash1 - 1));
    const auto id = text::parse_number<std::uint32_t>(value.substr(dash2 + 1));
    if (!number || !total || !id) return false;
    out.group_number = *number;
    out.group_total = *total;
    out.group_id = *id;
    return true;
}

[[nodiscard]] bool parse_tag_field(std::string_view field, TagBlockView& out) noexcept {
    if (field.size() < 2 || field[1] != ':') return false;
    const std::string_view value = field.substr(2);
    switch (field[0]) {
    case 's':
        out.source = value;
        return true;
    case 'd':
        out.destination = value;
        return true;
    case 't':
        out.text = value;
        return true;
    case 'g':
        return parse_group(value, out);
    case 'c':
        out.time = to_int(value);
        return out.time.has_value();
    case 'n':
        out.line_count = to_int(value);
        return out.line_count.has_value();
    case 'r':
        out.relative_time = to_int(value);
        return out.relative_time.has_value();
    default:
        return true;  // other keys (i: information...) are legal and ignored
    }
}

}  // namespace

bool parse_tag_block(std::string_view content, TagBlockView& out) noexcept {
    bool ok = true;
    while (!content.empty()) {
        const std::size_t comma = content.find(',');
        ok = parse_tag_field(content.substr(0, comma), out) && ok;
        if (comma == std::string_view::npos) break;
        content.remove_prefix(comma + 1);
    }
    return ok;
}

std::optional<std::int64_t> parse_gatehouse_time(std::string_view sentence) noexcept {
    // $PGHP,1,<year>,<month>,<day>,<hour>,<minute>,<second>,<millisecond>,<MID>,<region>,<pss>,<online>,...
    std::array<int, 8> value{};
    std::size_t index = 0;
    std::size_t start = sentence.find(',');
    while (start != std::string_view::npos && index < value.size()) {
        const std::size_t comma = sentence.find(',', start + 1);
        const std::string_view field =
            sentence.substr(start + 1, comma == sentence.npos ? comma : comma - start - 1);
        const auto number = text::parse_number<int>(field);
        if (!number) return std::nullopt;
        value[index++] = *number;
        start = comma;
    }
    if (index != value.size() || value[0] != 1) return std::nullopt;
    const int year = value[1], month = value[2], day = value[3];
    if (month < 1 || month > 12 || day < 1 || day > 31 || value[4] > 23 || value[5] > 59 || value[6] > 60 ||
        value[4] < 0 || value[5] < 0 || value[6] < 0 || value[7] < 0 || value[7] > 999) {
        return std::nullopt;
    }
    const std::int64_t days =
        time::days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    return ((days * 24 + value[4]) * 60 + value[5]) * 60'000 + value[6] * 1000 + value[7];
}

}  // namespace cp::ais::detail
