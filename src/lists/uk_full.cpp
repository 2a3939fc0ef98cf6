// SPDX-License-Identifier: Apache-2.0
// UK FCDO sanctions list, full CSV layout ("UK_Sanctions_List.csv"): one row per name, the rows of one
// designation sharing its Unique ID. Columns are found by header name. The column names and their meaning
// were taken from public descriptions of the published file, not from any code: the FCDO CSV reader of
// OpenSanctions (github.com/opensanctions/opensanctions, datasets/gb/fcdo_sanctions/crawler.py: the file
// starts with one metadata line before the header; "Name 1" is always a given name and "Name 6" the
// family or organisation name, Names 2-5 given or patronymic names; "Alias strength" marks weak aliases;
// "Name non-latin script" is a further name) and a published test fixture of the full header ("Last
// Updated, Unique ID, OFSI Group ID, UN Reference Number, Name 6, Name 1..Name 5, Name type, Alias
// strength, Title, Name non-latin script, ..., Year Built, Hull identification number (HIN)"; name types
// "Primary Name"/"Alias", strength "Good quality a.k.a"/"Low quality a.k.a", dates dd/mm/yyyy with "dd"
// and "mm" for unknown parts, nationalities "(1) Russia (2) Cyprus").
//
// One entity per Unique ID, as in the short layout (uk.cpp), so both FCDO files give the same ids. The
// OFSI Group ID is not the designation: in the 2025-08-11 list 15 group ids span two Unique IDs (one
// person designated under two regimes, e.g. 6995: AQD0194 and SOM0003) and 447 designations have none; it
// is kept as a note, as in the short layout.
#include "lists/detail/uk_full.hpp"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "core/text.hpp"
#include "lists/detail/builder.hpp"

namespace cp::lists::detail {

namespace {

bool digits(std::string_view s) noexcept {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "24/02/2022" -> "2022-02-24", "dd/mm/1960" -> "1960", "dd/05/1960" -> "1960-05"; a trailing time
// ("29/06/2012 00:00:00") is dropped. Anything else goes through normalize_date() (which would read
// dd/mm as the BIS mm/dd, hence this function).
std::string uk_date(std::string_view text) {
    text = text::trim(text);
    if (const std::size_t space = text.find(' '); space == 10) text = text.substr(0, 10);
    if (text.size() == 10 && text[2] == '/' && text[5] == '/' && digits(text.substr(6, 4))) {
        const std::string_view day = text.substr(0, 2);
        const std::string_view month = text.substr(3, 2);
        const std::string_view year = text.substr(6, 4);
        if (!digits(month)) return std::string(year);
        if (!digits(day)) return fmt::format("{}-{}", year, month);
        return fmt::format("{}-{}-{}", year, month, day);
    }
    return normalize_date(text);
}

// "(1) Russia (2) Cyprus" -> {"Russia", "Cyprus"}; text without the "(1) " enumeration is one value.
std::vector<std::string> numbered(std::string_view text) {
    text = text::trim(text);
    std::vector<std::string> out;
    if (text.substr(0, 3) != "(1)") {
        if (!text.empty()) out.emplace_back(text);
        return out;
    }
    int next = 1;
    std::size_t start = std::string_view::npos;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::string marker = "(" + std::to_string(next) + ")";
        if (text.compare(pos, marker.size(), marker) == 0) {
            if (start != std::string_view::npos)
                out.emplace_back(text::trim(text.substr(start, pos - start)));
            start = pos + marker.size();
            pos = start;
            ++next;
            continue;
        }
        ++pos;
    }
    if (start != std::string_view::npos) out.emplace_back(text::trim(text.substr(start)));
    std::erase_if(out, [](const std::string& s) { return s.empty(); });
    return out;
}

}  // namespace

std::optional<Schema> uk_schema(std::string_view type) noexcept {
    if (type == "Individual") return Schema::person;
    if (type == "Ship") return Schema::vessel;
    if (type == "Entity") return Schema::legal_entity;
    return std::nullopt;
}

bool is_uk_full_header(const std::vector<std::string>& row) {
    bool id = false, name6 = false, type = false;
    for (const std::string& column : row) {
        const std::string_view c = text::trim(column);
        id = id || c == "Unique ID";
        name6 = name6 || c == "Name 6";
        type = type || c == "Name type";
    }
    return id && name6 && type;
}

EntitySet parse_uk_full_csv(CsvReader& reader, const std::vector<std::string>& header,
                            const std::string& name) {
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t col = 0; col < header.size(); ++col) index.emplace(text::trim(header[col]), col);
    for (const char* required : {"Unique ID", "Name 6", "Name type", "Designation Type", "Regime Name"}) {
        if (!index.contains(required))
            reader.fail(std::string("UK list header lacks column '") + required + "'");
    }
    std::vector<std::string> row;
    const auto field = [&](std::string_view column) -> std::string_view {
        const auto it = index.find(std::string(column));
        return it == index.end() ? std::string_view{} : text::trim(row[it->second]);
    };
    SetBuilder out("uk", "UK FCDO Sanctions List", name);
    // Columns kept as labelled notes ("Position: ..."), skipped when empty.
    const auto note = [&](Entity& entity, std::string_view label, std::string_view column,
                          const std::string& id) {
        const std::string_view value = field(column);
        if (!value.empty()) out.add(entity, Prop::notes, std::string(label) + std::string(value), id);
    };
    out.add_file(name);
    while (reader.next(row)) {
        if (row.size() != header.size()) {
            reader.fail("expected " + std::to_string(header.size()) + " columns, found " +
                        std::to_string(row.size()));
        }
        const std::string id(field("Unique ID"));
        if (id.empty()) reader.fail("empty Unique ID");
        const std::string_view type = field("Designation Type");
        const std::optional<Schema> schema = uk_schema(type);
        if (!schema) reader.fail("unknown Designation Type '" + std::string(type) + "'");
        Entity& entity = out.entity(id, *schema);
        if (entity.schema != schema) reader.fail("Designation Type differs from an earlier row of " + id);
        out.count_record();

        // Names. Published order is Name 1..Name 5 then Name 6 (the family or organisation name).
        const std::string_view name_type = field("Name type");
        const std::string_view strength = field("Alias strength");
        const std::string given = join_nonempty(
            {field("Name 1"), field("Name 2"), field("Name 3"), field("Name 4"), field("Name 5")}, " ");
        const std::string full = join_nonempty({given, field("Name 6")}, " ");
        Prop prop = Prop::alias;
        if (name_type == "Primary Name" || name_type == "Primary name") {
            prop = Prop::name;
        } else if (name_type.empty() || name_type == "Alias" || name_type == "Primary name variation" ||
                   name_type == "Primary Name Variation") {
            // "Low quality a.k.a" aliases are the weak ones (too short or common to screen alone).
            prop = strength.substr(0, 3) == "Low" ? Prop::weak_alias : Prop::alias;
        } else {
            reader.fail("unknown Name type '" + std::string(name_type) + "'");
        }
        if (prop == Prop::name && entity.first(Prop::name) && entity.first(Prop::name) != full) {
            prop = Prop::alias;  // a second primary name (another regime's row): a strong alias
        }
        out.add(entity, prop, full, id);
        // The short layout (the .ods FCDO publishes) writes people surname first: "LAZARENKO Aleksey
        // Valerievich". That form is kept too, so the same query finds the entity in either file.
        if (schema == Schema::person && !given.empty() && !field("Name 6").empty()) {
            out.add(entity, prop == Prop::weak_alias ? Prop::weak_alias : Prop::alias,
                    join_nonempty({field("Name 6"), given}, " "), id);
        }
        out.add(entity, Prop::alias, field("Name non-latin script"), id);

        // The designation.
        out.add(entity, Prop::programme, field("Regime Name"), id);
        if (!field("Date Designated").empty())
            out.add(entity, Prop::listing_date, uk_date(field("Date Designated")), id);
        note(entity, "OFSI Group ID ", "OFSI Group ID", id);
        note(entity, "UN Reference Number ", "UN Reference Number", id);
        note(entity, "Designation source: ", "Designation source", id);
        note(entity, "Sanctions imposed: ", "Sanctions Imposed", id);
        note(entity, "Title: ", "Title", id);
        out.add(entity, Prop::notes, field("Other Information"), id);
        out.add(entity, Prop::notes, field("UK Statement of Reasons"), id);

        // Contact and address.
        out.add(entity, Prop::address,
                join_nonempty({field("Address Line 1"), field("Address Line 2"), field("Address Line 3"),
                               field("Address Line 4"), field("Address Line 5"), field("Address Line 6"),
                               field("Address Postal Code"), field("Address Country")},
                              ", "),
                id);
        out.add(entity, Prop::country, field("Address Country"), id);
        out.add(entity, Prop::phone, field("Phone number"), id);
        out.add(entity, Prop::website, field("Website"), id);
        out.add(entity, Prop::email, field("Email address"), id);

        // People.
        for (const std::string& dob : numbered(field("D.O.B")))
            out.add(entity, Prop::birth_date, uk_date(dob), id);
        for (const std::string& nat : numbered(field("Nationality(/ies)")))
            out.add(entity, Prop::nationality, nat, id);
        out.add(entity, Prop::birth_place,
                join_nonempty({field("Town of birth"), field("Country of birth")}, ", "), id);
        out.add(entity, Prop::gender, field("Gender"), id);
        for (const std::string& number : numbered(field("National Identifier number")))
            out.add(entity, Prop::id_number, "National Identifier " + number, id);
        for (const std::string& number : numbered(field("Passport number")))
            out.add(entity, Prop::id_number, "Passport " + number, id);
        note(entity, "Position: ", "Position", id);

        // Entities.
        note(entity, "Type of entity: ", "Type of entity", id);
        for (const std::string& number : numbered(field("Business registration number (s)")))
            out.add(entity, Prop::registration_number, number, id);
        note(entity, "Parent company: ", "Parent company", id);
        note(entity, "Subsidiaries: ", "Subsidiaries", id);

        // Ships. IMO numbers are written "IMO9562233" or "9562233": the 7 digits are kept.
        std::string_view imo = field("IMO number");
        if (imo.substr(0, 3) == "IMO") imo = text::trim(imo.substr(3));
        if (imo.size() == 7 && digits(imo)) {
            out.add(entity, Prop::imo_number, imo, id);
        } else if (!imo.empty()) {
            out.add(entity, Prop::notes, "IMO number " + std::string(field("IMO number")), id);
        }
        out.add(entity, Prop::owner, field("Current owner/operator (s)"), id);
        note(entity, "Previous owner/operator: ", "Previous owner/operator (s)", id);
        out.add(entity, Prop::flag, field("Current believed flag of ship"), id);
        note(entity, "Previous flags: ", "Previous flags", id);
        out.add(entity, Prop::model, field("Type of ship"), id);
        note(entity, "Tonnage ", "Tonnage of ship", id);
        note(entity, "Length ", "Length of ship", id);
        out.add(entity, Prop::build_date, field("Year Built"), id);
        out.add(entity, Prop::registration_number, field("Hull identification number (HIN)"), id);
    }
    return out.finish();
}

}  // namespace cp::lists::detail
