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
    auto& ids = m_building[std::move(key)];
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
    return h;
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
    for (const auto& [key, ids] : m_building) total += ids.size();
    if (total > std::numeric_limits<std::uint32_t>::max())
        throw cp::Error("name index: more than 2^32 postings");
    m_ids.clear();
    m_ids.reserve(total);
    m_keys = m_building.size();
    // At most three quarters full: a lookup reads one or two slots, mostly of one cache line.
    m_mask = std::bit_ceil(std::max<std::size_t>(16, m_keys + m_keys / 3 + 1)) - 1;
    for (std::uint64_t seed = 0;; ++seed) {
        if (fill(seed)) break;
    }
    m_building = {};
}

bool KeyTable::fill(std::uint64_t seed) {
    m_seed = seed;
    m_ids.clear();
    m_slots.assign(m_mask + 1, Slot{});
    for (const auto& [key, ids] : m_building) {
        const std::uint64_t h = hash(key);
        std::uint64_t at = h & m_mask;
        for (; m_slots[at].count != 0; at = (at + 1) & m_mask) {
            if (m_slots[at].hash == h) return false;  // two keys, one hash: try another seed
        }
        m_slots[at] = {h, static_cast<std::uint32_t>(m_ids.size()), static_cast<std::uint32_t>(ids.size())};
        m_ids.insert(m_ids.end(), ids.begin(), ids.end());
    }
    return true;
}

std::size_t KeyTable::memory_bytes() const noexcept {
    return m_slots.capacity() * sizeof(Slot) + m_ids.capacity() * sizeof(std::uint32_t);
}

}  // namespace cp::match::detail
