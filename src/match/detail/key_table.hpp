// SPDX-License-Identifier: Apache-2.0
// The index's posting keys (detail/keys.hpp) and the names under each, frozen after the build into one flat
// hash table and one array of name ids.
//
// Why not std::unordered_map<std::string, std::uint32_t> and a std::vector per key, as before: a query looks
// up about 44 keys, and each lookup read a bucket, a node, maybe the key's heap text and then a vector
// header, all at random places: about 600 cycles a key, an eighth of a query (rdtsc, BM_QueryOne). Here a
// lookup is one slot of 16 bytes, asked for ahead (prefetch) while the other keys are hashed, then the ids.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cp::match::detail {

class KeyTable {
public:
    KeyTable() = default;
    /// A table whose hashes keep only their low `hash_bits` bits (1-64), for tests: with few bits, keys
    /// share hashes and freeze() must reseed.
    explicit KeyTable(unsigned hash_bits) noexcept
        : m_hash_mask(hash_bits >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << hash_bits) - 1) {}

    /// Files `name_id` under `key`. Ids come in increasing order; a name filed twice under a key counts once.
    /// Only before freeze().
    void add(std::string&& key, std::uint32_t name_id);

    /// Ends the build: moves every key's ids into the flat table and frees the build's map.
    void freeze();

    /// The hash find() and prefetch() take: compute once, prefetch early, find late.
    [[nodiscard]] std::uint64_t hash(std::string_view key) const noexcept;
    /// Asks for the slot of `hash` to be brought near (a hint; no effect on results).
    void prefetch(std::uint64_t hash) const noexcept;
    /// The names filed under the key of `hash`, in increasing order; empty when none is.
    ///
    /// Keys are told apart by their 64-bit hash only (the key text is not kept): freeze() picks a seed under
    /// which no two filed keys share a hash, so every filed key finds exactly its own names. A key never
    /// filed whose hash equals a filed key's (odds about keys / 2^64 per lookup) would bring that key's
    /// names as candidates, which are then scored on their words like any other.
    [[nodiscard]] std::span<const std::uint32_t> find(std::uint64_t hash) const noexcept;
    [[nodiscard]] std::span<const std::uint32_t> find(std::string_view key) const noexcept {
        return find(hash(key));
    }

    [[nodiscard]] std::size_t keys() const noexcept { return m_keys; }
    [[nodiscard]] std::size_t postings() const noexcept { return m_ids.size(); }
    [[nodiscard]] std::size_t memory_bytes() const noexcept;
    /// The seed freeze() settled on (0 unless two keys shared a hash under a lower one).
    [[nodiscard]] std::uint64_t seed() const noexcept { return m_seed; }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t begin = 0;  // into m_ids
        std::uint32_t count = 0;  // 0: an empty slot (a filed key has at least one name)
    };
    [[nodiscard]] bool fill();  // false when two keys share a hash

    // The build's state: each key's number, the names under each key number and its hash under m_seed
    // (computed while the key is at hand: freeze() then reads them in order).
    std::unordered_map<std::string, std::uint32_t> m_numbers;
    std::vector<std::vector<std::uint32_t>> m_lists;
    std::vector<std::uint64_t> m_hashes;
    std::vector<Slot> m_slots;
    std::vector<std::uint32_t> m_ids;
    std::uint64_t m_seed = 0;
    std::uint64_t m_hash_mask = ~std::uint64_t{0};
    std::uint64_t m_mask = 0;
    std::size_t m_keys = 0;
};

}  // namespace cp::match::detail
