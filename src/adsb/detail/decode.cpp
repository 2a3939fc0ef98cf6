// SPDX-License-Identifier: Apache-2.0
// decode(): downlink format dispatch, parity check/correction and the surveillance fields of
// Annex 10 Vol IV §3.1.2 (DF0/4/5/11/16/20/21/24) and §3.1.2.8.6 (DF17/18 header).
// Mode S numbers bits from 1: DF = bits 1-5, CA/FS = 6-8, AA = 9-32, AC/ID = 20-32, ME/MB = 33-88.
// Correction follows readsb's policy: DF17/18 one bit (two as an option), DF11 one bit when IID = 0,
// never a bit of the DF field itself (that would change the format being checked).
#include <algorithm>
#include <utility>

#include "adsb/detail/fields.hpp"
#include "adsb/message.hpp"

namespace cp::adsb {
namespace {

constexpr bool is_known_df(unsigned df) noexcept {
    switch (df) {
    case 0:
    case 4:
    case 5:
    case 11:
    case 16:
    case 17:
    case 18:
    case 20:
    case 21:
    case 24:
        return true;
    default:
        return false;
    }
}

constexpr std::uint32_t u24(const std::uint8_t* bytes) noexcept {
    return (std::uint32_t{bytes[0]} << 16) | (std::uint32_t{bytes[1]} << 8) | bytes[2];
}

// Fixes the frame in `work` in place when the syndrome explains at most the allowed number of bits.
bool try_correct(std::array<std::uint8_t, 14>& work, unsigned length_bits, std::uint32_t syndrome, bool two,
                 Message& msg) noexcept {
    unsigned bit_a = 0;
    unsigned bit_b = 0;
    const int found = detail::find_error_bits(syndrome, length_bits, two, bit_a, bit_b);
    if (found == 0 || bit_a < 5) return false;  // bits 1-5 select the format: do not rewrite them
    work[bit_a / 8] ^= static_cast<std::uint8_t>(0x80U >> (bit_a % 8));
    if (found == 2) work[bit_b / 8] ^= static_cast<std::uint8_t>(0x80U >> (bit_b % 8));
    msg.corrected_bits = static_cast<std::uint8_t>(found);
    return true;
}

// DF4/5/20/21 share FS (6-8), DR (9-13), UM (14-19) and the 13-bit AC/ID field (20-32).
void decode_surveillance_header(const std::uint8_t* f, Message& msg) noexcept {
    const unsigned fs = f[0] & 0x07U;
    msg.flight_status = static_cast<std::uint8_t>(fs);
    msg.downlink_request = static_cast<std::uint8_t>(f[1] >> 3);
    msg.utility_message = static_cast<std::uint8_t>(((f[1] & 0x07U) << 3) | (f[2] >> 5));
    if (fs == 1 || fs == 3) msg.on_ground = true;  // FS 1/3: on the ground
    if (fs == 0 || fs == 2) msg.on_ground = false;
    const std::uint32_t code13 = ((f[2] & 0x1FU) << 8) | f[3];
    if (msg.df == 4 || msg.df == 20) {
        msg.alt_baro_ft = detail::altitude_ac13(code13);
    } else {
        msg.squawk = detail::identity_id13(code13);
    }
}

// DF0/16: VS (6), SL (9-11), RI (14-17), AC (20-32).
void decode_acas_short(const std::uint8_t* f, Message& msg) noexcept {
    const auto vs = static_cast<std::uint8_t>((f[0] >> 2) & 1U);
    msg.vertical_status = vs;
    msg.on_ground = vs == 1;
    msg.alt_baro_ft = detail::altitude_ac13(((f[2] & 0x1FU) << 8) | f[3]);
}

void decode_ca_on_ground(Message& msg) noexcept {
    if (msg.capability == 4) msg.on_ground = true;
    if (msg.capability == 5) msg.on_ground = false;
}

// Parity check, correction and the DF11/17/18 fields; false when the parity fails for good.
bool decode_checked(std::array<std::uint8_t, 14>& work, Message& msg, const DecodeOptions& options) noexcept {
    const unsigned length_bits = msg.length_bytes * 8U;
    std::uint32_t syndrome = detail::residual(work.data(), msg.length_bytes);
    // DF11: PI = CRC xor interrogator identifier (II/SI code, at most 7 bits), so only the low 7 bits
    // of the residual may be set; DF17/18: the residual must be zero.
    const std::uint32_t bad_bits = msg.df == 11 ? (syndrome & 0xFFFF80U) : syndrome;
    msg.crc_ok = true;
    if (bad_bits != 0) {
        const bool two = msg.df != 11 && options.fix_two_bits;
        if (options.fix_one_bit && try_correct(work, length_bits, syndrome, two, msg)) {
            syndrome = 0;
        } else if (options.keep_bad_crc) {
            msg.crc_ok = false;
        } else {
            return false;
        }
    }
    msg.crc_residual = syndrome;
    msg.icao = u24(&work[1]);
    msg.address_source = AddressSource::announced;
    msg.capability = static_cast<std::uint8_t>(work[0] & 0x07U);
    if (msg.df == 18 && msg.capability != 0 && msg.capability != 6) {
        msg.address_source = AddressSource::non_icao;  // CF 1-5: anonymous, TIS-B, ADS-R addresses
    }
    if (msg.df != 18) decode_ca_on_ground(msg);
    if (msg.df != 11) detail::decode_me(detail::load56(&work[4]), msg);
    return true;
}

}  // namespace

Result<Message, DecodeError> decode(std::span<const std::uint8_t> frame,
                                    const DecodeOptions& options) noexcept {
    if (frame.size() != 7 && frame.size() != 14) return unexpected(DecodeError::bad_length);
    unsigned df = frame[0] >> 3;
    if (df >= 24) df = 24;  // DF24 uses only its first two bits (Comm-D ELM)
    if (!is_known_df(df)) return unexpected(DecodeError::unknown_df);
    const std::size_t expected = df >= 16 ? 14 : 7;
    if (frame.size() != expected) return unexpected(DecodeError::bad_length);

    // Built in place and returned by name: Message is ~600 bytes, and a copy per frame was a third of
    // the decode time (perf on bench_adsb).
    Result<Message, DecodeError> result(std::in_place);
    Message& msg = *result;
    std::copy(frame.begin(), frame.end(), msg.raw.begin());
    msg.length_bytes = static_cast<std::uint8_t>(frame.size());
    msg.df = static_cast<std::uint8_t>(df);

    if (df == 11 || df == 17 || df == 18) {
        std::array<std::uint8_t, 14> work = msg.raw;
        if (!decode_checked(work, msg, options)) result = unexpected(DecodeError::bad_crc);
        return result;
    }
    // Overlay formats: AP = CRC xor address, so the residual is the address (or garbage if damaged:
    // PositionDecoder confirms it against addresses heard with a good parity).
    const std::uint8_t* f = msg.raw.data();
    msg.crc_residual = detail::residual(f, msg.length_bytes);
    msg.icao = msg.crc_residual;
    msg.address_source = AddressSource::overlay;
    switch (df) {
    case 0:
    case 16:
        decode_acas_short(f, msg);
        break;
    case 4:
    case 5:
        decode_surveillance_header(f, msg);
        break;
    case 20:
    case 21:
        decode_surveillance_header(f, msg);
        detail::decode_commb(detail::load56(f + 4), msg);
        break;
    default:  // DF24: no further fields decoded
        break;
    }
    return result;
}

void apply_known_address(Message& msg, std::uint32_t address) noexcept {
    if (msg.address_source != AddressSource::overlay && msg.address_source != AddressSource::supplied) return;
    msg.icao = address & 0xFFFFFFU;
    msg.address_source = AddressSource::supplied;
    // For overlay formats crc_residual is the address the parity names (decode() above).
    msg.address_confirmed = msg.crc_residual == msg.icao;
}

Result<Message, DecodeError> decode_mode_ac(std::span<const std::uint8_t, 2> reply) noexcept {
    Message msg;
    msg.raw[0] = reply[0];
    msg.raw[1] = reply[1];
    msg.length_bytes = 2;
    msg.df = 32;  // readsb's convention for Mode A/C in its message stream
    // Beast carries the code as hex nibbles 0xABCD (3 bits each) with SPI at 0x0080; the bits
    // 0x8808 are always zero in a real reply.
    const unsigned value = (unsigned{reply[0]} << 8) | reply[1];
    if ((value & 0x8808U) != 0) return unexpected(DecodeError::bad_mode_ac);
    const unsigned a = (value >> 12) & 7U, b = (value >> 8) & 7U, c = (value >> 4) & 7U, d = value & 7U;
    msg.squawk = static_cast<std::uint16_t>((a << 9) | (b << 6) | (c << 3) | d);
    // Rebuild the 13-bit C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4 layout for the Gillham decoder.
    auto bit = [](unsigned digit, unsigned weight) { return (digit >> weight) & 1U; };
    const std::uint32_t id13 = (bit(c, 0) << 12) | (bit(a, 0) << 11) | (bit(c, 1) << 10) | (bit(a, 1) << 9) |
                               (bit(c, 2) << 8) | (bit(a, 2) << 7) | (bit(b, 0) << 5) | (bit(d, 0) << 4) |
                               (bit(b, 1) << 3) | (bit(d, 1) << 2) | (bit(b, 2) << 1) | bit(d, 2);
    if (id13 == 0) return unexpected(DecodeError::bad_mode_ac);
    msg.alt_baro_ft = detail::gillham_altitude(id13);
    return msg;
}

}  // namespace cp::adsb
