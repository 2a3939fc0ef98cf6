// SPDX-License-Identifier: Apache-2.0
// Identity tables: the bundled ICAO address blocks (xoolive/rs1090) and MID table (libais), every MMSI form
// of ITU-R M.585, and the tar1090-db aircraft CSV format with its errors.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "track/watchlist.hpp"

namespace cp::track {
namespace {

TEST(IcaoBlocks, BundledBlocksNameTheCountryOfAnAddress) {
    const auto blocks = IcaoBlocks::bundled();
    // rs1090: Iran 0x730000-0x737fff, Russia 0x100000-0x1fffff, Germany 0x3c0000-0x3fffff.
    EXPECT_EQ(blocks.country(0x730000), "Iran");
    EXPECT_EQ(blocks.country(0x737FFF), "Iran");
    EXPECT_EQ(blocks.country(0x738000), "Israel");  // the next block
    EXPECT_EQ(blocks.country(0x150000), "Russia");
    EXPECT_EQ(blocks.country(0x100000), "Russia");
    EXPECT_EQ(blocks.country(0x1FFFFF), "Russia");
    EXPECT_EQ(blocks.country(0x3C6444), "Germany");
    EXPECT_EQ(blocks.country(0xA0B1C2), "United States");
    // Belarus 0x510000-0x5103ff sits in the EUR reserve 0x500000-0x5fffff, which names no country.
    EXPECT_EQ(blocks.country(0x510001), "Belarus");
    EXPECT_EQ(blocks.country(0x5F0000), "");
}

TEST(IcaoBlocks, TheSmallestEnclosingBlockWins) {
    const auto blocks = IcaoBlocks::parse(R"({"registers": [
        {"start": "0x100000", "end": "0x1fffff", "country": "Big"},
        {"start": "0x150000", "end": "0x1503ff", "country": "Small"},
        {"pattern": "^C3-", "country": "Pattern only"},
        {"start": 2097152, "end": 2097160, "country": "Numeric"}]})",
                                          "mem.json");
    EXPECT_EQ(blocks.country(0x150001), "Small");
    EXPECT_EQ(blocks.country(0x150400), "Big");
    EXPECT_EQ(blocks.country(0x200001), "Numeric");
    EXPECT_EQ(blocks.country(0x000001), "");
}

TEST(IcaoBlocks, RejectsMalformedRegisters) {
    EXPECT_THROW((void)IcaoBlocks::parse("{", "x.json"), InputError);
    // fuzz_track_sites found this one: nlohmann throws out_of_range, not parse_error, for a huge number.
    EXPECT_THROW((void)IcaoBlocks::parse("30E8530E8M", "x.json"), InputError);
    EXPECT_THROW((void)IcaoBlocks::parse(R"({"registers": [{"start": 1e999}]})", "x.json"), InputError);
    EXPECT_THROW((void)IcaoBlocks::parse(R"({"registers": 1})", "x.json"), InputError);
    EXPECT_THROW((void)IcaoBlocks::parse(
                     R"({"registers": [{"start": "0x10", "end": "0x1g", "country": "A"}]})", "x.json"),
                 InputError);
    EXPECT_THROW((void)IcaoBlocks::parse(
                     R"({"registers": [{"start": "0x20", "end": "0x10", "country": "A"}]})", "x.json"),
                 InputError);
    EXPECT_THROW((void)IcaoBlocks::parse(R"({"registers": [{"start": "0x10", "country": "A"}]})", "x.json"),
                 InputError);
    try {
        (void)IcaoBlocks::parse(R"({"registers": [{"start": "0x10", "end": "0x20", "country": 5}]})",
                                "x.json");
        ADD_FAILURE();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("x.json: byte 0: register 0: country must be a string"),
                  std::string::npos)
            << e.what();
    }
}

TEST(MidFlags, BundledTableGivesTheFlagOfEachMmsiForm) {
    const auto flags = MidFlags::bundled();
    EXPECT_EQ(flags.flag(273312000), "Russian Federation");  // ship: MIDxxxxxx
    EXPECT_EQ(flags.flag(422123400), "Iran (Islamic Republic of)");
    EXPECT_EQ(flags.flag(27312345), "Russian Federation");           // group: 0MIDxxxxx (leading zero)
    EXPECT_EQ(flags.flag(2731234), "Russian Federation");            // coast station: 00MIDxxxx
    EXPECT_EQ(flags.flag(111273123), "Russian Federation");          // SAR aircraft: 111MIDxxx
    EXPECT_EQ(flags.flag(992731234), "Russian Federation");          // aid to navigation: 99MIDxxxx
    EXPECT_EQ(flags.flag(984221234), "Iran (Islamic Republic of)");  // craft with a parent ship: 98MIDxxxx
    EXPECT_EQ(flags.flag(842212345), "Iran (Islamic Republic of)");  // handheld VHF: 8MIDxxxxx
    EXPECT_EQ(flags.flag(970123456), "");                            // AIS-SART: no MID
    EXPECT_EQ(flags.flag(199123456), "");                            // 1xx is not a MID
    EXPECT_EQ(flags.flag(1'000'000'000), "");                        // more than 9 digits
    EXPECT_EQ(flags.flag(0), "");
}

TEST(MidFlags, ParsesAndRejectsTables) {
    const auto flags = MidFlags::parse("prefix,country\n273,\"Russia, Federation of\"\n", "m.csv");
    EXPECT_EQ(flags.flag(273000001), "Russia, Federation of");
    EXPECT_EQ(flags.flag(422000001), "");
    EXPECT_THROW((void)MidFlags::parse("mid,flag\n273,Russia\n", "m.csv"), InputError);
    try {
        (void)MidFlags::parse("prefix,country\n273,Russia\n27,Nowhere\n", "m.csv");
        ADD_FAILURE();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("m.csv:3"), std::string::npos) << e.what();
    }
    EXPECT_THROW((void)MidFlags::parse("prefix,country\n273,Russia,extra\n", "m.csv"), InputError);
}

TEST(AircraftDb, ReadsTar1090DbLines) {
    // Lines in tar1090-db's aircraft.csv layout: icao;registration;type;flags;description;...
    const auto db = AircraftDb::parse("3c6444;D-AIBD;A319;00;AIRBUS A-319;;\r\n"
                                      "\n"
                                      "730a1b;EP-ICD;IL76;10;ILYUSHIN IL-76;\n"
                                      "151a2b;RA-78830;IL76;;\n"
                                      "a0b1c2;N12345\n",
                                      "aircraft.csv");
    EXPECT_EQ(db.size(), 4u);
    const auto* il76 = db.find(0x730A1B);
    ASSERT_NE(il76, nullptr);
    EXPECT_EQ(il76->registration, "EP-ICD");
    EXPECT_EQ(il76->type, "IL76");
    EXPECT_EQ(il76->description, "ILYUSHIN IL-76");
    EXPECT_EQ(db.find(0x3C6444)->description, "AIRBUS A-319");
    EXPECT_EQ(db.find(0x151A2B)->description, "");
    EXPECT_EQ(db.find(0xA0B1C2)->type, "");
    EXPECT_EQ(db.find(0x123456), nullptr);
}

TEST(AircraftDb, RejectsBadLinesWithFileAndLine) {
    try {
        (void)AircraftDb::parse("3c6444;D-AIBD;A319;00;AIRBUS A-319\nxyz;N1;;;\n", "aircraft.csv");
        ADD_FAILURE();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("aircraft.csv:2 (byte 35): address must be 6 hex digits"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_THROW((void)AircraftDb::parse("3c6444\n", "a.csv"), InputError);
    EXPECT_THROW((void)AircraftDb::load("/nonexistent/aircraft.csv"), Error);
}

}  // namespace
}  // namespace cp::track
