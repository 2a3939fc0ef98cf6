// SPDX-License-Identifier: Apache-2.0
// LineSplitter: text streams that arrive in arbitrary chunks (socket reads) cut into lines for the AVR and
// SBS line parsers. Lines wholly inside a chunk are returned as views of it (no copy); only a line split
// across chunks is copied, into one reused buffer. Tested against io::LineCursor with every chunk size.
#include <algorithm>
#include <cstring>

#include "adsb/framing.hpp"

namespace cp::adsb {

LineSplitter::LineSplitter() {
    m_partial.reserve(max_line_bytes + 1);
}

void LineSplitter::feed(std::span<const std::uint8_t> chunk) noexcept {
    m_chunk = chunk;
    m_pos = 0;
}

TextLine LineSplitter::emit(std::string_view text) noexcept {
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    return TextLine{text, FrameLocation{m_line_start, ++m_line_number}};
}

std::optional<TextLine> LineSplitter::next() noexcept {
    const auto* begin = reinterpret_cast<const char*>(m_chunk.data());
    while (m_pos < m_chunk.size()) {
        const std::size_t rest = m_chunk.size() - m_pos;
        const void* found = std::memchr(begin + m_pos, '\n', rest);
        const std::size_t length =
            found == nullptr ? rest : static_cast<const char*>(found) - (begin + m_pos);
        const std::string_view piece(begin + m_pos, length);
        const bool complete = found != nullptr;
        if (!m_partial_active) m_line_start = m_offset;
        m_pos += length + (complete ? 1 : 0);
        m_offset += length + (complete ? 1 : 0);
        if (!m_partial_active && complete) return emit(piece.substr(0, max_line_bytes + 1));
        // Part of a line: keep at most max_line_bytes + 1 bytes of it.
        if (!m_partial_active) m_partial.clear();
        m_partial_active = true;
        const std::size_t room = max_line_bytes + 1 - std::min(m_partial.size(), max_line_bytes + 1);
        m_partial.append(piece.substr(0, std::min(room, piece.size())));
        if (complete) {
            m_partial_active = false;
            return emit(m_partial);
        }
    }
    if (m_finished && m_partial_active) {
        m_partial_active = false;
        return emit(m_partial);
    }
    return std::nullopt;
}

}  // namespace cp::adsb
