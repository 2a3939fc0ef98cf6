// SPDX-License-Identifier: Apache-2.0
// estimate: how many items a factory made, from the serial numbers seen on recovered items (the German tank
// problem). Point estimate: the minimum-variance unbiased estimator m + m/k - 1 (Goodman 1952). Intervals: an
// exact one-sided confidence bound and a Bayesian credible bound under the improper uniform prior on N
// (derivation in german_tank.cpp). Rates: least squares of serial number against observation date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/result.hpp"
#include "core/tally.hpp"

namespace cp::estimate {

// ---- the maths (german_tank.cpp): m = largest serial seen, k = number of distinct serials seen
// ----------------

/// Minimum-variance unbiased estimate of N, m + m/k - 1, for serials drawn without replacement from 1..N.
/// Requires 1 <= k <= m.
[[nodiscard]] double mvue(std::uint64_t max_serial, std::uint64_t count) noexcept;

/// Exact one-sided upper confidence bound: the largest N with P(M <= m | N, k) = C(m,k)/C(N,k) >= 1 -
/// confidence. [m, bound] covers the true N with probability >= `confidence` (0 < confidence < 1). Requires 1
/// <= k <= m.
[[nodiscard]] std::uint64_t confidence_upper(std::uint64_t max_serial, std::uint64_t count,
                                             double confidence);

/// Posterior tail P(N > n | m, k) = C(m-1, k-1) / C(n, k-1) for n >= m under the improper uniform prior on N;
/// 1 for n < m. Needs k >= 2 (for k = 1 the posterior is improper): returns nullopt then.
[[nodiscard]] std::optional<double> posterior_tail(std::uint64_t max_serial, std::uint64_t count,
                                                   std::uint64_t n) noexcept;

/// Smallest n with P(N <= n | m, k) >= `probability` under the uniform prior; nullopt for k < 2.
/// With probability = confidence it is the upper end of the highest-posterior-density interval [m, n].
[[nodiscard]] std::optional<std::uint64_t> posterior_quantile(std::uint64_t max_serial, std::uint64_t count,
                                                              double probability);

/// Posterior mean (m - 1)(k - 1)/(k - 2) under the uniform prior; nullopt for k < 3 (infinite mean).
[[nodiscard]] std::optional<double> posterior_mean(std::uint64_t max_serial, std::uint64_t count) noexcept;

// ---- the input (serials.cpp)
// ----------------------------------------------------------------------------------

/// Why a row of a serials file was rejected.
enum class RowError : std::uint8_t {
    bad_quoting,       ///< unbalanced or misplaced double quote
    missing_serial,    ///< the serial column is empty or missing on this row
    bad_serial,        ///< no trailing decimal digits in the serial ("ABC")
    zero_serial,       ///< serial number 0: the estimators count from 1
    serial_too_large,  ///< more than 12 digits: not a production serial
    bad_date,          ///< the date column is not an ISO 8601 date
};
[[nodiscard]] std::string_view to_string(RowError error) noexcept;

/// One serial seen on one item.
struct Observation {
    std::string series;                     ///< series prefix ("" when none)
    std::uint64_t number = 0;               ///< the serial number within the series, >= 1
    std::optional<std::int64_t> t_unix_ms;  ///< when the item was recovered, if given
    std::uint64_t line = 0;                 ///< 1-based line in the input file
};

/// A rejected row: where, why, and the text of the row.
struct RejectedRow {
    std::uint64_t line = 0;
    RowError error = RowError::bad_serial;
    std::string text;
};

/// A parsed serials file.
struct SerialFile {
    std::vector<Observation> observations;  ///< good rows in file order, duplicates included
    std::vector<RejectedRow> rejected;
    ErrorTally tally;
};

/// Parses a CSV with a header naming a `serial` column and optional `series` and `date` columns (any order,
/// case-insensitive; other columns are ignored). When the series column is absent or empty, the series is
/// the serial without its final run of digits, trimmed of trailing '-', '/', ' ' ("KL-0412" -> "KL", 412).
/// Bad rows are collected, not thrown. Throws cp::InputError when there is no header or no serial column.
[[nodiscard]] SerialFile parse_serials(std::string_view content, const std::string& file_name);

// ---- the estimates (report.cpp)
// -------------------------------------------------------------------------------

/// Options of estimate_series().
struct Options {
    double confidence = 0.95;  ///< for both the confidence and the credible bound, in (0, 1)
};

/// The estimate after the observations dated up to one day.
struct TimelinePoint {
    std::int64_t t_unix_ms = 0;  ///< that day (00:00 UTC)
    std::uint64_t count = 0;     ///< distinct serials seen so far
    std::uint64_t max_serial = 0;
    double mvue = 0.0;
};

/// Production rate: ordinary least squares of serial number on date, slope with a Student-t interval.
/// Meaningful when items are recovered soon after they are made (drones launched within weeks).
struct Rate {
    double per_day = 0.0;
    double per_day_lower = 0.0;
    double per_day_upper = 0.0;
    double r_squared = 0.0;
    std::uint64_t points = 0;  ///< dated distinct observations used
};

/// The estimate for one series.
struct SeriesEstimate {
    std::string series;
    std::uint64_t count = 0;       ///< k: distinct serial numbers
    std::uint64_t duplicates = 0;  ///< rows repeating a serial already seen (same item reported twice)
    std::uint64_t min_serial = 0;
    std::uint64_t max_serial = 0;  ///< m
    double mvue = 0.0;
    double confidence = 0.95;
    std::uint64_t confidence_upper = 0;             ///< exact one-sided bound, interval [m, this]
    std::optional<std::uint64_t> credible_upper;    ///< uniform-prior HPD interval [m, this]; k >= 2
    std::optional<std::uint64_t> posterior_median;  ///< k >= 2
    std::optional<double> posterior_mean;           ///< k >= 3
    std::vector<TimelinePoint> timeline;            ///< one point per distinct observation day
    std::optional<Rate> rate;                       ///< needs >= 3 dated points on >= 2 days
};

/// Estimates per series (sorted by series name). Duplicate serials count once.
[[nodiscard]] std::vector<SeriesEstimate> estimate_series(const std::vector<Observation>& observations,
                                                          const Options& options);

/// The estimates and rejected rows as one JSON document (pretty-printed).
[[nodiscard]] std::string to_json(const std::vector<SeriesEstimate>& estimates, const SerialFile& input);

/// A human-readable table of the estimates.
[[nodiscard]] std::string to_text(const std::vector<SeriesEstimate>& estimates);

}  // namespace cp::estimate
