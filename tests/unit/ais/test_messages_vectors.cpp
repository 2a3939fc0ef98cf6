// SPDX-License-Identifier: Apache-2.0
// Data-driven: every row of gpsd's own AIS regression vectors (sample.aivdm.paired.jsonl, all types 1-27)
// and of the real AISHub capture decoded by gpsdecode 3.22 (82,532 rows) must print gpsd's JSON. Types 6
// and 8 are compared up to "fid" here; their application fields belong to test_binary_apps.cpp.
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ais/message.hpp"
#include "io/io.hpp"
#include "test_data.hpp"
#include "test_messages_support.hpp"

namespace cp::ais {
namespace {

using nlohmann::json;

std::vector<json> load_rows(const std::string& relative) {
    std::vector<json> rows;
    const std::string content = io::read_file(cp::test::shared_data(relative).string());
    std::size_t start = 0;
    while (start < content.size()) {
        std::size_t end = content.find('\n', start);
        if (end == std::string::npos) end = content.size();
        if (end > start) rows.push_back(json::parse(content.substr(start, end - start)));
        start = end + 1;
    }
    return rows;
}

/// Types 6 and 8: keep the members this module writes (the header up to "fid").
json common_part(const json& object) {
    const int type = object.is_object() ? object.value("type", 0) : 0;
    if (type != 6 && type != 8) return object;
    json kept = json::object();
    for (const char* key : {"class", "device", "type", "repeat", "mmsi", "scaled", "seqno", "dest_mmsi",
                            "retransmit", "dac", "fid"}) {
        if (object.contains(key)) kept[key] = object[key];
    }
    return kept;
}

/// Our JSON for `row` parsed, restricted like common_part; null when nothing was printed.
json decoded(const json& row, const JsonOptions& options) {
    const std::string text =
        test::decode_sentences(row["sentences"].get<std::vector<std::string>>(), options);
    if (text.empty() || text[0] != '{') return json(text);
    json object = json::parse(text, nullptr, false);
    if (object.is_discarded()) return json("unparsable: " + text);
    return common_part(object);
}

/// Equality of parsed JSON where numbers only need to agree to within `tolerance`.
bool close_enough(const json& expected, const json& actual, double tolerance) {
    if (expected.is_number() && actual.is_number()) {
        return std::fabs(expected.get<double>() - actual.get<double>()) <= tolerance;
    }
    if (expected.is_object() && actual.is_object()) {
        if (expected.size() != actual.size()) return false;
        for (const auto& [key, value] : expected.items()) {
            if (!actual.contains(key) || !close_enough(value, actual[key], tolerance)) return false;
        }
        return true;
    }
    return expected == actual;
}

TEST(GpsdRegressionVectors, UnscaledJsonEqualsGpsdForAll97RowsInTheRegressionDialect) {
    const auto rows = load_rows("ais/vectors/sample.aivdm.paired.jsonl");
    ASSERT_EQ(rows.size(), 97U);
    JsonOptions options{.scaled = false, .device = "stdin", .dialect = GpsdDialect::gpsd_regression};
    for (const auto& row : rows) {
        EXPECT_EQ(decoded(row, options), common_part(row["expected_unscaled"])) << row["sentences"].dump();
    }
}

TEST(GpsdRegressionVectors, ScaledJsonEqualsGpsdForAll97RowsInTheRegressionDialect) {
    const auto rows = load_rows("ais/vectors/sample.aivdm.paired.jsonl");
    JsonOptions options{.scaled = true, .device = "stdin", .dialect = GpsdDialect::gpsd_regression};
    for (const auto& row : rows) {
        EXPECT_EQ(decoded(row, options), common_part(row["expected_scaled"])) << row["sentences"].dump();
    }
}

TEST(GpsdRegressionVectors, Gpsd322DialectDiffersOnlyInTheDocumentedFields) {
    // gpsd 3.22 prints 6 decimals (so values agree within 5e-7), "nan" for an unknown turn, the type 27
    // status as text and "INVALID EPFD" for codes 9-15; the rest must be equal.
    const auto rows = load_rows("ais/vectors/sample.aivdm.paired.jsonl");
    JsonOptions options{.scaled = true, .device = "stdin", .dialect = GpsdDialect::gpsd_3_22};
    int compared = 0;
    for (const auto& row : rows) {
        json expected = common_part(row["expected_scaled"]);
        json actual = decoded(row, options);
        if (expected.value("type", 0) == 27 || !actual.is_object()) continue;
        for (const char* key : {"turn", "epfd_text"}) {
            expected.erase(key);
            actual.erase(key);
        }
        EXPECT_TRUE(close_enough(expected, actual, 5.1e-7)) << expected.dump() << "\n" << actual.dump();
        ++compared;
    }
    EXPECT_EQ(compared, 95);
}

TEST(RealCapture, EveryMessageOutsideTypes6And8PrintsWhatGpsdecode322Prints) {
    const auto rows = load_rows("ais/samples/ais-nmea-sample.gpsdecode-3.22.ju.paired.jsonl.gz");
    ASSERT_EQ(rows.size(), 82532U);
    const JsonOptions options{.scaled = false};
    std::size_t equal = 0;
    std::size_t mismatches = 0;
    for (const auto& row : rows) {
        if (decoded(row, options) == common_part(row["expected_unscaled"])) {
            ++equal;
        } else if (++mismatches <= 5) {
            ADD_FAILURE() << row["sentences"].dump();
        }
    }
    EXPECT_EQ(equal, rows.size());
}

}  // namespace
}  // namespace cp::ais
