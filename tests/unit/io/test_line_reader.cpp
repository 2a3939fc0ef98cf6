// SPDX-License-Identifier: Apache-2.0
// LineCursor: line numbers and byte offsets for error messages, CRLF, a last line without LF, and the UTF-8
// byte-order mark that spreadsheet programs put before the first line.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/line_reader.hpp"

namespace {

std::vector<cp::io::LineView> lines_of(std::string_view text) {
    cp::io::LineCursor cursor(text);
    std::vector<cp::io::LineView> lines;
    cp::io::LineView line;
    while (cursor.next(line)) lines.push_back(line);
    return lines;
}

TEST(LineCursor, GivesEachLineWithItsNumberAndOffset) {
    const auto lines = lines_of("name\r\nPUTIN, Vladimir\n\nlast");
    ASSERT_EQ(lines.size(), 4U);
    EXPECT_EQ(lines[0].text, "name");
    EXPECT_EQ(lines[1].text, "PUTIN, Vladimir");
    EXPECT_EQ(lines[1].number, 2U);
    EXPECT_EQ(lines[1].byte_offset, 6U);
    EXPECT_EQ(lines[2].text, "");
    EXPECT_EQ(lines[3].text, "last");
    EXPECT_EQ(lines[3].byte_offset, 23U);
}

TEST(LineCursor, AByteOrderMarkIsNotPartOfTheFirstLine) {
    const auto lines = lines_of("\xEF\xBB\xBFname,schema\r\nROSOBORONEKSPORT,Company\r\n");
    ASSERT_EQ(lines.size(), 2U);
    EXPECT_EQ(lines[0].text, "name,schema");
    EXPECT_EQ(lines[0].byte_offset, 3U);  // offsets still count the file's bytes
    EXPECT_EQ(lines[1].byte_offset, 16U);
    // Only at the start: elsewhere the bytes are the line's.
    const auto later = lines_of("a\n\xEF\xBB\xBF"
                                "b\n");
    ASSERT_EQ(later.size(), 2U);
    EXPECT_EQ(later[1].text, "\xEF\xBB\xBF"
                             "b");
}

TEST(LineCursor, EmptyAndMarkOnlyBuffersHaveNoLines) {
    EXPECT_TRUE(lines_of("").empty());
    EXPECT_TRUE(lines_of("\xEF\xBB\xBF").empty());
}

}  // namespace
