// SPDX-License-Identifier: Apache-2.0
// RFC 4180 reader with line numbers (see csv.hpp for the tolerances and the files that need them).
#include "core/csv.hpp"

#include "core/text.hpp"

namespace cp::csv {

Reader::Reader(std::string_view data, std::string file, char separator)
    : Reader(data, std::move(file), ReaderOptions{separator}) {}

Reader::Reader(std::string_view data, std::string file, const ReaderOptions& options)
    : m_data(data), m_file(std::move(file)), m_options(options), m_stops{options.separator, '\n', '\r'} {
    if (!options.quote_in_unquoted_field_is_text) m_stops.push_back('"');
    if (m_data.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
}

void Reader::fail(const std::string& what) const {
    throw InputError(where(), what);
}

void Reader::read_quoted(std::string& field) {
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
    while (m_pos < m_data.size() &&
           (m_data[m_pos] == ' ' || (m_data[m_pos] == '\t' && m_options.separator != '\t'))) {
        ++m_pos;
    }
    if (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (c != m_options.separator && c != '\n' && c != '\r')
            fail("unexpected character after a closing quote");
    }
}

bool Reader::next(std::vector<std::string>& fields) {
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
        if (m_options.require_utf8 && !text::valid_utf8(field))
            fail("invalid UTF-8 in field " + std::to_string(fields.size()));
        if (m_pos >= m_data.size()) return true;
        const char c = m_data[m_pos];
        if (c == m_options.separator) {
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

std::string header_key(std::string_view s) {
    std::string out(text::trim(s));
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace cp::csv
