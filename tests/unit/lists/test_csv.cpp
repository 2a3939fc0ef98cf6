// SPDX-License-Identifier: Apache-2.0
// RFC 4180 reader: quoting, line numbers, the real-world tolerances of csv.hpp, and rejected input.
#include <gtest/gtest.h>

#include "lists/detail/csv.hpp"

namespace cp::lists::detail {
namespace {

std::vector<std::vector<std::string>> read_all(std::string_view data, char sep = ',') {
    CsvReader reader(data, "t.csv", sep);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    while (reader.next(row)) rows.push_back(row);
    return rows;
}

TEST(Csv, QuotedFieldsKeepCommasQuotesAndLineBreaks) {
    const auto rows = read_all("1,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n2,x,y,z\n");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"1", "a, b", "say \"hi\"", "two\nlines"}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"2", "x", "y", "z"}));
}

TEST(Csv, ReportsTheLineWhereEachRecordStartsAfterMultilineFields) {
    CsvReader reader("a,\"x\ny\nz\"\nb,c\n\nd,e", "t.csv");
    std::vector<std::string> row;
    ASSERT_TRUE(reader.next(row));
    EXPECT_EQ(reader.line(), 1u);
    ASSERT_TRUE(reader.next(row));
    EXPECT_EQ(reader.line(), 4u);
    ASSERT_TRUE(reader.next(row));
    EXPECT_EQ(reader.line(), 6u);
    EXPECT_EQ(row, (std::vector<std::string>{"d", "e"}));
    EXPECT_FALSE(reader.next(row));
}

TEST(Csv, KeepsEmptyFieldsAndOfacBlanksAfterQuotes) {
    const auto rows = read_all("36,\"AERO\",-0- ,,\"CUBA\" ,-0- \n");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"36", "AERO", "-0- ", "", "CUBA", "-0- "}));
    EXPECT_EQ(clean(rows[0][2]), "");
    EXPECT_EQ(clean(" CUBA "), "CUBA");
}

TEST(Csv, IgnoresAFinalDosEndOfFileByteAndAByteOrderMark) {
    EXPECT_EQ(read_all("\xEF\xBB\xBF"
                       "a,b\r\n\x1a")
                  .size(),
              1u);
    EXPECT_EQ(read_all("a,b\r\n\x1a"), (std::vector<std::vector<std::string>>{{"a", "b"}}));
}

TEST(Csv, ReadsTabSeparatedQuotedFieldsLikeTheBisDpl) {
    const auto rows = read_all("\"Name\"\t\"City\"\n\" I. ASH\"\t\"SEAGOVILLE\"\n", '\t');
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1], (std::vector<std::string>{" I. ASH", "SEAGOVILLE"}));
}

TEST(Csv, RejectsAnUnterminatedQuoteWithTheLineWhereTheRecordStarts) {
    CsvReader reader("a,b\nc,\"never closed\nmore", "cut.csv");
    std::vector<std::string> row;
    ASSERT_TRUE(reader.next(row));
    try {
        (void)reader.next(row);
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(error.where().file, "cut.csv");
        EXPECT_EQ(error.where().line, 2u);
        EXPECT_NE(std::string(error.what()).find("unterminated"), std::string::npos);
    }
}

TEST(Csv, RejectsStrayQuotesAndTextAfterAClosingQuote) {
    EXPECT_THROW(read_all("a,b\"c\n"), InputError);
    EXPECT_THROW(read_all("\"a\"x,b\n"), InputError);
}

TEST(Csv, RejectsInvalidUtf8InAField) {
    EXPECT_THROW(read_all("ok,\"caf\xE9\"\n"), InputError);           // Latin-1 e-acute
    EXPECT_THROW(read_all("ok,\xC0\xAF\n"), InputError);              // overlong '/'
    EXPECT_THROW(read_all("ok,\xED\xA0\x80\n"), InputError);          // UTF-16 surrogate
    EXPECT_EQ(read_all("ok,\"Caf\xC3\xA9 \xD0\x91\"\n").size(), 1u);  // valid: e-acute, Cyrillic Be
}

TEST(Utf8, AcceptsFourByteSequencesAndRejectsTruncatedOnes) {
    EXPECT_TRUE(valid_utf8("\xF0\x9F\x9A\x80"));
    EXPECT_FALSE(valid_utf8("\xF0\x9F\x9A"));
    EXPECT_FALSE(valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
}

}  // namespace
}  // namespace cp::lists::detail
