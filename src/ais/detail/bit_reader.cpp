// SPDX-License-Identifier: Apache-2.0
// Slow paths of BitReader (fields near the end of the payload), bit copies and six-bit text.
#include "ais/detail/bit_reader.hpp"

#include <algorithm>

namespace cp::ais::detail {
namespace {

/// ITU-R M.1371-5 Table 47: six-bit value -> ASCII.
constexpr std::string_view sixbit_chars =
    "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?";

}  // namespace

char BitReader::sixbit_char(std::uint64_t code) noexcept {
    return sixbit_chars[code & 0x3F];
}

std::uint64_t BitReader::slow_u(std::size_t first, unsigned count) const noexcept {
    std::uint64_t value = 0;
    for (unsigned bit_idx = 0; bit_idx < count; ++bit_idx) {
        const std::size_t pos = first + bit_idx;
        unsigned bit = 0;
        if (pos < m_size_bits) bit = (m_data[pos >> 3] >> (7 - (pos & 7))) & 1U;
        value = (value << 1) | bit;
    }
    return value;
}

void BitReader::copy_bits(std::size_t first, std::size_t count, BinaryData& out) const noexcept {
    count = std::min(count, out.bytes.size() * 8);
    // Whole bytes, as gpsd copies them: the last byte keeps the message bits that follow the field up to the
    // next byte boundary of the message (counted from bit 0), and zeros after it. Measured on type 26, whose
    // radio field follows the data (3,000 random messages through gpsdecode 3.22).
    const std::size_t used = (count + 7) / 8;
    const std::size_t end = (first + count + 7) / 8 * 8;
    for (std::size_t byte_idx = 0; byte_idx < used; ++byte_idx) {
        const std::size_t pos = first + 8 * byte_idx;
        auto value = static_cast<unsigned>(u(pos, 8));
        if (pos + 8 > end) value &= 0xFF00U >> (end - pos);
        out.bytes[byte_idx] = static_cast<std::uint8_t>(value);
    }
    std::fill(out.bytes.begin() + static_cast<std::ptrdiff_t>(used), out.bytes.end(), std::uint8_t{0});
    out.size_bits = static_cast<std::uint16_t>(count);
}

std::size_t BitReader::append_text(std::size_t first, std::size_t chars, char* dest, std::size_t length,
                                   std::size_t capacity) const noexcept {
    const std::size_t start = length;
    for (std::size_t char_idx = 0; char_idx < chars && length < capacity; ++char_idx) {
        const char ch = sixbit_chars[u(first + 6 * char_idx, 6)];
        if (ch == '@') break;  // gpsd ends the text at the first '@' (the spec's padding character)
        dest[length++] = ch;
    }
    while (length > start && dest[length - 1] == ' ') --length;
    return length;
}

}  // namespace cp::ais::detail
