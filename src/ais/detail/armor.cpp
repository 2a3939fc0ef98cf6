// SPDX-License-Identifier: Apache-2.0
// Six-bit payload armour (ITU-R M.1371-5 Annex 8 §3.3.7, IEC 61162-1): '0'-'W' carry 0-39, '`'-'w' carry
// 40-63. Four characters become three bytes; fill bits are dropped at the end of each fragment, as gpsd does.
#include <algorithm>
#include <array>
#include <cstring>

#include "ais/message.hpp"

namespace cp::ais {
namespace {

constexpr std::uint8_t invalid = 0xFF;

/// gpsd reads the fill-bit field as one digit and accepts 0-9 (the spec allows 0-5): ais-nmea-sample.log has
/// "!AIVDM,1,1,,2,601uEP19bi7P04810,6*5D", which gpsdecode decodes as a 96-bit type 6.
constexpr unsigned max_fill_bits = 9;

/// Armour character -> six-bit value, `invalid` for characters outside the two armour ranges.
constexpr std::array<std::uint8_t, 256> make_armor_table() {
    std::array<std::uint8_t, 256> table{};
    for (auto& entry : table) entry = invalid;
    for (int ch = '0'; ch <= 'W'; ++ch)
        table[static_cast<std::size_t>(ch)] = static_cast<std::uint8_t>(ch - 48);
    for (int ch = '`'; ch <= 'w'; ++ch)
        table[static_cast<std::size_t>(ch)] = static_cast<std::uint8_t>(ch - 56);
    return table;
}

constexpr std::array<std::uint8_t, 256> armor_table = make_armor_table();

/// Writes the six-bit values of `chars` from the byte-aligned `dst` on. Returns false on a bad character.
bool unpack_aligned(const unsigned char* chars, std::size_t count, std::uint8_t* dst) noexcept {
    std::uint8_t bad = 0;  // OR of all looked-up values: 0xFF marks any invalid character
    const std::size_t full_groups = count / 4;
    for (std::size_t group_idx = 0; group_idx < full_groups; ++group_idx, chars += 4, dst += 3) {
        const std::uint8_t v0 = armor_table[chars[0]];
        const std::uint8_t v1 = armor_table[chars[1]];
        const std::uint8_t v2 = armor_table[chars[2]];
        const std::uint8_t v3 = armor_table[chars[3]];
        bad |= static_cast<std::uint8_t>((v0 | v1 | v2 | v3) & 0xC0);
        const std::uint32_t word = (std::uint32_t{v0} << 18) | (std::uint32_t{v1} << 12) |
                                   (std::uint32_t{v2} << 6) | std::uint32_t{v3};
        dst[0] = static_cast<std::uint8_t>(word >> 16);
        dst[1] = static_cast<std::uint8_t>(word >> 8);
        dst[2] = static_cast<std::uint8_t>(word);
    }
    const std::size_t tail = count % 4;
    std::uint32_t word = 0;
    for (std::size_t tail_idx = 0; tail_idx < tail; ++tail_idx) {
        const std::uint8_t value = armor_table[chars[tail_idx]];
        bad |= static_cast<std::uint8_t>(value & 0xC0);
        word |= std::uint32_t{value & 0x3FU} << (18 - 6 * tail_idx);
    }
    const std::size_t tail_bytes = (tail * 6 + 7) / 8;
    for (std::size_t byte_idx = 0; byte_idx < tail_bytes; ++byte_idx) {
        dst[byte_idx] = static_cast<std::uint8_t>(word >> (16 - 8 * byte_idx));
    }
    return bad == 0;
}

/// Appends six bits per character at any bit offset (fragments after one that had fill bits).
bool unpack_unaligned(const unsigned char* chars, std::size_t count, std::size_t first_bit,
                      std::uint8_t* bytes) noexcept {
    for (std::size_t char_idx = 0; char_idx < count; ++char_idx) {
        const std::uint8_t value = armor_table[chars[char_idx]];
        if (value == invalid) return false;
        for (unsigned bit_idx = 0; bit_idx < 6; ++bit_idx) {
            const std::size_t pos = first_bit + 6 * char_idx + bit_idx;
            if (((value >> (5 - bit_idx)) & 1U) != 0)
                bytes[pos >> 3] |= static_cast<std::uint8_t>(0x80U >> (pos & 7));
        }
    }
    return true;
}

/// Resets `out` to no bits, clearing the bytes that may hold old bits (the first `dirty_bits`).
void clear(PayloadBits& out, std::size_t dirty_bits) noexcept {
    std::memset(out.bytes.data(), 0, std::min(out.bytes.size(), (dirty_bits + 7) / 8 + 1));
    out.size_bits = 0;
}

}  // namespace

std::string_view to_string(DecodeError error) noexcept {
    switch (error) {
    case DecodeError::bad_armor_char:
        return "bad_armor_char";
    case DecodeError::bad_fill_bits:
        return "bad_fill_bits";
    case DecodeError::payload_too_long:
        return "payload_too_long";
    case DecodeError::empty_payload:
        return "empty_payload";
    case DecodeError::unknown_type:
        return "unknown_type";
    case DecodeError::too_short:
        return "too_short";
    case DecodeError::too_long:
        return "too_long";
    case DecodeError::unknown_part:
        return "unknown_part";
    }
    return "unknown_error";
}

Result<Ok, DecodeError> dearmor_append(std::string_view armored, unsigned fill_bits,
                                       PayloadBits& out) noexcept {
    const std::size_t start = out.size_bits;
    const std::size_t added = armored.size() * 6;
    if (start + added > out.bytes.size() * 8) {
        clear(out, start);
        return unexpected(DecodeError::payload_too_long);
    }
    const auto* chars = reinterpret_cast<const unsigned char*>(armored.data());
    const bool ok = start % 8 == 0 ? unpack_aligned(chars, armored.size(), out.bytes.data() + start / 8)
                                   : unpack_unaligned(chars, armored.size(), start, out.bytes.data());
    if (!ok || fill_bits > max_fill_bits || fill_bits > added) {
        clear(out, start + added);
        return unexpected(ok ? DecodeError::bad_fill_bits : DecodeError::bad_armor_char);
    }
    out.size_bits = start + added - fill_bits;
    // Zero the dropped fill bits: bits past size_bits must read as zero, and the next fragment ORs into them.
    for (std::size_t pos = out.size_bits; pos < start + added; ++pos) {
        out.bytes[pos >> 3] &= static_cast<std::uint8_t>(~(0x80U >> (pos & 7)));
    }
    return Ok{};
}

Result<Ok, DecodeError> dearmor(std::string_view armored, unsigned fill_bits, PayloadBits& out) noexcept {
    // Invariant kept by every path: bytes past the valid bits are zero, so only the old ones need clearing.
    clear(out, out.size_bits);
    if (armored.empty()) return unexpected(DecodeError::empty_payload);
    if (auto appended = dearmor_append(armored, fill_bits, out); !appended) return appended;
    if (out.size_bits == 0) return unexpected(DecodeError::empty_payload);
    return Ok{};
}

}  // namespace cp::ais
