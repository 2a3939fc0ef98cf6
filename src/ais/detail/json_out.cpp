// SPDX-License-Identifier: Apache-2.0
// Out-of-line parts of JsonOut: string escaping and the hex dump of binary payloads.
#include "ais/detail/json_out.hpp"

namespace cp::ais::detail {

void JsonOut::raw_string(std::string_view value) {
    m_out += '"';
    for (const char ch : value) {
        if (ch == '"' || ch == '\\') {
            m_out += '\\';
            m_out += ch;
        } else if (static_cast<unsigned char>(ch) < 0x20) {
            fmt::format_to(std::back_inserter(m_out), "\\u{:04x}", static_cast<unsigned>(ch));
        } else {
            m_out += ch;
        }
    }
    m_out += '"';
}

void JsonOut::bits_hex(std::string_view name, BitSpanView bits) {
    static constexpr char hex_digits[] = "0123456789abcdef";
    key(name);
    m_out += '"';
    raw_integer(bits.size_bits());
    m_out += ':';
    const std::size_t byte_count = (bits.size_bits() + 7) / 8;
    const auto bytes = bits.bytes();
    for (std::size_t byte_idx = 0; byte_idx < byte_count; ++byte_idx) {
        const unsigned byte = bytes[byte_idx];
        m_out += hex_digits[byte >> 4];
        m_out += hex_digits[byte & 0xF];
    }
    m_out += '"';
}

}  // namespace cp::ais::detail
