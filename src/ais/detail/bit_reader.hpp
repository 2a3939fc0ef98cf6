// SPDX-License-Identifier: Apache-2.0
// Fast MSB-first field reads for the AIS decoders: one unaligned 64-bit load per field instead of
// BitSpanView's bit-by-bit loop. Bits past the end of the payload read as zero, like gpsd's zero-filled
// buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ais/message.hpp"
#include "core/bits.hpp"

namespace cp::ais::detail {

/// Reads fields of up to 57 bits from a borrowed BitSpanView. Offsets count from 0 (gpsd's numbering).
class BitReader {
public:
    explicit BitReader(BitSpanView bits) noexcept
        : m_data(bits.bytes().data()), m_size_bits(bits.size_bits()), m_size_bytes(bits.bytes().size()) {}

    [[nodiscard]] std::size_t size_bits() const noexcept { return m_size_bits; }

    /// Unsigned field of `count` (1-57) bits at `first`.
    [[nodiscard]] std::uint64_t u(std::size_t first, unsigned count) const noexcept {
        const std::size_t byte_idx = first >> 3;
        if (first + count > m_size_bits || byte_idx + 8 > m_size_bytes) return slow_u(first, count);
        std::uint64_t word = 0;
        for (std::size_t load_idx = 0; load_idx < 8; ++load_idx) {
            word = (word << 8) | m_data[byte_idx + load_idx];  // compilers fuse this into one bswapped load
        }
        return (word << (first & 7)) >> (64 - count);
    }

    /// Two's-complement field of `count` (2-57) bits at `first`.
    [[nodiscard]] std::int64_t s(std::size_t first, unsigned count) const noexcept {
        const std::uint64_t raw = u(first, count);
        const std::uint64_t sign = std::uint64_t{1} << (count - 1);
        return static_cast<std::int64_t>(raw ^ sign) - static_cast<std::int64_t>(sign);
    }

    /// One flag bit at `pos`.
    [[nodiscard]] bool flag(std::size_t pos) const noexcept { return u(pos, 1) != 0; }

    /// Copies `count` bits starting at `first` into `out` (MSB first), rounded up to whole bytes: the rest of
    /// the last byte holds the message bits that follow up to the message's next byte boundary (gpsd's copy).
    /// `count` is clamped to the capacity of `out`.
    void copy_bits(std::size_t first, std::size_t count, BinaryData& out) const noexcept;

    /// Decodes `chars` six-bit characters starting at `first` as gpsd does: stops at the first '@', then
    /// drops trailing spaces. `out` holds at most N characters.
    template <std::size_t N>
    void text(std::size_t first, std::size_t chars, FixedText<N>& out) const noexcept {
        out.length = static_cast<std::uint8_t>(append_text(first, chars, out.chars.data(), 0, N));
    }

    /// Appends text like `text()` after the first `length` characters of `dest` (capacity `capacity`) and
    /// returns the new length (the name extension of type 21).
    [[nodiscard]] std::size_t append_text(std::size_t first, std::size_t chars, char* dest,
                                          std::size_t length, std::size_t capacity) const noexcept;

    /// ASCII of a six-bit character code (ITU-R M.1371-5 Table 47); '@' for 0.
    [[nodiscard]] static char sixbit_char(std::uint64_t code) noexcept;

private:
    [[nodiscard]] std::uint64_t slow_u(std::size_t first, unsigned count) const noexcept;

    const std::uint8_t* m_data;
    std::size_t m_size_bits;
    std::size_t m_size_bytes;
};

}  // namespace cp::ais::detail
