// SPDX-License-Identifier: Apache-2.0
// libFuzzer: NMEA text -> Assembler -> dearmor -> decode -> Type24Pairing -> gpsd JSON, end to end, as
// `chokepoint decode --format nmea` runs it. The input is split into lines; every path must return values
// (never crash, assert or read out of bounds). Seeds: tests/fuzz/corpus/fuzz_ais_nmea/.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ais/ais.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    cp::ais::AssemblerOptions options;
    options.max_age_sentences = 8;  // small, so that timeouts are reached by short inputs too
    cp::ais::Assembler assembler(options);
    cp::ais::Type24Pairing pairing;
    cp::ais::PayloadBits bits;
    std::string json;
    cp::ais::Notice notice;
    std::size_t start = 0;
    std::uint64_t number = 0;
    while (start <= input.size()) {
        const std::size_t end = input.find('\n', start);
        const std::string_view line = input.substr(start, end == std::string_view::npos ? end : end - start);
        const auto fed = assembler.feed(line, {++number, start});
        while (assembler.next_notice(notice)) (void)cp::ais::to_string(notice.error);
        if (fed && *fed) {
            const cp::ais::NmeaPayload& payload = assembler.payload();
            if (payload.armored.empty()) __builtin_trap();
            if (cp::ais::dearmor(payload.armored, payload.fill_bits, bits)) {
                auto message = cp::ais::decode(bits.view());
                if (message && pairing.complete(*message)) {
                    json.clear();
                    cp::ais::write_gpsd_json(*message, {}, json);
                    cp::ais::JsonOptions unscaled;
                    unscaled.scaled = false;
                    cp::ais::write_gpsd_json(*message, unscaled, json);
                }
            }
        } else if (!fed) {
            (void)cp::ais::severity(fed.error());
        }
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    assembler.finish();
    while (assembler.next_notice(notice)) {
    }
    return 0;
}
