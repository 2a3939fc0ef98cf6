// SPDX-License-Identifier: Apache-2.0
// AIS messages 1-27 (ITU-R M.1371-5 Annex 8; bits numbered from 0 as gpsd does): de-armouring of the
// six-bit payload, one fixed-size value struct per message, and gpsd's AIS JSON for each (`gpsdecode -j` and
// `gpsdecode -u -j`). NMEA framing and fragment reassembly live in nmea.hpp; the application payloads of
// types 6 and 8 in detail/binary_apps. Checked against gpsd 3.22 on 82,532 messages of a live AISHub capture.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "core/bits.hpp"
#include "core/result.hpp"

namespace cp::ais {

/// Payload bits after de-armouring: inline storage (no heap), MSB first, `size_bits` valid bits.
/// 512 bytes hold 5 fragments of 82 armour characters (2,460 bits) with room to spare.
struct PayloadBits {
    std::array<std::uint8_t, 512> bytes{};  ///< bits past size_bits are zero
    std::size_t size_bits = 0;              ///< number of payload bits after removing the fill bits

    /// A view of the valid bits; borrows from this object.
    [[nodiscard]] BitSpanView view() const noexcept { return BitSpanView(bytes, size_bits); }
};

/// Why a payload could not be de-armoured or decoded. Counted by callers, never thrown.
enum class DecodeError : std::uint8_t {
    bad_armor_char,    ///< a payload character outside the AIS six-bit armour ('0'-'W', '`'-'w')
    bad_fill_bits,     ///< fill bits above 9 (gpsd takes one digit), or more fill bits than payload bits
    payload_too_long,  ///< more armour characters than PayloadBits holds
    empty_payload,     ///< no payload bits at all
    unknown_type,      ///< message type 0 or 28-63: not defined by ITU-R M.1371-5
    too_short,         ///< fewer bits than gpsd accepts for this message type
    too_long,          ///< more bits than gpsd accepts for this message type (types with a range check)
    unknown_part,      ///< type 24 with part number 2 or 3 (only A = 0 and B = 1 exist)
};

/// Short stable name of `error` (e.g. "too_short"), for error counts and --strict messages.
[[nodiscard]] std::string_view to_string(DecodeError error) noexcept;

/// Decodes the six-bit armour of `armored` (the concatenated payload fields of all fragments) into `out`,
/// then drops `fill_bits` from the end (0-5 in the spec; gpsd accepts one digit, 0-9, and so do we).
/// Errors: bad_armor_char, bad_fill_bits, payload_too_long, empty_payload. `out` is overwritten; on error
/// it holds no bits.
[[nodiscard]] Result<Ok, DecodeError> dearmor(std::string_view armored, unsigned fill_bits,
                                              PayloadBits& out) noexcept;

/// Appends one fragment's armour to `out` and drops that fragment's own `fill_bits`, as gpsd does for each
/// fragment: a few senders put fill bits on a first fragment (2 messages of ais-nmea-sample.log), and gpsd
/// removes them before the next fragment. Start with an empty PayloadBits (or one just reset by a failed
/// dearmor). Errors: bad_armor_char, bad_fill_bits, payload_too_long; on error `out` holds no bits.
[[nodiscard]] Result<Ok, DecodeError> dearmor_append(std::string_view armored, unsigned fill_bits,
                                                     PayloadBits& out) noexcept;

/// Text of at most N six-bit characters, inline. As gpsd does, decoding stops at the first '@' and drops
/// trailing spaces, so `view()` is what gpsd prints (before JSON escaping).
template <std::size_t N>
struct FixedText {
    std::array<char, N> chars{};  ///< the first `length` are valid
    std::uint8_t length = 0;      ///< number of valid characters

    /// The text; borrows from this object.
    [[nodiscard]] std::string_view view() const noexcept { return {chars.data(), length}; }
};

/// Raw application bits of a binary message (types 6, 8, 25, 26) or DGNSS data (type 17), inline.
/// 128 bytes hold the longest payload gpsd accepts (1,008-bit message minus its header).
struct BinaryData {
    std::array<std::uint8_t, 128> bytes{};  ///< MSB first; the last used byte is completed with the bits
                                            ///< that follow in the message (gpsd's hex shows them)
    std::uint16_t size_bits = 0;            ///< number of valid bits

    /// A view of the valid bits; borrows from this object.
    [[nodiscard]] BitSpanView view() const noexcept { return BitSpanView(bytes, size_bits); }
};

// Units below are the raw ones of the spec (and of `gpsdecode -u`); the JSON writer scales them.
// Positions: lon/lat in 1/10000 minute (181*600000 / 91*600000 = not available) unless said otherwise.

/// Types 1, 2, 3: class A position report.
struct PositionReport {
    std::uint8_t status = 0;    ///< navigation status 0-15 (15 = not defined)
    std::int8_t turn = -128;    ///< rate of turn indicator, -128 = not available, +-127 = no turn info
    std::uint16_t speed = 0;    ///< speed over ground in 0.1 knot, 1023 = not available
    bool accuracy = false;      ///< position accuracy flag (true = high, < 10 m)
    std::int32_t lon = 0;       ///< 1/10000 minute, 108600000 = not available
    std::int32_t lat = 0;       ///< 1/10000 minute, 54600000 = not available
    std::uint16_t course = 0;   ///< course over ground in 0.1 degree, 3600 = not available
    std::uint16_t heading = 0;  ///< true heading in degrees, 511 = not available
    std::uint8_t second = 0;    ///< UTC second of the report, 60-63 = special values
    std::uint8_t maneuver = 0;  ///< special manoeuvre indicator 0-2
    bool raim = false;          ///< RAIM in use
    std::uint32_t radio = 0;    ///< 19-bit communication state
};

/// Types 4 (base station report) and 11 (UTC/date response).
struct BaseStationReport {
    std::uint16_t year = 0;   ///< UTC year, 0 = not available
    std::uint8_t month = 0;   ///< 1-12, 0 = not available
    std::uint8_t day = 0;     ///< 1-31, 0 = not available
    std::uint8_t hour = 0;    ///< 0-23, 24 = not available
    std::uint8_t minute = 0;  ///< 0-59, 60 = not available
    std::uint8_t second = 0;  ///< 0-59, 60 = not available
    bool accuracy = false;    ///< position accuracy flag
    std::int32_t lon = 0;     ///< 1/10000 minute
    std::int32_t lat = 0;     ///< 1/10000 minute
    std::uint8_t epfd = 0;    ///< type of position fixing device 0-15
    bool raim = false;        ///< RAIM in use
    std::uint32_t radio = 0;  ///< 19-bit communication state
};

/// Type 5: static and voyage related data.
struct StaticVoyageData {
    std::uint8_t ais_version = 0;   ///< 0-3
    std::uint32_t imo = 0;          ///< IMO number, 0 = not available
    FixedText<7> callsign;          ///< call sign
    FixedText<20> shipname;         ///< vessel name
    std::uint8_t shiptype = 0;      ///< type of ship and cargo 0-255
    std::uint16_t to_bow = 0;       ///< metres, 9 bits
    std::uint16_t to_stern = 0;     ///< metres, 9 bits
    std::uint8_t to_port = 0;       ///< metres, 6 bits
    std::uint8_t to_starboard = 0;  ///< metres, 6 bits
    std::uint8_t epfd = 0;          ///< type of position fixing device
    std::uint8_t month = 0;         ///< ETA month 1-12, 0 = not available
    std::uint8_t day = 0;           ///< ETA day 1-31, 0 = not available
    std::uint8_t hour = 0;          ///< ETA hour 0-23, 24 = not available
    std::uint8_t minute = 0;        ///< ETA minute 0-59, 60 = not available
    std::uint8_t draught = 0;       ///< 0.1 metre
    FixedText<20> destination;      ///< destination
    bool dte = false;               ///< data terminal equipment not ready
};

/// Type 6: addressed binary message. The application bits follow the 16-bit DAC/FID.
struct BinaryAddressed {
    std::uint8_t seqno = 0;       ///< sequence number 0-3
    std::uint32_t dest_mmsi = 0;  ///< destination
    bool retransmit = false;      ///< retransmitted flag
    std::uint16_t dac = 0;        ///< designated area code, 10 bits
    std::uint8_t fid = 0;         ///< function identifier, 6 bits
    BinaryData data;              ///< application bits after the FID
};

/// Types 7 (binary acknowledge) and 13 (safety related acknowledge).
struct Acknowledge {
    struct Entry {
        std::uint32_t mmsi = 0;  ///< acknowledged station
        std::uint8_t seqno = 0;  ///< its sequence number 0-3
    };
    std::array<Entry, 4> acks{};  ///< the first `count` are valid
    std::uint8_t count = 0;       ///< 1-4
};

/// Type 8: binary broadcast message. The application bits follow the 16-bit DAC/FID.
struct BinaryBroadcast {
    std::uint16_t dac = 0;  ///< designated area code, 10 bits
    std::uint8_t fid = 0;   ///< function identifier, 6 bits
    BinaryData data;        ///< application bits after the FID
};

/// Type 9: standard SAR aircraft position report.
struct SarPosition {
    std::uint16_t alt = 0;      ///< altitude in metres, 4095 = not available
    std::uint16_t speed = 0;    ///< knots, 1023 = not available
    bool accuracy = false;      ///< position accuracy flag
    std::int32_t lon = 0;       ///< 1/10000 minute
    std::int32_t lat = 0;       ///< 1/10000 minute
    std::uint16_t course = 0;   ///< 0.1 degree, 3600 = not available
    std::uint8_t second = 0;    ///< UTC second
    std::uint8_t regional = 0;  ///< 8 regional reserved bits
    bool dte = false;           ///< data terminal equipment not ready
    bool assigned = false;      ///< assigned mode
    bool raim = false;          ///< RAIM in use
    std::uint32_t radio = 0;    ///< 20-bit communication state (with the SOTDMA/ITDMA selector)
};

/// Type 10: UTC/date inquiry.
struct UtcInquiry {
    std::uint32_t dest_mmsi = 0;  ///< station asked
};

/// Type 12: addressed safety related message.
struct SafetyAddressed {
    std::uint8_t seqno = 0;       ///< sequence number 0-3
    std::uint32_t dest_mmsi = 0;  ///< destination
    bool retransmit = false;      ///< retransmitted flag
    FixedText<162> text;          ///< safety related text
};

/// Type 14: safety related broadcast message.
struct SafetyBroadcast {
    FixedText<162> text;  ///< safety related text
};

/// Type 15: interrogation (up to three requests to two stations).
struct Interrogation {
    std::uint32_t mmsi1 = 0;      ///< first interrogated station
    std::uint8_t type1_1 = 0;     ///< first message type requested from it
    std::uint16_t offset1_1 = 0;  ///< its slot offset
    std::uint8_t type1_2 = 0;     ///< second message type requested from it
    std::uint16_t offset1_2 = 0;  ///< its slot offset
    std::uint32_t mmsi2 = 0;      ///< second interrogated station
    std::uint8_t type2_1 = 0;     ///< message type requested from it
    std::uint16_t offset2_1 = 0;  ///< its slot offset
};

/// Type 16: assignment mode command (one or two stations).
struct AssignmentCommand {
    std::uint32_t mmsi1 = 0;       ///< first station
    std::uint16_t offset1 = 0;     ///< slot offset
    std::uint16_t increment1 = 0;  ///< slot increment
    std::uint32_t mmsi2 = 0;       ///< second station (0 when only one is assigned)
    std::uint16_t offset2 = 0;     ///< slot offset
    std::uint16_t increment2 = 0;  ///< slot increment
};

/// Type 17: DGNSS broadcast binary message.
struct DgnssBroadcast {
    std::int32_t lon = 0;  ///< reference station longitude in 1/10 minute (18 bits)
    std::int32_t lat = 0;  ///< reference station latitude in 1/10 minute (17 bits)
    BinaryData data;       ///< DGNSS correction data (gpsd prints it as hex)
};

/// Type 18: standard class B position report.
struct ClassBPosition {
    std::uint8_t reserved = 0;  ///< 8 regional reserved bits
    std::uint16_t speed = 0;    ///< 0.1 knot, 1023 = not available
    bool accuracy = false;      ///< position accuracy flag
    std::int32_t lon = 0;       ///< 1/10000 minute
    std::int32_t lat = 0;       ///< 1/10000 minute
    std::uint16_t course = 0;   ///< 0.1 degree, 3600 = not available
    std::uint16_t heading = 0;  ///< degrees, 511 = not available
    std::uint8_t second = 0;    ///< UTC second
    std::uint8_t regional = 0;  ///< 2 regional reserved bits
    bool cs = false;            ///< carrier-sense unit
    bool display = false;       ///< has a display
    bool dsc = false;           ///< has DSC
    bool band = false;          ///< can use the whole marine band
    bool msg22 = false;         ///< accepts channel management by message 22
    bool assigned = false;      ///< assigned mode
    bool raim = false;          ///< RAIM in use
    std::uint32_t radio = 0;    ///< 20-bit communication state (with the selector bit)
};

/// Type 19: extended class B position report.
struct ClassBExtended {
    std::uint8_t reserved = 0;      ///< 8 regional reserved bits
    std::uint16_t speed = 0;        ///< 0.1 knot
    bool accuracy = false;          ///< position accuracy flag
    std::int32_t lon = 0;           ///< 1/10000 minute
    std::int32_t lat = 0;           ///< 1/10000 minute
    std::uint16_t course = 0;       ///< 0.1 degree
    std::uint16_t heading = 0;      ///< degrees, 511 = not available
    std::uint8_t second = 0;        ///< UTC second
    std::uint8_t regional = 0;      ///< 4 regional reserved bits
    FixedText<20> shipname;         ///< vessel name
    std::uint8_t shiptype = 0;      ///< type of ship and cargo
    std::uint16_t to_bow = 0;       ///< metres
    std::uint16_t to_stern = 0;     ///< metres
    std::uint8_t to_port = 0;       ///< metres
    std::uint8_t to_starboard = 0;  ///< metres
    std::uint8_t epfd = 0;          ///< type of position fixing device
    bool raim = false;              ///< RAIM in use
    bool dte = false;               ///< data terminal equipment not ready
    bool assigned = false;          ///< assigned mode
};

/// Type 20: data link management (one to four slot reservations).
struct DataLinkManagement {
    struct Reservation {
        std::uint16_t offset = 0;     ///< reserved slot offset
        std::uint8_t number = 0;      ///< number of slots
        std::uint8_t timeout = 0;     ///< minutes
        std::uint16_t increment = 0;  ///< slot increment
    };
    std::array<Reservation, 4> reservations{};  ///< the first `count` are present
    std::uint8_t count = 0;                     ///< 1-4
};

/// Type 21: aid-to-navigation report. `name` includes the name extension.
struct AidToNavigation {
    std::uint8_t aid_type = 0;      ///< type of aid 0-31
    FixedText<40> name;             ///< name, then the name extension
    bool accuracy = false;          ///< position accuracy flag
    std::int32_t lon = 0;           ///< 1/10000 minute
    std::int32_t lat = 0;           ///< 1/10000 minute
    std::uint16_t to_bow = 0;       ///< metres
    std::uint16_t to_stern = 0;     ///< metres
    std::uint8_t to_port = 0;       ///< metres
    std::uint8_t to_starboard = 0;  ///< metres
    std::uint8_t epfd = 0;          ///< type of position fixing device
    std::uint8_t second = 0;        ///< UTC second
    bool off_position = false;      ///< off-position indicator
    std::uint8_t regional = 0;      ///< 8 regional reserved bits
    bool raim = false;              ///< RAIM in use
    bool virtual_aid = false;       ///< virtual aid to navigation
    bool assigned = false;          ///< assigned mode
};

/// Type 22: channel management, for an area (broadcast) or two stations (addressed).
struct ChannelManagement {
    std::uint16_t channel_a = 0;  ///< channel number
    std::uint16_t channel_b = 0;  ///< channel number
    std::uint8_t txrx = 0;        ///< transmit/receive mode
    bool power = false;           ///< low power
    bool addressed = false;       ///< true: dest1/dest2 valid; false: the area corners are
    std::int32_t ne_lon = 0;      ///< area north-east corner longitude, 1/10 minute (18 bits)
    std::int32_t ne_lat = 0;      ///< 1/10 minute (17 bits)
    std::int32_t sw_lon = 0;      ///< south-west corner, 1/10 minute
    std::int32_t sw_lat = 0;      ///< 1/10 minute
    std::uint32_t dest1 = 0;      ///< first addressed station
    std::uint32_t dest2 = 0;      ///< second addressed station
    bool band_a = false;          ///< channel A bandwidth
    bool band_b = false;          ///< channel B bandwidth
    std::uint8_t zonesize = 0;    ///< transitional zone size in nautical miles
};

/// Type 23: group assignment command.
struct GroupAssignment {
    std::int32_t ne_lon = 0;       ///< area north-east corner longitude, 1/10 minute (18 bits)
    std::int32_t ne_lat = 0;       ///< 1/10 minute (17 bits)
    std::int32_t sw_lon = 0;       ///< south-west corner, 1/10 minute
    std::int32_t sw_lat = 0;       ///< 1/10 minute
    std::uint8_t stationtype = 0;  ///< station type selector
    std::uint8_t shiptype = 0;     ///< ship type selector
    std::uint8_t txrx = 0;         ///< transmit/receive mode
    std::uint8_t interval = 0;     ///< reporting interval code
    std::uint8_t quiet = 0;        ///< quiet time in minutes
};

/// Type 24: static data report, part A (name) or part B (type, vendor, call sign, dimensions).
/// The two parts arrive as separate messages; pairing them is left to the caller (gpsd prints each alone).
struct StaticDataReport {
    std::uint8_t part = 0;              ///< 0 = part A, 1 = part B
    FixedText<20> shipname;             ///< part A
    std::uint8_t shiptype = 0;          ///< part B: type of ship and cargo
    FixedText<7> vendorid;              ///< part B: vendor id, 7 characters as gpsd 3.22 reads it (ITU-R
                                        ///< M.1371-4 and later: 3 characters, then model and serial)
    std::uint8_t model = 0;             ///< part B: unit model code (4 bits)
    std::uint32_t serial = 0;           ///< part B: serial number (20 bits)
    FixedText<7> callsign;              ///< part B: call sign
    bool auxiliary = false;             ///< part B: MMSI of an auxiliary craft (98XXXYYYY): mothership given
    std::uint32_t mothership_mmsi = 0;  ///< part B, auxiliary craft only
    std::uint16_t to_bow = 0;           ///< part B, other craft: metres
    std::uint16_t to_stern = 0;         ///< metres
    std::uint8_t to_port = 0;           ///< metres
    std::uint8_t to_starboard = 0;      ///< metres
};

/// Types 25 (single slot) and 26 (multiple slot) binary messages.
struct SlotBinary {
    bool addressed = false;       ///< destination MMSI present
    bool structured = false;      ///< application id (DAC/FID) present
    std::uint32_t dest_mmsi = 0;  ///< when addressed
    std::uint16_t app_id = 0;     ///< when structured: DAC (10 bits) << 6 | FID (6 bits)
    BinaryData data;              ///< remaining application bits
    std::uint32_t radio = 0;      ///< type 26 only: 20-bit communication state (gpsd 3.22 prints 0)
};

/// Type 27: long range AIS broadcast (satellite).
struct LongRangePosition {
    bool accuracy = false;     ///< position accuracy flag
    bool raim = false;         ///< RAIM in use
    std::uint8_t status = 0;   ///< navigation status
    std::int32_t lon = 0;      ///< 1/10 minute (18 bits), 181*600 = not available
    std::int32_t lat = 0;      ///< 1/10 minute (17 bits), 91*600 = not available
    std::uint8_t speed = 0;    ///< knots, 63 = not available
    std::uint16_t course = 0;  ///< degrees, 511 = not available
    bool gnss = false;         ///< true: position latency > 5 s (gpsd's "gnss" field)
};

/// Body of a message; which alternative is held follows from Message::type.
using MessageBody =
    std::variant<PositionReport, BaseStationReport, StaticVoyageData, BinaryAddressed, Acknowledge,
                 BinaryBroadcast, SarPosition, UtcInquiry, SafetyAddressed, SafetyBroadcast, Interrogation,
                 AssignmentCommand, DgnssBroadcast, ClassBPosition, ClassBExtended, DataLinkManagement,
                 AidToNavigation, ChannelManagement, GroupAssignment, StaticDataReport, SlotBinary,
                 LongRangePosition>;

/// One decoded AIS message: the common header and the body for its type. A fixed-size value.
struct Message {
    std::uint8_t type = 0;    ///< message type 1-27
    std::uint8_t repeat = 0;  ///< repeat indicator 0-3
    std::uint32_t mmsi = 0;   ///< source MMSI (30 bits)
    MessageBody body;         ///< the type's fields
};

/// Decodes de-armoured payload bits into a Message, with gpsd 3.22's length rules (types 1-3 and 5 accept
/// longer payloads, type 24A comes at 160 bits, ...). Errors: empty_payload, unknown_type, too_short,
/// too_long. Pure: no I/O, no allocation.
[[nodiscard]] Result<Message, DecodeError> decode(BitSpanView bits) noexcept;

/// Pairs the halves of type 24 as gpsd 3.22 does, so that output matches gpsdecode line for line. gpsd keeps
/// the names of the last 8 part A messages in a ring (slots start with MMSI 0) and completes a part B with
/// the name of the first slot of the same MMSI, which it then clears. It prints neither part A messages nor
/// part B messages without a stored name. The caller owns one per stream and passes every decoded message
/// through it.
class Type24Pairing {
public:
    /// Type 24 part A: stores its name and returns false (not printed). Part B: copies the stored name of the
    /// same MMSI into `msg` and returns true, or returns false when there is none. Other types: true, as is.
    [[nodiscard]] bool complete(Message& msg) noexcept;

private:
    struct Slot {
        std::uint32_t mmsi = 0;
        FixedText<20> shipname;
    };
    std::array<Slot, 8> m_slots{};
    std::size_t m_next = 0;
};

/// Which gpsd's JSON conventions write_gpsd_json follows. They differ in a few scaled fields only, plus
/// the text of EPFD codes 9-15.
enum class GpsdDialect : std::uint8_t {
    /// gpsdecode 3.22 (Debian 12): lat/lon with 6 decimals, "turn":"nan" or the unsigned square law as an
    /// integer, type 27 "status" as its text with lat/lon in 1 decimal, "epfd_text":"INVALID EPFD".
    gpsd_3_22,
    /// gpsd's own regression expectations (test/sample.aivdm.js.chk, a later release): lat/lon with 7
    /// decimals, "turn":"n/a" or a quoted 2-decimal rate, type 27 "status" + "status_text" with 4 decimals,
    /// "epfd_text":"Reserved (N)". Only what that file shows is known of this dialect.
    gpsd_regression,
};

/// Options for write_gpsd_json.
struct JsonOptions {
    bool scaled = true;                            ///< gpsdecode -j (true) or gpsdecode -u -j (false)
    std::string_view device = "stdin";             ///< value of "device"; borrowed for the call
    GpsdDialect dialect = GpsdDialect::gpsd_3_22;  ///< whose conventions to follow
};

/// Appends gpsd's JSON object for `msg` (no trailing newline) to `out`, field for field as gpsd 3.22's
/// `gpsdecode -j` (scaled) or `gpsdecode -u -j` (unscaled) prints it. Reuse `out` to avoid allocations.
void write_gpsd_json(const Message& msg, const JsonOptions& options, std::string& out);

}  // namespace cp::ais
