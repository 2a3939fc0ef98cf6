// SPDX-License-Identifier: Apache-2.0
// OpenDocument spreadsheets (.ods, ISO/IEC 26300, OASIS ODF 1.2/1.3 part 1 §9 "Tables"): a zip archive whose
// content.xml holds the sheets. Only what a published list needs: the first table, as rows of cell texts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cp::lists::detail {

/// One non-empty row of a sheet: its 1-based row number in the sheet (as a spreadsheet shows it, after
/// expanding table:number-rows-repeated) and its cell texts, trailing empty cells dropped.
struct SheetRow {
    std::uint64_t number = 0;
    std::uint64_t xml_offset = 0;  ///< byte offset of its table:table-row element in content.xml
    std::vector<std::string> cells;
};

/// The bytes of member `member` ("content.xml") of the zip archive `zip`. Throws cp::InputError naming
/// `name` when `zip` is not a zip archive, lacks `member`, is damaged, or `member` inflates past 512 MiB.
[[nodiscard]] std::string read_zip_member(std::string_view zip, std::string_view member,
                                          const std::string& name);

/// The rows of the first table of an ODS content.xml. Cells: table:table-cell and table:covered-table-cell,
/// table:number-columns-repeated expanded; a cell's text is its text:p/text:h paragraphs joined by '\n',
/// their whitespace kept as written (see ods.cpp), text:s (text:c spaces), text:tab and text:line-break
/// restored, spans and links read through, annotations ignored. Empty rows are not returned, whatever
/// number-rows-repeated says; a non-empty row repeated N times is returned N times (N <= 1000). Throws
/// cp::InputError (file `name`, line/byte of the XML, or the sheet row) for malformed XML, invalid UTF-8, a
/// document without a table, bad repeat counts or a row wider than ODF's 16,384 columns.
[[nodiscard]] std::vector<SheetRow> parse_ods_sheet(std::string_view content_xml, const std::string& name);

}  // namespace cp::lists::detail
