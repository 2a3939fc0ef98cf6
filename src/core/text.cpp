// SPDX-License-Identifier: Apache-2.0
#include "core/text.hpp"

#include <algorithm>
#include <array>

#include <iconv.h>

namespace cp::text {

namespace {
constexpr bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
}  // namespace

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (std::size_t pos = 0; pos <= s.size(); ++pos) {
        if (pos == s.size() || s[pos] == sep) {
            fields.push_back(s.substr(start, pos - start));
            start = pos + 1;
        }
    }
    return fields;
}

std::string to_upper_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

bool hex_to_bytes(std::string_view hex, std::vector<std::uint8_t>& out) {
    out.clear();
    if (hex.size() % 2 != 0) return false;
    out.reserve(hex.size() / 2);
    for (std::size_t pos = 0; pos < hex.size(); pos += 2) {
        const int high = hex_value(hex[pos]);
        const int low = hex_value(hex[pos + 1]);
        if (high < 0 || low < 0) return false;
        out.push_back(static_cast<std::uint8_t>((high << 4) | low));
    }
    return true;
}

std::string csv_quote(std::string_view field) {
    if (field.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

namespace {

// One glibc converter per thread (a descriptor keeps state and is not thread-safe), opened on first use:
// opening one loads a gconv module, which cost more than converting a row.
class Windows1252Converter {
public:
    Windows1252Converter() : m_cd(iconv_open("UTF-8", "WINDOWS-1252")) {}
    ~Windows1252Converter() {
        if (usable()) iconv_close(m_cd);
    }
    Windows1252Converter(const Windows1252Converter&) = delete;
    Windows1252Converter& operator=(const Windows1252Converter&) = delete;

    /// The UTF-8 of one byte of 0x80 or more into `out`; false when Windows-1252 leaves it undefined.
    bool append(char byte, std::string& out) {
        if (!usable()) return false;
        char in_byte = byte;
        char* in = &in_byte;
        std::size_t in_left = 1;
        std::array<char, 4> buffer{};
        char* dest = buffer.data();
        std::size_t dest_left = buffer.size();
        if (iconv(m_cd, &in, &in_left, &dest, &dest_left) == static_cast<std::size_t>(-1)) return false;
        out.append(buffer.data(), static_cast<std::size_t>(dest - buffer.data()));
        return true;
    }

private:
    [[nodiscard]] bool usable() const noexcept { return m_cd != reinterpret_cast<iconv_t>(-1); }
    iconv_t m_cd;
};

}  // namespace

std::string windows1252_to_utf8(std::string_view s) {
    constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD
    thread_local Windows1252Converter converter;
    std::string out;
    out.reserve(s.size() + s.size() / 2);
    // One byte at a time: an undefined byte must not stop the rest of the text.
    for (const char byte : s) {
        if (static_cast<unsigned char>(byte) < 0x80) {
            out += byte;
        } else if (!converter.append(byte, out)) {
            out += replacement;
        }
    }
    return out;
}

bool recode_windows1252_row(std::vector<std::string>& fields) {
    const bool recode =
        std::any_of(fields.begin(), fields.end(), [](const std::string& f) { return !valid_utf8(f); });
    if (recode) {
        for (std::string& field : fields) field = windows1252_to_utf8(field);
    }
    return recode;
}

bool valid_utf8(std::string_view s) noexcept {
    std::size_t pos = 0;
    while (pos < s.size()) {
        const auto lead = static_cast<unsigned char>(s[pos]);
        if (lead < 0x80) {
            ++pos;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            len = 2;
            cp = lead & 0x1Fu;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            len = 3;
            cp = lead & 0x0Fu;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            len = 4;
            cp = lead & 0x07u;
        } else {
            return false;
        }
        if (pos + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cont = static_cast<unsigned char>(s[pos + k]);
            if ((cont & 0xC0u) != 0x80u) return false;
            cp = (cp << 6) | (cont & 0x3Fu);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        pos += len;
    }
    return true;
}

}  // namespace cp::text
