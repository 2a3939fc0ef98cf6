// SPDX-License-Identifier: Apache-2.0
// EU consolidated financial sanctions list, "Financial Sanctions Files" XML 1.1 (xmlFullSanctionsList_1_1.xml
// from webgate.ec.europa.eu/fsd/fsf): export/sanctionEntity, everything in attributes: nameAlias (strong or
// weak, any script), regulation (programme, publication date), subjectType, citizenship, birthdate,
// identification, address, remark. Elements are matched by local name (the file puts them in the default
// namespace http://eu.europa.ec/fpi/fsd/export); unknown elements and attributes are ignored, as the EU adds
// fields over time. Tested on a hand-made fixture in the published layout, not on a live file.
#include <algorithm>
#include <optional>
#include <vector>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "core/text.hpp"
#include "lists/detail/builder.hpp"
#include "lists/detail/loaders.hpp"
#include "lists/detail/xml.hpp"

namespace cp::lists::detail {

namespace {

// "fsd:nameAlias" -> "nameAlias": a prefix, or none, must not change what is read.
std::string_view local_name(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Attributes are written even when empty (firstName=""): empty and absent mean the same.
std::string_view attr(const pugi::xml_node& node, const char* name) {
    return text::trim(node.attribute(name).as_string());
}

// "2003-07-08" (a time or zone after it is dropped), else "": the file writes ISO dates, and a date in any
// other form is not guessed at (normalize_date would read "05/04/2010" as the BIS month first).
std::string_view iso_date(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return {};
    text = text.substr(0, 10);
    return all_digits(text.substr(0, 4)) && all_digits(text.substr(5, 2)) && all_digits(text.substr(8, 2))
               ? text
               : std::string_view{};
}

// The country of a citizenship, birthdate, identification or address: its name, else its ISO code. The
// published file writes an unknown country as countryIso2Code="00" countryDescription="UNKNOWN".
std::string_view country_of(const pugi::xml_node& node) {
    const std::string_view description = attr(node, "countryDescription");
    if (!description.empty() && description != "UNKNOWN") return description;
    const std::string_view code = attr(node, "countryIso2Code");
    return code == "00" ? std::string_view{} : code;
}

struct Name {
    std::string text;
    bool strong = true;
    bool preferred = true;  ///< nameLanguage empty or EN: the form the primary name should take
};

// Every non-empty nameAlias, in file order: wholeName, else first, middle and last name joined.
std::vector<Name> names_of(const pugi::xml_node& record) {
    std::vector<Name> names;
    for (const pugi::xml_node child : record.children()) {
        if (local_name(child) != "nameAlias") continue;
        std::string name(attr(child, "wholeName"));
        if (name.empty())
            name = join_nonempty(
                {attr(child, "firstName"), attr(child, "middleName"), attr(child, "lastName")}, " ");
        if (name.empty()) continue;
        const std::string strong = text::to_upper_ascii(attr(child, "strong"));
        const std::string language = text::to_upper_ascii(attr(child, "nameLanguage"));
        names.push_back(
            {std::move(name), strong != "FALSE" && strong != "0", language.empty() || language == "EN"});
    }
    return names;
}

// The primary name is the first strong name in English (or no stated language), else the first strong one (a
// list may name someone only in Cyrillic), else the first name at all; the others are aliases, weak ones
// weakAlias.
void add_names(SetBuilder& out, Entity& entity, const std::vector<Name>& names, std::string_view ref) {
    auto primary =
        std::find_if(names.begin(), names.end(), [](const Name& n) { return n.strong && n.preferred; });
    if (primary == names.end())
        primary = std::find_if(names.begin(), names.end(), [](const Name& n) { return n.strong; });
    if (primary == names.end()) primary = names.begin();
    // A second record with the same reference adds to the first entity: its primary name becomes an alias.
    const std::optional<std::string_view> earlier = entity.first(Prop::name);
    if (!earlier) {
        out.add(entity, Prop::name, primary->text, ref);
    } else if (*earlier != primary->text) {
        out.add(entity, Prop::alias, primary->text, ref);
    }
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (it != primary) out.add(entity, it->strong ? Prop::alias : Prop::weak_alias, it->text, ref);
    }
}

// Gender, function and title are attributes of each name; the entity model has no property for a
// function or a title, so they are labelled notes as in the UN and UK loaders.
void add_name_details(SetBuilder& out, Entity& entity, const pugi::xml_node& alias, std::string_view ref) {
    const std::string_view gender = attr(alias, "gender");
    if (gender == "M") out.add(entity, Prop::gender, "male", ref);
    if (gender == "F") out.add(entity, Prop::gender, "female", ref);
    if (const std::string_view function = attr(alias, "function"); !function.empty())
        out.add(entity, Prop::notes, "Function: " + std::string(function), ref);
    if (const std::string_view title = attr(alias, "title"); !title.empty())
        out.add(entity, Prop::notes, "Title: " + std::string(title), ref);
}

// The whole date when the file gives it; else as much as year, monthOfYear and dayOfMonth say, never
// inventing a part: "1961", "1962-03". circa="true" is not kept: the entity model has no place for it.
std::string birth_date(const pugi::xml_node& node) {
    if (const std::string_view full = iso_date(attr(node, "birthdate")); !full.empty())
        return std::string(full);
    const std::string_view year = attr(node, "year");
    if (year.size() != 4 || !all_digits(year)) return {};
    const std::string_view month = attr(node, "monthOfYear");
    const std::optional<int> month_number = all_digits(month) ? text::parse_number<int>(month) : std::nullopt;
    if (!month_number || *month_number < 1 || *month_number > 12) return std::string(year);
    const std::string_view day = attr(node, "dayOfMonth");
    const std::optional<int> day_number = all_digits(day) ? text::parse_number<int>(day) : std::nullopt;
    if (!day_number || *day_number < 1 || *day_number > 31)
        return fmt::format("{}-{:02}", year, *month_number);
    return fmt::format("{}-{:02}-{:02}", year, *month_number, *day_number);
}

void add_birth(SetBuilder& out, Entity& entity, const pugi::xml_node& node, std::string_view ref) {
    out.add(entity, Prop::birth_date, birth_date(node), ref);
    const std::string_view city = attr(node, "city");
    const std::string_view place = attr(node, "place");
    out.add(
        entity, Prop::birth_place,
        join_nonempty(
            {city, place == city ? std::string_view{} : place, attr(node, "region"), country_of(node)}, ", "),
        ref);
}

// The 7 digits of an IMO number when the document is one ("IMO number" type, or "IMO 9123453" written in
// the number) and its check digit is right, else "": a wrong number must not reach a watchlist (as in the
// OFAC loader); the document stays an idNumber either way.
std::string_view imo_digits(std::string_view kind, std::string_view number) {
    const bool says_imo = text::to_upper_ascii(kind).find("IMO") != std::string::npos ||
                          text::to_upper_ascii(number.substr(0, 3)) == "IMO";
    if (!says_imo) return {};
    if (text::to_upper_ascii(number.substr(0, 3)) == "IMO") number = number.substr(3);
    while (!number.empty() && (number.front() == ' ' || number.front() == ':' || number.front() == '.'))
        number.remove_prefix(1);
    return valid_imo(number) ? number : std::string_view{};
}

// "<kind> <number> (<country>)", as the OFAC and UK loaders write documents; a company registration
// number is also kept bare as registrationNumber, like OFAC's "Registration Number".
void add_identification(SetBuilder& out, Entity& entity, const pugi::xml_node& node, std::string_view ref) {
    std::string_view number = attr(node, "number");
    if (number.empty()) number = attr(node, "latinNumber");
    if (number.empty()) return;
    const std::string_view code = attr(node, "identificationTypeCode");
    std::string_view kind = attr(node, "identificationTypeDescription");
    if (kind.empty()) kind = code;
    std::string line = join_nonempty({kind, number}, " ");
    if (const std::string_view country = country_of(node); !country.empty())
        line += " (" + std::string(country) + ")";
    out.add(entity, Prop::id_number, line, ref);
    if (code == "regnumber") out.add(entity, Prop::registration_number, number, ref);
    out.add(entity, Prop::imo_number, imo_digits(join_nonempty({kind, code}, " "), number), ref);
}

void add_address(SetBuilder& out, Entity& entity, const pugi::xml_node& node, std::string_view ref) {
    const std::string_view po_box = attr(node, "poBox");
    const std::string box = all_digits(po_box) ? "PO Box " + std::string(po_box) : std::string(po_box);
    out.add(entity, Prop::address,
            join_nonempty({attr(node, "street"), box, attr(node, "city"), attr(node, "zipCode"),
                           attr(node, "region"), attr(node, "place"), country_of(node)},
                          ", "),
            ref);
    out.add(entity, Prop::country, country_of(node), ref);
}

// Loads one sanctionEntity; one without any name cannot be screened and is reported in skipped.
void load_record(SetBuilder& out, const pugi::xml_node& record, std::string_view bytes,
                 const std::string& file) {
    // Located only when reported: counting lines from the start for every record would be quadratic.
    const auto where = [&] { return locate(bytes, static_cast<std::size_t>(record.offset_debug()), file); };
    // The EU reference ("EU.27.28") is what the Official Journal cites; a few records have none, and
    // logicalId (all digits, so never equal to a reference) names them instead.
    std::string ref(attr(record, "euReferenceNumber"));
    if (ref.empty()) ref = attr(record, "logicalId");
    if (ref.empty()) throw InputError(where(), "sanctionEntity without euReferenceNumber or logicalId");
    const std::vector<Name> names = names_of(record);
    if (names.empty()) {
        out.skip(where().to_string() + ": sanctionEntity " + ref + " has no name (not loaded)");
        return;
    }
    Schema schema = Schema::legal_entity;  // "enterprise" and anything the EU may add later
    for (const pugi::xml_node child : record.children()) {
        if (local_name(child) == "subjectType" && attr(child, "code") == "person") schema = Schema::person;
    }
    Entity& entity = out.entity(ref, schema);
    add_names(out, entity, names, ref);
    if (const std::string_view un_id = attr(record, "unitedNationId"); !un_id.empty())
        out.add(entity, Prop::notes, "UN Reference Number " + std::string(un_id), ref);
    out.add(entity, Prop::notes, attr(record, "designationDetails"), ref);
    std::string listed;  // the earliest regulation that names the record
    for (const pugi::xml_node child : record.children()) {
        const std::string_view tag = local_name(child);
        if (tag == "remark") {
            out.add(entity, Prop::notes, child.text().as_string(), ref);
        } else if (tag == "regulation") {
            out.add(entity, Prop::programme, attr(child, "programme"), ref);
            const std::string_view date = iso_date(attr(child, "publicationDate"));
            if (!date.empty() && (listed.empty() || date < listed)) listed = date;
        } else if (tag == "nameAlias") {
            add_name_details(out, entity, child, ref);
        } else if (tag == "citizenship") {
            out.add(entity, Prop::nationality, country_of(child), ref);
        } else if (tag == "birthdate") {
            add_birth(out, entity, child, ref);
        } else if (tag == "identification") {
            add_identification(out, entity, child, ref);
        } else if (tag == "address") {
            add_address(out, entity, child, ref);
        }
    }
    out.add(entity, Prop::listing_date, listed, ref);
}

}  // namespace

EntitySet parse_eu_xml(std::string_view bytes, const std::string& name) {
    pugi::xml_document doc;
    load_xml(doc, bytes, name);
    const pugi::xml_node root = doc.document_element();
    if (local_name(root) != "export") {
        throw InputError(locate(bytes, static_cast<std::size_t>(root.offset_debug()), name),
                         "not an EU financial sanctions file (root element " + std::string(root.name()) +
                             ", expected export)");
    }
    SetBuilder out("eu", "EU Consolidated Financial Sanctions List", name);
    out.add_file(name);
    for (const pugi::xml_node record : root.children()) {
        if (local_name(record) != "sanctionEntity") continue;
        out.count_record();
        load_record(out, record, bytes, name);
    }
    return out.finish();
}

}  // namespace cp::lists::detail
