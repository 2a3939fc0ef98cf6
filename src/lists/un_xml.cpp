// SPDX-License-Identifier: Apache-2.0
// UN Security Council consolidated list (https://scsanctions.un.org/resources/xml/en/consolidated.xml,
// schema sc-sanctions.xsd): INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY with names, original-script names,
// aliases of quality Good / a.k.a. (alias), Low (weakAlias), f.k.a. (previousName), addresses, dates and
// places of birth, documents. Tested on the 2026-02-27 file (730 individuals, 273 entities).
#include <algorithm>
#include <cstring>

#include <pugixml.hpp>

#include "core/text.hpp"
#include "lists/detail/builder.hpp"
#include "lists/detail/csv.hpp"
#include "lists/detail/loaders.hpp"
#include "lists/detail/xml.hpp"

namespace cp::lists::detail {

namespace {

std::string_view child_text(const pugi::xml_node& node, const char* name) {
    return text::trim(node.child(name).text().as_string());
}

std::string join_children(const pugi::xml_node& node, std::initializer_list<const char*> names,
                          const char* separator) {
    std::string out;
    for (const char* name : names) {
        const std::string_view part = child_text(node, name);
        if (part.empty()) continue;
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

Prop alias_prop(std::string_view quality) {
    if (quality == "Low") return Prop::weak_alias;
    if (quality == "f.k.a.") return Prop::previous_name;
    return Prop::alias;  // Good, a.k.a.
}

void add_common(SetBuilder& out, Entity& entity, const pugi::xml_node& node, std::string_view ref) {
    out.add(entity, Prop::name,
            join_children(node, {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}, " "), ref);
    out.add(entity, Prop::name, child_text(node, "NAME_ORIGINAL_SCRIPT"), ref);
    out.add(entity, Prop::programme, child_text(node, "UN_LIST_TYPE"), ref);
    out.add(entity, Prop::listing_date, child_text(node, "LISTED_ON"), ref);
    out.add(entity, Prop::notes, child_text(node, "COMMENTS1"), ref);
    for (const char* group : {"TITLE", "DESIGNATION"}) {
        for (const pugi::xml_node value : node.child(group).children("VALUE")) {
            out.add(entity, Prop::notes,
                    std::string(group == std::string_view("TITLE") ? "Title: " : "Designation: ") +
                        std::string(text::trim(value.text().as_string())),
                    ref);
        }
    }
    for (const pugi::xml_node value : node.child("NATIONALITY").children("VALUE")) {
        out.add(entity, Prop::nationality, value.text().as_string(), ref);
    }
}

void add_aliases_addresses(SetBuilder& out, Entity& entity, const pugi::xml_node& node, const char* alias_tag,
                           const char* address_tag, std::string_view ref) {
    for (const pugi::xml_node alias : node.children(alias_tag)) {
        out.add(entity, alias_prop(child_text(alias, "QUALITY")), child_text(alias, "ALIAS_NAME"), ref);
    }
    for (const pugi::xml_node address : node.children(address_tag)) {
        const std::string line =
            join_children(address, {"STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"}, ", ");
        out.add(entity, Prop::address, line, ref);
        out.add(entity, Prop::country, child_text(address, "COUNTRY"), ref);
    }
}

void add_person_details(SetBuilder& out, Entity& entity, const pugi::xml_node& node, std::string_view ref) {
    out.add(entity, Prop::gender, child_text(node, "GENDER"), ref);
    for (const pugi::xml_node dob : node.children("INDIVIDUAL_DATE_OF_BIRTH")) {
        std::string_view date = child_text(dob, "DATE");
        if (date.empty()) date = child_text(dob, "YEAR");
        if (!date.empty()) {
            out.add(entity, Prop::birth_date, date.substr(0, 10), ref);
        } else if (!child_text(dob, "FROM_YEAR").empty()) {
            // BETWEEN: one date written as OFAC writes a range ("DOB 1970 to 1972"), not two alternatives.
            const std::string_view to = child_text(dob, "TO_YEAR");
            const std::string_view from = child_text(dob, "FROM_YEAR");
            out.add(entity, Prop::birth_date,
                    to.empty() ? std::string(from) : std::string(from) + " to " + std::string(to), ref);
        }
    }
    for (const pugi::xml_node pob : node.children("INDIVIDUAL_PLACE_OF_BIRTH")) {
        out.add(entity, Prop::birth_place, join_children(pob, {"CITY", "STATE_PROVINCE", "COUNTRY"}, ", "),
                ref);
    }
    for (const pugi::xml_node doc : node.children("INDIVIDUAL_DOCUMENT")) {
        const std::string line = join_children(doc, {"TYPE_OF_DOCUMENT", "NUMBER", "ISSUING_COUNTRY"}, " ");
        if (!child_text(doc, "NUMBER").empty()) out.add(entity, Prop::id_number, line, ref);
    }
}

}  // namespace

EntitySet parse_un_xml(std::string_view bytes, const std::string& name) {
    pugi::xml_document doc;
    load_xml(doc, bytes, name);
    const pugi::xml_node root = doc.child("CONSOLIDATED_LIST");
    if (!root) throw InputError({name, 1, 0}, "not a UN consolidated list (no CONSOLIDATED_LIST element)");
    SetBuilder out("un", "UN Security Council Consolidated List", name);
    out.add_file(name);
    const auto load = [&](const char* group, const char* item, Schema schema, const char* alias_tag,
                          const char* address_tag) {
        for (const pugi::xml_node node : root.child(group).children(item)) {
            std::string ref(child_text(node, "REFERENCE_NUMBER"));
            if (ref.empty()) ref = child_text(node, "DATAID");
            if (ref.empty()) {
                throw InputError(locate(bytes, static_cast<std::size_t>(node.offset_debug()), name),
                                 std::string(item) + " without REFERENCE_NUMBER or DATAID");
            }
            Entity& entity = out.entity(ref, schema);
            out.count_record();
            add_common(out, entity, node, ref);
            add_aliases_addresses(out, entity, node, alias_tag, address_tag, ref);
            if (schema == Schema::person) add_person_details(out, entity, node, ref);
        }
    };
    load("INDIVIDUALS", "INDIVIDUAL", Schema::person, "INDIVIDUAL_ALIAS", "INDIVIDUAL_ADDRESS");
    load("ENTITIES", "ENTITY", Schema::legal_entity, "ENTITY_ALIAS", "ENTITY_ADDRESS");
    return out.finish();
}

SourceLocation locate(std::string_view bytes, std::size_t offset, const std::string& name) {
    offset = std::min(offset, bytes.size());
    const auto line = static_cast<std::uint64_t>(std::count(
                          bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n')) +
                      1;
    return {name, line, offset};
}

void require_utf8(std::string_view bytes, const std::string& name) {
    if (valid_utf8(bytes)) return;
    // Find the first bad line to report it.
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        std::size_t eol = bytes.find('\n', pos);
        if (eol == std::string_view::npos) eol = bytes.size();
        if (!valid_utf8(bytes.substr(pos, eol - pos)))
            throw InputError(locate(bytes, pos, name), "invalid UTF-8");
        pos = eol + 1;
    }
    throw InputError({name, 0, 0}, "invalid UTF-8");
}

void load_xml(pugi::xml_document& doc, std::string_view bytes, const std::string& name,
              unsigned int options) {
    require_utf8(bytes, name);
    const pugi::xml_parse_result parsed =
        doc.load_buffer(bytes.data(), bytes.size(), options, pugi::encoding_utf8);
    if (!parsed) {
        throw InputError(locate(bytes, static_cast<std::size_t>(parsed.offset), name),
                         std::string("malformed XML: ") + parsed.description());
    }
}

}  // namespace cp::lists::detail
