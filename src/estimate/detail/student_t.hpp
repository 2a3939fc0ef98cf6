// SPDX-License-Identifier: Apache-2.0
// Student-t quantiles for the rate interval: the CDF is integrated numerically (Simpson's rule on the
// density, which is smooth) and inverted by bisection; good to ~1e-7, plenty for a 95% interval.
#pragma once

namespace cp::estimate::detail {

/// P(T <= t) for Student's t with `dof` >= 1 degrees of freedom.
[[nodiscard]] double student_t_cdf(double t, double dof) noexcept;

/// The t with P(T <= t) = p, for 0 < p < 1.
[[nodiscard]] double student_t_quantile(double p, double dof) noexcept;

}  // namespace cp::estimate::detail
