// SPDX-License-Identifier: Apache-2.0
// Out-of-line parts of JsonOut: string escaping and the hex dump of binary payloads.
#include "ais/detail/json_out.hpp"

namespace cp::ais::detail {

void JsonOut::raw_string(std::string_view value) {
    static constexpr char hex_digits[] = "0123456789abcdef";
    // Worst case: every character a control character, \u00XX.
    char* dst = value.size() <= (capacity - 2) / 6 ? room(2 + 6 * value.size()) : nullptr;
    if (dst == nullptr) {  // longer than any six-bit text: straight to the string
        flush();
        m_out += '"';
        for (const char ch : value) {
            if (ch == '"' || ch == '\\') {
                m_out += '\\';
                m_out += ch;
            } else if (static_cast<unsigned char>(ch) < 0x20) {
                m_out += "\\u00";
                m_out += hex_digits[static_cast<unsigned char>(ch) >> 4];
                m_out += hex_digits[static_cast<unsigned char>(ch) & 0xF];
            } else {
                m_out += ch;
            }
        }
        m_out += '"';
        return;
    }
    *dst++ = '"';
    for (const char ch : value) {
        if (ch == '"' || ch == '\\') {
            *dst++ = '\\';
            *dst++ = ch;
        } else if (static_cast<unsigned char>(ch) < 0x20) {
            *dst++ = '\\';
            *dst++ = 'u';
            *dst++ = '0';
            *dst++ = '0';
            *dst++ = hex_digits[static_cast<unsigned char>(ch) >> 4];
            *dst++ = hex_digits[static_cast<unsigned char>(ch) & 0xF];
        } else {
            *dst++ = ch;
        }
    }
    *dst++ = '"';
    commit(dst);
}

void JsonOut::bits_hex(std::string_view name, BitSpanView bits) {
    static constexpr char hex_digits[] = "0123456789abcdef";
    key(name);
    raw("\"");
    raw_integer(bits.size_bits());
    raw(":");
    const std::size_t byte_count = (bits.size_bits() + 7) / 8;
    const auto bytes = bits.bytes();
    for (std::size_t byte_idx = 0; byte_idx < byte_count; ++byte_idx) {
        const unsigned byte = bytes[byte_idx];
        char* dst = room(2);  // never null
        dst[0] = hex_digits[byte >> 4];
        dst[1] = hex_digits[byte & 0xF];
        commit(dst + 2);
    }
    raw("\"");
}

}  // namespace cp::ais::detail
