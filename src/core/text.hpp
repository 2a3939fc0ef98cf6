// SPDX-License-Identifier: Apache-2.0
// Small ASCII text helpers shared by the parsers. Unicode-aware text work lives in match/ (ICU).
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cp::text {

/// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
[[nodiscard]] bool valid_utf8(std::string_view s) noexcept;

/// `s` read as Windows-1252 (the "ANSI" code page that Western-European spreadsheets save CSV in; a superset
/// of Latin-1's printable characters) and written as UTF-8, by glibc's iconv. Bytes that Windows-1252 leaves
/// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD.
[[nodiscard]] std::string windows1252_to_utf8(std::string_view s);

/// The fields of one row as UTF-8: when any is not, all are read as Windows-1252 (a row comes from one file
/// and one code page). Whether they were recoded, for the caller to count and say.
bool recode_windows1252_row(std::vector<std::string>& fields);

/// `s` without leading and trailing ASCII white space (space, tab, CR, LF).
[[nodiscard]] std::string_view trim(std::string_view s) noexcept;

/// Splits on every `sep`; empty fields are kept ("a,,b" -> 3 fields). Views borrow from `s`.
[[nodiscard]] std::vector<std::string_view> split(std::string_view s, char sep);

/// One CSV field as RFC 4180 writes it: quoted (with doubled quotes) only when it holds a comma, a quote or a
/// line break.
[[nodiscard]] std::string csv_quote(std::string_view field);

/// ASCII upper-case copy.
[[nodiscard]] std::string to_upper_ascii(std::string_view s);

/// Value of one hex digit, or -1.
[[nodiscard]] constexpr int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// Decodes an even-length hex string into `out` (cleared first). False on odd length or a non-hex digit.
[[nodiscard]] bool hex_to_bytes(std::string_view hex, std::vector<std::uint8_t>& out);

/// Parses the whole of `s` as a number of type T (integer or floating point); nullopt if any char is left.
template <class T>
[[nodiscard]] std::optional<T> parse_number(std::string_view s) noexcept {
    T value{};
    const char* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, value);
    if (ec != std::errc{} || ptr != end || s.empty()) return std::nullopt;
    return value;
}

}  // namespace cp::text
