// SPDX-License-Identifier: Apache-2.0
// AIS encoder: the inverse of decode() for the messages a simulated vessel sends (ITU-R M.1371-5 Annex 8;
// bits numbered from 0): types 1 (class A position), 5 (static and voyage, 424 bits), 18 (class B position)
// and 24 A/B (class B static), six-bit armour with fill bits, and !AIVDM sentences (IEC 61162-1) split at 60
// payload characters with an optional IEC 61162-450 tag block. Pure. Round-trips with
// Assembler/dearmor/decode (tests) and with gpsd's gpsdecode (tests/unit/ais/test_encode.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ais/message.hpp"

namespace cp::ais::encode {

/// An armoured payload: six-bit characters and the number of fill bits added to the last one (0-5).
struct Armored {
    std::string chars;
    unsigned fill_bits = 0;
};

/// Type 1 (or 2/3 by `type`) class A position report from the raw fields of `report`.
[[nodiscard]] Armored position_report(std::uint32_t mmsi, const PositionReport& report,
                                      std::uint8_t type = 1);

/// Type 5 static and voyage related data (424 bits: 71 characters with 2 fill bits).
[[nodiscard]] Armored static_voyage(std::uint32_t mmsi, const StaticVoyageData& data);

/// Type 18 class B position report.
[[nodiscard]] Armored class_b_position(std::uint32_t mmsi, const ClassBPosition& report);

/// Type 24 static data report, part A (`data.part == 0`: name, 160 bits) or B (ship type, vendor, call
/// sign, dimensions, 168 bits). Text longer than its field is cut; characters outside the AIS six-bit
/// set are sent as '?'.
[[nodiscard]] Armored static_data_report(std::uint32_t mmsi, const StaticDataReport& data);

/// Options of sentences().
struct SentenceOptions {
    char channel = 'A';                      ///< radio channel A or B
    int sequence_id = 0;                     ///< 0-9, used only when the message needs several sentences
    std::string_view tag_source;             ///< IEC 61162-450 s: field; empty and no time = no tag block
    std::optional<std::int64_t> tag_time_s;  ///< c: field, Unix seconds
    std::size_t max_payload_chars = 60;      ///< payload characters per sentence (the usual 60)
};

/// `!AIVDM,n,i,seq,channel,payload,fill*hh` sentences (without line ends) carrying `payload`; the first
/// one is prefixed with the tag block `\s:<source>,c:<seconds>*hh\` when options ask for one.
[[nodiscard]] std::vector<std::string> sentences(const Armored& payload, const SentenceOptions& options);

/// Two upper-case hex digits of the XOR of `text` (the NMEA and tag block checksum).
[[nodiscard]] std::string checksum_hex(std::string_view text);

/// Latitude or longitude in degrees -> the 1/10000-minute units of the position fields.
[[nodiscard]] std::int32_t to_ais_units(double degrees) noexcept;

}  // namespace cp::ais::encode
