// SPDX-License-Identifier: Apache-2.0
// Part-number keys for trace: the folded, normalised, base (packaging suffix removed) and family forms of an
// ordering code, manufacturer name aliases, and part number / date code extraction from free marking text.
// Pure functions over strings; tested in tests/unit/screen/test_trace_parts.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cp::screen::detail {

/// The comparison keys of one part number.
struct PartKeys {
    std::string exact;       ///< trimmed text as written
    std::string normalised;  ///< upper case, no separators, distributor prefix/suffix removed
    std::string base;        ///< normalised minus packaging/reel/lead-free suffixes
    std::string family;  ///< family stem of base: [digits][letters][digits] ("TMS320", "STM32", "2SC3969")
    std::vector<std::string>
        removed;  ///< what was removed on the way, for explanations ("-TR", "Mouser 595-")
};

/// Computes all keys of `part_number`.
[[nodiscard]] PartKeys part_keys(std::string_view part_number);

/// Family stem of an already normalised part number (see PartKeys::family).
[[nodiscard]] std::string family_of(std::string_view normalised);

/// Canonical manufacturer ("texas instruments", "analog devices", ...) with acquired brands and short forms
/// folded (TI, National Semiconductor, Linear, Maxim, Atmel, Freescale, International Rectifier...). Unknown
/// makers come back folded (lower case, legal form removed); "" for empty or "not identified".
[[nodiscard]] std::string canonical_maker(std::string_view manufacturer);

/// True when two canonical makers name the same company: equal, or the words of one start the other's
/// ("winbond" / "winbond electronics"), so a ledger's short name matches a long registered one.
[[nodiscard]] bool same_maker(std::string_view a, std::string_view b);

/// The most likely part number in marking or description text ("Digital signal processor TMS320" ->
/// "TMS320"; "ARM STM32F405 RGT6 7B38J" -> "STM32F405RGT6"); "" when nothing looks like one.
[[nodiscard]] std::string part_from_marking(std::string_view marking);

/// A YYWW date code token in marking text ("50M000000 2226 3I3" -> "2226"), or "".
[[nodiscard]] std::string date_code_from_marking(std::string_view marking);

/// Upper-cases ASCII letters and maps Cyrillic letters that look like Latin ones (А, В, С, Е, К, М, Н, О,
/// Р, Т, У, Х, І, either case) to them, as marking transcriptions mix the two scripts.
[[nodiscard]] std::string upper_ascii(std::string_view text);

}  // namespace cp::screen::detail
