// SPDX-License-Identifier: Apache-2.0
// Fixed-point formatting of a double with 0-6 decimals, byte for byte what
// std::to_chars(first, last, value, std::chars_format::fixed, decimals) writes (the exact binary value
// rounded half to even), for the JSON writer's hot path. The product value * 10^decimals is split into
// its rounded double and the exact rounding error (fma), so ties are decided on the exact value.
// Values too large for an exact integer part, NaN and infinity go to std::to_chars itself.
// test_json.cpp compares the two on a million random values and on every tie.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>

namespace cp::adsb::detail {

/// Writes `value` with `decimals` (0-6) fraction digits at `out`, which must have room for 40 chars;
/// returns the end.
inline char* write_fixed(char* out, double value, int decimals) noexcept {
    static constexpr double scales[7] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    static constexpr std::uint64_t int_scales[7] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    if (decimals < 0 || decimals > 6)
        return std::to_chars(out, out + 40, value, std::chars_format::fixed, decimals).ptr;
    const double magnitude = std::fabs(value);
    const double scale = scales[decimals];
    const double product = magnitude * scale;
    if (!(product < 4503599627370496.0)) {  // 2^52 (also catches NaN and infinity)
        return std::to_chars(out, out + 40, value, std::chars_format::fixed, decimals).ptr;
    }
    // magnitude * scale == product + error exactly (scale is exact, fma rounds once).
    const double error = std::fma(magnitude, scale, -product);
    const double whole = std::floor(product);
    const double fraction = product - whole;  // exact below 2^52
    auto units = static_cast<std::uint64_t>(whole);
    // fraction is a multiple of ulp(product) and |error| <= ulp(product) / 2, so only an exact 0.5
    // needs the error (or, when it is zero, the evenness of units) to decide.
    if (fraction > 0.5 || (fraction == 0.5 && (error > 0 || (error == 0 && (units & 1U) != 0)))) ++units;
    if (std::signbit(value)) *out++ = '-';
    const std::uint64_t int_part = units / int_scales[decimals];
    out = std::to_chars(out, out + 24, int_part).ptr;
    if (decimals == 0) return out;
    *out++ = '.';
    std::uint64_t frac_part = units % int_scales[decimals];
    for (int digit = decimals - 1; digit >= 0; --digit) {
        out[digit] = static_cast<char>('0' + frac_part % 10);
        frac_part /= 10;
    }
    return out + decimals;
}

}  // namespace cp::adsb::detail
