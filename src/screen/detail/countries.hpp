// SPDX-License-Identifier: Apache-2.0
// ITU-T E.164 calling codes of the countries that order books and the red-flag rules name (country names
// are read by match::country_code).
#pragma once

#include <string>
#include <string_view>

namespace cp::screen::detail {

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
