// SPDX-License-Identifier: Apache-2.0
// BitSpanView: big-endian (most significant bit first) bit fields over a byte span, as both Mode S and AIS
// lay them out. Offsets here count from 0; decoders that follow a spec numbering bits from 1 (Mode S) say so.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace cp {

/// A borrowed view of `size_bits` bits stored MSB-first in `bytes`. Reads past the end yield zero bits,
/// which is what the lenient-length rules of gpsd and readsb need (a short message reads as padded).
class BitSpanView {
public:
    constexpr BitSpanView() = default;
    constexpr BitSpanView(std::span<const std::uint8_t> bytes, std::size_t size_bits) noexcept
        : m_bytes(bytes), m_size_bits(size_bits <= bytes.size() * 8 ? size_bits : bytes.size() * 8) {}
    constexpr explicit BitSpanView(std::span<const std::uint8_t> bytes) noexcept
        : m_bytes(bytes), m_size_bits(bytes.size() * 8) {}

    [[nodiscard]] constexpr std::size_t size_bits() const noexcept { return m_size_bits; }
    [[nodiscard]] constexpr std::span<const std::uint8_t> bytes() const noexcept { return m_bytes; }

    /// Unsigned field of `count` (0..64) bits starting at 0-based bit `first`.
    [[nodiscard]] constexpr std::uint64_t u(std::size_t first, unsigned count) const noexcept {
        std::uint64_t value = 0;
        for (unsigned bit_idx = 0; bit_idx < count; ++bit_idx) {
            value = (value << 1) | bit(first + bit_idx);
        }
        return value;
    }

    /// Two's-complement signed field of `count` (1..64) bits starting at 0-based bit `first`.
    [[nodiscard]] constexpr std::int64_t s(std::size_t first, unsigned count) const noexcept {
        const std::uint64_t raw = u(first, count);
        if (count == 0 || count >= 64) return static_cast<std::int64_t>(raw);
        const std::uint64_t sign = std::uint64_t{1} << (count - 1);
        return static_cast<std::int64_t>((raw ^ sign)) - static_cast<std::int64_t>(sign);
    }

    /// One bit (0 or 1) at 0-based position `pos`; 0 past the end.
    [[nodiscard]] constexpr unsigned bit(std::size_t pos) const noexcept {
        if (pos >= m_size_bits) return 0;
        return (m_bytes[pos >> 3] >> (7 - (pos & 7))) & 1U;
    }

private:
    std::span<const std::uint8_t> m_bytes;
    std::size_t m_size_bits = 0;
};

}  // namespace cp
