// SPDX-License-Identifier: Apache-2.0
// Schema and property names of the entity model, spelled as FollowTheMoney spells them
// (followthemoney/schema/*.yaml), and the small Entity accessors.
#include "lists/entity.hpp"

#include <array>
#include <utility>

namespace cp::lists {

namespace {

constexpr std::array<std::pair<Schema, std::string_view>, 6> schema_names{{
    {Schema::legal_entity, "LegalEntity"},
    {Schema::person, "Person"},
    {Schema::company, "Company"},
    {Schema::organization, "Organization"},
    {Schema::vessel, "Vessel"},
    {Schema::airplane, "Airplane"},
}};

// FtM spells the sanctions programme "program" (Sanction.program) and the listing date "listingDate".
constexpr std::array<std::pair<Prop, std::string_view>, 28> prop_names{{
    {Prop::name, "name"},
    {Prop::alias, "alias"},
    {Prop::weak_alias, "weakAlias"},
    {Prop::previous_name, "previousName"},
    {Prop::imo_number, "imoNumber"},
    {Prop::mmsi, "mmsi"},
    {Prop::call_sign, "callSign"},
    {Prop::registration_number, "registrationNumber"},
    {Prop::serial_number, "serialNumber"},
    {Prop::operator_name, "operator"},
    {Prop::owner, "owner"},
    {Prop::flag, "flag"},
    {Prop::model, "model"},
    {Prop::build_date, "buildDate"},
    {Prop::birth_date, "birthDate"},
    {Prop::birth_place, "birthPlace"},
    {Prop::nationality, "nationality"},
    {Prop::country, "country"},
    {Prop::address, "address"},
    {Prop::id_number, "idNumber"},
    {Prop::email, "email"},
    {Prop::phone, "phone"},
    {Prop::website, "website"},
    {Prop::programme, "program"},
    {Prop::listing_date, "listingDate"},
    {Prop::notes, "notes"},
    {Prop::gender, "gender"},
    {Prop::icao24, "icao24"},
}};

}  // namespace

std::vector<std::string_view> Entity::all(Prop prop) const {
    std::vector<std::string_view> out;
    for (const Value& value : values) {
        if (value.prop == prop) out.emplace_back(value.text);
    }
    return out;
}

std::optional<std::string_view> Entity::first(Prop prop) const {
    for (const Value& value : values) {
        if (value.prop == prop) return std::string_view(value.text);
    }
    return std::nullopt;
}

std::string_view to_string(Schema schema) noexcept {
    for (const auto& [value, name] : schema_names) {
        if (value == schema) return name;
    }
    return "LegalEntity";
}

std::string_view to_string(Prop prop) noexcept {
    for (const auto& [value, name] : prop_names) {
        if (value == prop) return name;
    }
    return "notes";
}

std::optional<Schema> parse_schema(std::string_view ftm_name) noexcept {
    for (const auto& [value, name] : schema_names) {
        if (name == ftm_name) return value;
    }
    return std::nullopt;
}

std::optional<Prop> parse_prop(std::string_view ftm_name) noexcept {
    for (const auto& [value, name] : prop_names) {
        if (name == ftm_name) return value;
    }
    // Aliases seen in FtM exports and in our own older spelling.
    if (ftm_name == "programme" || ftm_name == "programId") return Prop::programme;
    if (ftm_name == "citizenship") return Prop::nationality;
    if (ftm_name == "jurisdiction" || ftm_name == "mainCountry") return Prop::country;
    if (ftm_name == "taxNumber" || ftm_name == "passportNumber" || ftm_name == "registrationId") {
        return Prop::id_number;
    }
    return std::nullopt;
}

}  // namespace cp::lists
