// SPDX-License-Identifier: Apache-2.0
// Allocation-free hex and field helpers shared by the text framers (AVR, hexcsv, SBS).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "core/text.hpp"

namespace cp::adsb::detail {

/// Decodes `hex` (even length) into the first hex.size()/2 bytes of `out`; false on a non-hex digit,
/// an odd length, or when `out` is too small.
[[nodiscard]] inline bool decode_hex(std::string_view hex, std::span<std::uint8_t> out) noexcept {
    if (hex.size() % 2 != 0 || hex.size() / 2 > out.size()) return false;
    for (std::size_t byte_idx = 0; byte_idx < hex.size() / 2; ++byte_idx) {
        const int high = text::hex_value(hex[2 * byte_idx]);
        const int low = text::hex_value(hex[2 * byte_idx + 1]);
        if (high < 0 || low < 0) return false;
        out[byte_idx] = static_cast<std::uint8_t>((high << 4) | low);
    }
    return true;
}

/// True when every character of `s` is a hex digit (and `s` is not empty).
[[nodiscard]] inline bool all_hex(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (const char c : s) {
        if (text::hex_value(c) < 0) return false;
    }
    return true;
}

/// Value of a big-endian hex number of at most 16 digits; false on a bad digit or an empty string.
[[nodiscard]] inline bool parse_hex_u64(std::string_view hex, std::uint64_t& value) noexcept {
    if (hex.empty() || hex.size() > 16) return false;
    value = 0;
    for (const char c : hex) {
        const int digit = text::hex_value(c);
        if (digit < 0) return false;
        value = (value << 4) | static_cast<std::uint64_t>(digit);
    }
    return true;
}

/// `s` without one pair of surrounding double quotes, if it has them.
[[nodiscard]] inline std::string_view unquote(std::string_view s) noexcept {
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') return s.substr(1, s.size() - 2);
    return s;
}

/// Splits a CSV line into at most `fields.size()` fields without allocating (no quoted commas: none of
/// the Mode S CSV formats has them). Returns the number of fields found, which may exceed fields.size()
/// (the extra ones are not stored).
[[nodiscard]] inline std::size_t split_fields(std::string_view line,
                                              std::span<std::string_view> fields) noexcept {
    std::size_t count = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        const std::size_t end = comma == std::string_view::npos ? line.size() : comma;
        if (count < fields.size()) fields[count] = line.substr(start, end - start);
        ++count;
        if (comma == std::string_view::npos) return count;
        start = comma + 1;
    }
}

}  // namespace cp::adsb::detail
