// SPDX-License-Identifier: Apache-2.0
// Country names and ITU-T E.164 calling codes for the countries that order books and the red-flag rules name.
#pragma once

#include <string>
#include <string_view>

namespace cp::screen::detail {

/// ISO 3166-1 alpha-2 code of `text` (a code, an English name or a list's form of one, any case; read by
/// match::country_code); "" when unknown.
[[nodiscard]] std::string country_code(std::string_view text);

/// ISO code of the country that phone number `phone` ("+971 4 ...", "00 7 495 ...") belongs to, by the
/// longest calling-code prefix; "" when it has no international prefix or the code is not in the table. Codes
/// shared by several countries (+1, +7) give the first country of the table; use same_calling_code() to
/// compare.
[[nodiscard]] std::string phone_country(std::string_view phone);

/// The calling code of `iso2` ("7" for KZ and RU), "" when unknown.
[[nodiscard]] std::string_view calling_code(std::string_view iso2);

/// The calling code that `phone` starts with, "" when none matched.
[[nodiscard]] std::string_view phone_calling_code(std::string_view phone);

}  // namespace cp::screen::detail
