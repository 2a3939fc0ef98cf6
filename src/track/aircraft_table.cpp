// SPDX-License-Identifier: Apache-2.0
// AircraftTable: block storage and an open-addressing index for the per-aircraft records (see
// detail/aircraft_state.hpp for the layout). Tested through the tracker tests (insert, expire, re-find).
#include "track/detail/aircraft_state.hpp"

namespace cp::track::detail {
namespace {

constexpr std::uint64_t slot_key(std::uint64_t slot) noexcept {
    return slot >> 32;
}
constexpr std::size_t slot_record(std::uint64_t slot) noexcept {
    return static_cast<std::size_t>(slot & 0xFFFFFFFFU) - 1;
}
constexpr std::uint64_t make_slot(std::uint32_t key, std::size_t record) noexcept {
    return (static_cast<std::uint64_t>(key) << 32) | static_cast<std::uint64_t>(record + 1);
}

/// Addresses cluster (country blocks): mix them before masking (Murmur3 finaliser).
std::uint32_t mix(std::uint32_t key) noexcept {
    key ^= key >> 16;
    key *= 0x85EBCA6BU;
    key ^= key >> 13;
    key *= 0xC2B2AE35U;
    key ^= key >> 16;
    return key;
}

}  // namespace

std::size_t AircraftTable::slot_of(std::uint32_t key) const noexcept {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = mix(key) & mask;
    while (m_slots[slot] != 0 && slot_key(m_slots[slot]) != key) slot = (slot + 1) & mask;
    return slot;
}

AircraftState* AircraftTable::find(std::uint32_t key) noexcept {
    if (m_slots.empty()) return nullptr;
    const std::uint64_t slot = m_slots[slot_of(key)];
    return slot == 0 ? nullptr : &at(slot_record(slot));
}

void AircraftTable::grow() {
    std::vector<std::uint64_t> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
    for (const std::uint64_t slot : old) {
        if (slot != 0) m_slots[slot_of(static_cast<std::uint32_t>(slot_key(slot)))] = slot;
    }
}

AircraftState& AircraftTable::insert(std::uint32_t key) {
    if ((m_count + 1) * 10 > m_slots.size() * 7) grow();
    const std::size_t record = m_count;
    if (record / block_size >= m_blocks.size()) m_blocks.push_back(std::make_unique<Block>());
    ++m_count;
    AircraftState& state = at(record);
    state = AircraftState{};
    state.key = key;
    m_slots[slot_of(key)] = make_slot(key, record);
    return state;
}

void AircraftTable::erase(std::uint32_t key) noexcept {
    if (m_slots.empty()) return;
    const std::size_t mask = m_slots.size() - 1;
    std::size_t hole = slot_of(key);
    if (m_slots[hole] == 0) return;
    const std::size_t record = slot_record(m_slots[hole]);
    m_slots[hole] = 0;
    // Backward-shift deletion: pull later members of the probe run into the hole so lookups still
    // reach them without tombstones.
    for (std::size_t next = (hole + 1) & mask; m_slots[next] != 0; next = (next + 1) & mask) {
        const std::size_t home = mix(static_cast<std::uint32_t>(slot_key(m_slots[next]))) & mask;
        const bool home_between =
            hole <= next ? (hole < home && home <= next) : (hole < home || home <= next);
        if (home_between) continue;
        m_slots[hole] = m_slots[next];
        m_slots[next] = 0;
        hole = next;
    }
    // Keep records dense: the last one moves into the freed record and its slot is repointed.
    const std::size_t last = m_count - 1;
    if (record != last) {
        at(record) = at(last);
        m_slots[slot_of(at(record).key)] = make_slot(at(record).key, record);
    }
    --m_count;
    // Release whole blocks no longer used (keep one spare to avoid churn at a block boundary).
    while (m_blocks.size() > m_count / block_size + 2) m_blocks.pop_back();
}

std::size_t AircraftTable::memory_bytes() const noexcept {
    return m_blocks.size() * sizeof(Block) + m_blocks.capacity() * sizeof(m_blocks[0]) +
           m_slots.capacity() * sizeof(std::uint64_t);
}

}  // namespace cp::track::detail
