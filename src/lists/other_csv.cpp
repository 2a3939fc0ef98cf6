// SPDX-License-Identifier: Apache-2.0
// The other tabular lists: BIS Denied Persons List (dpl.txt: TAB-separated, quoted, one row per name and
// address) and the trade.gov Consolidated Screening List (consolidated.csv; columns found by header name, as
// the 2019 and 2025 files differ by a leading _id). The UK FCDO files are read in uk.cpp.
#include <array>
#include <span>
#include <unordered_map>

#include "core/text.hpp"
#include "lists/detail/builder.hpp"
#include "lists/detail/csv.hpp"
#include "lists/detail/loaders.hpp"

namespace cp::lists::detail {

namespace {

void require_header(CsvReader& reader, std::vector<std::string>& row,
                    std::span<const std::string_view> names) {
    if (!reader.next(row)) reader.fail("empty file");
    if (row.size() != names.size()) {
        reader.fail("expected a header of " + std::to_string(names.size()) + " columns, found " +
                    std::to_string(row.size()));
    }
    for (std::size_t col = 0; col < names.size(); ++col) {
        if (text::trim(row[col]) != names[col]) {
            reader.fail("unexpected header column " + std::to_string(col + 1) + " '" + row[col] + "'");
        }
    }
}

void expect_columns(const CsvReader& reader, const std::vector<std::string>& row, std::size_t count) {
    if (row.size() != count) {
        reader.fail("expected " + std::to_string(count) + " columns, found " + std::to_string(row.size()));
    }
}

}  // namespace

EntitySet parse_bis_dpl(std::string_view bytes, const std::string& name) {
    static constexpr std::array<std::string_view, 12> header{
        "Name",           "Street_Address",  "City",           "State",       "Country", "Postal_Code",
        "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action",  "FR_Citation"};
    CsvReader reader(bytes, name, '\t');
    std::vector<std::string> row;
    require_header(reader, row, header);
    SetBuilder out("bis-dpl", "BIS Denied Persons List", name);
    out.add_file(name);
    while (reader.next(row)) {
        expect_columns(reader, row, header.size());
        const std::string_view person = text::trim(row[0]);
        if (person.empty()) reader.fail("empty Name");
        // The DPL repeats a party once per address: one entity per name, one address value per row.
        const std::string record = "line " + std::to_string(reader.line());
        Entity& entity = out.entity(person, Schema::legal_entity);
        out.count_record();
        out.add(entity, Prop::name, person, record);
        out.add(entity, Prop::address, join_nonempty({row[1], row[2], row[3], row[5], row[4]}, ", "), record);
        out.add(entity, Prop::country, row[4], record);
        out.add(entity, Prop::listing_date, normalize_date(row[6]), record);
        if (!text::trim(row[7]).empty())
            out.add(entity, Prop::notes, "Expires " + normalize_date(row[7]), record);
        out.add(entity, Prop::notes, row[10], record);
        out.add(entity, Prop::notes, row[11], record);
    }
    return out.finish();
}

namespace {

Schema csl_schema(const CsvReader& reader, std::string_view type) {
    if (type.empty() || type == "Entity") return Schema::legal_entity;
    if (type == "Individual") return Schema::person;
    if (type == "Vessel") return Schema::vessel;
    if (type == "Aircraft") return Schema::airplane;
    reader.fail("unknown type '" + std::string(type) + "'");
}

// "a; b; c" -> each part as one value.
void add_list(SetBuilder& out, Entity& entity, Prop prop, std::string_view field, std::string_view record) {
    for (const std::string_view part : text::split(field, ';')) out.add(entity, prop, part, record);
}

}  // namespace

EntitySet parse_csl(std::string_view bytes, const std::string& name) {
    CsvReader reader(bytes, name);
    std::vector<std::string> row;
    if (!reader.next(row)) reader.fail("empty file");
    std::unordered_map<std::string, std::size_t> column;
    for (std::size_t col = 0; col < row.size(); ++col) column[std::string(text::trim(row[col]))] = col;
    for (const char* required : {"source", "name", "type", "programs", "alt_names", "addresses"}) {
        if (!column.contains(required))
            reader.fail(std::string("CSL header lacks column '") + required + "'");
    }
    const std::size_t width = row.size();
    const auto field = [&](const char* key) -> std::string_view {
        const auto it = column.find(key);
        return it == column.end() ? std::string_view{} : text::trim(row[it->second]);
    };
    SetBuilder out("csl", "trade.gov Consolidated Screening List", name);
    out.add_file(name);
    while (reader.next(row)) {
        expect_columns(reader, row, width);
        std::string record(field("_id"));
        if (record.empty()) record = field("entity_number");
        if (record.empty()) record = "line " + std::to_string(reader.line());
        Entity& entity = out.entity(record, csl_schema(reader, field("type")));
        out.count_record();
        out.add(entity, Prop::name, field("name"), record);
        add_list(out, entity, Prop::alias, field("alt_names"), record);
        add_list(out, entity, Prop::programme, field("programs"), record);
        add_list(out, entity, Prop::address, field("addresses"), record);
        add_list(out, entity, Prop::birth_date, field("dates_of_birth"), record);
        add_list(out, entity, Prop::birth_place, field("places_of_birth"), record);
        add_list(out, entity, Prop::nationality, field("nationalities"), record);
        add_list(out, entity, Prop::nationality, field("citizenships"), record);
        add_list(out, entity, Prop::id_number, field("ids"), record);
        out.add(entity, Prop::call_sign, field("call_sign"), record);
        out.add(entity, Prop::model, field("vessel_type"), record);
        out.add(entity, Prop::flag, field("vessel_flag"), record);
        out.add(entity, Prop::owner, field("vessel_owner"), record);
        out.add(entity, Prop::listing_date, field("start_date"), record);
        if (!field("source").empty())
            out.add(entity, Prop::notes, "List: " + std::string(field("source")), record);
        out.add(entity, Prop::notes, field("remarks"), record);
    }
    return out.finish();
}

}  // namespace cp::lists::detail
