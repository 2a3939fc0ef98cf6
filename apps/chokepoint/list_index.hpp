// SPDX-License-Identifier: Apache-2.0
// The lists of a folder loaded and indexed for name queries: what `match`, `screen`, `trace` and `demo` need.
// Included only by files built with the lists and match modules.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "lists/lists.hpp"
#include "match/match.hpp"

namespace cp::app {

/// Loaded entities and their index. Not movable: the index borrows the entity set.
struct ListIndex {
    explicit ListIndex(const std::filesystem::path& dir)
        : entities(lists::load_directory(dir)), index(entities) {
        // Links are shown beside hits: look them up by entity id once, not by a scan per hit.
        for (std::size_t idx = 0; idx < entities.entities.size(); ++idx)
            by_id.emplace(entities.entities[idx].id, idx);
        for (const auto& relation : entities.relations) {
            links[relation.from_id].push_back(&relation);
            if (!relation.to_id.empty() && relation.to_id != relation.from_id)
                links[relation.to_id].push_back(&relation);
        }
    }
    ListIndex(const ListIndex&) = delete;
    ListIndex& operator=(const ListIndex&) = delete;

    /// Relations in which `entity_id` is either end (lists::relations_of, precomputed).
    [[nodiscard]] const std::vector<const lists::Relation*>& links_of(const std::string& entity_id) const {
        static const std::vector<const lists::Relation*> none;
        const auto it = links.find(entity_id);
        return it == links.end() ? none : it->second;
    }
    /// Primary name of the entity with `id`, or "" when it is not loaded.
    [[nodiscard]] std::string_view name_of(const std::string& id) const {
        const auto it = by_id.find(id);
        return it == by_id.end() ? std::string_view{}
                                 : entities.entities[it->second].first(lists::Prop::name).value_or("");
    }

    lists::EntitySet entities;
    match::Index index;
    std::unordered_map<std::string, std::size_t> by_id;
    std::unordered_map<std::string, std::vector<const lists::Relation*>> links;
};

/// Loads and indexes `dir` and says so on stderr; with no `dir`, warns that `unscreened` are not screened and
/// returns null.
inline std::unique_ptr<ListIndex> load_list_index(const std::string& dir, std::string_view unscreened) {
    if (dir.empty()) {
        fmt::print(stderr, "warning: no --lists: {} are not screened\n", unscreened);
        return nullptr;
    }
    auto loaded = std::make_unique<ListIndex>(dir);
    fmt::print(stderr, "lists: {} entities from {}\n", loaded->entities.entities.size(), dir);
    return loaded;
}

}  // namespace cp::app
