// SPDX-License-Identifier: Apache-2.0
#include <array>
#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "core/core.hpp"

namespace cp {
namespace {

enum class ParseError { empty, bad_digit };

Result<int, ParseError> parse_digit(const std::string& s) {
    if (s.empty()) return unexpected(ParseError::empty);
    if (s[0] < '0' || s[0] > '9') return unexpected(ParseError::bad_digit);
    return s[0] - '0';
}

TEST(Result, CarriesAValueOrAnError) {
    const auto good = parse_digit("7");
    ASSERT_TRUE(good.has_value());
    EXPECT_EQ(*good, 7);
    const auto bad = parse_digit("x");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error(), ParseError::bad_digit);
    EXPECT_EQ(parse_digit("").value_or(-1), -1);
}

TEST(BitSpanView, ReadsBigEndianFieldsAndZeroPastTheEnd) {
    const std::array<std::uint8_t, 3> bytes{0b1010'0000, 0xFF, 0x01};
    const BitSpanView bits(bytes);
    EXPECT_EQ(bits.u(0, 4), 0b1010U);
    EXPECT_EQ(bits.u(8, 8), 0xFFU);
    EXPECT_EQ(bits.u(4, 8), 0x0FU);
    EXPECT_EQ(bits.s(8, 8), -1);
    EXPECT_EQ(bits.s(0, 3), -3);      // 101 in two's complement
    EXPECT_EQ(bits.u(20, 8), 0x10U);  // 0001 then four zero bits past the end
    const BitSpanView short_view(bytes, 12);
    EXPECT_EQ(short_view.u(8, 8), 0xF0U);
}

TEST(Text, SplitsKeepingEmptyFieldsAndParsesHex) {
    const auto fields = text::split("a,,b,", ',');
    ASSERT_EQ(fields.size(), 4U);
    EXPECT_EQ(fields[1], "");
    EXPECT_EQ(fields[2], "b");
    std::vector<std::uint8_t> bytes;
    ASSERT_TRUE(text::hex_to_bytes("8D4840d6", bytes));
    EXPECT_EQ(bytes, (std::vector<std::uint8_t>{0x8D, 0x48, 0x40, 0xD6}));
    EXPECT_FALSE(text::hex_to_bytes("8D4", bytes));
    EXPECT_FALSE(text::hex_to_bytes("8G", bytes));
    EXPECT_EQ(text::trim("  x \r\n"), "x");
    EXPECT_EQ(text::parse_number<int>("-12"), -12);
    EXPECT_FALSE(text::parse_number<int>("12a").has_value());
}

TEST(Time, RoundTripsIso8601) {
    EXPECT_EQ(time::to_iso8601(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(time::parse_iso8601("2024-05-03"), 1714694400000);
    EXPECT_EQ(time::parse_iso8601("2024-05-03T01:02:03.5Z"), 1714694400000 + 3723500);
    EXPECT_EQ(time::to_iso8601(1714694400000 + 3723500), "2024-05-03T01:02:03.500Z");
    EXPECT_EQ(time::to_iso8601(-1), "1969-12-31T23:59:59.999Z");
    EXPECT_FALSE(time::parse_iso8601("2024-13-01").has_value());
    EXPECT_FALSE(time::parse_iso8601("2023-02-29").has_value());
    EXPECT_FALSE(time::parse_iso8601("2023-02-31").has_value());
    EXPECT_FALSE(time::parse_iso8601("2024-04-31").has_value());
    EXPECT_TRUE(time::parse_iso8601("2024-02-29").has_value());
    EXPECT_FALSE(time::parse_iso8601("1900-02-29").has_value());
    EXPECT_TRUE(time::parse_iso8601("2000-02-29").has_value());
    EXPECT_FALSE(time::parse_iso8601("yesterday").has_value());
}

TEST(Geo, MeasuresDistancesAndBearingsOnTheSphere) {
    const geo::LatLon mehrabad{35.6892, 51.3134};
    const geo::LatLon chkalovsky{55.8783, 38.0617};
    // Reference: haversine with R = 6371008.8 m computed independently in Python: 2459.129 km.
    EXPECT_NEAR(geo::distance_m(mehrabad, chkalovsky) / 1000.0, 2459.129, 0.001);
    EXPECT_NEAR(geo::distance_m({0, 0}, {0, 1}), 111195.0, 5.0);
    EXPECT_NEAR(geo::bearing_deg({0, 0}, {1, 0}), 0.0, 1e-9);
    EXPECT_NEAR(geo::bearing_deg({0, 0}, {0, 1}), 90.0, 1e-9);
    const auto there = geo::destination(mehrabad, 45.0, 10'000.0);
    EXPECT_NEAR(geo::distance_m(mehrabad, there), 10'000.0, 0.01);
    EXPECT_NEAR(geo::bearing_deg(mehrabad, there), 45.0, 0.01);
}

TEST(Geo, TellsInsideFromOutsideAPolygon) {
    const std::array<geo::LatLon, 4> square{{{0, 0}, {0, 1}, {1, 1}, {1, 0}}};
    EXPECT_TRUE(geo::inside_polygon({0.5, 0.5}, square));
    EXPECT_FALSE(geo::inside_polygon({1.5, 0.5}, square));
    EXPECT_FALSE(geo::inside_polygon({0.5, 0.5}, std::span(square).first(2)));
}

TEST(ErrorTally, CountsPerKindAndKeepsTheFirstLocation) {
    ErrorTally tally;
    EXPECT_EQ(tally.summary(), "");
    tally.add("bad_checksum", {"x.nmea", 12, 880});
    tally.add("bad_checksum", {"x.nmea", 20, 1400});
    tally.add_good(5);
    EXPECT_EQ(tally.count("bad_checksum"), 2U);
    EXPECT_EQ(tally.total_errors(), 2U);
    EXPECT_NE(tally.summary().find("first at x.nmea:12 (byte 880)"), std::string::npos);
}

TEST(Text, CsvQuoteQuotesOnlyWhenNeededAndDoublesQuotes) {
    EXPECT_EQ(text::csv_quote("plain"), "plain");
    EXPECT_EQ(text::csv_quote(""), "");
    EXPECT_EQ(text::csv_quote("a,b"), "\"a,b\"");
    EXPECT_EQ(text::csv_quote("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(text::csv_quote("two\nlines"), "\"two\nlines\"");
}

TEST(Text, Windows1252BecomesUtf8) {
    EXPECT_EQ(text::windows1252_to_utf8("Jos\xE9 Mu\xF1oz"), "Jos\u00E9 Mu\u00F1oz");
    // The bytes where Windows-1252 and Latin-1 differ: euro sign, S and Z with caron, ligature oe.
    EXPECT_EQ(text::windows1252_to_utf8("\x80 \x8A\x8E\x9C"), "\u20AC \u0160\u017D\u0153");
    // Undefined bytes become U+FFFD and the rest of the text is kept.
    EXPECT_EQ(text::windows1252_to_utf8("a\x81"
                                        "b"),
              "a\uFFFD"
              "b");
    EXPECT_TRUE(text::valid_utf8(text::windows1252_to_utf8("\xFF\xFE\x90\xC0")));
    EXPECT_EQ(text::windows1252_to_utf8("plain"), "plain");
}

}  // namespace
}  // namespace cp
