// SPDX-License-Identifier: Apache-2.0
// Line framers: AVR (`*`, `:`, `@`, `%`, `<` variants), `timestamp,HEX` CSV rows, SBS BaseStation records.
// Table-driven: each row is a line and what it must give (a frame's fields or an error kind).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "adsb/framing.hpp"

namespace {

using cp::adsb::FrameKind;
using cp::adsb::FramingError;
using cp::adsb::TimeBase;

std::string hex_of(const cp::adsb::Frame& frame) {
    std::string out;
    for (const std::uint8_t byte : frame.data()) {
        constexpr std::string_view digits = "0123456789ABCDEF";
        out += digits[byte >> 4];
        out += digits[byte & 15];
    }
    return out;
}

struct GoodLine {
    std::string_view line;
    std::string_view hex;
    TimeBase time_base;
    std::uint64_t ticks;
    int signal;  // -1 = none
};

TEST(AvrLines, GiveTheirFrameTimeAndSignal) {
    const GoodLine cases[] = {
        {"*8D4840D6202CC371C32CE0576098;", "8D4840D6202CC371C32CE0576098", TimeBase::none, 0, -1},
        {"*5D4840D6FE3A26;\r", "5D4840D6FE3A26", TimeBase::none, 0, -1},
        {":8d4840d6202cc371c32ce0576098;", "8D4840D6202CC371C32CE0576098", TimeBase::none, 0, -1},
        {"*0A12;", "0A12", TimeBase::none, 0, -1},
        {"@0000015A88775D4840D6FE3A26;", "5D4840D6FE3A26", TimeBase::ticks_12mhz, 0x0000015A8877, -1},
        {"%00001A2B3C4D8D4840D6202CC371C32CE0576098;", "8D4840D6202CC371C32CE0576098", TimeBase::ticks_12mhz,
         0x00001A2B3C4D, -1},
        {"<00001A2B3C4DFF8D4840D6202CC371C32CE0576098;", "8D4840D6202CC371C32CE0576098",
         TimeBase::ticks_12mhz, 0x00001A2B3C4D, 0xFF},
        {"  *5D4840D6FE3A26; trailing text", "5D4840D6FE3A26", TimeBase::none, 0, -1},
    };
    for (const GoodLine& row : cases) {
        const auto result = cp::adsb::parse_avr_line(row.line, {10, 2});
        ASSERT_TRUE(result.has_value()) << row.line << ": " << to_string(result.error().error);
        EXPECT_EQ(hex_of(*result), row.hex) << row.line;
        EXPECT_EQ(result->time_base, row.time_base) << row.line;
        EXPECT_EQ(result->timestamp_ticks, row.ticks) << row.line;
        EXPECT_EQ(result->signal.has_value(), row.signal >= 0) << row.line;
        if (row.signal >= 0) {
            EXPECT_EQ(*result->signal, row.signal) << row.line;
        }
        EXPECT_EQ(result->where.line, 2U);
        EXPECT_EQ(result->where.byte_offset, 10U);
    }
}

TEST(AvrLines, AreReportedByKindWhenMalformed) {
    const std::string too_long = "*" + std::string(600, 'A') + ";";
    const std::pair<std::string_view, FramingError> cases[] = {
        {"8D4840D6202CC371C32CE0576098;", FramingError::missing_start},
        {"", FramingError::missing_start},
        {"*8D4840D6202CC371C32CE0576098", FramingError::missing_end},
        {"*8D4840D6202CC371C32CE05760;", FramingError::bad_length},
        {"*8D4840D6202CC371C32CE057609;", FramingError::bad_hex},  // odd digit count
        {"*8D4840D6202CC371C32CE05760ZZ;", FramingError::bad_hex},
        {"*;", FramingError::bad_hex},
        {"@0000015A88;", FramingError::bad_timestamp},
        {"@0000015A8X7E5D4840D6FE3A26;", FramingError::bad_timestamp},
        {"<0000015A8877EZZ5D4840D6FE3A26;", FramingError::bad_hex},
        {too_long, FramingError::line_too_long},
    };
    for (const auto& [line, error] : cases) {
        const auto result = cp::adsb::parse_avr_line(line, {});
        ASSERT_FALSE(result.has_value()) << line;
        EXPECT_EQ(result.error().error, error) << line << " gave " << to_string(result.error().error);
    }
}

TEST(HexCsvLines, FindTheFrameColumnByContentInEverySampleLayout) {
    const std::pair<std::string_view, std::string_view> cases[] = {
        {R"(1457996400,"8D406B909945DE10000405999BE4","406B90",19)", "8D406B909945DE10000405999BE4"},
        {"\xEF\xBB\xBF"
         "1495353600,4D010D,A00015B7C26E1370AA00005DD34A\r",
         "A00015B7C26E1370AA00005DD34A"},
        {"1753827785.8086092,8DADA5265851E6616376C2EB4463", "8DADA5265851E6616376C2EB4463"},
        {"1753827785.5,5D4840D6FE3A26", "5D4840D6FE3A26"},
    };
    for (const auto& [line, hex] : cases) {
        const auto result = cp::adsb::parse_hexcsv_line(line, {});
        ASSERT_TRUE(result.has_value()) << line << ": " << to_string(result.error().error);
        EXPECT_EQ(hex_of(*result), hex);
        EXPECT_EQ(result->time_base, TimeBase::unix_s);
    }
    const auto fractional =
        cp::adsb::parse_hexcsv_line("1753827785.8086092,8DADA5265851E6616376C2EB4463", {});
    EXPECT_DOUBLE_EQ(fractional->timestamp_unix_s, 1753827785.8086092);
    EXPECT_EQ(fractional->kind, FrameKind::mode_s_long);
}

TEST(HexCsvLines, KeepTheAddressColumnAsTheKnownAddress) {
    const std::pair<std::string_view, std::optional<std::uint32_t>> cases[] = {
        {R"(1457996400,"8D406B909945DE10000405999BE4","406B90",19)", 0x406B90},  // ts,HEX,icao,tc
        {"1495353600,4d010d,A00015B7C26E1370AA00005DD34A", 0x4D010D},            // ts,icao,HEX
        {"1753827785.8086092,8DADA5265851E6616376C2EB4463", std::nullopt},       // ts,HEX
        {"1457996400,406B90,8D406B909945DE10000405999BE4,ABCDEF", 0x406B90},     // the first one wins
        {"1457996400,406B9G,8D406B909945DE10000405999BE4", std::nullopt},        // not hex
    };
    for (const auto& [line, address] : cases) {
        const auto result = cp::adsb::parse_hexcsv_line(line, {});
        ASSERT_TRUE(result.has_value()) << line;
        EXPECT_EQ(result->known_address, address) << line;
    }
}

TEST(HexCsvLines, WithoutAFrameAreReportedByKind) {
    const std::pair<std::string_view, FramingError> cases[] = {
        {"timestamp,msg", FramingError::bad_timestamp},
        {",8D406B909945DE10000405999BE4", FramingError::bad_timestamp},
        {"1457996400", FramingError::no_hex_column},
        {"1457996400,406B90,19", FramingError::no_hex_column},
        {"1457996400,8D406B909945DE10000405999B", FramingError::bad_length},
        {"1457996400,8D406B909945DE10000405999BXY", FramingError::bad_hex},
        {"1457996400,\"8D406B909945DE1000040599\"", FramingError::bad_length},
    };
    for (const auto& [line, error] : cases) {
        const auto result = cp::adsb::parse_hexcsv_line(line, {});
        ASSERT_FALSE(result.has_value()) << line;
        EXPECT_EQ(result.error().error, error) << line << " gave " << to_string(result.error().error);
    }
}

TEST(SbsLines, ParseIntoReadsbAircraftFields) {
    const auto position = cp::adsb::parse_sbs_line(
        "MSG,3,1,1,4CA2D6,1,2016/03/04,12:34:56.789,2016/03/04,12:34:56.800,,36000,,,51.47,-0.4614,,,0,0,0,0",
        {0, 1});
    ASSERT_TRUE(position.has_value()) << to_string(position.error().error);
    EXPECT_STREQ(position->message_type.data(), "MSG");
    EXPECT_EQ(position->transmission_type, 3);
    EXPECT_EQ(position->icao, 0x4CA2D6U);
    EXPECT_EQ(position->alt_baro_ft, 36000);
    EXPECT_DOUBLE_EQ(*position->lat_deg, 51.47);
    EXPECT_DOUBLE_EQ(*position->lon_deg, -0.4614);
    EXPECT_EQ(position->t_unix_ms, 1457094896789);  // 2016-03-04T12:34:56.789Z
    EXPECT_FALSE(position->gs_kt.has_value());
    EXPECT_EQ(position->on_ground, false);

    const auto velocity = cp::adsb::parse_sbs_line("MSG,4,,,~A1B2C3,,,,,,,,452.5,271.2,,,-1088,,,,,-1", {});
    ASSERT_TRUE(velocity.has_value()) << to_string(velocity.error().error);
    EXPECT_EQ(velocity->icao, 0xA1B2C3U);
    EXPECT_DOUBLE_EQ(*velocity->gs_kt, 452.5);
    EXPECT_DOUBLE_EQ(*velocity->track_deg, 271.2);
    EXPECT_EQ(velocity->baro_rate_fpm, -1088);
    EXPECT_EQ(velocity->on_ground, true);  // Kinetic writes -1 for true

    const auto ident = cp::adsb::parse_sbs_line("MSG,1,1,1,4CA2D6,1,,,,,RYR12AB ,,,,,,,7700,1,1,0,0", {});
    ASSERT_TRUE(ident.has_value());
    EXPECT_STREQ(ident->flight.data(), "RYR12AB");
    EXPECT_EQ(ident->squawk, 07700);
    EXPECT_EQ(ident->emergency, true);

    EXPECT_TRUE(cp::adsb::parse_sbs_line("STA,,5,179,400AA5,10103,2008/11/28,14:58:51.153,2008/11/28,"
                                         "14:58:51.153,RM",
                                         {})
                    .has_value());
    EXPECT_TRUE(cp::adsb::parse_sbs_line("CLK,,,,,,,,,", {}).has_value());
}

TEST(SbsLines, WithBadRecordsOrFieldsAreReportedByKind) {
    const std::pair<std::string_view, FramingError> cases[] = {
        {"XYZ,3,1,1,4CA2D6,1", FramingError::sbs_bad_record},
        {"MSG,3,1,1,4CA2D6", FramingError::sbs_bad_record},
        {"", FramingError::sbs_bad_record},
        {"MSG,9,1,1,4CA2D6,1,,,,,,,,,,,,,,,,", FramingError::sbs_bad_field},
        {"MSG,3,1,1,4CA2G6,1,,,,,,,,,,,,,,,,", FramingError::sbs_bad_field},
        {"MSG,3,1,1,4CA2D6,1,,,,,,36ooo,,,,,,,,,,", FramingError::sbs_bad_field},
        {"MSG,3,1,1,4CA2D6,1,,,,,,,,,95.0,10.0,,,,,,", FramingError::sbs_bad_field},
        {"MSG,3,1,1,4CA2D6,1,,,,,,,,,51.0,,,,,,,", FramingError::sbs_bad_field},
        {"MSG,6,1,1,4CA2D6,1,,,,,,,,,,,,7800,,,,", FramingError::sbs_bad_field},
        {"MSG,6,1,1,4CA2D6,1,,,,,,,,,,,,,2,,,", FramingError::sbs_bad_field},
        {"MSG,3,1,1,4CA2D6,1,2016/13/04,12:34:56.789,,,,,,,,,,,,,,", FramingError::sbs_bad_field},
    };
    for (const auto& [line, error] : cases) {
        const auto result = cp::adsb::parse_sbs_line(line, {});
        ASSERT_FALSE(result.has_value()) << line;
        EXPECT_EQ(result.error().error, error) << line << " gave " << to_string(result.error().error);
    }
}

}  // namespace

namespace {

std::vector<cp::adsb::TextLine> split_lines(std::string_view text, std::size_t chunk_size,
                                            std::vector<std::string>& storage) {
    cp::adsb::LineSplitter splitter;
    std::vector<cp::adsb::TextLine> lines;
    const auto drain = [&] {
        while (auto line = splitter.next()) {
            storage.emplace_back(line->text);  // the view lives only until the next call
            lines.push_back(*line);
        }
    };
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    for (std::size_t start = 0; start < text.size(); start += chunk_size) {
        splitter.feed({bytes + start, std::min(chunk_size, text.size() - start)});
        drain();
    }
    splitter.finish();
    drain();
    return lines;
}

TEST(LineSplitter, GivesTheLinesOfLineCursorWhateverTheChunkSize) {
    const std::string text = "*8D4840D6202CC371C32CE0576098;\r\n\n@0000015A88775D4840D6FE3A26;\n" +
                             std::string(700, 'x') + "\n*0A12;\nlast line without LF";
    for (const std::size_t chunk : {1U, 2U, 5U, 64U, 4096U}) {
        std::vector<std::string> storage;
        storage.reserve(16);
        const auto lines = split_lines(text, chunk, storage);
        ASSERT_EQ(lines.size(), 6U) << "chunk " << chunk;
        EXPECT_EQ(storage[0], "*8D4840D6202CC371C32CE0576098;");
        EXPECT_EQ(storage[1], "");
        EXPECT_EQ(storage[3].size(), cp::adsb::max_line_bytes + 1);  // cut, so that parsers say line_too_long
        EXPECT_EQ(storage[4], "*0A12;");
        EXPECT_EQ(storage[5], "last line without LF");
        EXPECT_EQ(lines[2].where.line, 3U);
        EXPECT_EQ(lines[2].where.byte_offset, 33U);
        EXPECT_EQ(lines[4].where.byte_offset, 33U + 29U + 701U);
        EXPECT_EQ(cp::adsb::parse_avr_line(storage[3], lines[3].where).error().error,
                  FramingError::line_too_long);
    }
}

}  // namespace
