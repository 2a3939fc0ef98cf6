// SPDX-License-Identifier: Apache-2.0
// Text escaping and number formatting shared by the KML, HTML and SVG writers. Names come from the air (AIS
// 6-bit text, ADS-B callsigns) and from user files, so every string is treated as hostile: markup characters
// are escaped, and bytes that XML 1.0 forbids or that are not UTF-8 are replaced, so the output always
// parses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cp::report::detail {

/// `text` as XML/HTML character data or attribute value: & < > " ' escaped, invalid UTF-8 and the C0 controls
/// XML 1.0 forbids (all but tab, LF, CR) replaced by U+FFFD.
[[nodiscard]] std::string xml_escape(std::string_view text);
/// Same escaping; HTML5 and XML agree on these five entities.
[[nodiscard]] inline std::string html_escape(std::string_view text) {
    return xml_escape(text);
}

/// A coordinate with 6 decimals (~0.1 m), trailing zeros kept so columns line up ("55.750000").
[[nodiscard]] std::string coord6(double deg);

/// "2024-05-03 12:34:56Z": the ISO time readable in tables (no 'T', no milliseconds).
[[nodiscard]] std::string table_time(std::int64_t t_ms);

}  // namespace cp::report::detail
