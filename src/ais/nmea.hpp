// SPDX-License-Identifier: Apache-2.0
// NMEA 0183 framing of AIS: !AIVDM/!AIVDO sentences of any talker (AI, BS, AB, AN, SA...), their checksum,
// IEC 61162-450 tag blocks (\s:...,c:...*hh\), Gatehouse $PGHP wrappers, receiver metadata after the
// checksum, and the reassembly of multi-sentence messages. De-armouring and decoding are in message.hpp.
// Checked against gpsd 3.22 (gpsdecode) on crafted broken input and on a 3-minute live AISHub capture.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "core/result.hpp"

namespace cp::ais {

/// Why a line gave no AIS payload. Returned by Assembler::feed or reported later as a Notice.
enum class NmeaError : std::uint8_t {
    empty_line,             ///< nothing but white space (ignored by the CLI)
    comment,                ///< a '#' comment line (ignored by the CLI)
    not_nmea,               ///< neither '!', '$' nor a tag block at the start: garbage
    not_ais,                ///< a valid-looking NMEA sentence that is not VDM/VDO (GNSS etc.): skipped
    line_too_long,          ///< longer than AssemblerOptions::max_line_length
    bad_tag_block,          ///< a tag block without its closing '\' or '*hh', or a malformed field
    bad_tag_checksum,       ///< tag block checksum mismatch: the sentence is kept, its tag fields dropped
    missing_checksum,       ///< no '*hh' after the sentence
    bad_checksum,           ///< checksum mismatch
    bad_field_count,        ///< a VDM/VDO sentence without exactly 7 comma-separated fields
    bad_fragment_count,     ///< fragment count not 1-9 (e.g. 0)
    bad_fragment_number,    ///< fragment number not 1..count
    bad_sequence_id,        ///< sequential message id neither empty nor one digit
    bad_channel,            ///< radio channel not A, B, C, 1, 2 or empty (gpsd rejects the others too)
    bad_fill_bits,          ///< fill-bit field not one digit (dearmor() checks the range)
    empty_payload,          ///< a single-sentence message with an empty payload field
    payload_too_long,       ///< the reassembled payload exceeds what PayloadBits holds
    orphan_fragment,        ///< fragment 2..n with no partial message of its channel and id: dropped
    missing_fragment,       ///< a partial message was dropped: a new one reused its channel and id
    fragment_timeout,       ///< a partial message was dropped after max_age_sentences / max_age_ms
    duplicate_fragment,     ///< a fragment already held arrived again, identical (ignored)
    out_of_order_fragment,  ///< a fragment skipped ahead of the next one expected: dropped with its
                            ///< partial message (reordering is not attempted: it could merge messages)
    dangling_wrapper,       ///< a Gatehouse $PGHP wrapper not followed by a VDM/VDO sentence
};

/// Stable snake_case name of `error` ("bad_checksum"), for error tallies and --strict messages.
[[nodiscard]] std::string_view to_string(NmeaError error) noexcept;

/// How a caller should count an NmeaError.
enum class Severity : std::uint8_t {
    ignored,  ///< blank lines and comments: not counted
    skipped,  ///< other NMEA sentences (GNSS...): counted as skipped, not as errors
    error,    ///< bad input: counted per kind; --strict stops at the first
};

/// The severity of `error`.
[[nodiscard]] Severity severity(NmeaError error) noexcept;

/// Where a line starts in its input: 1-based line number and byte offset (the caller knows the file).
struct LinePos {
    std::uint64_t line = 0;         ///< 1-based line number
    std::uint64_t byte_offset = 0;  ///< offset of the line's first byte
};

/// IEC 61162-450 tag block fields of a message (from its first fragment that carries one).
/// The views borrow from the Assembler or from the line fed; valid until the next feed()/finish().
struct TagBlockView {
    bool present = false;                       ///< a tag block with a valid checksum was seen
    std::string_view source;                    ///< s: source (receiver) identifier
    std::string_view destination;               ///< d: destination identifier
    std::string_view text;                      ///< t: free text
    std::optional<std::int64_t> time;           ///< c: UNIX time as sent (seconds, or milliseconds if > 1e11)
    std::optional<std::int64_t> line_count;     ///< n: line count
    std::optional<std::int64_t> relative_time;  ///< r: relative time
    std::uint8_t group_number = 0;              ///< g: sentence number in group (0 = no group)
    std::uint8_t group_total = 0;               ///< g: sentences in group
    std::uint32_t group_id = 0;                 ///< g: group id
};

/// One complete AIS payload: the armoured characters of all its fragments in order and its metadata.
/// Views borrow from the line fed (single-sentence messages) or from the Assembler; valid until the next
/// feed()/finish().
struct NmeaPayload {
    std::string_view armored;     ///< six-bit armour of the whole message, ready for dearmor()
    unsigned fill_bits = 0;       ///< fill bits of the last fragment (0-9; dearmor() checks it)
    char channel = '\0';          ///< radio channel as sent ('A', 'B', '1', '2', 'C'), '\0' if empty
    std::string_view talker;      ///< two-letter talker: "AI", "BS", "AB", "SA"...
    bool own_ship = false;        ///< VDO (own vessel) rather than VDM
    unsigned fragment_count = 1;  ///< number of sentences
    int sequence_id = -1;         ///< sequential message id 0-9, -1 when empty
    TagBlockView tag;             ///< tag block of the message
    std::optional<std::int64_t> t_unix_ms;  ///< time of reception: tag c: or a Gatehouse wrapper
    std::string_view trailer;               ///< receiver metadata after the last fragment's checksum, if any
    LinePos first;                          ///< where the first fragment (or its wrapper) starts
    LinePos last;                           ///< where the last fragment starts
};

/// A problem found while feeding that belongs to an earlier line (an abandoned partial message, a
/// dangling wrapper, a duplicate) or that did not stop the current line from giving a payload.
struct Notice {
    NmeaError error = NmeaError::missing_fragment;  ///< what happened
    LinePos where;                                  ///< the line it refers to
};

/// Reassembly limits. Defaults fit live feeds: fragments of one message in the AISHub capture are at
/// most 3 sentences apart; sequence ids cycle 0-9 per channel, so a stale partial is usually replaced first.
struct AssemblerOptions {
    std::size_t max_line_length = 1024;     ///< longer lines are line_too_long
    std::uint64_t max_age_sentences = 100;  ///< a partial message older than this many sentences expires
    std::int64_t max_age_ms = 60'000;       ///< ...or older than this by tag-block/wrapper time, if known
    /// true (gpsd): a sentence with a wrong checksum is the bad_checksum error and is dropped. false
    /// (pyais's default, error_if_checksum_invalid=False): it is used anyway and a bad_checksum Notice
    /// is queued for it, so that it is still counted.
    bool verify_checksum = true;
};

/// Frames NMEA lines into complete AIS payloads. Stateful (partial messages, a pending Gatehouse
/// wrapper); the caller owns it, one per input stream. No heap allocation per sentence: buffers are
/// allocated once at construction and reused.
class Assembler {
public:
    /// An assembler with `options`.
    explicit Assembler(AssemblerOptions options = {});
    ~Assembler();
    Assembler(Assembler&&) noexcept;
    Assembler& operator=(Assembler&&) noexcept;
    Assembler(const Assembler&) = delete;
    Assembler& operator=(const Assembler&) = delete;

    /// Feeds one line (without its end of line; trailing CR and white space are tolerated) that starts at
    /// `pos`. Returns true when a message is complete (read it with payload()), false when the line was
    /// consumed without completing one (a fragment, a wrapper), or the error of this line. Problems
    /// about earlier lines are queued: drain them with next_notice() after each call.
    /// `line` must stay alive until the next call when true is returned (payload() may borrow from it).
    [[nodiscard]] Result<bool, NmeaError> feed(std::string_view line, LinePos pos) noexcept;

    /// The payload completed by the last feed() that returned true.
    [[nodiscard]] const NmeaPayload& payload() const noexcept;

    /// Pops the oldest queued notice into `out`; false when none is left.
    bool next_notice(Notice& out) noexcept;

    /// End of input: every unfinished message and a dangling wrapper become notices.
    void finish() noexcept;

    /// Number of partial messages currently held (for tests).
    [[nodiscard]] std::size_t pending() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace cp::ais
