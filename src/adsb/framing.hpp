// SPDX-License-Identifier: Apache-2.0
// Mode S framing: cuts the frames out of Beast binary streams, AVR text lines (`*HEX;`, `@TS HEX;`,
// `%TS HEX;`, `<TS SIG HEX;`) and `timestamp,HEX` CSV lines, and parses SBS BaseStation CSV records
// (already decoded by the receiver). No Mode S decoding here: that is decode() in message.hpp.
// Tested on adsb/samples/* (2 000 + 10 000 + 486 CSV rows, 239 real Beast frames) and fuzzed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace cp::adsb {

/// What a frame carries.
enum class FrameKind : std::uint8_t {
    mode_ac,       ///< 2-byte Mode A/C reply (Beast type '1', AVR with 4 hex digits)
    mode_s_short,  ///< 7-byte (56-bit) Mode S frame
    mode_s_long,   ///< 14-byte (112-bit) Mode S frame
};

/// Stable snake_case name of `kind`.
[[nodiscard]] std::string_view to_string(FrameKind kind) noexcept;

/// Which clock `Frame::timestamp_*` comes from.
enum class TimeBase : std::uint8_t {
    none,         ///< the framing carries no time (`*HEX;`)
    ticks_12mhz,  ///< receiver 48-bit counter at 12 MHz (Beast, AVR `@`/`%`/`<`); 0 is kept as given
    unix_s,       ///< Unix seconds (hexcsv rows)
};

/// Where a frame or an error starts in its input.
struct FrameLocation {
    std::uint64_t byte_offset = 0;  ///< offset of the first byte (Beast: the 0x1a; text: the line start)
    std::uint64_t line = 0;         ///< 1-based line for text formats, 0 for Beast
};

/// One Mode S or Mode A/C frame as framed, before any decoding. Fixed size, no heap.
struct Frame {
    FrameKind kind = FrameKind::mode_s_long;
    TimeBase time_base = TimeBase::none;
    std::uint64_t timestamp_ticks = 0;     ///< 12 MHz counter when time_base == ticks_12mhz (48 bits)
    double timestamp_unix_s = 0;           ///< Unix seconds when time_base == unix_s
    std::optional<std::uint8_t> signal;    ///< Beast/AVR `<` signal byte (sqrt of power, 255 = full scale)
    std::uint8_t length = 0;               ///< 2, 7 or 14
    std::array<std::uint8_t, 14> bytes{};  ///< the first `length` bytes are the frame
    FrameLocation where;
    /// hexcsv only: a 6-hex-digit column, the address the recording station knew (pyModeS's Comm-B
    /// logs); the decode command hands it to apply_known_address() for overlay-address replies.
    std::optional<std::uint32_t> known_address;

    /// The frame bytes (borrowed from this object).
    [[nodiscard]] std::span<const std::uint8_t> data() const noexcept { return {bytes.data(), length}; }
};

/// Why some input is not a frame. Every value is counted per kind by the decode command.
enum class FramingError : std::uint8_t {
    beast_garbage,    ///< bytes outside any frame (one error per run of bytes skipped until the next 0x1a)
    beast_bad_type,   ///< 0x1a followed by a type byte other than '1' '2' '3' (status frames included)
    beast_truncated,  ///< a frame cut short: an unescaped 0x1a (a new frame) or the end of the stream
    line_too_long,    ///< a text line longer than max_line_bytes (the rest of the line is skipped)
    missing_start,    ///< AVR line not starting with '*' ':' '@' '%' '<'
    missing_end,      ///< AVR line without the ';' terminator
    bad_hex,          ///< a non-hex digit (or an odd number of digits) where hex was expected
    bad_length,       ///< hex payload not 2, 7 or 14 bytes (hexcsv: 7 or 14)
    bad_timestamp,    ///< timestamp field missing or not a number
    no_hex_column,    ///< hexcsv row with no field that looks like a 14- or 28-digit hex frame
    sbs_bad_record,   ///< SBS line that is not a MSG/SEL/ID/AIR/STA/CLK record, or has too few fields
    sbs_bad_field,    ///< SBS field present but not parseable (altitude, speed, lat/lon, squawk...)
};

/// Stable snake_case name of `error` (ErrorTally kind and golden-file text).
[[nodiscard]] std::string_view to_string(FramingError error) noexcept;

/// A framing error and where it happened.
struct FramingFault {
    FramingError error = FramingError::beast_garbage;
    FrameLocation where;
};

/// What framers yield: a frame or a located error.
using FrameResult = Result<Frame, FramingFault>;

/// Longest text line accepted; AVR `<` lines are at most 44 characters, SBS about 150.
inline constexpr std::size_t max_line_bytes = 512;

/// Beast binary framer (Mode-S Beast protocol: 0x1a <type> <6-byte 12 MHz time> <signal> <payload>,
/// every 0x1a inside a frame doubled). Stateful: feed it chunks as they arrive (a frame may be split
/// across chunks); it resynchronises on the next 0x1a after garbage and loses no later frame.
///
/// Usage: `framer.feed(chunk); while (auto r = framer.next()) {...}` then `framer.finish()` and drain.
class BeastFramer {
public:
    /// Borrows `chunk` until next() returns nullopt. Byte offsets continue across chunks.
    void feed(std::span<const std::uint8_t> chunk) noexcept;
    /// Marks the end of the stream: a frame still open becomes beast_truncated on the next call to next().
    void finish() noexcept { m_finished = true; }
    /// Next frame or error from the bytes fed so far; nullopt when more bytes are needed.
    [[nodiscard]] std::optional<FrameResult> next() noexcept;
    /// Bytes consumed so far (for progress bars).
    [[nodiscard]] std::uint64_t position() const noexcept { return m_offset; }

private:
    enum class State : std::uint8_t { seek, type, body, body_escape };
    [[nodiscard]] std::optional<FrameResult> start_frame(std::uint8_t type) noexcept;
    [[nodiscard]] FrameResult complete_frame() noexcept;
    [[nodiscard]] FramingFault fault(FramingError error, std::uint64_t offset) const noexcept;

    std::span<const std::uint8_t> m_chunk;
    std::size_t m_pos = 0;
    std::uint64_t m_offset = 0;  ///< stream offset of m_chunk[m_pos]
    State m_state = State::seek;
    bool m_finished = false;
    bool m_in_garbage = false;
    std::uint8_t m_type = 0;
    std::uint8_t m_need = 0;  ///< body bytes (after unescaping) of the current frame
    std::uint8_t m_have = 0;
    std::uint64_t m_frame_offset = 0;
    std::uint64_t m_garbage_offset = 0;
    std::array<std::uint8_t, 6 + 1 + 14> m_body{};
};

/// One line of a text stream (without CR/LF), borrowed from LineSplitter until its next call.
struct TextLine {
    std::string_view text;
    FrameLocation where;
};

/// Cuts a text stream that arrives in chunks (AVR or SBS from a socket) into lines, for the parse_*_line
/// functions. A line split across chunks is copied into an internal buffer that is reused, so no heap
/// allocation happens per line once it has grown. A line longer than max_line_bytes comes out cut to
/// max_line_bytes + 1 bytes (so that the parsers report line_too_long) and the rest of it is skipped.
class LineSplitter {
public:
    LineSplitter();
    /// Borrows `chunk` until next() returns nullopt. Offsets and line numbers continue across chunks.
    void feed(std::span<const std::uint8_t> chunk) noexcept;
    /// Marks the end of the stream: a last line without LF is returned by the next call to next().
    void finish() noexcept { m_finished = true; }
    /// Next complete line; nullopt when more bytes are needed.
    [[nodiscard]] std::optional<TextLine> next() noexcept;

private:
    [[nodiscard]] TextLine emit(std::string_view text) noexcept;

    std::span<const std::uint8_t> m_chunk;
    std::size_t m_pos = 0;
    std::uint64_t m_offset = 0;      ///< stream offset of m_chunk[m_pos]
    std::uint64_t m_line_start = 0;  ///< stream offset of the line being assembled
    std::uint64_t m_line_number = 0;
    std::string m_partial;  ///< a line split across chunks (at most max_line_bytes + 1 bytes)
    bool m_partial_active = false;
    bool m_finished = false;
};

/// Parses one AVR line (without its end-of-line): `*HEX;` or `:HEX;` (no time), `@TTTTTTTTTTTTHEX;`
/// or `%TTTTTTTTTTTTHEX;` (12 hex digits of 12 MHz time), `<TTTTTTTTTTTTSSHEX;` (time + signal).
/// Anything after ';' is ignored. Pure.
[[nodiscard]] FrameResult parse_avr_line(std::string_view line, FrameLocation where) noexcept;

/// Parses one `timestamp,HEX` style CSV row: the timestamp is the first field (Unix seconds, may be
/// fractional, may carry a UTF-8 BOM); the frame is the first field holding exactly 14 or 28 hex digits
/// (optionally in double quotes), found by content, not position, so `ts,HEX,icao,tc` (pyModeS
/// sample_data_adsb.csv) and `ts,icao,HEX` (the commb files) both work; a field of exactly 6 hex digits
/// becomes Frame::known_address. Pure.
[[nodiscard]] FrameResult parse_hexcsv_line(std::string_view line, FrameLocation where) noexcept;

/// An SBS BaseStation record (port 30003 CSV), already decoded by the receiver. Fields follow readsb
/// names; absent or empty fields stay nullopt.
struct SbsRecord {
    std::array<char, 4> message_type{};  ///< "MSG", "SEL", "ID", "AIR", "STA", "CLK" (NUL-terminated)
    std::uint8_t transmission_type = 0;  ///< 1-8 for MSG, 0 otherwise
    std::uint32_t icao = 0;              ///< hex ident (field 5)
    bool has_icao = false;
    std::optional<std::int64_t> t_unix_ms;  ///< date/time generated (fields 7-8), UTC as written
    std::array<char, 9> flight{};           ///< callsign (field 11), NUL-terminated, spaces trimmed
    bool has_flight = false;
    std::optional<std::int32_t> alt_baro_ft;
    std::optional<double> gs_kt;
    std::optional<double> track_deg;
    std::optional<double> lat_deg;
    std::optional<double> lon_deg;
    std::optional<std::int32_t> baro_rate_fpm;
    std::optional<std::uint16_t> squawk;  ///< 4 octal digits as written, stored as the 12-bit value
    std::optional<bool> alert;
    std::optional<bool> emergency;
    std::optional<bool> spi;
    std::optional<bool> on_ground;
    FrameLocation where;
};

/// Result of parse_sbs_line().
using SbsResult = Result<SbsRecord, FramingFault>;

/// Parses one SBS BaseStation line (22 comma-separated fields for MSG; shorter SEL/ID/AIR/STA/CLK
/// records are accepted with what they carry). Booleans are "0"/"1" or "-1" (Kinetic's true). Pure.
[[nodiscard]] SbsResult parse_sbs_line(std::string_view line, FrameLocation where) noexcept;

/// Frame kind for a payload of `length` bytes (2, 7 or 14); nullopt for other lengths.
[[nodiscard]] std::optional<FrameKind> frame_kind_for_length(std::size_t length) noexcept;

}  // namespace cp::adsb
