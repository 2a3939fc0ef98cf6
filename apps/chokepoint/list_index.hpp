// SPDX-License-Identifier: Apache-2.0
// The lists of a folder loaded and indexed for name queries: what `match`, `screen`, `trace` and `demo` need.
// Included only by files built with the lists and match modules.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "lists/lists.hpp"
#include "match/match.hpp"

namespace cp::app {

/// Loaded entities and their index. Not movable: the index borrows the entity set.
struct ListIndex {
    explicit ListIndex(const std::filesystem::path& dir)
        : entities(lists::load_directory(dir)), index(entities) {}
    ListIndex(const ListIndex&) = delete;
    ListIndex& operator=(const ListIndex&) = delete;

    lists::EntitySet entities;
    match::Index index;
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
