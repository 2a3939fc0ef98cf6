// SPDX-License-Identifier: Apache-2.0
// End-to-end vectors against gpsd: the 97 rows of gpsd's regression file (sample.aivdm, scaled and unscaled)
// and the 82,532 rows of a live AISHub capture decoded by Debian's gpsdecode 3.22 (`-u -j`). Each row's
// sentences go through Assembler -> dearmor -> decode -> Type24Pairing -> write_gpsd_json.
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ais/ais.hpp"
#include "io/io.hpp"
#include "test_data.hpp"

namespace cp::ais {
namespace {

using nlohmann::json;

/// Decodes `sentences` as one stream; returns the JSON objects printed (text) and the errors met.
std::vector<std::string> decode_to_json(const std::vector<std::string>& sentences, const JsonOptions& options,
                                        std::vector<std::string>* errors = nullptr) {
    Assembler assembler;
    Type24Pairing pairing;
    PayloadBits bits;
    std::vector<std::string> printed;
    std::uint64_t number = 0;
    for (const std::string& sentence : sentences) {
        const auto fed = assembler.feed(sentence, LinePos{++number, 0});
        if (!fed) {
            if (errors != nullptr) errors->emplace_back(to_string(fed.error()));
            continue;
        }
        if (!*fed) continue;
        const auto armor = dearmor(assembler.payload().armored, assembler.payload().fill_bits, bits);
        if (!armor) {
            if (errors != nullptr) errors->emplace_back(to_string(armor.error()));
            continue;
        }
        auto message = decode(bits.view());
        if (!message) {
            if (errors != nullptr) errors->emplace_back(to_string(message.error()));
            continue;
        }
        if (!pairing.complete(*message)) continue;
        std::string out;
        write_gpsd_json(*message, options, out);
        printed.push_back(std::move(out));
    }
    assembler.finish();
    Notice notice;
    while (assembler.next_notice(notice)) {
        if (errors != nullptr) errors->emplace_back(to_string(notice.error));
    }
    return printed;
}

/// Equal as JSON values; numbers that are not both integers may differ by `tolerance`.
bool json_close(const json& expected, const json& actual, double tolerance) {
    if (expected.is_number() && actual.is_number()) {
        if (expected.is_number_integer() && actual.is_number_integer()) return expected == actual;
        return std::fabs(expected.get<double>() - actual.get<double>()) <= tolerance;
    }
    if (expected.is_object() && actual.is_object()) {
        if (expected.size() != actual.size()) return false;
        for (const auto& [key, value] : expected.items()) {
            if (!actual.contains(key) || !json_close(value, actual[key], tolerance)) return false;
        }
        return true;
    }
    if (expected.is_array() && actual.is_array()) {
        if (expected.size() != actual.size()) return false;
        for (std::size_t index = 0; index < expected.size(); ++index) {
            if (!json_close(expected[index], actual[index], tolerance)) return false;
        }
        return true;
    }
    return expected == actual;
}

std::vector<json> read_jsonl(const std::string& relative) {
    const std::string text = io::read_file(test::shared_data(relative).string());
    std::vector<json> rows;
    io::LineCursor cursor(text);
    io::LineView line;
    while (cursor.next(line)) {
        if (!line.text.empty()) rows.push_back(json::parse(line.text));
    }
    return rows;
}

class GpsdRegressionRows : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_rows = read_jsonl("ais/vectors/sample.aivdm.paired.jsonl"); }
    static inline std::vector<json> s_rows;
};

TEST_F(GpsdRegressionRows, AllNinetySevenRowsArePresent) {
    EXPECT_EQ(s_rows.size(), 97U);
}

TEST_F(GpsdRegressionRows, EveryRowDecodesToGpsdsUnscaledJsonExactly) {
    JsonOptions options;
    options.scaled = false;
    options.dialect = GpsdDialect::gpsd_regression;
    for (const json& row : s_rows) {
        const auto sentences = row["sentences"].get<std::vector<std::string>>();
        std::vector<std::string> errors;
        const auto printed = decode_to_json(sentences, options, &errors);
        ASSERT_EQ(printed.size(), 1U)
            << row["sample_lines"] << " errors: " << ::testing::PrintToString(errors);
        EXPECT_EQ(json::parse(printed[0]), row["expected_unscaled"]) << row["sample_lines"] << "\n"
                                                                     << printed[0];
    }
}

TEST_F(GpsdRegressionRows, EveryRowDecodesToGpsdsScaledJsonWithinThePrintedDecimals) {
    JsonOptions options;
    options.scaled = true;
    options.dialect = GpsdDialect::gpsd_regression;
    for (const json& row : s_rows) {
        const auto printed = decode_to_json(row["sentences"].get<std::vector<std::string>>(), options);
        ASSERT_EQ(printed.size(), 1U) << row["sample_lines"];
        // gpsd prints at most 7 decimals (lat/lon); half a unit of the 7th is the rounding we allow.
        EXPECT_TRUE(json_close(row["expected_scaled"], json::parse(printed[0]), 0.6e-7))
            << row["sample_lines"] << "\nexpected " << row["expected_scaled"].dump() << "\nactual   "
            << printed[0];
    }
}

TEST(LiveCapture, AtLeast999PerMilleOfGpsdecodeRowsAreEqual) {
    const auto rows = read_jsonl("ais/samples/ais-nmea-sample.gpsdecode-3.22.ju.paired.jsonl.gz");
    ASSERT_EQ(rows.size(), 82532U);
    JsonOptions options;
    options.scaled = false;
    std::size_t equal = 0;
    std::map<int, std::size_t> differing_by_type;
    std::vector<std::string> first_differences;
    for (const json& row : rows) {
        const auto printed = decode_to_json(row["sentences"].get<std::vector<std::string>>(), options);
        if (printed.size() == 1 && json::parse(printed[0]) == row["expected_unscaled"]) {
            ++equal;
            continue;
        }
        ++differing_by_type[row["expected_unscaled"]["type"].get<int>()];
        if (first_differences.size() < 5) {
            first_differences.push_back(row["log_lines"].dump() + " " + (printed.empty() ? "-" : printed[0]));
        }
    }
    const double rate = static_cast<double>(equal) / static_cast<double>(rows.size());
    RecordProperty("match_rate_percent", std::to_string(rate * 100));
    EXPECT_GE(rate, 0.999) << "equal " << equal << " of " << rows.size()
                           << "; differing rows by type: " << ::testing::PrintToString(differing_by_type)
                           << "\nfirst: " << ::testing::PrintToString(first_differences);
}

}  // namespace
}  // namespace cp::ais
