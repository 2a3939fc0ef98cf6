// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the AIS message tests: build payloads bit by bit, decode NMEA sentences of the shared
// vectors (payload and fill fields only: framing has its own tests), render JSON.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ais/message.hpp"
#include "core/text.hpp"

namespace cp::ais::test {

/// Builds a payload MSB first, field by field, and armours it.
class PayloadBuilder {
public:
    PayloadBuilder& put(std::uint64_t value, unsigned count) {
        for (unsigned bit_idx = count; bit_idx-- > 0;) m_bits.push_back(((value >> bit_idx) & 1U) != 0);
        return *this;
    }
    PayloadBuilder& text(std::string_view chars, std::size_t count) {
        static constexpr std::string_view sixbit =
            "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?";
        for (std::size_t char_idx = 0; char_idx < count; ++char_idx) {
            const char ch = char_idx < chars.size() ? chars[char_idx] : '@';
            put(sixbit.find(ch), 6);
        }
        return *this;
    }
    /// Pads with zero bits up to `total` bits.
    PayloadBuilder& pad_to(std::size_t total) {
        while (m_bits.size() < total) m_bits.push_back(false);
        return *this;
    }
    [[nodiscard]] std::size_t size() const { return m_bits.size(); }
    /// The armoured text; `fill` receives the number of fill bits.
    [[nodiscard]] std::string armored(unsigned& fill) const {
        std::string out;
        fill = static_cast<unsigned>((6 - m_bits.size() % 6) % 6);
        for (std::size_t pos = 0; pos < m_bits.size(); pos += 6) {
            unsigned value = 0;
            for (std::size_t bit_idx = 0; bit_idx < 6; ++bit_idx) {
                const std::size_t at = pos + bit_idx;
                value = (value << 1) | (at < m_bits.size() && m_bits[at] ? 1U : 0U);
            }
            out += static_cast<char>(value < 40 ? value + 48 : value + 56);
        }
        return out;
    }
    /// De-armoured bits, ready for decode().
    [[nodiscard]] PayloadBits bits() const {
        unsigned fill = 0;
        const std::string text = armored(fill);
        PayloadBits out;
        (void)dearmor(text, fill, out);
        return out;
    }

private:
    std::vector<bool> m_bits;
};

/// Fields of an AIVDM/AIVDO sentence: [1] count, [2] number, [5] payload, [6] fill digit.
inline std::vector<std::string_view> sentence_fields(std::string_view sentence) {
    return text::split(sentence.substr(0, sentence.find('*')), ',');
}

/// Decodes the messages in `sentences` (fragments of a message are consecutive; each fragment drops its
/// own fill bits, as gpsd does) through one Type24Pairing and returns the JSON of the last printed one,
/// or "error:<name>" / "none".
inline std::string decode_sentences(const std::vector<std::string>& sentences, const JsonOptions& options) {
    Type24Pairing pairing;
    PayloadBits bits;
    std::string result = "none";
    for (const auto& sentence : sentences) {
        const auto fields = sentence_fields(sentence);
        const unsigned fill = static_cast<unsigned>(fields[6].empty() ? 0 : fields[6][0] - '0');
        auto added =
            fields[2] == "1" ? dearmor(fields[5], fill, bits) : dearmor_append(fields[5], fill, bits);
        if (!added) return "error:" + std::string(to_string(added.error()));
        if (fields[1] != fields[2]) continue;  // more fragments to come
        auto msg = decode(bits.view());
        if (!msg) return "error:" + std::string(to_string(msg.error()));
        if (!pairing.complete(*msg)) continue;
        result.clear();
        write_gpsd_json(*msg, options, result);
    }
    return result;
}

}  // namespace cp::ais::test
