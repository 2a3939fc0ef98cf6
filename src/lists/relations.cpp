// SPDX-License-Identifier: Apache-2.0
// Relations between listed parties: name resolution (detail/relations.hpp) and relations_of().
#include "lists/detail/relations.hpp"

#include <array>
#include <unordered_map>

#include "lists/lists.hpp"

namespace cp::lists {

namespace detail {

std::string name_key(std::string_view name) {
    std::string key;
    key.reserve(name.size());
    bool gap = false;
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !digit && byte < 0x80) {
            gap = !key.empty();
            continue;
        }
        if (gap) key += ' ';
        gap = false;
        key += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return key;
}

void resolve_relations(EntitySet& set) {
    // Per source and per kind of name (0 primary, 1 alias): name key -> index of the one entity carrying
    // it, or `ambiguous` when several do. A primary name wins over aliases: OFAC links by the primary name,
    // and "NATIONAL IRANIAN TANKER COMPANY" (ent 15117) is also an a.k.a. of ent 15119 (alt.csv 2025-02).
    constexpr std::size_t ambiguous = static_cast<std::size_t>(-1);
    using Names = std::array<std::unordered_map<std::string, std::size_t>, 2>;
    std::unordered_map<std::string, Names> by_source;
    for (const Relation& relation : set.relations) {
        if (relation.to_id.empty()) by_source.try_emplace(relation.source);
    }
    if (by_source.empty()) return;
    for (std::size_t idx = 0; idx < set.entities.size(); ++idx) {
        const Entity& entity = set.entities[idx];
        // Entity ids are "<source key>:<record>"; FtM keys hold a ':' themselves ("ftm:file:id"), so the
        // source is found by trying the keys that have unresolved relations.
        for (auto& [source, names] : by_source) {
            if (entity.id.size() <= source.size() || entity.id.compare(0, source.size(), source) != 0 ||
                entity.id[source.size()] != ':') {
                continue;
            }
            for (const Value& value : entity.values) {
                if (value.prop != Prop::name && value.prop != Prop::alias) continue;
                auto& map = names[value.prop == Prop::name ? 0 : 1];
                const auto inserted = map.try_emplace(name_key(value.text), idx);
                if (!inserted.second && inserted.first->second != idx) inserted.first->second = ambiguous;
            }
        }
    }
    for (Relation& relation : set.relations) {
        if (!relation.to_id.empty()) continue;
        const Names& names = by_source[relation.source];
        const std::string key = name_key(relation.to_name);
        for (const auto& map : names) {
            const auto it = map.find(key);
            if (it == map.end()) continue;
            if (it->second != ambiguous) relation.to_id = set.entities[it->second].id;
            break;  // an ambiguous primary name is not settled by an alias
        }
    }
}

}  // namespace detail

std::vector<const Relation*> relations_of(const EntitySet& set, std::string_view entity_id) {
    std::vector<const Relation*> out;
    if (entity_id.empty()) return out;  // unresolved relations have an empty to_id: never match ""
    for (const Relation& relation : set.relations) {
        if (relation.from_id == entity_id || relation.to_id == entity_id) out.push_back(&relation);
    }
    return out;
}

}  // namespace cp::lists
