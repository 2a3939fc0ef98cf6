// SPDX-License-Identifier: Apache-2.0
// Groups observations per series, drops duplicate serials (the same item reported twice), and computes the
// point estimate, both bounds, the day-by-day timeline and the least-squares production rate.
#include <algorithm>
#include <cmath>
#include <map>

#include "estimate/detail/student_t.hpp"
#include "estimate/estimate.hpp"

namespace cp::estimate {

namespace {

constexpr std::int64_t ms_per_day = 86'400'000;

std::int64_t day_of(std::int64_t t_unix_ms) noexcept {
    const std::int64_t day = t_unix_ms / ms_per_day - (t_unix_ms % ms_per_day < 0 ? 1 : 0);
    return day * ms_per_day;
}

// For each serial, the earliest date it was seen (undated if never dated).
using FirstSeen = std::map<std::uint64_t, std::optional<std::int64_t>>;

std::vector<TimelinePoint> timeline_of(const FirstSeen& serials) {
    std::map<std::int64_t, std::vector<std::uint64_t>> by_day;
    for (const auto& [number, t_ms] : serials) {
        if (t_ms) by_day[day_of(*t_ms)].push_back(number);
    }
    std::vector<TimelinePoint> points;
    std::uint64_t count = 0;
    std::uint64_t max_serial = 0;
    for (const auto& [day, numbers] : by_day) {
        count += numbers.size();
        max_serial = std::max(max_serial, *std::max_element(numbers.begin(), numbers.end()));
        points.push_back({day, count, max_serial, mvue(max_serial, count)});
    }
    return points;
}

std::optional<Rate> rate_of(const FirstSeen& serials, double confidence) {
    std::vector<std::pair<double, double>> xy;  // (days since epoch, serial)
    for (const auto& [number, t_ms] : serials) {
        if (t_ms) xy.emplace_back(static_cast<double>(*t_ms) / ms_per_day, static_cast<double>(number));
    }
    if (xy.size() < 3) return std::nullopt;
    double mean_x = 0.0;
    double mean_y = 0.0;
    for (const auto& [x, y] : xy) {
        mean_x += x;
        mean_y += y;
    }
    mean_x /= static_cast<double>(xy.size());
    mean_y /= static_cast<double>(xy.size());
    double sxx = 0.0;
    double sxy = 0.0;
    double syy = 0.0;
    for (const auto& [x, y] : xy) {
        sxx += (x - mean_x) * (x - mean_x);
        sxy += (x - mean_x) * (y - mean_y);
        syy += (y - mean_y) * (y - mean_y);
    }
    if (sxx < 1e-9) return std::nullopt;  // all on one day
    const double slope = sxy / sxx;
    const double dof = static_cast<double>(xy.size()) - 2.0;
    const double residual = std::max(0.0, syy - slope * sxy);
    const double se = std::sqrt(residual / dof / sxx);
    const double t = detail::student_t_quantile(0.5 + confidence / 2.0, dof);
    Rate rate;
    rate.per_day = slope;
    rate.per_day_lower = slope - t * se;
    rate.per_day_upper = slope + t * se;
    rate.r_squared = syy > 0.0 ? slope * sxy / syy : 1.0;
    rate.points = xy.size();
    return rate;
}

SeriesEstimate estimate_one(const std::string& name, const FirstSeen& serials, std::uint64_t rows,
                            const Options& options) {
    SeriesEstimate est;
    est.series = name;
    est.count = serials.size();
    est.duplicates = rows - serials.size();
    est.min_serial = serials.begin()->first;
    est.max_serial = serials.rbegin()->first;
    est.mvue = mvue(est.max_serial, est.count);
    est.confidence = options.confidence;
    est.confidence_upper = confidence_upper(est.max_serial, est.count, options.confidence);
    est.credible_upper = posterior_quantile(est.max_serial, est.count, options.confidence);
    est.posterior_median = posterior_quantile(est.max_serial, est.count, 0.5);
    est.posterior_mean = posterior_mean(est.max_serial, est.count);
    est.timeline = timeline_of(serials);
    est.rate = rate_of(serials, options.confidence);
    return est;
}

}  // namespace

std::vector<SeriesEstimate> estimate_series(const std::vector<Observation>& observations,
                                            const Options& options) {
    std::map<std::string, FirstSeen> by_series;
    std::map<std::string, std::uint64_t> rows;
    for (const Observation& obs : observations) {
        ++rows[obs.series];
        auto [it, inserted] = by_series[obs.series].try_emplace(obs.number, obs.t_unix_ms);
        if (!inserted && obs.t_unix_ms && (!it->second || *obs.t_unix_ms < *it->second)) {
            it->second = obs.t_unix_ms;  // a duplicate keeps the earliest date the item was seen
        }
    }
    std::vector<SeriesEstimate> out;
    for (const auto& [name, serials] : by_series) {
        out.push_back(estimate_one(name, serials, rows[name], options));
    }
    return out;
}

}  // namespace cp::estimate
