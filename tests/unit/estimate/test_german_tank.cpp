// SPDX-License-Identifier: Apache-2.0
// Textbook values and a seeded simulation of the estimators' frequentist behaviour.
#include <cmath>
#include <cstdint>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "estimate/estimate.hpp"

namespace cp::estimate {
namespace {

TEST(Mvue, GivesSeventyFourForTheTextbookExampleOfFourTanksUpToSixty) {
    // Wikipedia "German tank problem", Example: serials 19, 40, 42, 60 -> 60 + 60/4 - 1 = 74.
    EXPECT_DOUBLE_EQ(mvue(60, 4), 74.0);
    EXPECT_DOUBLE_EQ(mvue(1, 1), 1.0);
    EXPECT_DOUBLE_EQ(mvue(10, 1), 19.0);  // one observation: 2m - 1
}

TEST(ConfidenceUpper, IsTheLargestNWhoseProbabilityOfSoSmallAMaximumIsStillAtLeastAlpha) {
    // P(M <= 60 | N, k=4) = C(60,4)/C(N,4); the closed-form approximation m / alpha^(1/k) gives 126.9.
    const std::uint64_t upper = confidence_upper(60, 4, 0.95);
    auto cdf = [](double n) { return (60.0 * 59 * 58 * 57) / (n * (n - 1) * (n - 2) * (n - 3)); };
    EXPECT_GE(cdf(static_cast<double>(upper)), 0.05);
    EXPECT_LT(cdf(static_cast<double>(upper + 1)), 0.05);
    EXPECT_NEAR(static_cast<double>(upper), 60.0 / std::pow(0.05, 0.25), 3.0);
}

TEST(ConfidenceUpper, IsTheSerialItselfWhenEveryItemWasSeen) {
    // k = m: every serial 1..m seen; P(M <= m | N = m+1) = (m-k+1)/(m+1) = 1/(m+1) < 0.05 for m >= 20.
    EXPECT_EQ(confidence_upper(50, 50, 0.95), 50U);
}

TEST(ConfidenceUpper, WithOneObservationIsTheMaximumOverAlpha) {
    // k = 1: P(M <= m | N) = m/N >= 0.05  <=>  N <= 20 m.
    EXPECT_EQ(confidence_upper(7, 1, 0.95), 140U);
}

TEST(PosteriorTail, MatchesTheClosedFormForTheTextbookExample) {
    // P(N > n) = C(m-1,k-1)/C(n,k-1) = (59*58*57)/(n(n-1)(n-2)).
    for (std::uint64_t n : {60U, 79U, 100U, 250U}) {
        const double expected = 59.0 * 58 * 57 / (static_cast<double>(n) * (n - 1) * (n - 2));
        EXPECT_NEAR(posterior_tail(60, 4, n).value(), expected, 1e-12) << n;
    }
    EXPECT_DOUBLE_EQ(posterior_tail(60, 4, 59).value(), 1.0);
    EXPECT_FALSE(posterior_tail(60, 1, 100).has_value());  // improper posterior for k = 1
}

TEST(PosteriorQuantile, IsTheFirstNWhoseTailDropsToOneMinusTheLevel) {
    const auto upper = posterior_quantile(60, 4, 0.95);
    ASSERT_TRUE(upper.has_value());
    EXPECT_LE(posterior_tail(60, 4, *upper).value(), 0.05);
    EXPECT_GT(posterior_tail(60, 4, *upper - 1).value(), 0.05);
    EXPECT_FALSE(posterior_quantile(60, 1, 0.95).has_value());
}

TEST(PosteriorMean, IsMMinusOneTimesKMinusOneOverKMinusTwo) {
    EXPECT_DOUBLE_EQ(posterior_mean(60, 4).value(), 59.0 * 3 / 2);  // 88.5, Wikipedia's Bayesian example
    EXPECT_FALSE(posterior_mean(60, 2).has_value());
}

TEST(PosteriorTail, SumsToOneOverTheWholePosterior) {
    // P(N = n) = P(N > n-1) - P(N > n); summing from m to a large n must reach 1 - tail(large).
    double total = 0.0;
    for (std::uint64_t n = 30; n < 20000; ++n) {
        total += posterior_tail(30, 5, n - 1).value() - posterior_tail(30, 5, n).value();
    }
    EXPECT_NEAR(total + posterior_tail(30, 5, 19999).value(), 1.0, 1e-12);
}

struct Coverage {
    double confidence = 0.0;
    double credible = 0.0;
    double mean_mvue = 0.0;
};

// Draws k of 1..n without replacement `trials` times and counts how often each interval covers n.
Coverage simulate(std::uint64_t n, std::uint64_t k, int trials, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    Coverage out;
    for (int trial = 0; trial < trials; ++trial) {
        std::set<std::uint64_t> drawn;
        std::uniform_int_distribution<std::uint64_t> pick(1, n);
        while (drawn.size() < k) drawn.insert(pick(rng));
        const std::uint64_t m = *drawn.rbegin();
        out.confidence += confidence_upper(m, k, 0.95) >= n ? 1 : 0;
        out.credible += posterior_quantile(m, k, 0.95).value() >= n ? 1 : 0;
        out.mean_mvue += mvue(m, k);
    }
    out.confidence /= trials;
    out.credible /= trials;
    out.mean_mvue /= trials;
    return out;
}

TEST(Simulation, ConfidenceIntervalCoversTheTrueCountNinetyFivePercentOfTheTime) {
    constexpr int trials = 4000;
    const double tolerance = 3.0 * std::sqrt(0.95 * 0.05 / trials);  // 3 binomial standard errors
    for (std::uint64_t k : {3U, 10U, 40U}) {
        const Coverage result = simulate(1000, k, trials, 20240503 + k);
        EXPECT_NEAR(result.confidence, 0.95, tolerance) << "k=" << k;
    }
}

TEST(Simulation, UniformPriorCredibleIntervalCoversAsItsTheoryPredicts) {
    // The uniform-prior tail is ~(m/n)^(k-1) while P(M <= m | N) ~ (m/N)^k, so the credible bound covers
    // with probability ~1 - 0.05^(k/(k-1)): 0.989 for k=3, 0.964 for k=10, conservative at small k.
    constexpr int trials = 4000;
    for (std::uint64_t k : {3U, 10U}) {
        const Coverage result = simulate(1000, k, trials, 777 + k);
        const double kd = static_cast<double>(k);
        const double expected = 1.0 - std::pow(0.05, kd / (kd - 1.0));
        const double tolerance = 3.0 * std::sqrt(expected * (1 - expected) / trials) + 0.005;
        EXPECT_NEAR(result.credible, expected, tolerance) << "k=" << k;
        EXPECT_GE(result.credible, 0.95 - 3.0 * std::sqrt(0.95 * 0.05 / trials));
    }
}

TEST(Simulation, MvueIsUnbiased) {
    constexpr int trials = 4000;
    const Coverage result = simulate(1000, 10, trials, 42);
    // Var = (N-k)(N+1)/(k(k+2)) = 990 * 1001 / 120; standard error of the mean over the trials.
    const double se = std::sqrt(990.0 * 1001.0 / 120.0 / trials);
    EXPECT_NEAR(result.mean_mvue, 1000.0, 3.5 * se);
}

}  // namespace
}  // namespace cp::estimate
