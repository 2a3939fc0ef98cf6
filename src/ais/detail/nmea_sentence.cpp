// SPDX-License-Identifier: Apache-2.0
// One NMEA line -> tag block, sentence, checksum, trailer; VDM/VDO field parsing. NMEA 0183 v4.10 §5;
// the encapsulation fields follow ITU-R M.1371-5 Annex 8 / IEC 61993-2. Where gpsd 3.22 is lenient we say
// so: an empty fill-bit field reads as 0 and lower-case checksum digits are accepted, as gpsdecode does.
#include "ais/detail/nmea_sentence.hpp"

#include <array>

#include "core/text.hpp"

namespace cp::ais::detail {
namespace {

[[nodiscard]] bool is_blank(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

[[nodiscard]] std::uint8_t xor_of(std::string_view text) noexcept {
    std::uint8_t sum = 0;
    for (const char c : text) sum ^= static_cast<std::uint8_t>(c);
    return sum;
}

/// Two hex digits at the start of `text`, or -1.
[[nodiscard]] int two_hex(std::string_view text) noexcept {
    if (text.size() < 2) return -1;
    const int high = text::hex_value(text[0]);
    const int low = text::hex_value(text[1]);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
}

/// An NMEA address field: two-letter talker + three-letter formatter, or proprietary 'P' + maker code
/// (NMEA 0183 §5.3), in upper-case letters and digits. "!AIV" (a cut line) is not one.
[[nodiscard]] bool looks_like_address(std::string_view address) noexcept {
    const bool proprietary = !address.empty() && address[0] == 'P';
    if (proprietary ? (address.size() < 4 || address.size() > 8) : address.size() != 5) return false;
    for (const char c : address) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    }
    return true;
}

/// Splits off and checks a leading tag block; `rest` becomes what follows its closing '\'.
[[nodiscard]] NmeaError split_tag_block(std::string_view& rest, SentenceView& out) noexcept {
    const std::size_t close = rest.find('\\', 1);
    if (close == std::string_view::npos) return NmeaError::bad_tag_block;
    const std::string_view block = rest.substr(1, close - 1);
    rest.remove_prefix(close + 1);
    const std::size_t star = block.rfind('*');
    if (star == std::string_view::npos) return NmeaError::bad_tag_block;
    out.tag_block = block.substr(0, star);
    // IEC 61162-450 §7.3.3: the tag block checksum covers the characters between '\' and '*'.
    const std::string_view digits = block.substr(star + 1);
    out.tag_checksum_ok = digits.size() == 2 && two_hex(digits) == xor_of(out.tag_block);
    return NmeaError::empty_line;  // no error
}

}  // namespace

bool is_vdm(std::string_view address) noexcept {
    return address.size() == 5 && address[2] == 'V' && address[3] == 'D' &&
           (address[4] == 'M' || address[4] == 'O');
}

Result<SentenceView, NmeaError> split_line(std::string_view line, std::size_t max_line_length,
                                           bool verify_checksum) noexcept {
    while (!line.empty() && is_blank(line.back())) line.remove_suffix(1);
    while (!line.empty() && is_blank(line.front())) line.remove_prefix(1);
    if (line.empty()) return unexpected(NmeaError::empty_line);
    if (line.front() == '#') return unexpected(NmeaError::comment);
    if (line.size() > max_line_length) return unexpected(NmeaError::line_too_long);

    SentenceView out;
    std::string_view rest = line;
    if (rest.front() == '\\') {
        const NmeaError error = split_tag_block(rest, out);
        if (error != NmeaError::empty_line) return unexpected(error);
        if (rest.empty()) return unexpected(NmeaError::bad_tag_block);
    }
    if (rest.front() != '!' && rest.front() != '$') return unexpected(NmeaError::not_nmea);

    const std::size_t address_end = rest.find_first_of(",*", 1);
    out.address = rest.substr(1, address_end == std::string_view::npos ? rest.size() - 1 : address_end - 1);
    if (!looks_like_address(out.address)) return unexpected(NmeaError::not_nmea);
    if (!is_vdm(out.address) && out.address != "PGHP") return unexpected(NmeaError::not_ais);

    const std::size_t star = rest.find('*');
    if (star == std::string_view::npos || star + 1 == rest.size()) {
        return unexpected(NmeaError::missing_checksum);
    }
    out.sentence = rest.substr(0, star);
    const int checksum = two_hex(rest.substr(star + 1));
    out.checksum_ok = checksum >= 0 && checksum == xor_of(out.sentence.substr(1));
    if (!out.checksum_ok && verify_checksum) return unexpected(NmeaError::bad_checksum);
    // Receivers append metadata after the checksum (gpsd's sample.aivdm: "*4A,b003660465"; AISHub adds
    // ",<station>,<time>"); gpsd ignores it, we keep it for the caller.
    out.trailer = rest.substr(star + 3);
    return out;
}

Result<VdmFields, NmeaError> parse_vdm(std::string_view sentence, std::string_view address) noexcept {
    std::array<std::string_view, 7> field{};
    std::size_t field_count = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = sentence.find(',', start);
        if (field_count == field.size()) return unexpected(NmeaError::bad_field_count);
        field[field_count++] =
            sentence.substr(start, comma == std::string_view::npos ? comma : comma - start);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    if (field_count != field.size()) return unexpected(NmeaError::bad_field_count);

    VdmFields out;
    out.talker = address.substr(0, 2);
    out.own_ship = address[4] == 'O';
    const auto digit = [](std::string_view f) { return f.size() == 1 && f[0] >= '0' && f[0] <= '9'; };
    if (!digit(field[1]) || field[1][0] == '0') return unexpected(NmeaError::bad_fragment_count);
    out.count = static_cast<unsigned>(field[1][0] - '0');
    if (!digit(field[2])) return unexpected(NmeaError::bad_fragment_number);
    out.number = static_cast<unsigned>(field[2][0] - '0');
    if (out.number == 0 || out.number > out.count) return unexpected(NmeaError::bad_fragment_number);
    if (!field[3].empty()) {
        if (!digit(field[3])) return unexpected(NmeaError::bad_sequence_id);
        out.sequence_id = field[3][0] - '0';
    }
    if (!field[4].empty()) {
        const char c = field[4][0];
        // gpsd 3.22 accepts A, B, C, 1 and 2 and rejects the rest ("invalid AIS channel").
        if (field[4].size() != 1 || (c != 'A' && c != 'B' && c != 'C' && c != '1' && c != '2')) {
            return unexpected(NmeaError::bad_channel);
        }
        out.channel = c;
    }
    out.payload = field[5];
    // gpsd 3.22 takes an empty payload field as a fragment of a multi-sentence message that adds no bits
    // (some base stations send an empty last fragment: pyais test_decode.py, 2-part type 8); only a message
    // that is empty as a whole is an error (a single sentence here, the reassembled payload in dearmor()).
    if (out.payload.empty() && out.count == 1) return unexpected(NmeaError::empty_payload);
    if (!field[6].empty()) {
        // ITU-R M.1371 allows 0-5, but the AISHub capture has type 6 sentences with 6 (line 11219) that
        // gpsd decodes; the range is checked once, in dearmor(), which knows the payload length.
        if (!digit(field[6])) return unexpected(NmeaError::bad_fill_bits);
        out.fill_bits = static_cast<unsigned>(field[6][0] - '0');
    }
    return out;
}

}  // namespace cp::ais::detail

namespace cp::ais {

std::string_view to_string(NmeaError error) noexcept {
    switch (error) {
    case NmeaError::empty_line:
        return "empty_line";
    case NmeaError::comment:
        return "comment";
    case NmeaError::not_nmea:
        return "not_nmea";
    case NmeaError::not_ais:
        return "not_ais";
    case NmeaError::line_too_long:
        return "line_too_long";
    case NmeaError::bad_tag_block:
        return "bad_tag_block";
    case NmeaError::bad_tag_checksum:
        return "bad_tag_checksum";
    case NmeaError::missing_checksum:
        return "missing_checksum";
    case NmeaError::bad_checksum:
        return "bad_checksum";
    case NmeaError::bad_field_count:
        return "bad_field_count";
    case NmeaError::bad_fragment_count:
        return "bad_fragment_count";
    case NmeaError::bad_fragment_number:
        return "bad_fragment_number";
    case NmeaError::bad_sequence_id:
        return "bad_sequence_id";
    case NmeaError::bad_channel:
        return "bad_channel";
    case NmeaError::bad_fill_bits:
        return "bad_fill_bits";
    case NmeaError::empty_payload:
        return "empty_payload";
    case NmeaError::payload_too_long:
        return "payload_too_long";
    case NmeaError::orphan_fragment:
        return "orphan_fragment";
    case NmeaError::missing_fragment:
        return "missing_fragment";
    case NmeaError::fragment_timeout:
        return "fragment_timeout";
    case NmeaError::duplicate_fragment:
        return "duplicate_fragment";
    case NmeaError::out_of_order_fragment:
        return "out_of_order_fragment";
    case NmeaError::dangling_wrapper:
        return "dangling_wrapper";
    }
    return "unknown";
}

Severity severity(NmeaError error) noexcept {
    switch (error) {
    case NmeaError::empty_line:
    case NmeaError::comment:
        return Severity::ignored;
    case NmeaError::not_ais:
        return Severity::skipped;
    default:
        return Severity::error;
    }
}

}  // namespace cp::ais
