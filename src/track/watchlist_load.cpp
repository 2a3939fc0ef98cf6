// SPDX-License-Identifier: Apache-2.0
// Watchlist sources: a `kind,value[,label]` CSV, and the vessels and aircraft of loaded sanctions lists.
// Tested in tests/unit/track/test_watchlist.cpp, on the real OFAC SDN set for add_list_entities.
#include <algorithm>

#include "core/csv.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "io/io.hpp"
#include "track/detail/sites_common.hpp"
#include "track/detail/watchlist_normalise.hpp"
#include "track/watchlist.hpp"

namespace cp::track {

namespace {

int column_of(const std::vector<std::string>& header, std::string_view name) {
    for (std::size_t col = 0; col < header.size(); ++col) {
        if (csv::header_key(header[col]) == name) return static_cast<int>(col);
    }
    return -1;
}

std::string_view what_is_expected(WatchKey key) {
    switch (key) {
    case WatchKey::icao:
        return "6 hex digits";
    case WatchKey::mmsi:
        return "9 digits";
    case WatchKey::imo:
        return "7 digits";
    case WatchKey::registration:
    case WatchKey::callsign_prefix:
    case WatchKey::aircraft_country:
    case WatchKey::vessel_name:
    case WatchKey::call_sign:
        return "a non-empty value";
    }
    return "a value";
}

/// "<name> (<programme>, <programme>)" for labels.
std::string entity_label(const lists::Entity& entity) {
    std::string label(entity.first(lists::Prop::name).value_or(entity.id));
    const auto programmes = entity.all(lists::Prop::programme);
    if (programmes.empty()) return label;
    label += " (";
    for (std::size_t prog_idx = 0; prog_idx < programmes.size(); ++prog_idx) {
        if (prog_idx > 0) label += ", ";
        label += programmes[prog_idx];
    }
    label += ")";
    return label;
}

}  // namespace

Watchlist parse_watchlist_csv(std::string_view text, const std::string& name) {
    csv::Reader reader(text, name, csv::ReaderOptions{.quote_in_unquoted_field_is_text = true});
    std::vector<std::string> fields;
    if (!reader.next(fields))
        throw InputError({name, 1, 0}, "empty watchlist (header kind,value[,label] needed)");
    const int kind_col = column_of(fields, "kind");
    const int value_col = column_of(fields, "value");
    const int label_col = column_of(fields, "label");
    if (kind_col < 0 || value_col < 0) reader.fail("header must name the columns kind and value");
    const std::size_t width = fields.size();
    Watchlist watchlist;
    while (reader.next(fields)) {
        if (fields.size() != width) {
            reader.fail("expected " + std::to_string(width) + " fields as in the header, found " +
                        std::to_string(fields.size()));
        }
        const auto kind_text = text::trim(fields[static_cast<std::size_t>(kind_col)]);
        const auto key = parse_watch_key(csv::header_key(kind_text));
        if (!key) reader.fail("unknown kind '" + std::string(kind_text) + "'");
        WatchEntry entry;
        entry.key = *key;
        entry.value = fields[static_cast<std::size_t>(value_col)];
        if (label_col >= 0)
            entry.label = std::string(text::trim(fields[static_cast<std::size_t>(label_col)]));
        entry.source = name + ":" + std::to_string(reader.line());
        const std::string value = entry.value;
        if (!watchlist.add(std::move(entry))) {
            reader.fail(std::string(to_string(*key)) + " must be " + std::string(what_is_expected(*key)) +
                        ": '" + value + "'");
        }
    }
    return watchlist;
}

Watchlist load_watchlist_csv(const std::string& path) {
    return parse_watchlist_csv(io::read_file(path), path);
}

std::size_t add_list_entities(Watchlist& watchlist, const lists::EntitySet& set) {
    using lists::Prop;
    std::size_t added = 0;
    const auto add_all = [&](const lists::Entity& entity, Prop prop, WatchKey key, const std::string& label) {
        for (std::string_view value : entity.all(prop)) {
            if (watchlist.add({key, std::string(value), label, entity.id})) ++added;
        }
    };
    for (const auto& entity : set.entities) {
        if (entity.schema == lists::Schema::vessel) {
            const std::string label = entity_label(entity);
            add_all(entity, Prop::imo_number, WatchKey::imo, label);
            add_all(entity, Prop::mmsi, WatchKey::mmsi, label);
            add_all(entity, Prop::name, WatchKey::vessel_name, label);
            add_all(entity, Prop::alias, WatchKey::vessel_name, label);
            add_all(entity, Prop::previous_name, WatchKey::vessel_name, label);
            add_all(entity, Prop::call_sign, WatchKey::call_sign, label);
        } else if (entity.schema == lists::Schema::airplane) {
            const std::string label = entity_label(entity);
            add_all(entity, Prop::registration_number, WatchKey::registration, label);
            add_all(entity, Prop::icao24, WatchKey::icao, label);
        }
    }
    return added;
}

}  // namespace cp::track
