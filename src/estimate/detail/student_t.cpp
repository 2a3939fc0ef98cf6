// SPDX-License-Identifier: Apache-2.0
#include "estimate/detail/student_t.hpp"

#include <cmath>
#include <numbers>

namespace cp::estimate::detail {

namespace {
double density(double x, double dof, double log_norm) noexcept {
    return std::exp(log_norm - (dof + 1.0) / 2.0 * std::log1p(x * x / dof));
}
}  // namespace

double student_t_cdf(double t, double dof) noexcept {
    const double log_norm =
        std::lgamma((dof + 1.0) / 2.0) - std::lgamma(dof / 2.0) - 0.5 * std::log(dof * std::numbers::pi);
    const double x = std::fabs(t);
    constexpr int intervals = 4000;  // even, as Simpson's rule needs
    const double h = x / intervals;
    double sum = density(0.0, dof, log_norm) + density(x, dof, log_norm);
    for (int idx = 1; idx < intervals; ++idx) {
        sum += (idx % 2 == 1 ? 4.0 : 2.0) * density(idx * h, dof, log_norm);
    }
    const double half = sum * h / 3.0;
    return t >= 0 ? 0.5 + half : 0.5 - half;
}

double student_t_quantile(double p, double dof) noexcept {
    if (p == 0.5) return 0.0;
    if (p < 0.5) return -student_t_quantile(1.0 - p, dof);
    double lo = 0.0;
    double hi = 1.0;
    while (student_t_cdf(hi, dof) < p && hi < 1e7) hi *= 2.0;
    for (int iter = 0; iter < 60 && hi - lo > 1e-9 * hi; ++iter) {
        const double mid = (lo + hi) / 2.0;
        if (student_t_cdf(mid, dof) < p) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return (lo + hi) / 2.0;
}

}  // namespace cp::estimate::detail
