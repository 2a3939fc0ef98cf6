// SPDX-License-Identifier: Apache-2.0
// UN XML, UK FCDO CSV, BIS DPL, trade.gov CSL and FollowTheMoney JSON lines: real files, sample entities,
// and malformed input rejected whole with file and line.
#include <algorithm>

#include <gtest/gtest.h>

#include "io/io.hpp"
#include "lists/lists.hpp"
#include "location_of.hpp"
#include "test_data.hpp"

namespace cp::lists {
namespace {

const Entity* find_entity(const EntitySet& set, std::string_view id) {
    const auto it =
        std::find_if(set.entities.begin(), set.entities.end(), [&](const Entity& e) { return e.id == id; });
    return it == set.entities.end() ? nullptr : &*it;
}

using test_support::location_of;

TEST(UnXml, LoadsEveryIndividualAndEntityWithOriginalScriptNames) {
    const EntitySet set = load_un_xml(test::shared_data("lists/un/UN_consolidated.xml"));
    EXPECT_EQ(count(set, Schema::person), 730u);
    EXPECT_EQ(count(set, Schema::legal_entity), 273u);
    // NAME_ORIGINAL_SCRIPT is the second name value: grep -c '<NAME_ORIGINAL_SCRIPT>[^<]' gives 378, and
    // QDe.164 repeats its Latin name there (stored once): 377.
    const auto original_script = std::count_if(set.entities.begin(), set.entities.end(),
                                               [](const Entity& e) { return e.all(Prop::name).size() == 2; });
    EXPECT_EQ(original_script, 377);
    const Entity* saddam = find_entity(set, "un:IQi.001");
    ASSERT_NE(saddam, nullptr);
    EXPECT_EQ(saddam->first(Prop::name), "SADDAM HUSSEIN AL-TIKRITI");
    EXPECT_EQ(saddam->all(Prop::name)[1], "\xD8\xB5\xD8\xAF\xD8\xA7\xD9\x85 \xD8\xAD\xD8\xB3\xD9\x8A\xD9\x86 "
                                          "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x83\xD8\xB1\xD9\x8A\xD8\xAA\xD9\x8A");
    EXPECT_EQ(saddam->all(Prop::weak_alias), (std::vector<std::string_view>{"Abu Ali"}));
    EXPECT_EQ(saddam->first(Prop::birth_date), "1937-04-28");
    EXPECT_EQ(saddam->first(Prop::birth_place), "al-Awja, near Tikrit, Iraq");
    EXPECT_EQ(saddam->first(Prop::programme), "Iraq");
    EXPECT_EQ(saddam->first(Prop::listing_date), "2003-06-27");
    // TYPE_OF_DATE BETWEEN, FROM_YEAR 1977, TO_YEAR 1982: one range, as OFAC writes one.
    const Entity* amar = find_entity(set, "un:QDi.314");
    ASSERT_NE(amar, nullptr);
    EXPECT_EQ(amar->all(Prop::birth_date), (std::vector<std::string_view>{"1977 to 1982"}));
}

// A BETWEEN date with its TO_YEAR missing is the FROM_YEAR alone, not "1977 to ".
TEST(UnXml, ABirthRangeWithoutItsEndIsItsStart) {
    const std::string xml =
        "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>T.1</REFERENCE_NUMBER>"
        "<FIRST_NAME>A</FIRST_NAME><SECOND_NAME>B</SECOND_NAME><INDIVIDUAL_DATE_OF_BIRTH>"
        "<TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1977</FROM_YEAR></INDIVIDUAL_DATE_OF_BIRTH>"
        "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    const EntitySet set = parse_bytes(Format::un_xml, xml, "x.xml");
    ASSERT_EQ(set.entities.size(), 1u);
    EXPECT_EQ(set.entities[0].all(Prop::birth_date), (std::vector<std::string_view>{"1977"}));
}

TEST(UnXml, RejectsATruncatedFileWithTheLineWhereParsingStopped) {
    const std::string xml = io::read_file(test::shared_data("lists/un/UN_consolidated.xml").string());
    const std::string cut = xml.substr(0, xml.size() / 2);
    const SourceLocation where = location_of([&] { (void)parse_bytes(Format::un_xml, cut, "un.xml"); });
    EXPECT_EQ(where.file, "un.xml");
    EXPECT_GT(where.line, 1000u);
}

TEST(UnXml, RejectsOtherXmlAndInvalidUtf8) {
    EXPECT_EQ(location_of([] { (void)parse_bytes(Format::un_xml, "<feed><entry/></feed>", "x.xml"); }).line,
              1u);
    const std::string bad = "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>Ren\xE9</FIRST_NAME>"
                            "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    EXPECT_EQ(location_of([&] { (void)parse_bytes(Format::un_xml, bad, "x.xml"); }).line, 3u);
}

TEST(UkCsv, LoadsPeopleEntitiesAndShips) {
    const EntitySet set =
        load_uk_csv(test::shared_data("lists/uk/FCDO_UK_Sanctions_List_2025-08-11.derived.csv"));
    EXPECT_EQ(set.sources.front().records, 5302u);
    EXPECT_EQ(count(set, Schema::vessel), 461u);  // README: 461 ships
    EXPECT_EQ(count(set, Schema::person), 3754u);
    const Entity* exchange = find_entity(set, "uk:AFG0001");
    ASSERT_NE(exchange, nullptr);
    EXPECT_EQ(exchange->first(Prop::name), "HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE");
    EXPECT_EQ(exchange->first(Prop::programme), "Afghanistan");
    EXPECT_EQ(exchange->first(Prop::listing_date), "2012-06-29");
    const Entity* ship = find_entity(set, "uk:DPR0075");
    ASSERT_NE(ship, nullptr);
    EXPECT_EQ(ship->schema, Schema::vessel);
    EXPECT_EQ(ship->first(Prop::name), "Petrel 8");
}

TEST(UkCsv, RejectsAnotherHeaderAndAnUnknownType) {
    EXPECT_EQ(location_of([] { (void)parse_bytes(Format::uk_csv, "Name,Type\nX,Entity\n", "uk.csv"); }).line,
              1u);
    const std::string header = "Unique ID,OFSI Group ID,Name,Regime Name,Type,Designation source,Date "
                               "Designated,Sanctions Imposed\n";
    const std::string rows = "A1,1,X,Russia,Entity,UK,01-01-2022,Asset freeze\nA2,2,Y,Russia,Robot,UK,,\n";
    EXPECT_EQ(location_of([&] { (void)parse_bytes(Format::uk_csv, header + rows, "uk.csv"); }).line, 3u);
}

TEST(BisDpl, GroupsTheRowsOfOnePartyAndNormalisesDates) {
    const EntitySet set = load_bis_dpl(test::shared_data("lists/bis/dpl_2022-09.txt"));
    EXPECT_EQ(set.sources.front().records, 581u);
    EXPECT_EQ(set.entities.size(), 459u);  // distinct names
    const Entity* ash = find_entity(set, "bis-dpl:I. ASH");
    ASSERT_NE(ash, nullptr);
    EXPECT_EQ(ash->first(Prop::country), "US");
    EXPECT_EQ(ash->first(Prop::listing_date), "2003-06-19");
    const Entity* nasser = find_entity(set, "bis-dpl:ABDULAH AL NASSER");
    ASSERT_NE(nasser, nullptr);
    EXPECT_EQ(nasser->all(Prop::address).size(), 2u);
}

TEST(BisDpl, RejectsARowWithAMissingColumn) {
    const std::string header =
        "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t\"Postal_Code\"\t"
        "\"Effective_Date\"\t\"Expiration_Date\"\t\"Standard_Order\"\t\"Last_Update\"\t"
        "\"Action\"\t\"FR_Citation\"\n";
    const std::string row =
        "\"A\"\t\"B\"\t\"C\"\t\"D\"\t\"US\"\t\"1\"\t\"01/01/2020\"\t\"\"\t\"Y\"\t\"\"\t\"\"\t\"\"\n";
    EXPECT_EQ(parse_bytes(Format::bis_dpl, header + row, "dpl.txt").entities.size(), 1u);
    const std::string short_row = "\"A\"\t\"B\"\n";
    EXPECT_EQ(
        location_of([&] { (void)parse_bytes(Format::bis_dpl, header + row + short_row, "dpl.txt"); }).line,
        3u);
}

TEST(Csl, LoadsBothColumnLayouts) {
    const EntitySet recent = load_csl(test::shared_data("lists/csl/csl_2025-06_sample_consolidated.csv"));
    EXPECT_EQ(recent.entities.size(), 13u);
    const Entity* atlas = find_entity(recent, "csl:1b5979e8fd3920a1a0985bf5088dad930a6a5562d1513f9e4b015e42");
    ASSERT_NE(atlas, nullptr);
    EXPECT_EQ(atlas->first(Prop::name), "Atlas Sanatgaran");
    EXPECT_EQ(atlas->first(Prop::address), "Komitas 26/114, Yerevan, Armenia, AM");
    const EntitySet old = load_csl(test::shared_data("lists/csl/csl_2019-12_sample.csv"));
    EXPECT_EQ(old.sources.front().records, 115u);
    EXPECT_GT(count(old, Schema::vessel), 0u);
}

TEST(FtmJsonl, LoadsKnownSchemasAndPropertiesAndSkipsTheRest) {
    const std::string jsonl =
        R"({"id":"NK-1","schema":"Vessel","properties":{"name":["SEA STAR"],"imoNumber":["9187629"],"mmsi":["572469210"],"topics":["sanction"]}})"
        "\n\n"
        R"({"id":"NK-2","schema":"Person","properties":{"name":["Иван Петров"],"alias":["Ivan Petrov"],"birthDate":["1970-05"]}})"
        "\n"
        R"({"id":"addr-1","schema":"Address","properties":{"full":["Moscow"]}})"
        "\n";
    const EntitySet set = parse_bytes(Format::ftm_jsonl, jsonl, "opensanctions.ftm.json");
    ASSERT_EQ(set.entities.size(), 2u);
    EXPECT_EQ(set.sources.front().key, "ftm:opensanctions.ftm.json");
    EXPECT_EQ(set.sources.front().records, 3u);
    EXPECT_EQ(set.entities[0].schema, Schema::vessel);
    EXPECT_EQ(set.entities[0].first(Prop::imo_number), "9187629");
    EXPECT_EQ(set.entities[1].first(Prop::name), "Иван Петров");
    EXPECT_EQ(set.entities[1].values[0].from.record_id, "NK-2");
}

TEST(FtmJsonl, RejectsBrokenLinesWithTheirLineNumber) {
    const std::string good = R"({"id":"a","schema":"Person","properties":{"name":["A"]}})";
    EXPECT_EQ(location_of([&] { (void)parse_bytes(Format::ftm_jsonl, good + "\n{\"id\":", "f.jsonl"); }).line,
              2u);
    EXPECT_EQ(
        location_of([&] { (void)parse_bytes(Format::ftm_jsonl, good + "\n\n[1,2]\n", "f.jsonl"); }).line, 3u);
    EXPECT_EQ(location_of([&] {
                  (void)parse_bytes(Format::ftm_jsonl, "{\"schema\":\"Person\"}\n", "f.jsonl");
              }).line,
              1u);
    EXPECT_EQ(location_of([&] {
                  (void)parse_bytes(Format::ftm_jsonl,
                                    R"({"id":"a","schema":"Person","properties":{"name":"A"}})", "f.jsonl");
              }).line,
              1u);
    EXPECT_EQ(location_of([&] {
                  (void)parse_bytes(Format::ftm_jsonl, "{\"id\":\"a\",\"schema\":\"Person\",\"x\":\"\xFF\"}",
                                    "f.jsonl");
              }).line,
              1u);
}

}  // namespace
}  // namespace cp::lists
