// SPDX-License-Identifier: Apache-2.0
// Stateless parsing of one NMEA line into its parts: optional IEC 61162-450 tag block, the sentence with
// its checksum (NMEA 0183 v4.10 §5.2.1: XOR of the characters between '!'/'$' and '*'), the trailer.
// The fields of VDM/VDO sentences (IEC 61993-2 / ITU-R M.1371 Annex 8 encapsulation) and of Gatehouse
// $PGHP,1 wrappers are split here; reassembly.cpp keeps the state across lines.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "ais/nmea.hpp"
#include "core/result.hpp"

namespace cp::ais::detail {

/// The parts of one line; views borrow from the line.
struct SentenceView {
    std::string_view tag_block;   ///< tag block content without the '\' delimiters and '*hh' (may be empty)
    bool tag_checksum_ok = true;  ///< false when a tag block was present with a wrong checksum
    std::string_view sentence;    ///< from '!'/'$' up to, not including, '*'
    std::string_view address;     ///< talker + formatter, e.g. "AIVDM", or "PGHP"
    std::string_view trailer;     ///< what follows "*hh" (receiver metadata), leading ',' and spaces kept
    bool checksum_ok = true;      ///< false only when split_line was asked not to reject a bad checksum
};

/// Splits a line and checks its checksums and address. Errors: empty_line, comment, not_nmea,
/// line_too_long, bad_tag_block, missing_checksum, bad_checksum, not_ais (a sentence that is neither
/// VDM/VDO nor $PGHP; not_ais wins over checksum errors so that GNSS sentences are always skipped).
/// With `verify_checksum` false, a sentence whose '*hh' does not match (or is not hex) is returned with
/// checksum_ok = false instead of the bad_checksum error; a missing '*hh' is still an error.
[[nodiscard]] Result<SentenceView, NmeaError> split_line(std::string_view line, std::size_t max_line_length,
                                                         bool verify_checksum = true) noexcept;

/// True when `address` is a VDM or VDO sentence ("AIVDM", "BSVDO"...).
[[nodiscard]] bool is_vdm(std::string_view address) noexcept;

/// The seven fields of a VDM/VDO sentence, parsed.
struct VdmFields {
    std::string_view talker;   ///< two letters
    bool own_ship = false;     ///< VDO
    unsigned count = 0;        ///< fragment count 1-9
    unsigned number = 0;       ///< fragment number 1..count
    int sequence_id = -1;      ///< 0-9, -1 when empty
    char channel = '\0';       ///< as sent, '\0' when empty
    std::string_view payload;  ///< armoured characters
    unsigned fill_bits = 0;    ///< one digit (empty field = 0, as gpsd)
};

/// Parses the fields of `sentence` (from '!' up to '*'). Errors: bad_field_count, bad_fragment_count,
/// bad_fragment_number, bad_sequence_id, bad_channel, bad_fill_bits, empty_payload.
[[nodiscard]] Result<VdmFields, NmeaError> parse_vdm(std::string_view sentence,
                                                     std::string_view address) noexcept;

/// Reception time of a Gatehouse "$PGHP,1,yyyy,mm,dd,hh,mm,ss,ms,..." wrapper in UNIX milliseconds;
/// nullopt for other PGHP message types or malformed dates.
[[nodiscard]] std::optional<std::int64_t> parse_gatehouse_time(std::string_view sentence) noexcept;

/// Parses tag block content ("s:r1,c:1428621738") into `out` (views into `content`). False when a field is
/// malformed (no ':' or a bad number); fields already parsed are kept.
[[nodiscard]] bool parse_tag_block(std::string_view content, TagBlockView& out) noexcept;

/// Milliseconds of a tag block c: value: seconds unless it is larger than 1e11 (already milliseconds).
[[nodiscard]] constexpr std::int64_t tag_time_to_ms(std::int64_t value) noexcept {
    return value > 100'000'000'000 ? value : value * 1000;
}

}  // namespace cp::ais::detail
