// SPDX-License-Identifier: Apache-2.0
// UK FCDO sanctions list in its short layout (Unique ID, OFSI Group ID, Name, Regime Name, Type, Designation
// source, Date Designated, Sanctions Imposed: one row per designation), read from the .ods FCDO publishes or
// from a CSV made from it. Both go through add_row(), so the two give the same entities. A CSV in FCDO's
// full layout (one row per name, uk_full.cpp) is recognised by its header and read there.
#include <array>

#include "core/text.hpp"
#include "lists/detail/builder.hpp"
#include "lists/detail/csv.hpp"
#include "lists/detail/loaders.hpp"
#include "lists/detail/ods.hpp"
#include "lists/detail/uk_full.hpp"

namespace cp::lists::detail {

namespace {

constexpr std::array<std::string_view, 8> header{
    "Unique ID",       "OFSI Group ID",    "Name", "Regime Name", "Type", "Designation source",
    "Date Designated", "Sanctions Imposed"};

// Empty when `row` is the short-layout header, else why not.
std::string header_mismatch(const std::vector<std::string>& row) {
    if (row.size() != header.size()) {
        return "expected a header of " + std::to_string(header.size()) + " columns, found " +
               std::to_string(row.size());
    }
    for (std::size_t col = 0; col < header.size(); ++col) {
        if (text::trim(row[col]) != header[col]) {
            return "unexpected header column " + std::to_string(col + 1) + " '" + row[col] + "'";
        }
    }
    return {};
}

void add_row(SetBuilder& out, const std::vector<std::string>& row, const SourceLocation& where,
             std::string_view row_label) {
    const auto fail = [&](const std::string& what) {
        throw InputError(where, std::string(row_label) + what);
    };
    if (row.size() != header.size()) {
        fail("expected " + std::to_string(header.size()) + " columns, found " + std::to_string(row.size()));
    }
    const std::string_view id = text::trim(row[0]);
    if (id.empty()) fail("empty Unique ID");
    const std::string_view type = text::trim(row[4]);
    const std::optional<Schema> schema = detail::uk_schema(type);
    if (!schema) fail("unknown Type '" + std::string(type) + "'");
    Entity& entity = out.entity(id, *schema);
    out.count_record();
    out.add(entity, Prop::name, row[2], id);
    out.add(entity, Prop::programme, row[3], id);
    out.add(entity, Prop::listing_date, normalize_date(row[6]), id);
    if (!text::trim(row[1]).empty()) out.add(entity, Prop::notes, "OFSI Group ID " + row[1], id);
    if (!text::trim(row[5]).empty()) out.add(entity, Prop::notes, "Designation source: " + row[5], id);
    if (!text::trim(row[7]).empty()) out.add(entity, Prop::notes, "Sanctions imposed: " + row[7], id);
}

}  // namespace

bool is_uk_header(const std::vector<std::string>& row) {
    return header_mismatch(row).empty();
}

EntitySet parse_uk_csv(std::string_view bytes, const std::string& name) {
    // The BOM is not part of the first column's name ("Unique ID"); lines are unchanged by dropping it.
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    CsvReader reader(bytes, name);
    std::vector<std::string> row;
    if (!reader.next(row)) reader.fail("empty file");
    // FCDO's full-layout CSV starts with one "Report Date: 11-Sep-2026" line before the header.
    if (row.size() == 1 && text::trim(row[0]).substr(0, 12) == "Report Date:" && !reader.next(row)) {
        reader.fail("no header after the report date");
    }
    if (is_uk_full_header(row)) return parse_uk_full_csv(reader, row, name);
    if (const std::string why = header_mismatch(row); !why.empty()) reader.fail(why);
    SetBuilder out("uk", "UK FCDO Sanctions List", name);
    out.add_file(name);
    while (reader.next(row)) add_row(out, row, reader.where(), {});
    return out.finish();
}

EntitySet parse_uk_sheet(std::vector<SheetRow> rows, const std::string& name) {
    if (rows.empty()) throw InputError({name, 0, 0}, "empty sheet");
    const auto label = [](const SheetRow& row) { return "sheet row " + std::to_string(row.number) + ": "; };
    const SheetRow& first = rows.front();
    if (const std::string why = header_mismatch(first.cells); !why.empty()) {
        throw InputError({name, first.number, first.xml_offset}, label(first) + why);
    }
    SetBuilder out("uk", "UK FCDO Sanctions List", name);
    out.add_file(name);
    for (std::size_t idx = 1; idx < rows.size(); ++idx) {
        SheetRow& row = rows[idx];
        // Trailing empty cells are not stored in an .ods row; a CSV writes them as empty fields.
        if (row.cells.size() < header.size()) row.cells.resize(header.size());
        add_row(out, row.cells, {name, row.number, row.xml_offset}, label(row));
    }
    return out.finish();
}

EntitySet parse_uk_ods_content(std::string_view content_xml, const std::string& name) {
    return parse_uk_sheet(parse_ods_sheet(content_xml, name), name);
}

EntitySet parse_uk_ods(std::string_view zip, const std::string& name) {
    return parse_uk_ods_content(read_zip_member(zip, "content.xml", name), name);
}

}  // namespace cp::lists::detail
