// SPDX-License-Identifier: Apache-2.0
// OFAC SDN and non-SDN (consolidated) CSV sets: the primary file (sdn.csv / cons_prim.csv, 12 columns),
// alt.csv (5), add.csv (6) and sdn_comments.csv (2), joined by ent_num. Column layout from OFAC's
// "SDN data specification" (dat_spec.txt): ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign,
// Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks. "-0-" is OFAC's empty value.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "core/text.hpp"
#include "io/io.hpp"
#include "lists/detail/builder.hpp"
#include "lists/detail/csv.hpp"
#include "lists/detail/loaders.hpp"
#include "lists/detail/ofac_remarks.hpp"
#include "lists/detail/relations.hpp"

namespace cp::lists::detail {

namespace {

constexpr std::size_t max_remarks_chars = 1000;

void expect_columns(const CsvReader& reader, const std::vector<std::string>& row, std::size_t count) {
    if (row.size() != count) {
        reader.fail("expected " + std::to_string(count) + " columns, found " + std::to_string(row.size()));
    }
}

std::string_view ent_num(const CsvReader& reader, const std::vector<std::string>& row) {
    const std::string_view id = text::trim(row[0]);
    if (!text::parse_number<std::uint64_t>(id)) reader.fail("ent_num is not a number: '" + row[0] + "'");
    return id;
}

Schema sdn_schema(const CsvReader& reader, std::string_view type) {
    if (type.empty()) return Schema::legal_entity;  // "-0-": an entity whose kind OFAC does not give
    if (type == "individual") return Schema::person;
    if (type == "vessel") return Schema::vessel;
    if (type == "aircraft") return Schema::airplane;
    if (type == "entity") return Schema::legal_entity;
    reader.fail("unknown SDN_Type '" + std::string(type) + "'");
}

std::unordered_map<std::string, std::string> read_comments(std::string_view bytes, const std::string& name) {
    std::unordered_map<std::string, std::string> comments;
    CsvReader reader(bytes, name);
    std::vector<std::string> row;
    while (reader.next(row)) {
        expect_columns(reader, row, 2);
        comments[std::string(ent_num(reader, row))] += row[1];
    }
    return comments;
}

// An aircraft registration as OFAC writes one: a nationality mark of one or two characters, a hyphen and up
// to six more (EP-MNS, EX-35011, UP-I7645), or the mark and the rest run together (YV378T, N123AB).
bool looks_like_registration(std::string_view name) {
    const auto alnum = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    const std::size_t hyphen = name.find('-');
    if (hyphen != std::string_view::npos) {
        const std::string_view mark = name.substr(0, hyphen);
        const std::string_view rest = name.substr(hyphen + 1);
        return !mark.empty() && mark.size() <= 2 && !rest.empty() && rest.size() <= 6 &&
               std::all_of(mark.begin(), mark.end(), alnum) && std::all_of(rest.begin(), rest.end(), alnum);
    }
    std::size_t letters = 0;
    while (letters < name.size() && name[letters] >= 'A' && name[letters] <= 'Z') ++letters;
    return letters >= 1 && letters <= 2 && name.size() >= letters + 2 && name.size() <= letters + 6 &&
           name[letters] >= '0' && name[letters] <= '9' && std::all_of(name.begin(), name.end(), alnum);
}

void add_primary_row(SetBuilder& out, const CsvReader& reader, const std::vector<std::string>& row,
                     const std::unordered_map<std::string, std::string>& comments,
                     std::vector<Remark>& remarks, std::vector<Relation>& relations, std::string_view key) {
    const std::string_view id = ent_num(reader, row);
    Entity& entity = out.entity(id, sdn_schema(reader, clean(row[2])));
    out.count_record();
    out.add(entity, Prop::name, clean(row[1]), id);
    // Program: "SDGT] [NS-PLC" when an entity is under several programmes.
    for (const std::string_view programme : text::split(clean(row[3]), ']')) {
        std::string_view trimmed = text::trim(programme);
        if (!trimmed.empty() && trimmed.front() == '[') trimmed = text::trim(trimmed.substr(1));
        out.add(entity, Prop::programme, trimmed, id);
    }
    if (!clean(row[4]).empty()) out.add(entity, Prop::notes, "Title: " + std::string(clean(row[4])), id);
    out.add(entity, Prop::call_sign, clean(row[5]), id);
    out.add(entity, Prop::model, clean(row[6]), id);
    if (!clean(row[7]).empty()) out.add(entity, Prop::notes, "Tonnage " + std::string(clean(row[7])), id);
    if (!clean(row[8]).empty()) out.add(entity, Prop::notes, "GRT " + std::string(clean(row[8])), id);
    out.add(entity, Prop::flag, clean(row[9]), id);
    out.add(entity, Prop::owner, clean(row[10]), id);
    std::string text(clean(row[11]));
    // sdn_comments.csv continues Remarks that hit OFAC's 1,000-character field limit. A continuation for a
    // shorter Remarks belongs to another edition (sdn.csv 2024-05-03 ent 34682 vs comments 2025-02).
    if (row[11].size() == max_remarks_chars) {
        if (const auto it = comments.find(std::string(id)); it != comments.end()) text += it->second;
    }
    remarks.clear();
    std::vector<std::string> linked;
    parse_remarks(text, remarks, &linked);
    for (const Remark& remark : remarks) out.add(entity, remark.prop, remark.text, id);
    // OFAC names most aircraft by their registration and gives an "Aircraft Tail Number" for 159 of 376
    // (2024-05-03): the name of one without it is its registration too, so that a watch list made from the
    // lists follows it and a registration typed without its hyphen (EPMNS) finds it.
    const std::string_view primary = clean(row[1]);
    if (entity.schema == Schema::airplane && entity.all(Prop::registration_number).empty() &&
        looks_like_registration(primary))
        out.add(entity, Prop::registration_number, primary, id);
    for (std::string& name : linked) {
        relations.push_back({entity.id, {}, std::move(name), "linkedTo", std::string(key), std::string(id)});
    }
}

void add_alt_rows(SetBuilder& out, std::string_view bytes, const std::string& name) {
    CsvReader reader(bytes, name);
    std::vector<std::string> row;
    while (reader.next(row)) {
        expect_columns(reader, row, 5);
        Entity* entity = out.find(ent_num(reader, row));
        if (entity == nullptr) continue;  // alias of an entity not in this primary file (other snapshot)
        const std::string record = "alt:" + std::string(text::trim(row[1]));
        const std::string_view type = clean(row[2]);
        const Prop prop = type == "fka" ? Prop::previous_name : Prop::alias;  // aka, nka
        out.add(*entity, prop, clean(row[3]), record);
        out.add(*entity, Prop::notes, clean(row[4]), record);
    }
}

void add_address_rows(SetBuilder& out, std::string_view bytes, const std::string& name) {
    CsvReader reader(bytes, name);
    std::vector<std::string> row;
    while (reader.next(row)) {
        expect_columns(reader, row, 6);
        Entity* entity = out.find(ent_num(reader, row));
        if (entity == nullptr) continue;
        const std::string record = "add:" + std::string(text::trim(row[1]));
        std::string line;
        for (std::size_t col = 2; col <= 4; ++col) {
            const std::string_view part = clean(row[col]);
            if (part.empty()) continue;
            if (!line.empty()) line += ", ";
            line += part;
        }
        out.add(*entity, Prop::address, line, record);
        out.add(*entity, Prop::country, clean(row[4]), record);
        out.add(*entity, Prop::notes, clean(row[5]), record);
    }
}

}  // namespace

EntitySet parse_ofac(const OfacBytes& files, std::string_view key) {
    const bool cons = key == "ofac-cons";
    SetBuilder out(std::string(key),
                   cons ? "OFAC Consolidated (non-SDN) Sanctions List"
                        : "OFAC Specially Designated Nationals",
                   files.primary_name);
    const auto comments = files.comments_name.empty() ? std::unordered_map<std::string, std::string>{}
                                                      : read_comments(files.comments, files.comments_name);
    CsvReader reader(files.primary, files.primary_name);
    std::vector<std::string> row;
    std::vector<Remark> remarks;
    std::vector<Relation> relations;
    while (reader.next(row)) {
        expect_columns(reader, row, 12);
        add_primary_row(out, reader, row, comments, remarks, relations, key);
    }
    out.add_file(files.primary_name);
    if (!files.alt_name.empty()) {
        add_alt_rows(out, files.alt, files.alt_name);
        out.add_file(files.alt_name);
    }
    if (!files.add_name.empty()) {
        add_address_rows(out, files.add, files.add_name);
        out.add_file(files.add_name);
    }
    if (!files.comments_name.empty()) out.add_file(files.comments_name);
    EntitySet set = out.finish();
    set.relations = std::move(relations);
    resolve_relations(set);  // after alt.csv: a "Linked To" name may be an alias of the other entry
    return set;
}

}  // namespace cp::lists::detail
