// SPDX-License-Identifier: Apache-2.0
// RFC 4180 record splitter (see csv_reader.hpp). Tested through the site and watchlist loaders and the
// fuzz_track_sites target.
#include "track/detail/csv_reader.hpp"

#include "core/text.hpp"

namespace cp::track::detail {

CsvReader::CsvReader(std::string_view data, std::string file, char separator)
    : m_data(data), m_file(std::move(file)), m_sep(separator) {
    // NGA's WPI CSV (and most Excel exports) start with a UTF-8 byte order mark.
    if (m_data.starts_with("\xEF\xBB\xBF")) m_pos = 3;
}

void CsvReader::fail(const std::string& what) const {
    throw InputError(where(), what);
}

void CsvReader::read_quoted(std::string& field) {
    ++m_pos;  // opening quote
    for (;;) {
        if (m_pos >= m_data.size()) fail("unterminated quoted field");
        const char c = m_data[m_pos++];
        if (c == '"') {
            if (m_pos < m_data.size() && m_data[m_pos] == '"') {
                field.push_back('"');
                ++m_pos;
                continue;
            }
            return;
        }
        if (c == '\n') ++m_next_line;
        field.push_back(c);
    }
}

bool CsvReader::next(std::vector<std::string>& fields) {
    fields.clear();
    // Skip blank lines between records (a trailing newline, or an editor's empty line).
    while (m_pos < m_data.size() && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r')) {
        if (m_data[m_pos] == '\n') ++m_next_line;
        ++m_pos;
    }
    if (m_pos >= m_data.size()) return false;
    m_line = m_next_line;
    m_offset = m_pos;
    std::string field;
    for (;;) {
        field.clear();
        if (m_pos < m_data.size() && m_data[m_pos] == '"') {
            read_quoted(field);
            // Tolerate spaces after the closing quote; anything else before the separator is malformed.
            while (m_pos < m_data.size() && m_data[m_pos] == ' ') ++m_pos;
            if (m_pos < m_data.size() && m_data[m_pos] != m_sep && m_data[m_pos] != '\n' &&
                m_data[m_pos] != '\r') {
                fail("text after a closing quote");
            }
        } else {
            while (m_pos < m_data.size() && m_data[m_pos] != m_sep && m_data[m_pos] != '\n' &&
                   m_data[m_pos] != '\r') {
                field.push_back(m_data[m_pos++]);
            }
        }
        fields.push_back(field);
        if (m_pos >= m_data.size()) return true;
        const char c = m_data[m_pos++];
        if (c == m_sep) continue;
        if (c == '\r' && m_pos < m_data.size() && m_data[m_pos] == '\n') ++m_pos;
        ++m_next_line;
        return true;
    }
}

std::string header_key(std::string_view s) {
    std::string out(text::trim(s));
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace cp::track::detail
