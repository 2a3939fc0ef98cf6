// SPDX-License-Identifier: Apache-2.0
// OFAC Remarks statements (taken from real sdn.csv 2024-05-03 rows) -> properties.
#include <gtest/gtest.h>

#include "lists/detail/builder.hpp"
#include "lists/detail/ofac_remarks.hpp"

namespace cp::lists::detail {
namespace {

std::vector<std::pair<std::string, std::string>> parse(std::string_view remarks) {
    std::vector<Remark> out;
    parse_remarks(remarks, out);
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const Remark& remark : out) pairs.emplace_back(std::string(to_string(remark.prop)), remark.text);
    return pairs;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(OfacRemarks, ParseAVesselRowIntoImoMmsiFormerNamesAndNotes) {
    // ent_num 15036 ARTAVIL
    EXPECT_EQ(
        parse("Former Vessel Flag Malta; alt. Former Vessel Flag Tuvalu; Additional Sanctions Information - "
              "Subject to Secondary Sanctions; Vessel Registration Identification IMO 9187629; MMSI "
              "572469210; f.k.a. 'ALPHA'; Linked To: NATIONAL IRANIAN TANKER COMPANY."),
        (Pairs{{"notes", "Former Vessel Flag Malta"},
               {"notes", "alt. Former Vessel Flag Tuvalu"},
               {"notes", "Additional Sanctions Information - Subject to Secondary Sanctions"},
               {"imoNumber", "9187629"},
               {"mmsi", "572469210"},
               {"previousName", "ALPHA"},
               {"notes", "Linked To: NATIONAL IRANIAN TANKER COMPANY"}}));
}

TEST(OfacRemarks, ParseAnAircraftRowIntoSerialModelOperatorAndBuildDate) {
    // ent_num 15431 EP-GOM
    EXPECT_EQ(
        parse("Aircraft Construction Number (also called L/N or S/N or F/N) 8401; Aircraft Manufacture Date "
              "1992; Aircraft Model IL76-TD; Aircraft Operator YAS AIR; Aircraft Manufacturer's Serial "
              "Number (MSN) 1023409321; Linked To: POUYA AIR."),
        (Pairs{{"idNumber", "Aircraft Construction Number (also called L/N or S/N or F/N) 8401"},
               {"buildDate", "1992"},
               {"model", "IL76-TD"},
               {"operator", "YAS AIR"},
               {"serialNumber", "1023409321"},
               {"notes", "Linked To: POUYA AIR"}}));
}

TEST(OfacRemarks, ParseAPersonRowIntoDatesPlacesNationalityAndDocuments) {
    // ent_num 2676
    EXPECT_EQ(parse("DOB 19 Jun 1951; POB Giza, Egypt; Passport 1084010 (Egypt); alt. Passport 19820215; "
                    "nationality Egypt; Gender Male."),
              (Pairs{{"birthDate", "1951-06-19"},
                     {"birthPlace", "Giza, Egypt"},
                     {"idNumber", "Passport 1084010 (Egypt)"},
                     {"idNumber", "Passport 19820215"},
                     {"nationality", "Egypt"},
                     {"gender", "Male"}}));
}

TEST(OfacRemarks, MakeRemarksAkasWeakAliasesAndKeepApostrophesInsideNames) {
    EXPECT_EQ(parse("a.k.a. 'BNC'."), (Pairs{{"weakAlias", "BNC"}}));
    EXPECT_EQ(parse("a.k.a. 'NU'MAN, Ali'; n.k.a. 'NEW NAME LLC'"),
              (Pairs{{"weakAlias", "NU'MAN, Ali"}, {"alias", "NEW NAME LLC"}}));
}

TEST(OfacRemarks, ReadListingDatesTailNumbersAndTransponderCodes) {
    EXPECT_EQ(parse("Listing Date (EO 14024 Directive 3): 24 Feb 2022; Aircraft Tail Number EP-MMB; "
                    "Previous Aircraft Tail Number UP-B5702; Aircraft Mode S Transponder Code 730B19"),
              (Pairs{{"listingDate", "2022-02-24"},
                     {"registrationNumber", "EP-MMB"},
                     {"registrationNumber", "UP-B5702"},
                     {"icao24", "730B19"}}));
}

TEST(OfacRemarks, KeepUnknownIdentifiersWholeAndUnknownStatementsAsNotes) {
    EXPECT_EQ(parse("Unified Social Credit Code (USCC) 91440300MA5DNC2L5K; Organization Type: Manufacture of "
                    "weapons and ammunition"),
              (Pairs{{"idNumber", "Unified Social Credit Code (USCC) 91440300MA5DNC2L5K"},
                     {"notes", "Organization Type: Manufacture of weapons and ammunition"}}));
    EXPECT_TRUE(parse("").empty());
}

TEST(OfacRemarks, AcceptOnlyImoNumbersWithAValidCheckDigitAndNineDigitMmsis) {
    EXPECT_EQ(parse("Vessel Registration Identification IMO  8730455"), (Pairs{{"imoNumber", "8730455"}}));
    EXPECT_EQ(parse("Vessel Registration Identification IMO 9187628"),
              (Pairs{{"notes", "Vessel Registration Identification IMO 9187628"}}));
    EXPECT_EQ(parse("MMSI 57246921"), (Pairs{{"notes", "MMSI 57246921"}}));
}

TEST(OfacRemarks, SplitARegistrationNumberIntoTheBareValueAndTheWholeStatement) {
    EXPECT_EQ(
        parse("Registration Number T7-OKY (San Marino)"),
        (Pairs{{"idNumber", "Registration Number T7-OKY (San Marino)"}, {"registrationNumber", "T7-OKY"}}));
}

TEST(Dates, NormaliseTheDateShapesOfTheLists) {
    EXPECT_EQ(normalize_date("12 Mar 1965"), "1965-03-12");
    EXPECT_EQ(normalize_date("3 Jan 1970"), "1970-01-03");
    EXPECT_EQ(normalize_date("Mar 1965"), "1965-03");
    EXPECT_EQ(normalize_date("circa 1965"), "1965");
    EXPECT_EQ(normalize_date("29-06-2012"), "2012-06-29");
    EXPECT_EQ(normalize_date("06/19/2003"), "2003-06-19");
    EXPECT_EQ(normalize_date("1960 to 1962"), "1960 to 1962");
}

}  // namespace
}  // namespace cp::lists::detail
