// SPDX-License-Identifier: Apache-2.0
// The AIS encoder against our decoder and against gpsd: types 1, 5, 18 and 24 A/B built from field values
// come back with the same values through Assembler -> dearmor -> decode (type 5 across two sentences),
// sentences carry valid checksums and tag blocks, and gpsd's `gpsdecode -u -j` (skipped when not installed)
// reads the same values from the same file.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ais/encode.hpp"
#include "ais/message.hpp"
#include "ais/nmea.hpp"

namespace {

namespace enc = cp::ais::encode;
using cp::ais::Message;

template <std::size_t N>
cp::ais::FixedText<N> text(std::string_view value) {
    cp::ais::FixedText<N> out;
    for (const char ch : value.substr(0, N)) out.chars[out.length++] = ch;
    return out;
}

cp::ais::PositionReport sample_position() {
    cp::ais::PositionReport report;
    report.status = 0;
    report.turn = -128;
    report.speed = 102;
    report.accuracy = true;
    report.lon = enc::to_ais_units(50.512345);
    report.lat = enc::to_ais_units(-41.254321);
    report.course = 3155;
    report.heading = 316;
    report.second = 42;
    return report;
}

cp::ais::StaticVoyageData sample_static() {
    cp::ais::StaticVoyageData data;
    data.imo = 9123453;  // check digit: 9*7+1*6+2*5+3*4+4*3+5*2 = 113 -> 3
    data.callsign = text<7>("UBXY7");
    data.shipname = text<20>("KASPIY TRADER");
    data.shiptype = 70;
    data.to_bow = 90;
    data.to_stern = 20;
    data.to_port = 8;
    data.to_starboard = 8;
    data.epfd = 1;
    data.month = 5;
    data.day = 17;
    data.hour = 6;
    data.minute = 30;
    data.draught = 45;
    data.destination = text<20>("MAKHACHKALA");
    return data;
}

// Feeds `lines` to an Assembler and decodes every completed payload.
std::vector<Message> decode_lines(const std::vector<std::string>& lines) {
    cp::ais::Assembler assembler;
    std::vector<Message> out;
    std::uint64_t line_no = 0;
    for (const std::string& line : lines) {
        const auto fed = assembler.feed(line, {++line_no, 0});
        EXPECT_TRUE(fed.has_value()) << line << " " << cp::ais::to_string(fed.error());
        if (!fed || !*fed) continue;
        const cp::ais::NmeaPayload& payload = assembler.payload();
        cp::ais::PayloadBits bits;
        EXPECT_TRUE(cp::ais::dearmor(payload.armored, payload.fill_bits, bits).has_value());
        const auto msg = cp::ais::decode(bits.view());
        EXPECT_TRUE(msg.has_value()) << line;
        if (msg) out.push_back(*msg);
    }
    return out;
}

std::vector<std::string> lines_of(const enc::Armored& payload, std::int64_t t_s = 1'732'000'000) {
    enc::SentenceOptions options;
    options.tag_source = "sim";
    options.tag_time_s = t_s;
    return enc::sentences(payload, options);
}

}  // namespace

TEST(AisEncode, Type1RoundTripsFieldForField) {
    const auto sent = sample_position();
    const auto lines = lines_of(enc::position_report(273'451'234, sent));
    ASSERT_EQ(lines.size(), 1U);
    const std::string prefix =
        "\\s:sim,c:1732000000*" + enc::checksum_hex("s:sim,c:1732000000") + "\\!AIVDM,1,1,,A,";
    EXPECT_EQ(lines[0].substr(0, prefix.size()), prefix);
    const auto msgs = decode_lines(lines);
    ASSERT_EQ(msgs.size(), 1U);
    EXPECT_EQ(msgs[0].type, 1);
    EXPECT_EQ(msgs[0].mmsi, 273'451'234U);
    const auto& got = std::get<cp::ais::PositionReport>(msgs[0].body);
    EXPECT_EQ(got.speed, sent.speed);
    EXPECT_EQ(got.turn, sent.turn);
    EXPECT_EQ(got.accuracy, sent.accuracy);
    EXPECT_EQ(got.lon, sent.lon);
    EXPECT_EQ(got.lat, sent.lat);
    EXPECT_EQ(got.course, sent.course);
    EXPECT_EQ(got.heading, sent.heading);
    EXPECT_EQ(got.second, sent.second);
}

TEST(AisEncode, Type5Takes424BitsInTwoSentences) {
    const auto payload = enc::static_voyage(273'451'234, sample_static());
    EXPECT_EQ(payload.chars.size(), 71U);
    EXPECT_EQ(payload.fill_bits, 2U);
    enc::SentenceOptions options;
    options.sequence_id = 7;
    options.channel = 'B';
    const auto lines = enc::sentences(payload, options);
    ASSERT_EQ(lines.size(), 2U);
    EXPECT_EQ(lines[0].substr(0, 19), "!AIVDM,2,1,7,B," + payload.chars.substr(0, 4));
    EXPECT_NE(lines[1].find(",2*"), std::string::npos);  // the fill bits go on the last sentence only
    const auto msgs = decode_lines(lines);
    ASSERT_EQ(msgs.size(), 1U);
    const auto& got = std::get<cp::ais::StaticVoyageData>(msgs[0].body);
    EXPECT_EQ(got.imo, 9123453U);
    EXPECT_EQ(got.callsign.view(), "UBXY7");
    EXPECT_EQ(got.shipname.view(), "KASPIY TRADER");
    EXPECT_EQ(got.destination.view(), "MAKHACHKALA");
    EXPECT_EQ(got.shiptype, 70);
    EXPECT_EQ(got.to_bow, 90);
    EXPECT_EQ(got.to_stern, 20);
    EXPECT_EQ(got.draught, 45);
    EXPECT_EQ(got.month, 5);
    EXPECT_EQ(got.minute, 30);
}

TEST(AisEncode, ClassBType18And24RoundTrip) {
    cp::ais::ClassBPosition position;
    position.speed = 8;
    position.lon = enc::to_ais_units(-70.25);
    position.lat = enc::to_ais_units(41.5);
    position.course = 900;
    position.heading = 511;
    position.second = 3;
    position.cs = true;
    cp::ais::StaticDataReport part_a;
    part_a.shipname = text<20>("SEA breeze");
    cp::ais::StaticDataReport part_b;
    part_b.part = 1;
    part_b.shiptype = 37;
    part_b.vendorid = text<7>("SIM");
    part_b.callsign = text<7>("WDX1234");
    part_b.to_bow = 6;
    part_b.to_stern = 4;
    part_b.to_port = 2;
    part_b.to_starboard = 1;
    std::vector<std::string> lines;
    for (const auto& payload :
         {enc::class_b_position(366'123'456, position), enc::static_data_report(366'123'456, part_a),
          enc::static_data_report(366'123'456, part_b)}) {
        for (auto& line : lines_of(payload)) lines.push_back(std::move(line));
    }
    const auto msgs = decode_lines(lines);
    ASSERT_EQ(msgs.size(), 3U);
    const auto& b18 = std::get<cp::ais::ClassBPosition>(msgs[0].body);
    EXPECT_EQ(b18.lon, position.lon);
    EXPECT_EQ(b18.lat, position.lat);
    EXPECT_EQ(b18.speed, 8);
    EXPECT_EQ(b18.cs, true);
    EXPECT_EQ(std::get<cp::ais::StaticDataReport>(msgs[1].body).shipname.view(), "SEA BREEZE");
    const auto& b24 = std::get<cp::ais::StaticDataReport>(msgs[2].body);
    EXPECT_EQ(b24.shiptype, 37);
    EXPECT_EQ(b24.callsign.view(), "WDX1234");
    EXPECT_EQ(b24.to_bow, 6);
    EXPECT_EQ(b24.to_starboard, 1);
}

TEST(AisEncode, NegativeCoordinatesUseTwosComplement) {
    for (const double lat : {-89.9, -0.0001, 0.0, 45.123456, 89.9}) {
        for (const double lon : {-179.9, -0.5, 179.9}) {
            auto report = sample_position();
            report.lat = enc::to_ais_units(lat);
            report.lon = enc::to_ais_units(lon);
            const auto msgs = decode_lines(lines_of(enc::position_report(1, report)));
            ASSERT_EQ(msgs.size(), 1U);
            const auto& got = std::get<cp::ais::PositionReport>(msgs[0].body);
            EXPECT_NEAR(got.lat / 600'000.0, lat, 1e-6);
            EXPECT_NEAR(got.lon / 600'000.0, lon, 1e-6);
        }
    }
}

TEST(AisEncode, GpsdecodeReadsTheSameFields) {
    if (!std::filesystem::exists("/usr/bin/gpsdecode")) GTEST_SKIP() << "gpsdecode not installed";
    const auto dir = std::filesystem::temp_directory_path() / ("cp_ais_encode_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto file = dir / "sim.nmea";
    {
        std::ofstream out(file);
        for (const auto& line : lines_of(enc::position_report(273'451'234, sample_position())))
            out << line << "\n";
        enc::SentenceOptions options;  // gpsd reads plain sentences; tag blocks are tested above
        for (const auto& line : enc::sentences(enc::static_voyage(273'451'234, sample_static()), options)) {
            out << line << "\n";
        }
    }
    const std::string command = "/usr/bin/gpsdecode -u -j < '" + file.string() + "'";
    FILE* pipe = ::popen(command.c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    std::string output;
    char buffer[4096];
    while (const std::size_t got = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, got);
    ::pclose(pipe);
    std::filesystem::remove_all(dir);
    std::vector<nlohmann::json> objects;
    std::size_t start = 0;
    while (start < output.size()) {
        const std::size_t end = output.find('\n', start);
        objects.push_back(nlohmann::json::parse(output.substr(start, end - start)));
        start = end == std::string::npos ? output.size() : end + 1;
    }
    ASSERT_EQ(objects.size(), 2U) << output;
    const auto sent = sample_position();
    EXPECT_EQ(objects[0]["type"], 1);
    EXPECT_EQ(objects[0]["mmsi"], 273451234);
    EXPECT_EQ(objects[0]["lat"], sent.lat);
    EXPECT_EQ(objects[0]["lon"], sent.lon);
    EXPECT_EQ(objects[0]["speed"], sent.speed);
    EXPECT_EQ(objects[0]["course"], sent.course);
    EXPECT_EQ(objects[0]["heading"], sent.heading);
    EXPECT_EQ(objects[1]["type"], 5);
    EXPECT_EQ(objects[1]["imo"], 9123453);
    EXPECT_EQ(objects[1]["shipname"], "KASPIY TRADER");
    EXPECT_EQ(objects[1]["callsign"], "UBXY7");
    EXPECT_EQ(objects[1]["destination"], "MAKHACHKALA");
    EXPECT_EQ(objects[1]["draught"], 45);
    EXPECT_EQ(objects[1]["to_bow"], 90);
}
