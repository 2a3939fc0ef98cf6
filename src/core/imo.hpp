// SPDX-License-Identifier: Apache-2.0
// IMO ship identification numbers (IMO Res. A.1117(30)): seven digits, the last a check digit.
#pragma once

#include <cstdint>
#include <string_view>

namespace cp::imo {

/// True when `number` has seven digits and its last is the check digit: digits 1-6 weighted 7..2, their sum
/// mod 10 (9074729: 9*7 + 0*6 + 7*5 + 4*4 + 7*3 + 2*2 = 139, check digit 9).
[[nodiscard]] constexpr bool valid(std::uint32_t number) noexcept {
    if (number < 1'000'000 || number > 9'999'999) return false;
    unsigned sum = 0;
    std::uint32_t rest = number / 10;
    for (unsigned weight = 2; weight <= 7; ++weight, rest /= 10) sum += (rest % 10) * weight;
    return sum % 10 == number % 10;
}

/// The same for a number written as exactly seven digits ("9074729").
[[nodiscard]] constexpr bool valid(std::string_view digits) noexcept {
    if (digits.size() != 7) return false;
    std::uint32_t number = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') return false;
        number = number * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return valid(number);
}

static_assert(valid(9074729U) && !valid(9074728U) && valid(std::string_view("9074729")));

}  // namespace cp::imo
