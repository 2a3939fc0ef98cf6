// SPDX-License-Identifier: Apache-2.0
// pyais's test expectations (599 rows from M0r13n/pyais tests/test_decode.py, MIT): each row's sentences go
// through the whole pipeline and the named pyais field is compared with the gpsd JSON field that means the
// same (scaled JSON for degrees and knots, unscaled for raw codes). The 11 rows that expect an exception must
// give one of our errors. pyais-only fields (is_sotdma, spare bits...) have no gpsd counterpart and are
// counted as unmapped; a row whose message gpsd rules reject (too short) only passes if pyais expects None.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <set>
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

struct Decoded {
    json scaled;    // null when nothing was decoded
    json unscaled;  // null when nothing was decoded
    std::vector<std::string> errors;
};

Decoded run_pipeline(const std::vector<std::string>& sentences) {
    Assembler assembler;
    PayloadBits bits;
    Decoded result;
    std::uint64_t number = 0;
    Notice notice;
    for (const std::string& sentence : sentences) {
        const auto fed = assembler.feed(sentence, LinePos{++number, 0});
        while (assembler.next_notice(notice)) result.errors.emplace_back(to_string(notice.error));
        if (!fed) {
            result.errors.emplace_back(to_string(fed.error()));
            continue;
        }
        if (!*fed) continue;
        const auto armor = dearmor(assembler.payload().armored, assembler.payload().fill_bits, bits);
        if (!armor) {
            result.errors.emplace_back(to_string(armor.error()));
            continue;
        }
        const auto message = decode(bits.view());
        if (!message) {
            result.errors.emplace_back(to_string(message.error()));
            continue;
        }
        std::string text;
        write_gpsd_json(*message, JsonOptions{true, "stdin", GpsdDialect::gpsd_regression}, text);
        result.scaled = json::parse(text);
        text.clear();
        write_gpsd_json(*message, JsonOptions{false, "stdin", GpsdDialect::gpsd_regression}, text);
        result.unscaled = json::parse(text);
    }
    assembler.finish();
    while (assembler.next_notice(notice)) result.errors.emplace_back(to_string(notice.error));
    return result;
}

/// pyais field -> (gpsd field, use the scaled JSON).
const std::map<std::string, std::pair<std::string, bool>>& field_map() {
    static const std::map<std::string, std::pair<std::string, bool>> map = {
        {"msg_type", {"type", false}},
        {"repeat", {"repeat", false}},
        {"mmsi", {"mmsi", false}},
        {"status", {"status", false}},
        {"turn", {"turn", false}},
        {"speed", {"speed", true}},
        {"accuracy", {"accuracy", false}},
        {"lon", {"lon", true}},
        {"lat", {"lat", true}},
        {"course", {"course", true}},
        {"heading", {"heading", false}},
        {"second", {"second", false}},
        {"maneuver", {"maneuver", false}},
        {"raim", {"raim", false}},
        {"radio", {"radio", false}},
        {"epfd", {"epfd", false}},
        {"ship_type", {"shiptype", false}},
        {"shipname", {"shipname", false}},
        {"callsign", {"callsign", false}},
        {"destination", {"destination", false}},
        {"draught", {"draught", true}},
        {"to_bow", {"to_bow", false}},
        {"to_stern", {"to_stern", false}},
        {"to_port", {"to_port", false}},
        {"to_starboard", {"to_starboard", false}},
        {"imo", {"imo", false}},
        {"ais_version", {"ais_version", false}},
        {"dte", {"dte", false}},
        {"month", {"month", false}},
        {"day", {"day", false}},
        {"hour", {"hour", false}},
        {"minute", {"minute", false}},
        {"year", {"year", false}},
        {"dest_mmsi", {"dest_mmsi", false}},
        {"seqno", {"seqno", false}},
        {"retransmit", {"retransmit", false}},
        {"dac", {"dac", false}},
        {"fid", {"fid", false}},
        {"mmsi1", {"mmsi1", false}},
        {"mmsi2", {"mmsi2", false}},
        {"mmsi3", {"mmsi3", false}},
        {"mmsi4", {"mmsi4", false}},
        {"text", {"text", false}},
        {"name", {"name", false}},
        {"aid_type", {"aid_type", false}},
        {"off_position", {"off_position", false}},
        {"virtual_aid", {"virtual_aid", false}},
        {"assigned", {"assigned", false}},
        {"name_ext", {"name_ext", false}},
        {"alt", {"alt", false}},
        {"vendorid", {"vendorid", false}},
        {"model", {"model", false}},
        {"mothership_mmsi", {"mothership_mmsi", false}},
        {"addressed", {"addressed", false}},
        {"structured", {"structured", false}},
        {"app_id", {"app_id", false}},
        {"cs", {"cs", false}},
        {"display", {"display", false}},
        {"dsc", {"dsc", false}},
        {"band", {"band", false}},
        {"msg22", {"msg22", false}},
        {"channel_a", {"channel_a", false}},
        {"channel_b", {"channel_b", false}},
        {"power", {"power", false}},
        {"txrx", {"txrx", false}},
        {"ne_lon", {"ne_lon", true}},
        {"ne_lat", {"ne_lat", true}},
        {"sw_lon", {"sw_lon", true}},
        {"sw_lat", {"sw_lat", true}},
        {"band_a", {"band_a", false}},
        {"band_b", {"band_b", false}},
        {"zonesize", {"zonesize", false}},
        {"station_type", {"station_type", false}},
        {"interval", {"interval", false}},
        {"quiet", {"quiet", false}},
        {"gnss", {"gnss", false}},
        {"offset1", {"offset1", false}},
        {"increment1", {"increment1", false}},
        {"offset2", {"offset2", false}},
        {"increment2", {"increment2", false}},
        {"number1", {"number1", false}},
        {"timeout1", {"timeout1", false}},
        {"dest1", {"dest1", false}},
        {"dest2", {"dest2", false}},
    };
    return map;
}

/// The exception pyais raises -> the errors of ours that mean the same.
const std::map<std::string, std::set<std::string>>& exception_map() {
    static const std::map<std::string, std::set<std::string>> map = {
        {"InvalidNMEAChecksum", {"bad_checksum"}},
        {"MissingMultipartMessageException", {"dangling_wrapper", "orphan_fragment", "missing_fragment"}},
        {"UnknownMessageException", {"not_ais", "not_nmea"}},
        {"InvalidNMEAMessageException", {"missing_checksum", "empty_line", "bad_field_count", "not_nmea"}},
        {"MissingPayloadException", {"empty_payload"}},
        {"TooManyMessagesException", {"bad_fragment_count"}},
    };
    return map;
}

/// gpsd prints the date of types 4 and 11 as one "timestamp" ("2007-05-14T19:57:39Z"); pyais has fields.
json timestamp_part(const std::string& stamp, const std::string& field) {
    static const std::map<std::string, std::pair<std::size_t, std::size_t>> parts = {
        {"year", {0, 4}},  {"month", {5, 2}},   {"day", {8, 2}},
        {"hour", {11, 2}}, {"minute", {14, 2}}, {"second", {17, 2}}};
    const auto part = parts.find(field);
    if (part == parts.end() || stamp.size() < 19) return json();
    return std::stoi(stamp.substr(part->second.first, part->second.second));
}

bool truthy(const json& value) {
    if (value.is_null()) return false;
    if (value.is_boolean()) return value.get<bool>();
    if (value.is_number()) return value.get<double>() != 0;
    if (value.is_string()) return !value.get<std::string>().empty();
    return true;
}

bool equal_value(const json& expected, const json& actual, const json& round_decimals) {
    if (expected.is_number() || expected.is_boolean()) {
        if (!actual.is_number() && !actual.is_boolean()) return false;
        const double e = expected.is_boolean() ? expected.get<bool>() : expected.get<double>();
        const double a = actual.is_boolean() ? actual.get<bool>() : actual.get<double>();
        if (round_decimals.is_number()) {
            const double scale = std::pow(10.0, round_decimals.get<int>());
            return std::round(a * scale) == std::round(e * scale);
        }
        return std::fabs(a - e) <= 1e-6 * std::max(1.0, std::fabs(e));
    }
    return expected == actual;
}

/// Rows passing on 2026-11-23; raise it when the decoders close a gap, never lower it silently.
constexpr std::size_t min_passed = 392;

TEST(PyaisExpectations, MappedFieldsAndExpectedErrorsHold) {
    const std::string text =
        io::read_file(test::shared_data("ais/vectors/pyais_test_decode.expectations.jsonl").string());
    io::LineCursor cursor(text);
    io::LineView line;
    std::size_t rows = 0, passed = 0, unmapped = 0, errors_expected = 0, errors_met = 0;
    std::vector<std::string> failures;
    std::map<std::string, std::size_t> unmapped_fields;
    while (cursor.next(line)) {
        if (line.text.empty()) continue;
        const json row = json::parse(line.text);
        ++rows;
        const Decoded decoded = run_pipeline(row["sentences"].get<std::vector<std::string>>());
        const std::string op = row["op"].get<std::string>();
        const std::string where =
            "line " + std::to_string(row["line"].get<int>()) + " " + row["test"].get<std::string>();
        if (op == "raises") {
            ++errors_expected;
            const auto& accepted = exception_map().at(row["expected"].get<std::string>());
            bool met = decoded.unscaled.is_null();
            bool named = false;
            for (const std::string& error : decoded.errors) named = named || accepted.count(error) > 0;
            if (met && named) {
                ++errors_met;
                ++passed;
            } else {
                failures.push_back(where + ": expected " + row["expected"].get<std::string>() + ", got " +
                                   ::testing::PrintToString(decoded.errors));
            }
            continue;
        }
        const std::string field = row["field"].get<std::string>();
        const auto mapped = field_map().find(field);
        if (mapped == field_map().end()) {
            ++unmapped;
            ++unmapped_fields[field];
            continue;
        }
        const json& object = mapped->second.second ? decoded.scaled : decoded.unscaled;
        json actual = object.is_object() && object.contains(mapped->second.first)
                          ? object[mapped->second.first]
                          : json();
        if (actual.is_null() && object.is_object() && object.contains("timestamp")) {
            actual = timestamp_part(object["timestamp"].get<std::string>(), field);  // types 4 and 11
        }
        bool ok = false;
        if (op == "is")
            ok = row["expected"].is_null() ? actual.is_null() : equal_value(row["expected"], actual, {});
        if (op == "truthy") ok = truthy(actual);
        if (op == "falsy") ok = !actual.is_null() && !truthy(actual);
        if (op == "==") ok = !actual.is_null() && equal_value(row["expected"], actual, row["round_decimals"]);
        if (ok) {
            ++passed;
        } else {
            failures.push_back(where + " " + field + " " + op + " " + row["expected"].dump() + ": got " +
                               actual.dump() + " errors " + ::testing::PrintToString(decoded.errors));
        }
    }
    EXPECT_EQ(rows, 599U);
    EXPECT_EQ(errors_expected, 11U);
    EXPECT_EQ(errors_met, 11U);
    RecordProperty("passed", static_cast<int>(passed));
    RecordProperty("unmapped", static_cast<int>(unmapped));
    std::cout << "pyais rows: " << rows << ", passed " << passed << ", unmapped (pyais-only fields) "
              << unmapped << ", failed " << failures.size()
              << "\nunmapped fields: " << ::testing::PrintToString(unmapped_fields) << "\n";
    // The remaining failures are differences between pyais's and gpsd's semantics (pyais decodes type 0 and
    // sentences with bad checksums, reports absent fields as None where gpsd prints 0...), decided by the
    // messages module; they are printed, and the pass count is guarded against regressions.
    for (const std::string& failure : failures) std::cout << "  differs: " << failure << "\n";
    EXPECT_GE(passed, min_passed);
}

}  // namespace
}  // namespace cp::ais
