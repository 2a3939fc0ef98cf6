// SPDX-License-Identifier: Apache-2.0
// AIS payload encoding and AIVDM sentence building (see encode.hpp). Field offsets are the 0-based bit
// numbers of ITU-R M.1371-5 Annex 8, as in the decoder (detail/decode_position.cpp, decode_static.cpp).
#include "ais/encode.hpp"

#include <cmath>

#include <fmt/format.h>

namespace cp::ais::encode {
namespace {

// Bits written MSB first; `put` appends `count` bits of `value` (two's complement for negative values).
class BitWriter {
public:
    void put(std::int64_t value, unsigned count) {
        for (unsigned bit_idx = count; bit_idx-- > 0;) {
            m_bits.push_back(static_cast<std::uint8_t>((static_cast<std::uint64_t>(value) >> bit_idx) & 1U));
        }
    }

    // `chars` six-bit characters of `text`, padded with '@' (0), as the spec pads names.
    void put_text(std::string_view text, unsigned chars) {
        for (unsigned char_idx = 0; char_idx < chars; ++char_idx) {
            unsigned code = 0;
            if (char_idx < text.size()) {
                auto ch = static_cast<unsigned char>(text[char_idx]);
                if (ch >= 'a' && ch <= 'z') ch = static_cast<unsigned char>(ch - 'a' + 'A');
                if (ch < 32 || ch > 95) ch = '?';
                code = ch >= 64 ? ch - 64U : ch;  // '@'..'_' -> 0..31, ' '..'?' -> 32..63
            }
            put(code, 6);
        }
    }

    void header(std::uint8_t type, std::uint32_t mmsi) {
        put(type, 6);
        put(0, 2);  // repeat indicator
        put(mmsi, 30);
    }

    [[nodiscard]] Armored armor() const {
        Armored out;
        out.fill_bits = static_cast<unsigned>((6 - m_bits.size() % 6) % 6);
        for (std::size_t first = 0; first < m_bits.size(); first += 6) {
            unsigned value = 0;
            for (std::size_t bit_idx = first; bit_idx < first + 6; ++bit_idx) {
                value = (value << 1) | (bit_idx < m_bits.size() ? m_bits[bit_idx] : 0U);
            }
            out.chars.push_back(static_cast<char>(value < 40 ? value + 48 : value + 56));
        }
        return out;
    }

private:
    std::vector<std::uint8_t> m_bits;
};

}  // namespace

Armored position_report(std::uint32_t mmsi, const PositionReport& report, std::uint8_t type) {
    BitWriter bits;
    bits.header(type, mmsi);
    bits.put(report.status, 4);    // 38-41
    bits.put(report.turn, 8);      // 42-49
    bits.put(report.speed, 10);    // 50-59
    bits.put(report.accuracy, 1);  // 60
    bits.put(report.lon, 28);      // 61-88
    bits.put(report.lat, 27);      // 89-115
    bits.put(report.course, 12);   // 116-127
    bits.put(report.heading, 9);   // 128-136
    bits.put(report.second, 6);    // 137-142
    bits.put(report.maneuver, 2);  // 143-144
    bits.put(0, 3);                // 145-147: spare
    bits.put(report.raim, 1);      // 148
    bits.put(report.radio, 19);    // 149-167
    return bits.armor();
}

Armored static_voyage(std::uint32_t mmsi, const StaticVoyageData& data) {
    BitWriter bits;
    bits.header(5, mmsi);
    bits.put(data.ais_version, 2);               // 38-39
    bits.put(data.imo, 30);                      // 40-69
    bits.put_text(data.callsign.view(), 7);      // 70-111
    bits.put_text(data.shipname.view(), 20);     // 112-231
    bits.put(data.shiptype, 8);                  // 232-239
    bits.put(data.to_bow, 9);                    // 240-248
    bits.put(data.to_stern, 9);                  // 249-257
    bits.put(data.to_port, 6);                   // 258-263
    bits.put(data.to_starboard, 6);              // 264-269
    bits.put(data.epfd, 4);                      // 270-273
    bits.put(data.month, 4);                     // 274-277
    bits.put(data.day, 5);                       // 278-282
    bits.put(data.hour, 5);                      // 283-287
    bits.put(data.minute, 6);                    // 288-293
    bits.put(data.draught, 8);                   // 294-301
    bits.put_text(data.destination.view(), 20);  // 302-421
    bits.put(data.dte, 1);                       // 422
    bits.put(0, 1);                              // 423: spare
    return bits.armor();
}

Armored class_b_position(std::uint32_t mmsi, const ClassBPosition& report) {
    BitWriter bits;
    bits.header(18, mmsi);
    bits.put(report.reserved, 8);  // 38-45
    bits.put(report.speed, 10);    // 46-55
    bits.put(report.accuracy, 1);  // 56
    bits.put(report.lon, 28);      // 57-84
    bits.put(report.lat, 27);      // 85-111
    bits.put(report.course, 12);   // 112-123
    bits.put(report.heading, 9);   // 124-132
    bits.put(report.second, 6);    // 133-138
    bits.put(report.regional, 2);  // 139-140
    bits.put(report.cs, 1);        // 141
    bits.put(report.display, 1);   // 142
    bits.put(report.dsc, 1);       // 143
    bits.put(report.band, 1);      // 144
    bits.put(report.msg22, 1);     // 145
    bits.put(report.assigned, 1);  // 146
    bits.put(report.raim, 1);      // 147
    bits.put(report.radio, 20);    // 148-167
    return bits.armor();
}

Armored static_data_report(std::uint32_t mmsi, const StaticDataReport& data) {
    BitWriter bits;
    bits.header(24, mmsi);
    bits.put(data.part, 2);  // 38-39
    if (data.part == 0) {
        bits.put_text(data.shipname.view(), 20);  // 40-159
        return bits.armor();
    }
    bits.put(data.shiptype, 8);                           // 40-47
    bits.put_text(data.vendorid.view().substr(0, 3), 3);  // 48-65: manufacturer (M.1371-4+)
    bits.put(data.model, 4);                              // 66-69
    bits.put(data.serial, 20);                            // 70-89
    bits.put_text(data.callsign.view(), 7);               // 90-131
    if (data.auxiliary) {
        bits.put(data.mothership_mmsi, 30);  // 132-161
    } else {
        bits.put(data.to_bow, 9);        // 132-140
        bits.put(data.to_stern, 9);      // 141-149
        bits.put(data.to_port, 6);       // 150-155
        bits.put(data.to_starboard, 6);  // 156-161
    }
    bits.put(0, 6);  // 162-167: EPFD (M.1371-5) left 0 = undefined, and spare
    return bits.armor();
}

std::string checksum_hex(std::string_view text) {
    unsigned sum = 0;
    for (const char ch : text) sum ^= static_cast<unsigned char>(ch);
    return fmt::format("{:02X}", sum);
}

std::vector<std::string> sentences(const Armored& payload, const SentenceOptions& options) {
    const std::size_t per = options.max_payload_chars == 0 ? 60 : options.max_payload_chars;
    const std::size_t count = payload.chars.empty() ? 1 : (payload.chars.size() + per - 1) / per;
    std::vector<std::string> out;
    for (std::size_t part_idx = 0; part_idx < count; ++part_idx) {
        const bool last = part_idx + 1 == count;
        const std::string seq = count > 1 ? std::to_string(options.sequence_id % 10) : std::string();
        const std::string body = fmt::format(
            "AIVDM,{},{},{},{},{},{}", count, part_idx + 1, seq, options.channel,
            std::string_view(payload.chars).substr(part_idx * per, per), last ? payload.fill_bits : 0U);
        std::string line;
        if (part_idx == 0 && (!options.tag_source.empty() || options.tag_time_s)) {
            std::string tag;
            if (!options.tag_source.empty()) tag = fmt::format("s:{}", options.tag_source);
            if (options.tag_time_s) tag += fmt::format("{}c:{}", tag.empty() ? "" : ",", *options.tag_time_s);
            line = fmt::format("\\{}*{}\\", tag, checksum_hex(tag));
        }
        line += fmt::format("!{}*{}", body, checksum_hex(body));
        out.push_back(std::move(line));
    }
    return out;
}

std::int32_t to_ais_units(double degrees) noexcept {
    return static_cast<std::int32_t>(std::lround(degrees * 600'000.0));
}

}  // namespace cp::ais::encode
