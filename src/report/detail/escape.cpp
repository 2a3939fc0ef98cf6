// SPDX-License-Identifier: Apache-2.0
// Escaping for XML 1.0 (section 2.2 "Characters": tab, LF, CR and U+0020.. are allowed, minus surrogates and
// U+FFFE/U+FFFF) and UTF-8 validation per RFC 3629 (no overlong forms, no surrogates, nothing above
// U+10FFFF).
#include "report/detail/escape.hpp"

#include <fmt/format.h>

#include "core/time.hpp"

namespace cp::report::detail {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

/// Length of the valid UTF-8 sequence at the start of `s` holding an XML character, or 0.
std::size_t valid_sequence(std::string_view s) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(s[i]); };
    const std::uint8_t lead = byte(0);
    std::size_t length = 0;
    std::uint32_t cp = 0;
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07u;
    } else {
        return 0;
    }
    if (s.size() < length) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0u) != 0x80u) return 0;
        cp = (cp << 6) | (byte(i) & 0x3Fu);
    }
    const std::uint32_t min_cp = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (cp < min_cp || cp > 0x10FFFF) return 0;  // overlong or out of range
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;  // surrogates are not characters
    if (cp == 0xFFFE || cp == 0xFFFF) return 0;  // excluded by XML 1.0 Char
    return length;
}

}  // namespace

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        switch (c) {
        case '&':
            out += "&amp;";
            ++pos;
            continue;
        case '<':
            out += "&lt;";
            ++pos;
            continue;
        case '>':
            out += "&gt;";
            ++pos;
            continue;
        case '"':
            out += "&quot;";
            ++pos;
            continue;
        case '\'':
            out += "&#39;";
            ++pos;
            continue;
        default:
            break;
        }
        const auto u = static_cast<std::uint8_t>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out += replacement;
            ++pos;
            continue;
        }
        const std::size_t length = valid_sequence(text.substr(pos));
        if (length == 0) {
            out += replacement;
            ++pos;
            continue;
        }
        out.append(text.substr(pos, length));
        pos += length;
    }
    return out;
}

std::string coord6(double deg) {
    return fmt::format("{:.6f}", deg);
}

std::string table_time(std::int64_t t_ms) {
    std::string iso = time::to_iso8601(t_ms - t_ms % 1000);
    if (iso.size() > 10 && iso[10] == 'T') iso[10] = ' ';
    return iso;
}

}  // namespace cp::report::detail
