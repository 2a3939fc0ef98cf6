// SPDX-License-Identifier: Apache-2.0
// FCDO's full UK_Sanctions_List.csv layout (one row per name) on the hand-made fixture
// tests/unit/lists/data/uk_full/ (see its README: invented rows in the published layout): grouping by
// Unique ID, name types and alias strength, the surname-first form, ship and person properties, layout
// detection in load_directory, and rejection of bad rows.
#include <algorithm>

#include <gtest/gtest.h>

#include "lists/lists.hpp"
#include "test_data.hpp"

namespace cp::lists {
namespace {

using Texts = std::vector<std::string_view>;

const std::string fixture = "tests/unit/lists/data/uk_full/UK_Sanctions_List.csv";

const Entity& get(const EntitySet& set, std::string_view id) {
    const auto it =
        std::find_if(set.entities.begin(), set.entities.end(), [&](const Entity& e) { return e.id == id; });
    if (it == set.entities.end()) throw std::runtime_error("no entity " + std::string(id));
    return *it;
}

std::string header() {
    return "Last Updated,Unique ID,OFSI Group ID,UN Reference Number,Name 6,Name 1,Name 2,Name 3,Name 4,Name "
           "5,"
           "Name type,Alias strength,Regime Name,Designation Type,IMO number\n";
}

TEST(UkFullCsv, GroupsTheRowsOfADesignationIntoOneEntity) {
    const EntitySet set = load_uk_csv(test::source_file(fixture));
    EXPECT_EQ(set.sources.front().key, "uk");
    EXPECT_EQ(set.sources.front().records, 7u);  // rows
    ASSERT_EQ(set.entities.size(), 3u);          // Unique IDs
    EXPECT_EQ(count(set, Schema::person), 1u);
    EXPECT_EQ(count(set, Schema::vessel), 1u);
    EXPECT_EQ(count(set, Schema::legal_entity), 1u);
}

TEST(UkFullCsv, MapsNameTypesAliasStrengthAndScripts) {
    const EntitySet set = load_uk_csv(test::source_file(fixture));
    const Entity& person = get(set, "uk:RUS9001");
    EXPECT_EQ(person.all(Prop::name), (Texts{"Ivan Ivanovich FICTIONOV"}));
    EXPECT_EQ(person.all(Prop::alias),
              (Texts{"FICTIONOV Ivan Ivanovich",
                     "\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD"
                     "\xD0\xBE\xD0\xB2\xD0\xB8\xD1\x87 \xD0\xA4\xD0\x98\xD0\x9A\xD0\xA6"
                     "\xD0\x98\xD0\x9E\xD0\x9D\xD0\x9E\xD0\x92",
                     "Vanya FICTIONOV", "FICTIONOV Vanya"}));
    EXPECT_EQ(person.all(Prop::weak_alias), (Texts{"IVANUSHKA"}));  // "Low quality a.k.a"
    const Entity& ship = get(set, "uk:DPR9002");
    EXPECT_EQ(ship.all(Prop::name), (Texts{"FICTIONAL STAR"}));
    EXPECT_EQ(ship.all(Prop::alias), (Texts{"FICTIONAL STAR 1"}));  // "Primary name variation"
    const Entity& company = get(set, "uk:IRN9003");
    EXPECT_EQ(company.all(Prop::weak_alias), (Texts{"FTL"}));
    EXPECT_TRUE(company.all(Prop::alias).empty());  // no surname-first form for a company
}

TEST(UkFullCsv, KeepsDatesIdentifiersShipAndContactProperties) {
    const EntitySet set = load_uk_csv(test::source_file(fixture));
    const Entity& person = get(set, "uk:RUS9001");
    EXPECT_EQ(person.all(Prop::birth_date), (Texts{"1960"}));               // "dd/mm/1960"
    EXPECT_EQ(person.all(Prop::listing_date), (Texts{"2022-02-24"}));       // dd/mm/yyyy, not the BIS mm/dd
    EXPECT_EQ(person.all(Prop::nationality), (Texts{"Russia", "Cyprus"}));  // "(1) Russia (2) Cyprus"
    EXPECT_EQ(person.all(Prop::id_number), (Texts{"Passport 000000001", "Passport 000000002"}));
    EXPECT_EQ(person.all(Prop::address), (Texts{"1 Fictional Street, Moscow, Russia"}));
    EXPECT_EQ(person.all(Prop::birth_place), (Texts{"Tver, Russia"}));
    EXPECT_EQ(person.all(Prop::programme), (Texts{"Russia"}));
    EXPECT_EQ(person.first(Prop::gender), "Male");
    const Entity& ship = get(set, "uk:DPR9002");
    EXPECT_EQ(ship.all(Prop::imo_number), (Texts{"9562233"}));  // "IMO9562233"
    EXPECT_EQ(ship.all(Prop::flag), (Texts{"Comoros"}));
    EXPECT_EQ(ship.all(Prop::model), (Texts{"Bulk Carrier"}));
    EXPECT_EQ(ship.all(Prop::owner), (Texts{"Fictional Shipping Co"}));
    EXPECT_EQ(ship.all(Prop::build_date), (Texts{"2001"}));
    EXPECT_EQ(ship.all(Prop::listing_date), (Texts{"2017-10-03"}));
    const auto notes = ship.all(Prop::notes);
    EXPECT_NE(std::find(notes.begin(), notes.end(), "UN Reference Number KPe.999"), notes.end());
    EXPECT_NE(std::find(notes.begin(), notes.end(), "Previous flags: Panama"), notes.end());
    const Entity& company = get(set, "uk:IRN9003");
    EXPECT_EQ(company.all(Prop::website), (Texts{"www.fictional-trading.example"}));
    EXPECT_EQ(company.all(Prop::email), (Texts{"info@fictional-trading.example"}));
    EXPECT_EQ(company.all(Prop::registration_number), (Texts{"10101010"}));
    EXPECT_EQ(company.all(Prop::country), (Texts{"Iran"}));
}

TEST(UkFullCsv, LoadDirectoryRecognisesTheLayoutAfterTheReportDateLine) {
    const EntitySet set = load_directory(test::source_file("tests/unit/lists/data/uk_full"));
    ASSERT_EQ(set.sources.size(), 1u);
    EXPECT_EQ(set.sources.front().key, "uk");
    EXPECT_EQ(set.entities.size(), 3u);
    EXPECT_TRUE(set.skipped.empty());
}

TEST(UkFullCsv, ReadsTheHeaderWithoutAReportDateLine) {
    const std::string csv = header() + ",A1,1,,FICTIONAL CO,,,,,,Primary Name,,Iran,Entity,\n";
    const EntitySet set = parse_bytes(Format::uk_csv, csv, "uk.csv");
    ASSERT_EQ(set.entities.size(), 1u);
    EXPECT_EQ(set.entities.front().first(Prop::name), "FICTIONAL CO");
}

TEST(UkFullCsv, RejectsBadRowsAtTheirLine) {
    const auto line_of = [](const std::string& csv) -> std::uint64_t {
        try {
            (void)parse_bytes(Format::uk_csv, csv, "uk.csv");
        } catch (const InputError& error) {
            return error.where().line;
        }
        return 0;
    };
    const std::string report = "Report Date: 11-Aug-2025\n";
    const std::string ok = ",A1,1,,X CO,,,,,,Primary Name,,Iran,Entity,\n";
    EXPECT_EQ(line_of(report + header() + ok + ",A2,2,,Y,,,,,,Primary Name,,Iran,Robot,\n"), 4u);
    EXPECT_EQ(line_of(report + header() + ok + ",A3,2,,Y,,,,,,Nickname,,Iran,Entity,\n"), 4u);
    EXPECT_EQ(line_of(report + header() + ",A1,1,,X,,,,,,Primary Name,,Iran,Entity\n"), 3u);  // 14 columns
    EXPECT_EQ(line_of(report + header() + ok + ",A1,1,,X CO,,,,,,Alias,,Iran,Ship,\n"), 4u);  // type changes
    EXPECT_EQ(line_of(report + "Unique ID,Name 6,Name type\n"), 2u);  // no Designation Type / Regime Name
    EXPECT_EQ(line_of(report), 1u);                                   // nothing after the report date
}

}  // namespace
}  // namespace cp::lists
