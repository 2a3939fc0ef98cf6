// SPDX-License-Identifier: Apache-2.0
// Decoded Mode S / ADS-B message: a fixed-size value struct (no heap), filled by decode().
// Spec: ICAO Annex 10 Vol IV, ICAO Doc 9871 (Comm-B registers, ADS-B v0-v2), RTCA DO-260B.
// Mode S numbers bits from 1 (bit 1 = MSB of the first byte); every comment here follows that numbering.
// Units are in the names: _ft, _kt, _fpm, _deg, _hpa. Absent fields are std::nullopt.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace cp::adsb {

/// Why a frame could not be decoded.
enum class DecodeError : std::uint8_t {
    bad_length,   ///< not 7 bytes (DF0-15) or 14 bytes (DF16-31), or the length does not match the DF
    bad_crc,      ///< DF11/17/18 parity failed and could not be corrected with the options given
    unknown_df,   ///< a downlink format with no defined content (DF 1-3, 6-10, 12-15, 22-23, 25-31)
    bad_mode_ac,  ///< a Mode A/C reply whose code bits are not a valid Gillham altitude or identity
};

/// Stable snake_case name of `error` (for ErrorTally and JSON).
[[nodiscard]] std::string_view to_string(DecodeError error) noexcept;

/// Error-correction policy of decode(). Corrections apply to DF11 (one bit) and DF17/18 only, as readsb.
struct DecodeOptions {
    bool fix_one_bit = true;    ///< correct single-bit errors by syndrome lookup
    bool fix_two_bits = false;  ///< also correct two-bit errors in DF17/18 (more false positives: off)
    bool keep_bad_crc = false;  ///< decode DF11/17/18 whose parity fails anyway, with crc_ok = false
                                ///< (analysis and pyModeS parity; never for tracking)
};

/// Where `icao` came from.
enum class AddressSource : std::uint8_t {
    none,       ///< no address (Mode A/C)
    announced,  ///< AA field of DF11/17/18, checked by the parity
    overlay,    ///< recovered as CRC xor AP (DF0/4/5/16/20/21): unverified unless confirmed by state
    non_icao,   ///< DF18 with CF != 0/6: a TIS-B/ADS-R/non-ICAO address (still in `icao`)
    supplied,   ///< given by the caller through apply_known_address() (the interrogator's own uplink
                ///< address, a radar log's address column); address_confirmed = the parity agrees
};

/// Stable snake_case name of `source`.
[[nodiscard]] std::string_view to_string(AddressSource source) noexcept;

/// A Comm-B register (BDS x,y) as 0xXY, e.g. 0x20 = BDS 2,0. Also used for the ADS-B registers
/// DF17/18 carry (0x05 airborne position, 0x06 surface, 0x08 identification, 0x09 velocity,
/// 0x61 status, 0x62 target state, 0x65 operational status).
using Bds = std::uint8_t;

/// How sure the Comm-B register inference is (Comm-B carries no register number on the downlink).
enum class Confidence : std::uint8_t {
    none,       ///< no register fits (or MB is all zero)
    ambiguous,  ///< several registers fit; the fields of the first are filled, `commb.candidates` lists all
    likely,     ///< exactly one register fits its status bits and reserved bits
    certain,    ///< the register announces itself (BDS 1,0 / 2,0 / 3,0 header bits) and fits
};

/// Stable snake_case name of `confidence`.
[[nodiscard]] std::string_view to_string(Confidence confidence) noexcept;

/// Why a position could not be given (the CPR fields are still in the message).
enum class PositionReject : std::uint8_t {
    none,               ///< not rejected (or no CPR decode was attempted)
    no_pair,            ///< no even/odd partner in the time window and no reference for a local decode
    zone_mismatch,      ///< even and odd latitudes fall in different NL zones (aircraft crossed a boundary)
    bad_latitude,       ///< a global decode gave |lat| > 90
    implausible_speed,  ///< too far from the last known position for the time elapsed
    out_of_range,       ///< further from the receiver reference than a receiver can hear (local/surface)
    no_reference,       ///< surface position without a receiver or last-known reference
};

/// Stable snake_case name of `reason`.
[[nodiscard]] std::string_view to_string(PositionReject reason) noexcept;

/// Registers of Comm-B (DF20/21 MB field, bits 33-88) decoded by inference; one register per message.
struct CommB {
    std::uint32_t candidates = 0;  ///< bit per register that fits: see commb_candidate_bit()
    // BDS 1,0 data link capability
    std::optional<bool> config;
    std::optional<bool> overlay_command_capability;
    std::optional<bool> acas_operational;
    std::optional<std::uint8_t> mode_s_subnetwork_version;
    std::optional<bool> transponder_level5;
    std::optional<bool> mode_s_specific_services;
    std::optional<std::uint8_t> uplink_elm_throughput;
    std::optional<std::uint8_t> downlink_elm_throughput;
    std::optional<bool> aircraft_identification_capability;
    std::optional<bool> squitter_capability;
    std::optional<bool> surveillance_identifier_code;
    std::optional<bool> common_usage_gicb_capability;
    std::optional<bool> acas_hybrid_surveillance;
    std::optional<bool> acas_resolution_advisory;
    std::optional<std::uint8_t> acas_rtca_version;
    std::optional<std::uint16_t> dte_status;  ///< DTE sub-address status bits (MB 41-56)
    // BDS 1,7 common-usage GICB capability: bit n (0 = BDS 0,5 ... 23 = BDS 6,0 ...), see supported_bds()
    std::optional<std::uint32_t> gicb_capability_bits;
    // BDS 3,0 ACAS active resolution advisory
    std::optional<std::uint16_t> ara;        ///< 14 bits
    std::optional<std::uint8_t> rac;         ///< 4 bits
    std::optional<bool> rat;                 ///< RA terminated
    std::optional<bool> mte;                 ///< multiple threat encounter
    std::optional<std::uint8_t> tti;         ///< threat type indicator
    std::optional<std::uint32_t> threat_id;  ///< 26 bits: ICAO address (tti 1) or range/bearing (tti 2)
    // BDS 4,0 selected vertical intention
    std::optional<std::int32_t> selected_altitude_mcp_ft;
    std::optional<std::int32_t> selected_altitude_fms_ft;
    std::optional<float> baro_setting_hpa;
    std::optional<bool> vnav_mode;
    std::optional<bool> alt_hold_mode;
    std::optional<bool> approach_mode;
    std::optional<std::uint8_t> target_alt_source;
    // BDS 4,4 meteorological routine report (forced only: never inferred)
    std::optional<std::uint8_t> figure_of_merit;
    std::optional<float> wind_speed_kt;
    std::optional<float> wind_direction_deg;
    std::optional<float> static_air_temperature_c;
    std::optional<float> static_pressure_hpa;
    std::optional<float> humidity_pct;
    // BDS 4,5 meteorological hazard report (forced only)
    std::optional<std::uint8_t> turbulence;
    std::optional<std::uint8_t> wind_shear;
    std::optional<std::uint8_t> microburst;
    std::optional<std::uint8_t> icing;
    std::optional<std::uint8_t> wake_vortex;
    std::optional<std::int32_t> radio_height_ft;
    // BDS 5,0 track and turn report
    std::optional<float> roll_deg;
    std::optional<float> true_track_deg;
    std::optional<float> gs_kt;
    std::optional<float> track_rate_deg_s;
    std::optional<float> tas_kt;
    // BDS 6,0 heading and speed report
    std::optional<float> mag_heading_deg;
    std::optional<float> ias_kt;
    std::optional<float> mach;
    std::optional<std::int32_t> baro_rate_fpm;
    std::optional<std::int32_t> inertial_rate_fpm;
};

/// One decoded Mode S frame. Fixed size; copying it is cheap enough for the hot path.
struct Message {
    std::array<std::uint8_t, 14> raw{};  ///< the frame as received (before correction), zero-padded
    std::uint8_t length_bytes = 0;       ///< 7, 14, or 2 for Mode A/C
    std::uint8_t df = 0;                 ///< downlink format (bits 1-5); 24 stands for 24-31
    std::uint32_t icao = 0;              ///< 24-bit address (see address_source)
    AddressSource address_source = AddressSource::none;
    bool address_confirmed = false;   ///< overlay: address heard in DF11/17/18 or known (PositionDecoder);
                                      ///< supplied: the parity residual equals the supplied address
    bool crc_ok = false;              ///< parity checked (DF11/17/18) after correction; false for overlay
    std::uint8_t corrected_bits = 0;  ///< bits flipped by error correction (0-2)
    std::uint32_t crc_residual = 0;   ///< CRC of bits 1..N-24 xor parity field (DF11: IID; overlay: icao)

    // Surveillance header fields (present when the DF has them)
    std::optional<std::uint8_t> capability;        ///< CA (DF11/17), CF for DF18
    std::optional<std::uint8_t> flight_status;     ///< FS (DF4/5/20/21)
    std::optional<std::uint8_t> downlink_request;  ///< DR (DF4/5/20/21)
    std::optional<std::uint8_t> utility_message;   ///< UM (DF4/5/20/21)
    std::optional<std::uint8_t> vertical_status;   ///< VS (DF0/16): 1 = on ground
    std::optional<bool> on_ground;                 ///< from CA/FS/VS or a surface position

    std::optional<std::int32_t> alt_baro_ft;  ///< barometric altitude (AC field or ADS-B)
    std::optional<std::int32_t> alt_geom_ft;  ///< GNSS height (TC 20-22)
    std::optional<std::uint16_t> squawk;      ///< 12-bit identity, printed as 4 octal digits

    // ADS-B (DF17/18)
    std::uint8_t tc = 0;                  ///< type code (ME bits 1-5); 0 = none
    std::optional<std::uint8_t> subtype;  ///< ST of TC 19/28/29/31
    Bds bds = 0;                          ///< register carried (ADS-B or inferred Comm-B), 0 = none
    Confidence bds_confidence = Confidence::none;
    std::array<char, 9> flight{};  ///< callsign (8 chars, trailing spaces kept, NUL-terminated)
    bool has_flight = false;
    std::optional<std::uint8_t> category;  ///< emitter category as 0xA0 + n (A..D sets), readsb style

    // CPR position (TC 5-18, 20-22)
    bool has_cpr = false;
    bool cpr_odd = false;
    bool cpr_surface = false;
    std::uint32_t cpr_lat = 0;          ///< 17 bits
    std::uint32_t cpr_lon = 0;          ///< 17 bits
    std::optional<std::uint8_t> nuc_p;  ///< NUC_P from the type code (v0)
    std::optional<std::uint8_t> nic;    ///< NIC from the type code and supplements (v1/v2)
    std::optional<bool> nic_b;          ///< airborne position bit 8 (single antenna/NIC-B)
    std::optional<double> lat_deg;      ///< filled by PositionDecoder
    std::optional<double> lon_deg;
    PositionReject position_reject = PositionReject::none;

    // Movement and velocity
    std::optional<double> gs_kt;
    std::optional<double> track_deg;    ///< true track over ground
    std::optional<double> heading_deg;  ///< heading (magnetic or true: heading_true)
    std::optional<bool> heading_true;
    std::optional<double> ias_kt;
    std::optional<double> tas_kt;
    std::optional<std::int32_t> baro_rate_fpm;
    std::optional<std::int32_t> geom_rate_fpm;
    std::optional<std::int32_t> gnss_baro_diff_ft;  ///< GNSS minus barometric altitude
    std::optional<std::uint8_t> nac_v;
    bool supersonic = false;

    // TC 28 status (subtype 2, the ACAS RA broadcast, fills commb.ara ... commb.threat_id as BDS 3,0)
    std::optional<std::uint8_t> emergency;  ///< 0 none, 1 general, 2 lifeguard, 3 minfuel, 4 nordo, ...

    // TC 29 target state (and BDS 4,0 copies them when inferred)
    std::optional<std::int32_t> nav_altitude_mcp_ft;
    std::optional<std::int32_t> nav_altitude_fms_ft;
    std::optional<double> nav_qnh_hpa;
    std::optional<double> nav_heading_deg;
    std::optional<bool> autopilot;
    std::optional<bool> vnav;
    std::optional<bool> alt_hold;
    std::optional<bool> approach;
    std::optional<bool> lnav;
    std::optional<bool> tcas;
    // TC 29 subtype 0 (ADS-B version 1, DO-260A) only: fields without a version-2 equivalent
    std::optional<bool> nav_altitude_msl;             ///< ME 10: target altitude baro-corrected, not FL
    std::optional<std::uint8_t> nav_vertical_mode;    ///< ME 14-15: 1 acquiring, 2 capturing/maintaining
    std::optional<std::uint8_t> nav_horizontal_mode;  ///< ME 38-39: 1 acquiring, 2 capturing/maintaining
    std::optional<bool> nav_heading_is_track;         ///< ME 37: nav_heading is a track angle
    std::optional<std::uint8_t> tss_capability_mode;  ///< ME 52-53 capability/mode code, as sent (see
                                                      ///< df17_status.cpp for why it is not mapped)

    // TC 31 operational status (and integrity in TC 29)
    std::optional<std::uint8_t> version;  ///< ADS-B version 0/1/2
    std::optional<std::uint8_t> nic_a;
    std::optional<std::uint8_t> nic_c;
    std::optional<std::uint8_t> nac_p;
    std::optional<std::uint8_t> sil;
    std::optional<std::uint8_t> sil_type;  ///< 0 per hour, 1 per sample
    std::optional<std::uint8_t> gva;
    std::optional<std::uint8_t> sda;
    std::optional<std::uint8_t> nic_baro;
    std::optional<bool> hrd;                       ///< heading reference: true = magnetic north
    std::optional<std::uint8_t> nic_supplement_b;  ///< from TC 9-18 NIC-B bit (v1+)

    CommB commb;  ///< DF20/21 register fields (bds/bds_confidence say which)
};

/// Decodes one 7- or 14-byte Mode S frame (Mode S bytes only, no framing). Pure: no I/O, no state.
/// DF11/17/18 are parity-checked and corrected per `options`; other DFs get their overlay address.
/// Errors: bad_length, bad_crc (uncorrectable DF11/17/18, unless options.keep_bad_crc), unknown_df.
[[nodiscard]] Result<Message, DecodeError> decode(std::span<const std::uint8_t> frame,
                                                  const DecodeOptions& options) noexcept;

/// Mode A/C reply (Beast type '1', 2 bytes: the code as hex nibbles 0xABCD, 3 bits each, SPI at
/// 0x0080) -> squawk, and altitude when the code is also a valid Gillham altitude (a Mode A/C reply
/// does not say which question it answers). Error: bad_mode_ac for an all-zero or malformed code.
[[nodiscard]] Result<Message, DecodeError> decode_mode_ac(std::span<const std::uint8_t, 2> reply) noexcept;

/// Applies what the caller knows about who sent an overlay-address reply (DF0/4/5/16/20/21): the
/// address an interrogator put in its own uplink, or the address column of a Mode S radar log (as in
/// pyModeS's sample_data_commb_*.csv, where it equals the parity residual in 9 997 of 10 000 rows).
/// Sets icao = `address` (24 bits), address_source = supplied, and address_confirmed = whether the
/// parity residual equals it; a disagreement (a damaged reply, or the caller's mistake) stays visible
/// in crc_residual. No effect on other messages (DF11/17/18 announce their address).
void apply_known_address(Message& msg, std::uint32_t address) noexcept;

/// NIC of a position type code (5-8 surface, 9-18 and 20-22 airborne) with its supplements (DO-260B
/// Table 2-14 for version 2; DO-260A for version 1, whose single supplement is the TC 31 bit that
/// version 2 calls NIC-A). `nic_b` is airborne ME bit 8 (version 2 only: in version 1 it is the single
/// antenna flag); `nic_c` the TC 31 surface bit (version 2). nullopt for other type codes and for
/// version 0, which reports only NUCp.
[[nodiscard]] std::optional<std::uint8_t> position_nic(std::uint8_t tc, std::uint8_t version, bool nic_a,
                                                       bool nic_b, bool nic_c) noexcept;

/// Decodes MB (7 bytes, bits 33-88 of a DF20/21 frame) as register `bds` regardless of inference
/// (the "forced" decoders). Supported: 0x10 0x17 0x20 0x30 0x40 0x44 0x45 0x50 0x60. Fields that the
/// register marks invalid stay nullopt. Returns false for an unsupported `bds`.
[[nodiscard]] bool decode_commb_as(std::span<const std::uint8_t, 7> mb, Bds bds, Message& out) noexcept;

/// Bit of register `bds` in CommB::candidates (0 for registers never inferred).
[[nodiscard]] std::uint32_t commb_candidate_bit(Bds bds) noexcept;

/// Registers named by a BDS 1,7 capability bit field, space-separated: "0,5 0,6 2,0 ...".
[[nodiscard]] std::string supported_bds(std::uint32_t gicb_capability_bits);

/// Description of an emitter category (0xA0 + n ...), e.g. "No category information".
[[nodiscard]] std::string_view category_description(std::uint8_t category) noexcept;

/// Description of a DF11/17 capability (CA) value, e.g. "Level 2+, airborne".
[[nodiscard]] std::string_view capability_description(std::uint8_t capability) noexcept;

/// Squawk as 4 octal digits ("7700").
[[nodiscard]] std::array<char, 5> squawk_text(std::uint16_t squawk) noexcept;

/// CRC-24 remainder (generator 0x1FFF409) of `frame` with its last 24 bits taken as parity:
/// 0 for a good DF17/18, the interrogator code for DF11, the address for overlay formats.
[[nodiscard]] std::uint32_t crc_residual(std::span<const std::uint8_t> frame) noexcept;

/// CRC-24 of `bytes` (no parity field): the value that goes into bits N-23..N.
[[nodiscard]] std::uint32_t crc24(std::span<const std::uint8_t> bytes) noexcept;

/// Context of one message for the JSON writer.
struct JsonContext {
    std::optional<std::int64_t> t_unix_ms;    ///< receive time
    std::optional<std::uint64_t> mlat_12mhz;  ///< Beast 12 MHz counter
    std::optional<double> rssi_dbfs;          ///< signal level
};

/// Appends the readsb-style JSON object for `msg` (no trailing newline) to `out`. Only fields that
/// are present are written. Allocates only when `out` must grow.
void write_json(const Message& msg, const JsonContext& ctx, std::string& out);

}  // namespace cp::adsb
