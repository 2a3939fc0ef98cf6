// SPDX-License-Identifier: Apache-2.0
// LineCursor: walks a text buffer line by line, keeping the 1-based line number and byte offset of each line
// so that errors can name their location. Accepts LF and CRLF; a final line without LF is still a line; a
// UTF-8 byte-order mark at the start (spreadsheets write one) is not part of the first line.
#pragma once

#include <cstdint>
#include <string_view>

namespace cp::io {

/// One line of a buffer (without its end-of-line characters) and where it starts.
struct LineView {
    std::string_view text;
    std::uint64_t number = 0;       ///< 1-based
    std::uint64_t byte_offset = 0;  ///< offset of the first character in the buffer
};

class LineCursor {
public:
    /// Borrows `buffer` for the cursor's lifetime.
    explicit LineCursor(std::string_view buffer) noexcept
        : m_buffer(buffer), m_pos(buffer.starts_with("\xEF\xBB\xBF") ? 3 : 0) {}

    /// Next line into `line`; false at the end of the buffer.
    bool next(LineView& line) noexcept {
        if (m_pos >= m_buffer.size()) return false;
        const std::size_t eol = m_buffer.find('\n', m_pos);
        const std::size_t end = eol == std::string_view::npos ? m_buffer.size() : eol;
        std::string_view text = m_buffer.substr(m_pos, end - m_pos);
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        line = {text, ++m_line, m_pos};
        m_pos = eol == std::string_view::npos ? m_buffer.size() : eol + 1;
        return true;
    }

    /// Bytes consumed so far (for progress bars).
    [[nodiscard]] std::uint64_t position() const noexcept { return m_pos; }

private:
    std::string_view m_buffer;
    std::size_t m_pos = 0;
    std::uint64_t m_line = 0;
};

}  // namespace cp::io
