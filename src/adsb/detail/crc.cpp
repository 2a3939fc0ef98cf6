// SPDX-License-Identifier: Apache-2.0
// Mode S CRC-24 (Annex 10 Vol IV §3.1.2.3.3, generator polynomial 0x1FFF409) and error correction by
// syndrome lookup. Bits are numbered from 1 in the spec; the tables here index them from 0.
// The CRC is linear: the residual of a damaged frame is the residual of its error pattern alone, so
// one table of single-bit syndromes (for a 112-bit frame; a 56-bit frame is its last 56 bits) serves
// both lengths, and two-bit syndromes are XORs of two entries. Tested in test_crc.cpp.
#include <algorithm>
#include <array>

#include "adsb/detail/fields.hpp"
#include "adsb/message.hpp"

namespace cp::adsb::detail {
namespace {

constexpr std::uint32_t generator = 0xFFF409;  // x^24 term implied

consteval std::array<std::uint32_t, 256> make_byte_table() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t byte = 0; byte < 256; ++byte) {
        std::uint32_t crc = byte << 16;
        for (int bit_idx = 0; bit_idx < 8; ++bit_idx) {
            crc = (crc & 0x800000) != 0 ? ((crc << 1) ^ generator) : (crc << 1);
        }
        table[byte] = crc & 0xFFFFFF;
    }
    return table;
}
constexpr auto byte_table = make_byte_table();

constexpr std::uint32_t crc_of(const std::uint8_t* data, std::size_t size) noexcept {
    std::uint32_t crc = 0;
    for (std::size_t byte_idx = 0; byte_idx < size; ++byte_idx) {
        crc = ((crc << 8) ^ byte_table[((crc >> 16) ^ data[byte_idx]) & 0xFF]) & 0xFFFFFF;
    }
    return crc;
}

constexpr std::uint32_t residual_of(const std::uint8_t* frame, std::size_t length_bytes) noexcept {
    const std::size_t data_bytes = length_bytes - 3;
    const std::uint32_t parity = (std::uint32_t{frame[data_bytes]} << 16) |
                                 (std::uint32_t{frame[data_bytes + 1]} << 8) | frame[data_bytes + 2];
    return crc_of(frame, data_bytes) ^ parity;
}

// By linearity, the CRC of a frame is the XOR of the CRCs of each data byte followed by the zero
// bytes after it: position_tables[k][b] is the CRC of byte b followed by k zero bytes. The lookups
// are independent, so they run in parallel instead of as an 11-step dependency chain.
consteval std::array<std::array<std::uint32_t, 256>, 11> make_position_tables() {
    std::array<std::array<std::uint32_t, 256>, 11> tables{};
    for (std::uint32_t byte = 0; byte < 256; ++byte) {
        std::uint32_t crc = byte_table[byte];
        tables[0][byte] = crc;
        for (std::size_t zeros = 1; zeros < 11; ++zeros) {
            crc = ((crc << 8) ^ byte_table[(crc >> 16) & 0xFF]) & 0xFFFFFF;
            tables[zeros][byte] = crc;
        }
    }
    return tables;
}
constexpr auto position_tables = make_position_tables();

std::uint32_t fast_residual(const std::uint8_t* frame, std::size_t length_bytes) noexcept {
    const std::size_t data_bytes = length_bytes - 3;
    std::uint32_t crc = (std::uint32_t{frame[data_bytes]} << 16) |
                        (std::uint32_t{frame[data_bytes + 1]} << 8) | frame[data_bytes + 2];
    for (std::size_t byte_idx = 0; byte_idx < data_bytes; ++byte_idx) {
        crc ^= position_tables[data_bytes - 1 - byte_idx][frame[byte_idx]];
    }
    return crc;
}

// Syndrome of a single flipped bit at 0-based position `bit` of a 112-bit frame.
consteval std::array<std::uint32_t, 112> make_single_syndromes() {
    std::array<std::uint32_t, 112> table{};
    for (unsigned bit = 0; bit < 112; ++bit) {
        std::array<std::uint8_t, 14> frame{};
        frame[bit / 8] = static_cast<std::uint8_t>(0x80U >> (bit % 8));
        table[bit] = residual_of(frame.data(), 14);
    }
    return table;
}
constexpr auto single_syndromes = make_single_syndromes();

// Open-addressing hash of the 112 single-bit syndromes (256 slots, linear probing): syndrome -> bit.
struct SyndromeSlot {
    std::uint32_t syndrome = 0;  // 0 = empty (no single-bit error has syndrome 0)
    std::int32_t bit = -1;
};
constexpr std::size_t slot_count = 256;

constexpr std::size_t slot_of(std::uint32_t syndrome) noexcept {
    return ((syndrome * 0x9E3779B1U) >> 24) & (slot_count - 1);
}

consteval std::array<SyndromeSlot, slot_count> make_single_bit_hash() {
    std::array<SyndromeSlot, slot_count> slots{};
    for (unsigned bit = 0; bit < 112; ++bit) {
        std::size_t slot = slot_of(single_syndromes[bit]);
        while (slots[slot].syndrome != 0) slot = (slot + 1) & (slot_count - 1);
        slots[slot] = {single_syndromes[bit], static_cast<std::int32_t>(bit)};
    }
    return slots;
}
constexpr auto single_bit_hash = make_single_bit_hash();

// Bit position (0-111 in a 112-bit frame) whose flip gives `syndrome`, or -1.
int single_bit_of(std::uint32_t syndrome) noexcept {
    for (std::size_t slot = slot_of(syndrome);; slot = (slot + 1) & (slot_count - 1)) {
        if (single_bit_hash[slot].syndrome == syndrome) return single_bit_hash[slot].bit;
        if (single_bit_hash[slot].syndrome == 0) return -1;
    }
}

struct TwoBitEntry {
    std::uint32_t syndrome;
    std::uint8_t bit_a;
    std::uint8_t bit_b;
};
constexpr std::size_t two_bit_count = 112 * 111 / 2;

// All two-bit syndromes of a 112-bit frame, sorted for binary search. A 56-bit frame uses the entries
// whose two bits both lie in the last 56 bits.
consteval std::array<TwoBitEntry, two_bit_count> make_two_bit_syndromes() {
    std::array<TwoBitEntry, two_bit_count> table{};
    std::size_t entry_idx = 0;
    for (unsigned bit_a = 0; bit_a < 112; ++bit_a) {
        for (unsigned bit_b = bit_a + 1; bit_b < 112; ++bit_b) {
            table[entry_idx++] = {single_syndromes[bit_a] ^ single_syndromes[bit_b],
                                  static_cast<std::uint8_t>(bit_a), static_cast<std::uint8_t>(bit_b)};
        }
    }
    std::sort(table.begin(), table.end(),
              [](const TwoBitEntry& a, const TwoBitEntry& b) { return a.syndrome < b.syndrome; });
    return table;
}

}  // namespace

std::uint32_t residual(const std::uint8_t* frame, std::size_t length_bytes) noexcept {
    if (length_bytes == 7 || length_bytes == 14) return fast_residual(frame, length_bytes);
    return residual_of(frame, length_bytes);
}

int find_error_bits(std::uint32_t syndrome, unsigned length_bits, bool two, unsigned& bit_a,
                    unsigned& bit_b) noexcept {
    if (syndrome == 0) return 0;
    const unsigned offset = 112 - length_bits;  // a 56-bit frame is the tail of a 112-bit one
    const int bit = single_bit_of(syndrome);
    if (bit >= static_cast<int>(offset)) {
        bit_a = static_cast<unsigned>(bit) - offset;
        return 1;
    }
    if (!two) return 0;
    static constexpr auto two_bit_syndromes = make_two_bit_syndromes();
    auto range =
        std::equal_range(two_bit_syndromes.begin(), two_bit_syndromes.end(), TwoBitEntry{syndrome, 0, 0},
                         [](const TwoBitEntry& a, const TwoBitEntry& b) { return a.syndrome < b.syndrome; });
    for (auto it = range.first; it != range.second; ++it) {
        if (it->bit_a < offset) continue;
        bit_a = it->bit_a - offset;
        bit_b = it->bit_b - offset;
        return 2;
    }
    return 0;
}

}  // namespace cp::adsb::detail

namespace cp::adsb {

std::uint32_t crc_residual(std::span<const std::uint8_t> frame) noexcept {
    if (frame.size() < 4) return 0;
    return detail::residual(frame.data(), frame.size());
}

std::uint32_t crc24(std::span<const std::uint8_t> bytes) noexcept {
    return detail::crc_of(bytes.data(), bytes.size());
}

}  // namespace cp::adsb
