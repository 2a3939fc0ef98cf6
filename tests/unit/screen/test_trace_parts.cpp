// SPDX-License-Identifier: Apache-2.0
// trace building blocks: ordering-code keys, manufacturer aliases, date codes, and part numbers pulled from
// marking text (the marking cases are rows of ../shared/data/trade/shahed_components_gur_extract.tsv).
#include <gtest/gtest.h>

#include "screen/detail/part_number.hpp"
#include "screen/trace.hpp"

namespace cp::screen {
namespace {

using detail::part_keys;

TEST(PartKeys, FoldCaseSpacesAndDashesIntoTheNormalisedForm) {
    EXPECT_EQ(part_keys(" stm32f405rgt6 ").normalised, "STM32F405RGT6");
    EXPECT_EQ(part_keys("URB2409S-6WR3").normalised, "URB2409S6WR3");
    EXPECT_EQ(part_keys("LM 5117 PMH").normalised, "LM5117PMH");
    EXPECT_EQ(part_keys(" STM32F405RGT6").exact, "STM32F405RGT6");
}

TEST(PartKeys, DropDistributorPrefixesAndSuffixes) {
    EXPECT_EQ(part_keys("511-STM32F405RGT6").normalised, "STM32F405RGT6");  // Mouser ST prefix
    EXPECT_EQ(part_keys("497-STM32F405RGT6-ND").normalised, "STM32F405RGT6");
    EXPECT_EQ(part_keys("LD1117AS33CT-ND").normalised, "LD1117AS33");  // Digi-Key cut tape
    EXPECT_EQ(part_keys("2SC3969").normalised, "2SC3969");             // not a Mouser prefix
    EXPECT_EQ(part_keys("74HC595").normalised, "74HC595");
}

TEST(PartKeys, StripPackagingReelAndLeadFreeSuffixesIntoTheBase) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"LD1117AS33TR", "LD1117AS33"},     {"LD1117AS33-TR", "LD1117AS33"},
        {"LD1117AS33/TR", "LD1117AS33"},    {"LD1117AS33 T&R", "LD1117AS33"},
        {"ADXL357BEZ-RL7", "ADXL357BEZ"},   {"ADXL357BEZ-REEL7", "ADXL357BEZ"},
        {"AD8605ARTZ-R7", "AD8605ARTZ"},    {"LT1761ES5-5#TRPBF", "LT1761ES55"},
        {"LT1761ES5-5#PBF", "LT1761ES55"},  {"LM5117PMHX/NOPB", "LM5117PMHX"},
        {"IRF540NPBF", "IRF540N"},          {"MAX3232EEUE+T", "MAX3232EEUE"},
        {"AUIRF4905STRL", "AUIRF4905STRL"},  // TRL is not a suffix we know: left alone
    };
    for (const auto& [raw, base] : cases) EXPECT_EQ(part_keys(raw).base, base) << raw;
    EXPECT_FALSE(part_keys("LD1117AS33-TR").removed.empty());
}

TEST(PartKeys, FoldCyrillicLookAlikesIntoLatin) {
    // GUR's "NCR18650В" ends in a Cyrillic Ve; the Soviet KT315 is written in Cyrillic
    EXPECT_EQ(part_keys("NCR18650В").normalised, "NCR18650B");
    EXPECT_EQ(part_keys("КТ315").normalised, "KT315");
}

TEST(PartKeys, NeverStripASuffixDownToNothing) {
    EXPECT_EQ(part_keys("TR").base, "TR");
    EXPECT_EQ(part_keys("PBF").base, "PBF");
    EXPECT_EQ(part_keys("-").base, "");
}

TEST(PartKeys, FamilyIsTheLeadingLettersAndDigits) {
    EXPECT_EQ(part_keys("TMS320F28335PGFA").family, "TMS320");
    EXPECT_EQ(part_keys("TMS320").family, "TMS320");
    EXPECT_EQ(part_keys("STM32F405RGT6").family, "STM32");
    EXPECT_EQ(part_keys("2SC3969").family, "2SC3969");
    EXPECT_EQ(part_keys("74HC595D").family, "74HC595");
    EXPECT_EQ(part_keys("BNX").family, "BNX");
}

TEST(Makers, FoldAliasesAndAcquiredBrands) {
    using detail::canonical_maker;
    EXPECT_EQ(canonical_maker("TI"), "texas instruments");
    EXPECT_EQ(canonical_maker("Texas Instruments Incorporated"), "texas instruments");
    EXPECT_EQ(canonical_maker("National Semiconductor (Texas Instruments)"), "texas instruments");
    EXPECT_EQ(canonical_maker("ST"), "stmicroelectronics");
    EXPECT_EQ(canonical_maker("STMicroelectronics N.V."), "stmicroelectronics");
    EXPECT_EQ(canonical_maker("Linear Technology Corporation (Analog Devices)"), "analog devices");
    EXPECT_EQ(canonical_maker("Maxim Integrated Products (Analog Devices)"), "analog devices");
    EXPECT_EQ(canonical_maker("ADI"), "analog devices");
    EXPECT_EQ(canonical_maker("Atmel (Microchip Technology)"), "microchip");
    EXPECT_EQ(canonical_maker("Freescale"), "nxp");
    EXPECT_EQ(canonical_maker("U-blox"), "u-blox");
    EXPECT_EQ(canonical_maker("u-blox AG"), "u-blox");
    EXPECT_EQ(canonical_maker("International Rectifier (Infineon Technologies)"), "infineon");
    EXPECT_EQ(canonical_maker("Not identified"), "");
    EXPECT_EQ(canonical_maker("CTS Corporation"), "cts");
    EXPECT_TRUE(detail::same_maker("winbond", "winbond electronics"));
    EXPECT_FALSE(detail::same_maker("shenzhen avionics technology", "shenzhen codaca electronic"));
    EXPECT_FALSE(detail::same_maker("", "ti"));
}

TEST(DateCodes, DecodeYywwAndYwwNearTheSaleYear) {
    const auto yyww = parse_date_code("2226", 2023);
    ASSERT_TRUE(yyww);
    EXPECT_EQ(yyww->year, 2022);
    EXPECT_EQ(yyww->week, 26);
    EXPECT_EQ(parse_date_code("#2207", 2022)->year, 2022);
    EXPECT_EQ(parse_date_code("2225E", 2023)->week, 25);
    EXPECT_EQ(parse_date_code("9912", 2001)->year, 1999);
    const auto yww = parse_date_code("306", 2024);
    ASSERT_TRUE(yww);
    EXPECT_EQ(yww->year, 2023);
    EXPECT_EQ(yww->week, 6);
    EXPECT_EQ(parse_date_code("912", 2021)->year, 2019);
    EXPECT_EQ(parse_date_code("152", 2018)->year, 2021);  // nearest year ending in 1
}

TEST(DateCodes, RejectImpossibleWeeksAndNonCodes) {
    EXPECT_FALSE(parse_date_code("2254", 2023));
    EXPECT_FALSE(parse_date_code("2200", 2023));
    EXPECT_FALSE(parse_date_code("8591", 2023));
    EXPECT_FALSE(parse_date_code("22W6", 2023));
    EXPECT_FALSE(parse_date_code("", 2023));
    EXPECT_FALSE(parse_date_code("12", 2023));
    EXPECT_FALSE(parse_date_code("123456", 2023));
}

TEST(Marking, ExtractsThePartNumberFromGurMarkingText) {
    using detail::part_from_marking;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"Digital signal processor TMS320", "TMS320"},
        {"Microcontroller based on the ARM Cortex-M4 processor ARM STM32F405 RGT6 7B38J V6 PHL 7B 306",
         "STM32F405RGT6"},
        {"A 32-bit real-time microcontroller for signal processing DSP TMS320 F28335PGFA G4A-2AACOTW G4",
         "TMS320F28335PGFA"},
        {"32-bit microcontroller based on the ARM Cortex-M0 core STM32F030K6T6 GQ2BL9C HN 23912",
         "STM32F030K6T6"},
        {"Microcontroller GD32F103 TBU6 GDQN566 DJ2132 GD ARM", "GD32F103TBU6"},
        {"Low noise 3-axis MEMS accelerometer ADXL 357B #2207 663753", "ADXL357B"},
        {"Quartz generator 50MHz CTS23CB3 50M000000 2226 3I3", "CTS23CB3"},
        {"N-channel MOSFET 80V 120A Case type: D\xc2\xb2PAK 031N08N5 GAH218", "031N08N5"},
        {"Motor driver EG2134 CS9906 CD9914", "EG2134"},
        {"RS-232 Transceiver BL13232E", "BL13232E"},
        {"LD1117AS33TR Voltage regulator 3.3V LD33 F141", "LD1117AS33TR"},
        {"Power supply unit DC/DC 6W MORNSUN URB2405S-6SWR3 RoHS 2337", "URB2405S-6SWR3"},
        {"Electrolytic capacitor 16V 330\xc2\xb5"
         "F",
         ""},
        {"(unspecified)", ""},
        {"A linear regulator with two outputs and a small drop PS767D301 (OCT  AP5L)", "PS767D301"},
        {"Plug connector МS27484Т12В35РА", "MS27484T12B35PA"},
    };
    for (const auto& [marking, part] : cases) EXPECT_EQ(part_from_marking(marking), part) << marking;
}

TEST(Marking, FindsAYywwDateCodeAfterThePartNumber) {
    using detail::date_code_from_marking;
    EXPECT_EQ(date_code_from_marking("Quartz generator 50MHz CTS23CB3 50M000000 2226 3I3"), "2226");
    EXPECT_EQ(date_code_from_marking("Low noise 3-axis MEMS accelerometer ADXL 357B #2207 663753"), "2207");
    EXPECT_EQ(date_code_from_marking("Diode VBT3045CBP 2225E"), "2225E");
    EXPECT_EQ(date_code_from_marking("GS859X operational amplifier 8591"), "");  // week 91
    EXPECT_EQ(date_code_from_marking("Digital signal processor TMS320"), "");
    EXPECT_EQ(date_code_from_marking("Integrated circuit 7942   (5AA W03C)"), "");  // not 1979
}

}  // namespace
}  // namespace cp::screen
