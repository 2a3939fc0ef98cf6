// SPDX-License-Identifier: Apache-2.0
// RFC 4180 reader with line numbers (see csv.hpp for the tolerances and the samples that need them).
#include "lists/detail/csv.hpp"

#include "core/text.hpp"

namespace cp::lists::detail {

CsvReader::CsvReader(std::string_view data, std::string file, char separator)
    : m_data(data), m_file(std::move(file)), m_sep(separator), m_stops{separator, '\n', '\r', '"'} {
    if (m_data.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
}

void CsvReader::fail(const std::string& what) const {
    throw InputError(where(), what);
}

void CsvReader::read_quoted(std::string& field) {
    ++m_pos;  // opening quote
    for (;;) {
        const std::size_t quote = m_data.find('"', m_pos);
        if (quote == std::string_view::npos) fail("unterminated quoted field (truncated file?)");
        const std::string_view chunk = m_data.substr(m_pos, quote - m_pos);
        for (const char c : chunk) {
            if (c == '\n') ++m_next_line;
        }
        field.append(chunk);
        m_pos = quote + 1;
        if (m_pos < m_data.size() && m_data[m_pos] == '"') {  // doubled quote
            field.push_back('"');
            ++m_pos;
            continue;
        }
        break;
    }
    // After the closing quote only blanks may come before the separator or the end of the record.
    while (m_pos < m_data.size() && (m_data[m_pos] == ' ' || (m_data[m_pos] == '\t' && m_sep != '\t'))) {
        ++m_pos;
    }
    if (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (c != m_sep && c != '\n' && c != '\r') fail("unexpected character after a closing quote");
    }
}

bool CsvReader::next(std::vector<std::string>& fields) {
    fields.clear();
    // Skip blank lines and the DOS end-of-file byte that some OFAC files end with.
    for (;;) {
        if (m_pos >= m_data.size()) return false;
        const char c = m_data[m_pos];
        if (c == '\n') {
            ++m_pos;
            ++m_next_line;
        } else if (c == '\r') {
            ++m_pos;
        } else if (c == '\x1a' && m_data.find_first_not_of("\x1a\r\n", m_pos) == std::string_view::npos) {
            m_pos = m_data.size();
            return false;
        } else {
            break;
        }
    }
    m_line = m_next_line;
    m_offset = m_pos;
    for (;;) {
        std::string& field = fields.emplace_back();
        if (m_pos < m_data.size() && m_data[m_pos] == '"') {
            read_quoted(field);
        } else {
            const std::size_t end = m_data.find_first_of(m_stops, m_pos);
            const std::size_t stop = end == std::string_view::npos ? m_data.size() : end;
            field.assign(m_data.substr(m_pos, stop - m_pos));
            m_pos = stop;
            if (m_pos < m_data.size() && m_data[m_pos] == '"') fail("quote inside an unquoted field");
        }
        if (!valid_utf8(field)) fail("invalid UTF-8 in field " + std::to_string(fields.size()));
        if (m_pos >= m_data.size()) return true;
        const char c = m_data[m_pos];
        if (c == m_sep) {
            ++m_pos;
            continue;
        }
        // End of record: CRLF or LF (a lone CR is treated as the end too).
        if (c == '\r') ++m_pos;
        if (m_pos < m_data.size() && m_data[m_pos] == '\n') {
            ++m_pos;
            ++m_next_line;
        }
        return true;
    }
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

std::string_view clean(std::string_view s) noexcept {
    s = text::trim(s);
    return s == "-0-" ? std::string_view{} : s;
}

}  // namespace cp::lists::detail
