// SPDX-License-Identifier: Apache-2.0
// Serials files: columns, series prefixes, duplicates, bad rows with their lines, timeline and rate.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/time.hpp"
#include "estimate/estimate.hpp"

namespace cp::estimate {
namespace {

TEST(ParseSerials, TakesTheSeriesFromTheSerialPrefixWhenThereIsNoSeriesColumn) {
    const SerialFile file = parse_serials("date,serial\n2023-01-05,KL-0412\n2023-01-06,\"M/17\"\n", "t.csv");
    ASSERT_EQ(file.observations.size(), 2U);
    EXPECT_EQ(file.observations[0].series, "KL");
    EXPECT_EQ(file.observations[0].number, 412U);
    EXPECT_EQ(file.observations[0].line, 2U);
    EXPECT_EQ(file.observations[1].series, "M");
    EXPECT_EQ(file.observations[1].number, 17U);
    EXPECT_EQ(*file.observations[1].t_unix_ms, *time::parse_iso8601("2023-01-06"));
}

TEST(ParseSerials, PrefersAnExplicitSeriesColumn) {
    const SerialFile file = parse_serials("Serial,Series\nKL-12,Geran-2\n", "t.csv");
    ASSERT_EQ(file.observations.size(), 1U);
    EXPECT_EQ(file.observations[0].series, "Geran-2");
}

TEST(ParseSerials, RejectsBadRowsWithTheirLineAndKeepsTheRest) {
    const SerialFile file = parse_serials("serial,date\n"
                                          "12,2023-02-01\n"
                                          "ABC,2023-02-01\n"   // line 3: no digits
                                          "0,2023-02-01\n"     // line 4: zero
                                          "14,2023-02-31\n"    // line 5: impossible date
                                          "\"15,2023-02-01\n"  // line 6: unbalanced quote
                                          ",2023-02-01\n"      // line 7: empty serial
                                          "1234567890123\n"    // line 8: 13 digits
                                          "# a comment\n"
                                          "16\n",
                                          "t.csv");
    ASSERT_EQ(file.observations.size(), 2U);
    ASSERT_EQ(file.rejected.size(), 6U);
    EXPECT_EQ(file.rejected[0].line, 3U);
    EXPECT_EQ(file.rejected[0].error, RowError::bad_serial);
    EXPECT_EQ(file.rejected[1].error, RowError::zero_serial);
    EXPECT_EQ(file.rejected[2].error, RowError::bad_date);
    EXPECT_EQ(file.rejected[3].error, RowError::bad_quoting);
    EXPECT_EQ(file.rejected[4].error, RowError::missing_serial);
    EXPECT_EQ(file.rejected[5].error, RowError::serial_too_large);
    EXPECT_EQ(file.rejected[5].line, 8U);
    EXPECT_EQ(file.tally.count("bad_date"), 1U);
}

TEST(ParseSerials, ThrowsWhenTheHeaderHasNoSerialColumn) {
    EXPECT_THROW((void)parse_serials("number,date\n1,2023-01-01\n", "t.csv"), InputError);
    EXPECT_THROW((void)parse_serials("", "t.csv"), InputError);
}

TEST(EstimateSeries, CountsDuplicatesOnceAndSplitsSeries) {
    const SerialFile file = parse_serials("serial\nA-10\nA-20\nA-20\nA-60\nA-35\nB-5\nB-9\n", "t.csv");
    const auto estimates = estimate_series(file.observations, {});
    ASSERT_EQ(estimates.size(), 2U);
    EXPECT_EQ(estimates[0].series, "A");
    EXPECT_EQ(estimates[0].count, 4U);
    EXPECT_EQ(estimates[0].duplicates, 1U);
    EXPECT_DOUBLE_EQ(estimates[0].mvue, 74.0);
    EXPECT_EQ(estimates[0].confidence_upper, confidence_upper(60, 4, 0.95));
    EXPECT_EQ(estimates[1].series, "B");
    EXPECT_DOUBLE_EQ(estimates[1].mvue, 9.0 + 9.0 / 2 - 1);
    EXPECT_FALSE(estimates[1].posterior_mean.has_value());
    EXPECT_TRUE(estimates[1].credible_upper.has_value());
}

TEST(EstimateSeries, RecoversAKnownProductionRateFromDatedSerials) {
    // 10 items a day from 2023-01-01; every 7th item recovered on the day it was made.
    std::string csv = "serial,date\n";
    const std::int64_t day0 = *time::parse_iso8601("2023-01-01");
    for (std::uint64_t serial = 7; serial <= 900; serial += 7) {
        const std::int64_t t = day0 + static_cast<std::int64_t>((serial - 1) / 10) * 86'400'000;
        csv += std::to_string(serial) + "," + time::to_iso8601(t).substr(0, 10) + "\n";
    }
    const SerialFile file = parse_serials(csv, "t.csv");
    const auto estimates = estimate_series(file.observations, {});
    ASSERT_EQ(estimates.size(), 1U);
    ASSERT_TRUE(estimates[0].rate.has_value());
    EXPECT_NEAR(estimates[0].rate->per_day, 10.0, 0.2);
    EXPECT_LT(estimates[0].rate->per_day_lower, 10.0);
    EXPECT_GT(estimates[0].rate->per_day_upper, 10.0);
    EXPECT_GT(estimates[0].rate->r_squared, 0.99);
    ASSERT_FALSE(estimates[0].timeline.empty());
    EXPECT_EQ(estimates[0].timeline.back().count, estimates[0].count);
    EXPECT_EQ(estimates[0].timeline.front().t_unix_ms, day0);
}

TEST(ToJson, WritesTheIntervalsAndTheRejectedRows) {
    const SerialFile file = parse_serials("serial\n10\n20\n60\n35\nx\n", "t.csv");
    const auto doc = nlohmann::json::parse(to_json(estimate_series(file.observations, {}), file));
    EXPECT_EQ(doc["series"][0]["mvue"].get<double>(), 74.0);
    EXPECT_EQ(doc["series"][0]["confidence_interval"][0].get<int>(), 60);
    EXPECT_EQ(doc["rows_rejected"].get<int>(), 1);
    EXPECT_EQ(doc["rejected"][0]["line"].get<int>(), 6);
    EXPECT_NE(to_text(estimate_series(file.observations, {})).find("74.0"), std::string::npos);
}

}  // namespace
}  // namespace cp::estimate
