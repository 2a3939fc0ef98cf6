// SPDX-License-Identifier: Apache-2.0
// The index's own state, shared by the files that build it (index_build.cpp), gather its candidates
// (candidates.cpp) and answer a query (index.cpp). Internal to the match module.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lists/entity.hpp"
#include "match/detail/key_table.hpp"
#include "match/detail/normalize.hpp"
#include "match/match.hpp"

namespace cp::match {

namespace detail {

struct IndexedName {
    std::uint32_t entity = 0;
    std::uint32_t value = 0;  // index into Entity::values
    lists::Schema schema = lists::Schema::legal_entity;
    detail::NormalName name;
};

struct IdentifierRef {
    std::uint32_t entity;
    std::uint32_t value;
};

/// Whether a name of `schema` answers a query restricted to `wanted` (MatchOptions::schema).
bool schema_accepts(std::optional<lists::Schema> wanted, lists::Schema schema);

}  // namespace detail

struct Index::Impl {
    const lists::EntitySet* set = nullptr;
    std::vector<detail::IndexedName> names;
    // What gather needs of each name, kept apart from `names` (72 bytes each) so that walking postings
    // touches 2 bytes per name.
    struct NameInfo {
        lists::Schema schema;
        std::uint8_t tokens;  // token count, capped at 255
    };
    std::vector<NameInfo> info;
    detail::KeyTable key_table;  // posting keys (detail/keys.hpp) -> names
    std::unordered_map<std::string, std::vector<detail::IdentifierRef>> identifiers;
    /// (hash of NormalName::form, name id) of every indexed name, sorted: a query of a listed name's form is
    /// given that name as a candidate (add_same_forms).
    std::vector<std::pair<std::uint64_t, std::uint32_t>> form_hashes;
    // Typo keys (detail::typo_keys) as (hash << 32 | name id), sorted, with the offset of each first 16 bits
    // of hash: a lookup is two reads and a short scan, and a million keys cost 8 bytes each.
    std::vector<std::uint64_t> typo_postings;
    std::vector<std::uint32_t> typo_buckets;

    void add_entity(std::uint32_t entity_idx);
    void sort_typo_postings();
    /// Names holding a word one edit away from `word` or from its folded spelling `fold` (or either
    /// itself), sorted; empty when the word is too short or every neighbour is too common to tell names
    /// apart.
    void typo_neighbours(std::string_view word, std::string_view fold, std::vector<std::uint32_t>& out) const;
    void set_weights();
    // Gives every listed token the number of its content (Token::id): equal tokens, equal numbers.
    void number_tokens();
    [[nodiscard]] float token_weight(const detail::Token& token) const;
    /// Rarity weight of something `holders` indexed names hold: log(1 + names / holders), as words and
    /// keys are weighted (0.5 holders for a word no name holds).
    [[nodiscard]] double rarity(double holders) const {
        return std::log(1.0 + (static_cast<double>(names.size()) + 1.0) / holders);
    }
    void gather(const detail::NormalName& query, const MatchOptions& options,
                std::vector<std::uint32_t>& chosen) const;
    void identifier_hits(std::string_view text, std::vector<Hit>& hits) const;
    void add_qualifiers(const MatchOptions& options, Hit& hit) const;
    void add_same_forms(const detail::NormalName& query, const MatchOptions& options,
                        std::vector<std::uint32_t>& chosen) const;
    /// Builds in `out` name `name_id` completed with words of its entity's other names
    /// (detail::complete_name); false when no other name adds anything.
    bool complete(const detail::NormalName& query, std::uint32_t name_id, std::uint32_t paired,
                  detail::NormalName& out) const;
};

}  // namespace cp::match
