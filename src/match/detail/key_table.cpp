// SPDX-License-Identifier: Apache-2.0
#include "match/detail/key_table.hpp"

#include <bit>
#include <cstring>
#include <limits>
#include <utility>

#include "core/error.hpp"

namespace cp::match::detail {

namespace {

// A bijection of 64-bit words (xor-shift, odd multiply, twice): keys of up to 8 bytes and the same length,
// which are one block, never share a hash; longer ones as a random function would.
constexpr std::uint64_t mix(std::uint64_t x) noexcept {
    constexpr std::uint64_t odd = 0xd6e8feb86659fd93ULL;
    x ^= x >> 32U;
    x *= odd;
    x ^= x >> 32U;
    x *= odd;
    x ^= x >> 32U;
    return x;
}

}  // namespace

void KeyTable::add(std::string&& key, std::uint32_t name_id) {
    const auto [it, inserted] =
        m_numbers.try_emplace(std::move(key), static_cast<std::uint32_t>(m_lists.size()));
    if (inserted) {
        m_lists.emplace_back();
        m_hashes.push_back(hash(it->first));
    }
    auto& ids = m_lists[it->second];
    if (ids.empty() || ids.back() != name_id) ids.push_back(name_id);
}

std::uint64_t KeyTable::hash(std::string_view key) const noexcept {
    std::uint64_t h = m_seed ^ (key.size() * 0x9e3779b97f4a7c15ULL);
    const char* data = key.data();
    std::size_t left = key.size();
    for (; left >= 8; left -= 8, data += 8) {
        std::uint64_t block = 0;
        std::memcpy(&block, data, 8);
        h = mix(h ^ block);
    }
    if (left > 0 || key.empty()) {
        std::uint64_t block = 0;
        std::memcpy(&block, data, left);
        h = mix(h ^ block);
    }
    return h & m_hash_mask;
}

void KeyTable::prefetch(std::uint64_t hash) const noexcept {
    if (!m_slots.empty()) __builtin_prefetch(&m_slots[hash & m_mask]);
}

std::span<const std::uint32_t> KeyTable::find(std::uint64_t hash) const noexcept {
    if (m_slots.empty()) return {};
    for (std::uint64_t at = hash & m_mask;; at = (at + 1) & m_mask) {
        const Slot& slot = m_slots[at];
        if (slot.count == 0) return {};
        if (slot.hash == hash) return {m_ids.data() + slot.begin, slot.count};
    }
}

void KeyTable::freeze() {
    std::size_t total = 0;
    for (const auto& ids : m_lists) total += ids.size();
    if (total > std::numeric_limits<std::uint32_t>::max())
        throw cp::Error("name index: more than 2^32 postings");
    m_ids.clear();
    m_ids.reserve(total);
    for (const auto& ids : m_lists) m_ids.insert(m_ids.end(), ids.begin(), ids.end());
    m_keys = m_lists.size();
    // At most three quarters full: a lookup reads one or two slots, mostly of one cache line.
    m_mask = std::bit_ceil(std::max<std::size_t>(16, m_keys + m_keys / 3 + 1)) - 1;
    while (!fill()) {
        // Two keys share a hash (odds about keys^2 / 2^65): hash them all again under another seed.
        ++m_seed;
        for (const auto& [key, number] : m_numbers) m_hashes[number] = hash(key);
    }
    m_numbers = {};
    m_lists = {};
    m_hashes = {};
}

bool KeyTable::fill() {
    m_slots.assign(m_mask + 1, Slot{});
    std::uint32_t begin = 0;
    for (std::size_t number = 0; number < m_lists.size(); ++number) {
        const std::uint64_t h = m_hashes[number];
        std::uint64_t at = h & m_mask;
        for (; m_slots[at].count != 0; at = (at + 1) & m_mask) {
            if (m_slots[at].hash == h) return false;
        }
        const auto count = static_cast<std::uint32_t>(m_lists[number].size());
        m_slots[at] = {h, begin, count};
        begin += count;
    }
    return true;
}

std::size_t KeyTable::memory_bytes() const noexcept {
    return m_slots.capacity() * sizeof(Slot) + m_ids.capacity() * sizeof(std::uint32_t);
}

}  // namespace cp::match::detail
