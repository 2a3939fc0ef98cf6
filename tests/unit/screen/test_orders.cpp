// SPDX-License-Identifier: Apache-2.0
// Order input: column mapping, CSV quoting, JSON lines, grouping by order id and bad rows with their lines.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/io.hpp"
#include "screen/screen.hpp"
#include "test_data.hpp"

namespace cp::screen {
namespace {

std::vector<Order> read_all(OrderReader& reader) {
    std::vector<Order> orders;
    Order order;
    while (reader.next(order)) orders.push_back(order);
    return orders;
}

TEST(OrderReader, MapsUserColumnsAndRejectsBadRowsWithTheirLinesWhileReadingTheRest) {
    const std::string content =
        io::read_file(test::source_file("tests/unit/screen/data/bad_orders.csv").string());
    const ColumnMap columns = ColumnMap::from_json(
        io::read_file(test::source_file("tests/unit/screen/data/columns.json").string()));
    OrderReader reader(content, OrderReader::Format::csv, columns, "bad_orders.csv");
    const auto orders = read_all(reader);
    ASSERT_EQ(orders.size(), 3U);
    EXPECT_EQ(orders[0].head().get(Field::order_id), "B-1");
    EXPECT_EQ(orders[1].head().get(Field::customer), "Multi-line\nName Ltd");
    EXPECT_EQ(orders[1].head().line, 8U);
    EXPECT_EQ(orders[2].head().get(Field::order_id), "B-9");
    EXPECT_EQ(orders[2].head().line, 11U);
    EXPECT_EQ(*orders[2].head().quantity, 4.0);
    const auto& rejected = reader.rejected();
    ASSERT_EQ(rejected.size(), 6U);
    const std::vector<std::pair<std::uint64_t, RowError>> expected = {
        {3, RowError::bad_date},    {4, RowError::bad_quantity},     {5, RowError::bad_quoting},
        {6, RowError::bad_hs_code}, {7, RowError::missing_customer}, {10, RowError::too_few_columns}};
    for (std::size_t idx = 0; idx < expected.size(); ++idx) {
        EXPECT_EQ(rejected[idx].line, expected[idx].first) << idx;
        EXPECT_EQ(rejected[idx].error, expected[idx].second) << idx;
    }
}

TEST(OrderReader, GroupsConsecutiveLinesOfOneOrder) {
    const std::string csv = "order_id,order_date,customer,hs_code\n"
                            "A,2024-01-01,X,8542.31\nA,2024-01-01,X,8542.32\nB,2024-01-02,Y,9403.60\n";
    OrderReader reader(csv, OrderReader::Format::csv, ColumnMap{}, "t.csv");
    const auto orders = read_all(reader);
    ASSERT_EQ(orders.size(), 2U);
    EXPECT_EQ(orders[0].lines.size(), 2U);
    EXPECT_EQ(orders[0].lines[1].get(Field::hs_code), "8542.32");
    EXPECT_EQ(orders[1].lines.size(), 1U);
}

TEST(OrderReader, ReadsRowsThatAreNotUtf8AsWindows1252AndCountsThem) {
    // As a Western-European spreadsheet saves "CSV": Windows-1252, header included.
    const std::string csv = "order_id,order_date,customer,D\xE9signation\n"
                            "A,2024-01-01,Soci\xE9t\xE9 G\xE9n\xE9rale,x\n"
                            "B,2024-01-02,Plain Ltd,y\n"
                            "C,2024-01-03,M\xFCller GmbH,z\n";
    const ColumnMap columns = ColumnMap::from_json(R"({"columns": {"description": "Désignation"}})");
    OrderReader reader(csv, OrderReader::Format::csv, columns, "t.csv");
    const auto orders = read_all(reader);
    ASSERT_EQ(orders.size(), 3U);
    EXPECT_EQ(orders[0].head().get(Field::customer), "Soci\u00E9t\u00E9 G\u00E9n\u00E9rale");
    EXPECT_EQ(orders[0].head().get(Field::description), "x");
    EXPECT_EQ(orders[2].head().get(Field::customer), "M\u00FCller GmbH");
    EXPECT_EQ(reader.recoded().count, 2U);
    EXPECT_EQ(reader.recoded().first_line, 2U);
    EXPECT_EQ(describe(reader.recoded(), "t.csv"),
              "t.csv:2: not UTF-8; 2 rows read as Windows-1252 (Latin-1)");
    EXPECT_EQ(describe(RecodedLines{}, "t.csv"), "");
    EXPECT_TRUE(reader.rejected().empty());
}

TEST(OrderReader, ThrowsWhenARequiredColumnIsMissing) {
    EXPECT_THROW(OrderReader("order_id,customer\n1,X\n", OrderReader::Format::csv, ColumnMap{}, "t.csv"),
                 InputError);
    EXPECT_THROW((void)ColumnMap::from_json(R"({"columns": {"no_such_field": "X"}})"), Error);
}

TEST(OrderReader, ExpandsJsonItemsIntoLinesAndRejectsBrokenJson) {
    const std::string jsonl =
        R"({"order_id": "J1", "order_date": "2024-05-01", "customer": "C", "items": [)"
        R"({"hs_code": "8542.31", "quantity": 5}, {"hs_code": "8532.24", "quantity": "7"}]})"
        "\n{not json\n"
        R"({"order_id": "J2", "order_date": "2024-05-02", "customer": "D", "hs_code": "9403.60"})"
        "\n";
    EXPECT_EQ(guess_format("orders.jsonl", jsonl), OrderReader::Format::jsonl);
    OrderReader reader(jsonl, OrderReader::Format::jsonl, ColumnMap{}, "t.jsonl");
    const auto orders = read_all(reader);
    ASSERT_EQ(orders.size(), 2U);
    ASSERT_EQ(orders[0].lines.size(), 2U);
    EXPECT_EQ(orders[0].lines[0].get(Field::hs_code), "8542.31");
    EXPECT_EQ(*orders[0].lines[1].quantity, 7.0);
    ASSERT_EQ(reader.rejected().size(), 1U);
    EXPECT_EQ(reader.rejected()[0].line, 2U);
    EXPECT_EQ(reader.rejected()[0].error, RowError::bad_json);
}

}  // namespace
}  // namespace cp::screen
