// SPDX-License-Identifier: Apache-2.0
// FollowTheMoney entities as JSON lines (OpenSanctions "entities.ftm.json" exports): one object per line,
// {"id": ..., "schema": ..., "properties": {"name": [...], ...}}. Schemas outside the entity model
// (Address, Sanction, Ownership, ...) are read but not loaded; so are properties without a Prop.
#include <filesystem>

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

}  // namespace

EntitySet parse_ftm_jsonl(std::string_view bytes, const std::string& name) {
    SetBuilder out("ftm:" + std::filesystem::path(name).filename().string(), "FollowTheMoney entities", name);
    out.add_file(name);
    io::LineCursor cursor(bytes);
    io::LineView line;
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
        const std::optional<Schema> schema = ftm_schema(schema_name->get_ref<const std::string&>());
        if (!schema) continue;
        const std::string& record = id->get_ref<const std::string&>();
        Entity& entity = out.entity(record, *schema);
        const auto properties = object.find("properties");
        if (properties != object.end()) add_properties(out, entity, *properties, record, where);
    }
    return out.finish();
}

}  // namespace cp::lists::detail
