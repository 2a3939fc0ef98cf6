// SPDX-License-Identifier: Apache-2.0
// Beast binary framing (Mode-S Beast protocol as dump1090/readsb speak it on port 30005):
//   0x1a '1' <6-byte time> <signal> <2-byte Mode A/C>
//   0x1a '2' <6-byte time> <signal> <7-byte Mode S>
//   0x1a '3' <6-byte time> <signal> <14-byte Mode S>
// The time is a 48-bit big-endian 12 MHz counter; every 0x1a after the type byte is sent twice.
// A lone 0x1a inside a frame therefore starts the next frame: the current one is reported truncated
// and the new one is framed, so garbage between frames never costs a later good frame.
// Tested on adsb/samples/sample_dump1090.bin (239 frames, 16 of them with an escaped 0x1a) and fuzzed.
#include <algorithm>
#include <cstring>

#include "adsb/framing.hpp"

namespace cp::adsb {

namespace {
constexpr std::uint8_t escape = 0x1a;
constexpr std::uint8_t header_bytes = 6 + 1;  // time + signal

/// Body bytes (after unescaping, without 0x1a and the type) of a Beast frame type; 0 if unknown.
constexpr std::uint8_t body_length(std::uint8_t type) noexcept {
    switch (type) {
    case '1':
        return header_bytes + 2;
    case '2':
        return header_bytes + 7;
    case '3':
        return header_bytes + 14;
    default:
        return 0;
    }
}
}  // namespace

void BeastFramer::feed(std::span<const std::uint8_t> chunk) noexcept {
    m_chunk = chunk;
    m_pos = 0;
}

FramingFault BeastFramer::fault(FramingError error, std::uint64_t offset) const noexcept {
    return FramingFault{error, FrameLocation{offset, 0}};
}

std::optional<FrameResult> BeastFramer::start_frame(std::uint8_t type) noexcept {
    const std::uint8_t need = body_length(type);
    if (need != 0) {
        m_type = type;
        m_need = need;
        m_have = 0;
        m_state = State::body;
        return std::nullopt;
    }
    if (type == escape) {
        // 0x1a 0x1a outside a frame: either an escaped byte of data we could not frame, or a lone 0x1a
        // of garbage followed by a real frame start. Taking the second 0x1a as a possible start never
        // loses a real frame: a bogus frame is cut short by the next real 0x1a <type>.
        m_in_garbage = true;
        m_garbage_offset = m_frame_offset;
        m_frame_offset = m_offset - 1;
        return std::nullopt;
    }
    m_state = State::seek;
    return FrameResult(unexpected(fault(FramingError::beast_bad_type, m_frame_offset)));
}

FrameResult BeastFramer::complete_frame() noexcept {
    m_state = State::seek;
    Frame frame;
    frame.time_base = TimeBase::ticks_12mhz;
    std::uint64_t ticks = 0;
    for (std::size_t byte_idx = 0; byte_idx < 6; ++byte_idx) ticks = (ticks << 8) | m_body[byte_idx];
    frame.timestamp_ticks = ticks;
    frame.signal = m_body[6];
    frame.length = static_cast<std::uint8_t>(m_need - header_bytes);
    frame.kind = m_type == '1'   ? FrameKind::mode_ac
                 : m_type == '2' ? FrameKind::mode_s_short
                                 : FrameKind::mode_s_long;
    for (std::size_t byte_idx = 0; byte_idx < frame.length; ++byte_idx) {
        frame.bytes[byte_idx] = m_body[header_bytes + byte_idx];
    }
    frame.where = FrameLocation{m_frame_offset, 0};
    return frame;
}

std::optional<FrameResult> BeastFramer::next() noexcept {
    while (m_pos < m_chunk.size()) {
        const std::uint8_t byte = m_chunk[m_pos];
        const std::uint64_t offset = m_offset;
        switch (m_state) {
        case State::seek:
            ++m_pos;
            ++m_offset;
            if (byte != escape) {
                if (!m_in_garbage) {
                    m_in_garbage = true;
                    m_garbage_offset = offset;
                }
                continue;
            }
            m_frame_offset = offset;
            m_state = State::type;
            if (m_in_garbage) {
                m_in_garbage = false;
                return FrameResult(unexpected(fault(FramingError::beast_garbage, m_garbage_offset)));
            }
            continue;
        case State::type: {
            ++m_pos;
            ++m_offset;
            if (auto result = start_frame(byte)) return result;
            continue;
        }
        case State::body: {
            // The bytes up to the next 0x1a (or the frame's end) are copied in one go: byte by byte,
            // framing was 400 instructions per frame (callgrind on sample_dump1090.bin x 100).
            const std::size_t span = std::min<std::size_t>(m_need - m_have, m_chunk.size() - m_pos);
            const std::uint8_t* start = m_chunk.data() + m_pos;
            const auto* found = static_cast<const std::uint8_t*>(std::memchr(start, escape, span));
            const std::size_t run = found != nullptr ? static_cast<std::size_t>(found - start) : span;
            std::memcpy(m_body.data() + m_have, start, run);
            m_have = static_cast<std::uint8_t>(m_have + run);
            m_pos += run;
            m_offset += run;
            if (found != nullptr) {
                ++m_pos;  // the 0x1a itself: doubled (data) or the start of the next frame
                ++m_offset;
                m_state = State::body_escape;
                continue;
            }
            if (m_have == m_need) return complete_frame();
            continue;
        }
        case State::body_escape:
            if (byte != escape) {
                // The 0x1a we just saw was not doubled: it starts a new frame. Leave `byte` unread so
                // that it is taken as the new frame's type.
                const std::uint64_t truncated_at = m_frame_offset;
                m_frame_offset = offset - 1;
                m_state = State::type;
                return FrameResult(unexpected(fault(FramingError::beast_truncated, truncated_at)));
            }
            ++m_pos;
            ++m_offset;
            m_state = State::body;
            m_body[m_have++] = escape;
            if (m_have == m_need) return complete_frame();
            continue;
        }
    }
    if (!m_finished) return std::nullopt;
    if (m_in_garbage) {
        m_in_garbage = false;
        return FrameResult(unexpected(fault(FramingError::beast_garbage, m_garbage_offset)));
    }
    if (m_state != State::seek) {
        m_state = State::seek;
        return FrameResult(unexpected(fault(FramingError::beast_truncated, m_frame_offset)));
    }
    return std::nullopt;
}

}  // namespace cp::adsb
