// SPDX-License-Identifier: Apache-2.0
// FollowTheMoney entities as JSON lines (OpenSanctions "entities.ftm.json" exports): one object per line,
// {"id": ..., "schema": ..., "properties": {"name": [...], ...}}. Schemas outside the entity model
// (Address, Sanction, ...) are read but not loaded; so are properties without a Prop. The FtM interval
// schemas that link two parties (UnknownLink, Ownership, Directorship, Associate, Family) become
// EntitySet::relations; they are resolved by id, not by name.
#include <array>
#include <filesystem>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "io/line_reader.hpp"
#include "lists/detail/builder.hpp"
#include "lists/detail/loaders.hpp"

namespace cp::lists::detail {

namespace {

std::optional<Schema> ftm_schema(std::string_view name) {
    if (auto schema = parse_schema(name)) return schema;
    if (name == "PublicBody") return Schema::organization;
    return std::nullopt;
}

void add_properties(SetBuilder& out, Entity& entity, const nlohmann::json& properties, const std::string& id,
                    const SourceLocation& where) {
    if (!properties.is_object()) throw InputError(where, "\"properties\" is not an object");
    for (const auto& [prop_name, values] : properties.items()) {
        const std::optional<Prop> prop = parse_prop(prop_name);
        if (!prop) continue;
        if (!values.is_array()) throw InputError(where, "property \"" + prop_name + "\" is not an array");
        for (const nlohmann::json& value : values) {
            // Entity references (owner, operator) are ids in FtM; they are kept as text like any other value.
            if (value.is_string()) out.add(entity, *prop, value.get_ref<const std::string&>(), id);
        }
    }
}

// FtM relation schemas and their two ends (followthemoney/schema/*.yaml: the "edge" source and target).
struct LinkSchema {
    std::string_view schema, from, to;
};
constexpr std::array<LinkSchema, 5> link_schemas{{
    {"UnknownLink", "subject", "object"},
    {"Ownership", "owner", "asset"},
    {"Directorship", "director", "organization"},
    {"Associate", "person", "associate"},
    {"Family", "person", "relative"},
}};

struct RawLink {
    std::string kind, from, to, record;
};

// First string of property `name` ("" when absent); ends of a link are single entity ids in FtM.
std::string first_string(const nlohmann::json& properties, std::string_view name) {
    const auto it = properties.find(name);
    if (it == properties.end() || !it->is_array()) return {};
    for (const nlohmann::json& value : *it) {
        if (value.is_string()) return value.get<std::string>();
    }
    return {};
}

// A link becomes a relation when its `from` end is a loaded entity; `to` is resolved when it is loaded too,
// else its FtM id stays in to_name (a link to an Address or a Sanction is not a party).
void add_links(EntitySet& set, const std::vector<RawLink>& links) {
    if (links.empty()) return;
    const std::string& key = set.sources.front().key;
    std::unordered_map<std::string, std::size_t> by_id;
    for (std::size_t idx = 0; idx < set.entities.size(); ++idx) by_id.emplace(set.entities[idx].id, idx);
    for (const RawLink& link : links) {
        const std::string from = key + ":" + link.from;
        if (!by_id.contains(from)) continue;
        const auto to = by_id.find(key + ":" + link.to);
        Relation relation{from, {}, link.to, link.kind, key, link.record};
        if (to != by_id.end()) {
            relation.to_id = to->first;
            const Entity& target = set.entities[to->second];
            if (const auto name = target.first(Prop::name)) relation.to_name = std::string(*name);
        }
        set.relations.push_back(std::move(relation));
    }
}

}  // namespace

EntitySet parse_ftm_jsonl(std::string_view bytes, const std::string& name) {
    SetBuilder out("ftm:" + std::filesystem::path(name).filename().string(), "FollowTheMoney entities", name);
    out.add_file(name);
    io::LineCursor cursor(bytes);
    io::LineView line;
    std::vector<RawLink> links;
    while (cursor.next(line)) {
        if (line.text.find_first_not_of(" \t") == std::string_view::npos) continue;
        const SourceLocation where{name, line.number, line.byte_offset};
        nlohmann::json object;
        try {
            object = nlohmann::json::parse(line.text);
        } catch (const nlohmann::json::parse_error& error) {
            throw InputError(where, std::string("malformed JSON: ") + error.what());
        }
        if (!object.is_object()) throw InputError(where, "a line is not a JSON object");
        const auto id = object.find("id");
        const auto schema_name = object.find("schema");
        if (id == object.end() || !id->is_string() || id->get_ref<const std::string&>().empty()) {
            throw InputError(where, "entity without a string \"id\"");
        }
        if (schema_name == object.end() || !schema_name->is_string()) {
            throw InputError(where, "entity without a string \"schema\"");
        }
        out.count_record();
        const std::string& schema_text = schema_name->get_ref<const std::string&>();
        const std::string& record = id->get_ref<const std::string&>();
        const auto properties = object.find("properties");
        const std::optional<Schema> schema = ftm_schema(schema_text);
        if (!schema) {
            for (const LinkSchema& link : link_schemas) {
                if (link.schema != schema_text || properties == object.end() || !properties->is_object())
                    continue;
                RawLink raw{schema_text, first_string(*properties, link.from),
                            first_string(*properties, link.to), record};
                if (!raw.from.empty() && !raw.to.empty()) links.push_back(std::move(raw));
            }
            continue;
        }
        Entity& entity = out.entity(record, *schema);
        if (properties != object.end()) add_properties(out, entity, *properties, record, where);
    }
    EntitySet set = out.finish();
    add_links(set, links);
    return set;
}

}  // namespace cp::lists::detail
