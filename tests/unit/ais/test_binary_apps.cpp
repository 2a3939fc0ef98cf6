// SPDX-License-Identifier: Apache-2.0
// Type 6/8 application payloads (detail/binary_apps*): every row of data/binary_apps_cases.jsonl (gpsd's
// sample.aivdm, the live AISHub capture, synthetic payloads of every decoded DAC/FID) must give, byte for
// byte, the members gpsdecode 3.22 printed after "fid" (or nothing where it printed raw "data"), scaled
// and unscaled. Then the corners where we deliberately differ from gpsd: valid JSON for its unescaped texts.
#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ais/detail/binary_apps.hpp"
#include "io/io.hpp"
#include "test_data.hpp"

namespace cp::ais::detail {
namespace {

using nlohmann::ordered_json;

/// A whole message as bits, MSB first, with its length.
struct MessageBits {
    std::vector<std::uint8_t> bytes;
    std::size_t size_bits = 0;

    void push(unsigned bit) {
        if (size_bits % 8 == 0) bytes.push_back(0);
        if (bit != 0) bytes.back() |= static_cast<std::uint8_t>(0x80U >> (size_bits % 8));
        ++size_bits;
    }
    [[nodiscard]] std::uint64_t u(std::size_t first, unsigned count) const {
        return BitSpanView(bytes, size_bits).u(first, count);
    }
    /// The bits from `first` to the end, copied so that the view starts on a byte.
    [[nodiscard]] std::vector<std::uint8_t> tail(std::size_t first, std::size_t& tail_bits) const {
        MessageBits rest;
        for (std::size_t pos = first; pos < size_bits; ++pos) rest.push(static_cast<unsigned>(u(pos, 1)));
        tail_bits = rest.size_bits;
        return rest.bytes;
    }
};

/// De-armours the payloads of one message's sentences (fields 6 and 7 of !AIVDM), fill bits dropped.
MessageBits dearmor_sentences(const std::vector<std::string>& sentences) {
    MessageBits bits;
    std::size_t fill = 0;
    for (const std::string& sentence : sentences) {
        std::vector<std::string> fields;
        std::string field;
        for (const char ch : sentence.substr(0, sentence.find('*'))) {
            if (ch == ',') {
                fields.push_back(field);
                field.clear();
            } else {
                field += ch;
            }
        }
        fields.push_back(field);
        for (const char ch : fields.at(5)) {
            unsigned value = static_cast<unsigned>(ch) - 48;
            if (value > 40) value -= 8;
            for (int bit_idx = 5; bit_idx >= 0; --bit_idx) bits.push((value >> bit_idx) & 1U);
        }
        fill = std::stoul(fields.at(6));
    }
    bits.size_bits -= fill;
    return bits;
}

/// What gpsd printed after `"fid":N` (without the closing brace), or "" when it printed raw data.
std::string members_after_fid(const std::string& line, std::uint64_t fid) {
    const std::string key = "\"fid\":" + std::to_string(fid);
    const std::size_t at = line.find(key);
    if (at == std::string::npos) return "?";
    std::string rest = line.substr(at + key.size());
    rest.pop_back();  // '}'
    return rest.rfind(",\"data\":", 0) == 0 ? std::string() : rest;
}

struct CaseRow {
    std::string source;
    std::vector<std::string> sentences;
    std::string scaled;
    std::string unscaled;
};

std::vector<CaseRow> read_cases() {
    const std::string text =
        io::read_file(test::source_file("tests/unit/ais/data/binary_apps_cases.jsonl").string());
    std::vector<CaseRow> rows;
    io::LineCursor cursor(text);
    io::LineView line;
    while (cursor.next(line)) {
        if (line.text.empty()) continue;
        const auto row = nlohmann::json::parse(line.text);
        rows.push_back({row.at("source").get<std::string>(),
                        row.at("sentences").get<std::vector<std::string>>(),
                        row.at("scaled").get<std::string>(), row.at("unscaled").get<std::string>()});
    }
    return rows;
}

/// Runs the writer on one message; "" when it declines (raw data).
std::string write_app(const MessageBits& bits, bool scaled, bool with_dest = true) {
    const auto type = static_cast<std::uint8_t>(bits.u(0, 6));
    const std::size_t header_bits = type == 6 ? 88 : 56;
    BinaryAppOptions options;
    options.scaled = scaled;
    if (type == 6 && with_dest) options.dest_mmsi = static_cast<std::uint32_t>(bits.u(40, 30));
    const auto dac = static_cast<std::uint16_t>(bits.u(header_bits - 16, 10));
    const auto fid = static_cast<std::uint16_t>(bits.u(header_bits - 6, 6));
    std::size_t app_size = 0;
    const auto app = bits.tail(header_bits, app_size);
    std::string out = "{\"prefix\":1";  // the writer appends: what is there must stay
    const bool written = write_binary_app_json(type, dac, fid, BitSpanView(app, app_size), options, out);
    EXPECT_EQ(out.rfind("{\"prefix\":1", 0), 0U);
    const std::string members = out.substr(11);
    EXPECT_EQ(written, !members.empty());
    return members;
}

class BinaryAppCases : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_rows = read_cases(); }
    static inline std::vector<CaseRow> s_rows;
};

TEST_F(BinaryAppCases, CoverTheSampleFileTheLiveCaptureAndEveryDecodedDacFid) {
    std::size_t from_sample = 0;
    std::size_t from_capture = 0;
    std::set<std::tuple<std::uint64_t, std::uint64_t, std::uint64_t>> decoded;
    for (const CaseRow& row : s_rows) {
        from_sample += row.source.rfind("gpsd test/sample.aivdm", 0) == 0 ? 1 : 0;
        from_capture += row.source.rfind("ais-nmea-sample.log", 0) == 0 ? 1 : 0;
        const MessageBits bits = dearmor_sentences(row.sentences);
        const std::size_t header_bits = bits.u(0, 6) == 6 ? 88 : 56;
        const std::uint64_t fid = bits.u(header_bits - 6, 6);
        if (!members_after_fid(row.scaled, fid).empty()) {
            decoded.emplace(bits.u(0, 6), bits.u(header_bits - 16, 10), fid);
        }
    }
    EXPECT_EQ(from_sample, 31U);   // every type 6/8 row of sample.aivdm
    EXPECT_EQ(from_capture, 53U);  // up to 12 per decoded and 1 per raw DAC/FID of the live capture
    // the 28 DAC/FID pairs gpsd 3.22 decodes: type 6 DAC 1 x 10, DAC 200 x 3, DAC 235/250 FID 10;
    // type 8 DAC 1 x 9, DAC 200 x 4
    EXPECT_EQ(decoded.size(), 28U);
}

TEST_F(BinaryAppCases, EveryRowPrintsWhatGpsdecodePrintedByteForByte) {
    for (const CaseRow& row : s_rows) {
        SCOPED_TRACE(row.source + ": " + row.sentences.front());
        const MessageBits bits = dearmor_sentences(row.sentences);
        const std::uint64_t fid = bits.u(bits.u(0, 6) == 6 ? 82 : 50, 6);
        EXPECT_EQ(write_app(bits, true), members_after_fid(row.scaled, fid));
        EXPECT_EQ(write_app(bits, false), members_after_fid(row.unscaled, fid));
    }
}

TEST_F(BinaryAppCases, EveryDecodedRowParsesToGpsdsValuesInGpsdsOrder) {
    for (const CaseRow& row : s_rows) {
        SCOPED_TRACE(row.source + ": " + row.sentences.front());
        const MessageBits bits = dearmor_sentences(row.sentences);
        const std::uint64_t fid = bits.u(bits.u(0, 6) == 6 ? 82 : 50, 6);
        for (const bool scaled : {true, false}) {
            const std::string expected = members_after_fid(scaled ? row.scaled : row.unscaled, fid);
            if (expected.empty()) continue;
            const std::string actual = write_app(bits, scaled);
            ASSERT_FALSE(actual.empty());
            EXPECT_EQ(ordered_json::parse("{" + actual.substr(1) + "}"),
                      ordered_json::parse("{" + expected.substr(1) + "}"));
        }
    }
}

TEST_F(BinaryAppCases, WithoutTheDestinationMmsiAirDraughtAndPersonsFallBackToRawData) {
    std::size_t checked = 0;
    for (const CaseRow& row : s_rows) {
        const MessageBits bits = dearmor_sentences(row.sentences);
        if (bits.u(0, 6) != 6 || bits.u(72, 10) != 1) continue;
        const std::uint64_t fid = bits.u(82, 6);
        const bool needs_dest = fid == 15 || (fid == 16 && bits.size_bits != 88 + 136);
        const std::string without = write_app(bits, true, false);
        EXPECT_EQ(without.empty(), needs_dest || members_after_fid(row.scaled, fid).empty()) << row.source;
        checked += needs_dest ? 1 : 0;
    }
    EXPECT_EQ(checked, 12U);  // 10 synthetic FID 15 rows, 2 FID 16 rows not 136 bits long
}

/// Application bits from `fields`, each (value, width), MSB first.
MessageBits pack(std::initializer_list<std::pair<std::uint64_t, unsigned>> fields) {
    MessageBits bits;
    for (const auto& [value, width] : fields) {
        for (unsigned bit_idx = width; bit_idx-- > 0;) {
            bits.push(bit_idx < 64 ? static_cast<unsigned>((value >> bit_idx) & 1U)
                                   : 0U);  // wide fields: zeros
        }
    }
    return bits;
}

std::string write_raw(std::uint8_t type, std::uint16_t dac, std::uint16_t fid, const MessageBits& app) {
    std::string out;
    BinaryAppOptions options;
    options.dest_mmsi = 0;
    if (!write_binary_app_json(type, dac, fid, BitSpanView(app.bytes, app.size_bits), options, out))
        return {};
    return out;
}

TEST(BinaryAppJson, InlandLockTextsWithQuotesAndBackslashesStayValidJson) {
    // gpsd 3.22 prints these five texts without escaping: country '"\' would break its line
    const MessageBits app = pack({{(34U << 6) | 28U, 12}, {0, 18}, {0, 30}, {0, 30}, {0, 30}, {0, 40}});
    ASSERT_EQ(app.size_bits, 160U);
    const std::string out = write_raw(6, 200, 21, app);
    ASSERT_FALSE(out.empty());
    const auto parsed = ordered_json::parse("{" + out.substr(1) + "}");
    EXPECT_EQ(parsed.at("country"), "\"\\");
}

TEST(BinaryAppJson, TrafficSignalLegendsWithQuotesAndTheNextSignalAreValidJson) {
    // signal 9 = I = "in-bound" only acceptable; gpsd 3.22 also drops the comma before nextsignal_text
    const MessageBits app =
        pack({{5, 10}, {0, 120}, {0, 25}, {0, 24}, {1, 2}, {9, 5}, {6, 5}, {7, 6}, {13, 5}});
    const std::string out = write_raw(8, 1, 19, app);
    const auto parsed = ordered_json::parse("{" + out.substr(1) + "}");
    EXPECT_EQ(parsed.at("signal_text"), "I = \"in-bound\" only acceptable.");
    EXPECT_EQ(parsed.at("nextsignal_text"), "XO = Code will shift to \"O\" in due time.");
}

TEST(BinaryAppJson, RegressionDialectPrintsMinutePositionsWithSixDecimals) {
    const MessageBits app = pack({{3197693, 24}, {0x1FFFFFFU & static_cast<std::uint64_t>(-368039), 25}});
    std::string out;
    BinaryAppOptions options;
    options.dialect = GpsdDialect::gpsd_regression;
    ASSERT_TRUE(write_binary_app_json(8, 1, 11, BitSpanView(app.bytes, app.size_bits), options, out));
    EXPECT_EQ(out.rfind(",\"lat\":53.294883,\"lon\":-6.133983,", 0), 0U) << out;
}

TEST(BinaryAppJson, UndecodedPairsAppendNothing) {
    const MessageBits app = pack({{0xABCDEF, 24}});
    for (const auto& [type, dac, fid] :
         {std::tuple{6, 1, 23}, {8, 1, 22}, {8, 366, 56}, {6, 200, 21}, {7, 1, 11}}) {
        std::string out = "x";
        EXPECT_FALSE(write_binary_app_json(static_cast<std::uint8_t>(type), static_cast<std::uint16_t>(dac),
                                           static_cast<std::uint16_t>(fid),
                                           BitSpanView(app.bytes, app.size_bits), BinaryAppOptions{}, out));
        EXPECT_EQ(out, "x");
    }
}

}  // namespace
}  // namespace cp::ais::detail
