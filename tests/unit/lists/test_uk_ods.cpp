// SPDX-License-Identifier: Apache-2.0
// The UK list as FCDO publishes it (.ods): same entities as the CSV made from it, one copy in
// load_directory, the ODS table rules (repeats, empty cells, paragraphs, text:s) on hand-written
// content.xml, and whole-file rejection of broken archives and sheets.
#include <algorithm>
#include <filesystem>
#include <map>
#include <unistd.h>

#include <gtest/gtest.h>
#include <zip.h>

#include "io/io.hpp"
#include "lists/detail/loaders.hpp"
#include "lists/lists.hpp"
#include "location_of.hpp"
#include "test_data.hpp"

namespace cp::lists {
namespace {

namespace fs = std::filesystem;

const std::string uk_ods = "lists/uk/FCDO_UK_Sanctions_List_2025-08-11.ods";
const std::string uk_csv = "lists/uk/FCDO_UK_Sanctions_List_2025-08-11.derived.csv";

using test_support::location_of;

// A zip archive holding `members` (name -> bytes), written with libzip to a temporary file and read back.
std::string make_zip(const std::map<std::string, std::string>& members) {
    const fs::path path = fs::temp_directory_path() / ("cp_test_ods_" + std::to_string(::getpid()) + ".zip");
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    EXPECT_NE(archive, nullptr);
    if (archive == nullptr) return {};
    for (const auto& member : members) {
        zip_source_t* source = zip_source_buffer(archive, member.second.data(), member.second.size(), 0);
        EXPECT_GE(zip_file_add(archive, member.first.c_str(), source, ZIP_FL_OVERWRITE), 0);
    }
    EXPECT_EQ(zip_close(archive), 0);
    std::string bytes = io::read_file(path.string());
    fs::remove(path);
    return bytes;
}

// content.xml with one table whose rows are `rows_xml`.
std::string content(std::string_view rows_xml) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
           "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
           "<table:table table:name=\"S\">\n" +
           std::string(rows_xml) +
           "\n</table:table></office:spreadsheet></office:body></office:document-content>";
}

std::string cell(std::string_view text) {
    return "<table:table-cell office:value-type=\"string\"><text:p>" + std::string(text) +
           "</text:p></table:table-cell>";
}

std::string header_row() {
    std::string row = "<table:table-row>";
    for (const char* name : {"Unique ID", "OFSI Group ID", "Name", "Regime Name", "Type",
                             "Designation source", "Date Designated", "Sanctions Imposed"}) {
        row += cell(name);
    }
    return row + "<table:table-cell table:number-columns-repeated=\"16376\"/></table:table-row>\n";
}

TEST(UkOds, GivesTheSameEntitiesAsTheCsvMadeFromIt) {
    const EntitySet ods = load_uk_ods(test::shared_data(uk_ods));
    const EntitySet csv = load_uk_csv(test::shared_data(uk_csv));
    EXPECT_EQ(ods.sources.front().records, 5302u);
    EXPECT_EQ(ods.sources.front().records, csv.sources.front().records);
    ASSERT_EQ(ods.entities.size(), csv.entities.size());
    for (std::size_t idx = 0; idx < ods.entities.size(); ++idx) {
        const Entity& a = ods.entities[idx];
        const Entity& b = csv.entities[idx];
        ASSERT_EQ(a.id, b.id);
        EXPECT_EQ(a.schema, b.schema) << a.id;
        EXPECT_EQ(a.first(Prop::name), b.first(Prop::name)) << a.id;
        EXPECT_EQ(a.all(Prop::programme), b.all(Prop::programme)) << a.id;
        // Every value, not only names and regimes: dates, group ids, designation source, sanctions.
        ASSERT_EQ(a.values.size(), b.values.size()) << a.id;
        for (std::size_t v = 0; v < a.values.size(); ++v) {
            EXPECT_EQ(a.values[v].prop, b.values[v].prop) << a.id;
            EXPECT_EQ(a.values[v].text, b.values[v].text) << a.id;
            EXPECT_EQ(a.values[v].from.record_id, b.values[v].from.record_id) << a.id;
        }
    }
    EXPECT_EQ(count(ods, Schema::vessel), 461u);
    EXPECT_EQ(count(ods, Schema::person), 3754u);
}

TEST(UkOds, LoadDirectoryLoadsTheOfficialOdsAndNotItsCsvCopy) {
    for (const bool all : {false, true}) {
        LoadOptions options;
        options.all_snapshots = all;  // even when every snapshot is asked for, a copy is not a snapshot
        const EntitySet set = load_directory(test::shared_data("lists/uk"), options);
        ASSERT_EQ(set.sources.size(), 1u);
        EXPECT_EQ(fs::path(set.sources.front().path).extension(), ".ods");
        EXPECT_EQ(set.entities.size(), 5302u);
        EXPECT_TRUE(std::any_of(set.skipped.begin(), set.skipped.end(), [](const std::string& s) {
            return s.find("derived.csv") != std::string::npos;
        }));
    }
}

TEST(UkOds, ExpandsRepeatsKeepsEmptyCellsAndReadsParagraphsAndSpaces) {
    const std::string rows =
        header_row() +
        // Unique ID, empty group id (an empty cell), a name in a span with a text:s of 2, regime, type,
        // two empty cells as one repeated cell, and two paragraphs in the last cell.
        "<table:table-row>" + cell("RUS0001") + "<table:table-cell/>" +
        cell("IVAN <text:span>PETROV</text:span><text:s text:c=\"2\"/>JR") + cell("Russia") +
        cell("Individual") + "<table:table-cell table:number-columns-repeated=\"2\"/>" +
        "<table:table-cell><text:p>Asset freeze,</text:p><text:p>  Travel\n   Ban "
        "</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"16376\"/></table:table-row>\n"
        // A row of three identical cells written once, trailing cells absent, repeated twice (same id).
        "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell "
        "table:number-columns-repeated=\"3\">"
        "<text:p>X1</text:p></table:table-cell>" +
        cell("Syria") + cell("Entity") +
        "</table:table-row>\n"
        "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell "
        "table:number-columns-repeated=\"16384\"/></table:table-row>";
    const EntitySet set = detail::parse_uk_ods_content(content(rows), "hand.ods");
    ASSERT_EQ(set.entities.size(), 2u);
    const Entity& person = set.entities[0];
    EXPECT_EQ(person.id, "uk:RUS0001");
    EXPECT_EQ(person.schema, Schema::person);
    EXPECT_EQ(person.first(Prop::name), "IVAN PETROV  JR");
    EXPECT_EQ(person.all(Prop::notes),
              (std::vector<std::string_view>{"Sanctions imposed: Asset freeze,\n  Travel\n   Ban"}));
    EXPECT_FALSE(person.first(Prop::listing_date).has_value());
    const Entity& entity = set.entities[1];
    EXPECT_EQ(entity.id, "uk:X1");
    EXPECT_EQ(entity.first(Prop::name), "X1");
    EXPECT_EQ(entity.first(Prop::programme), "Syria");
    EXPECT_EQ(set.sources.front().records, 3u);  // RUS0001 + X1 twice (one entity)
}

TEST(UkOds, RejectsBrokenArchivesAndSheetsWithTheirLocation) {
    EXPECT_THROW((void)parse_bytes(Format::uk_ods, "not a zip at all", "x.ods"), InputError);
    EXPECT_THROW((void)parse_bytes(Format::uk_ods, make_zip({{"mimetype", "application/x"}}), "x.ods"),
                 InputError);
    const std::string good = content(header_row() + "<table:table-row>" + cell("A1") + cell("1") + cell("N") +
                                     cell("Russia") + cell("Entity") + "</table:table-row>");
    EXPECT_EQ(parse_bytes(Format::uk_ods, make_zip({{"content.xml", good}}), "x.ods").entities.size(), 1u);
    // Truncated XML: the location is the line of content.xml where parsing stopped (the cut is in line 5,
    // the closing tags).
    EXPECT_EQ(location_of([&] {
                  (void)parse_bytes(Format::uk_ods,
                                    make_zip({{"content.xml", good.substr(0, good.size() - 40)}}), "x.ods");
              }).line,
              5u);
    // A truncated archive (the real file cut in half).
    const std::string real = io::read_file(test::shared_data(uk_ods).string());
    EXPECT_THROW((void)parse_bytes(Format::uk_ods, real.substr(0, real.size() / 2), "x.ods"), InputError);
    // Wrong header: sheet row 1. Unknown type on sheet row 3 (after an empty row 2).
    EXPECT_EQ(location_of([] {
                  (void)detail::parse_uk_ods_content(
                      content("<table:table-row>" + cell("Name") + "</table:table-row>"), "x.ods");
              }).line,
              1u);
    const std::string bad_type = header_row() + "<table:table-row><table:table-cell/></table:table-row>" +
                                 "<table:table-row>" + cell("A1") + cell("1") + cell("N") + cell("R") +
                                 cell("Robot") + "</table:table-row>";
    EXPECT_EQ(location_of([&] { (void)detail::parse_uk_ods_content(content(bad_type), "x.ods"); }).line, 3u);
    // A row wider than the sheet, a bad repeat count, a non-empty row repeated a million times.
    EXPECT_THROW((void)detail::parse_uk_ods_content(
                     content(header_row() +
                             "<table:table-row><table:table-cell table:number-columns-repeated="
                             "\"16384\"/>" +
                             cell("A") + "</table:table-row>"),
                     "x.ods"),
                 InputError);
    EXPECT_THROW(
        (void)detail::parse_uk_ods_content(
            content(header_row() + "<table:table-row><table:table-cell table:number-columns-repeated="
                                   "\"-3\"><text:p>A</text:p></table:table-cell></table:table-row>"),
            "x.ods"),
        InputError);
    EXPECT_THROW((void)detail::parse_uk_ods_content(
                     content(header_row() + "<table:table-row table:number-rows-repeated=\"1000000\">" +
                             cell("A") + "</table:table-row>"),
                     "x.ods"),
                 InputError);
    EXPECT_THROW((void)detail::parse_uk_ods_content("<office:document-content/>", "x.ods"), InputError);
    // Spans nested 100 deep: refused before the reader's recursion could exhaust the stack on a hostile file.
    std::string nested;
    for (int idx = 0; idx < 100; ++idx) nested += "<text:span>";
    nested += "A";
    for (int idx = 0; idx < 100; ++idx) nested += "</text:span>";
    EXPECT_THROW(
        (void)detail::parse_uk_ods_content(
            content(header_row() + "<table:table-row>" + cell(nested) + "</table:table-row>"), "x.ods"),
        InputError);
}

}  // namespace
}  // namespace cp::lists
