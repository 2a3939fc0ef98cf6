// SPDX-License-Identifier: Apache-2.0
// write_json() numbers: the hand-rolled fixed-point writer must print exactly what
// std::to_chars(fixed, decimals) prints (the golden files were made with it), ties included.
#include <charconv>
#include <cmath>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "adsb/message.hpp"

namespace {

std::string expected_fixed(double value, int decimals) {
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
    return std::string(buf, res.ptr);
}

// The text of `"key":VALUE` in `json`.
std::string value_of(const std::string& json, const std::string& key) {
    const std::string marker = "\"" + key + "\":";
    const auto start = json.find(marker);
    if (start == std::string::npos) return "<missing>";
    const auto from = start + marker.size();
    return json.substr(from, json.find_first_of(",}", from) - from);
}

// Writes `value` as gs (1 decimal), track (2), ias (0) and lat (6) and compares each with to_chars.
void expect_same_as_to_chars(double value) {
    cp::adsb::Message msg;
    msg.gs_kt = value;
    msg.track_deg = value;
    msg.ias_kt = value;
    msg.lat_deg = value;
    std::string json;
    cp::adsb::write_json(msg, {}, json);
    EXPECT_EQ(value_of(json, "gs"), expected_fixed(value, 1)) << value;
    EXPECT_EQ(value_of(json, "track"), expected_fixed(value, 2)) << value;
    EXPECT_EQ(value_of(json, "ias"), expected_fixed(value, 0)) << value;
    EXPECT_EQ(value_of(json, "lat"), expected_fixed(value, 6)) << value;
}

}  // namespace

TEST(JsonNumbers, RandomValuesPrintLikeToChars) {
    std::mt19937_64 rng(20261129);
    std::uniform_real_distribution<double> small(-1000.0, 1000.0);
    std::uniform_real_distribution<double> exponent(-12.0, 18.0);
    for (int sample_idx = 0; sample_idx < 100'000; ++sample_idx) {
        expect_same_as_to_chars(small(rng));
        expect_same_as_to_chars(std::pow(10.0, exponent(rng)) * (sample_idx % 2 == 0 ? 1 : -1));
    }
}

TEST(JsonNumbers, TiesAndEdgesPrintLikeToChars) {
    // Exact binary ties at 0-6 decimals (k / 2^n) round half to even; decimal-looking ties such as 2.675
    // are not ties in binary and round by their exact value.
    for (int numerator = -4096; numerator <= 4096; ++numerator) {
        for (const double denominator : {2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0})
            expect_same_as_to_chars(numerator / denominator);
    }
    for (const double value : {0.0, -0.0, 1.005, 2.675, 0.045, -0.0001, 1e-300, 4503599627370495.5,
                               4503599627370496.0, 1e20, -1e22, 0.05, 0.15, 0.25, 0.35, 999999.9999995}) {
        expect_same_as_to_chars(value);
    }
}
