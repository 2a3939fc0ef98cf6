// SPDX-License-Identifier: Apache-2.0
#include "screen/detail/csv_reader.hpp"

#include <algorithm>

namespace cp::screen::detail {

CsvReader::CsvReader(std::string_view buffer) noexcept : m_buffer(buffer) {
    if (m_buffer.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
}

std::string_view CsvReader::last_text() const noexcept {
    std::string_view text =
        m_buffer.substr(m_record_start, std::min<std::size_t>(m_pos - m_record_start, 200));
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

CsvReader::Status CsvReader::next(std::vector<std::string>& fields, std::uint64_t& first_line) {
    // skip blank lines
    while (m_pos < m_buffer.size() && (m_buffer[m_pos] == '\n' || m_buffer[m_pos] == '\r')) {
        if (m_buffer[m_pos] == '\n') ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_buffer.size()) return Status::end;
    m_record_start = m_pos;
    first_line = m_line;
    std::size_t used = 0;
    auto field_slot = [&]() -> std::string& {
        if (used == fields.size()) fields.emplace_back();
        std::string& slot = fields[used++];
        slot.clear();
        return slot;
    };
    auto fail = [&] {
        // resynchronise at the end of the physical line where the error was seen
        const std::size_t eol = m_buffer.find('\n', m_pos);
        m_pos = eol == std::string_view::npos ? m_buffer.size() : eol + 1;
        ++m_line;
        fields.resize(used);
        return Status::bad_quoting;
    };
    while (true) {
        std::string& field = field_slot();
        if (m_pos < m_buffer.size() && m_buffer[m_pos] == '"') {
            const std::size_t open_line_pos = m_pos;
            const std::uint64_t open_line = m_line;
            ++m_pos;
            while (true) {
                if (m_pos >= m_buffer.size()) {
                    m_pos = open_line_pos;  // unbalanced quote: give up on this line only
                    m_line = open_line;
                    return fail();
                }
                const char c = m_buffer[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < m_buffer.size() && m_buffer[m_pos + 1] == '"') {
                        field += '"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == '\n') ++m_line;
                field += c;
                ++m_pos;
            }
            if (m_pos < m_buffer.size() && m_buffer[m_pos] == '\r') ++m_pos;
            if (m_pos < m_buffer.size() && m_buffer[m_pos] != ',' && m_buffer[m_pos] != '\n') return fail();
        } else {
            const std::size_t end = m_buffer.find_first_of(",\n\"", m_pos);
            const std::size_t stop = end == std::string_view::npos ? m_buffer.size() : end;
            field.assign(m_buffer.substr(m_pos, stop - m_pos));
            m_pos = stop;
            if (m_pos < m_buffer.size() && m_buffer[m_pos] == '"') return fail();
            if (!field.empty() && field.back() == '\r') field.pop_back();
        }
        if (m_pos >= m_buffer.size()) break;
        if (m_buffer[m_pos] == '\n') {
            ++m_pos;
            ++m_line;
            break;
        }
        ++m_pos;  // comma
    }
    fields.resize(used);
    return Status::ok;
}

}  // namespace cp::screen::detail
