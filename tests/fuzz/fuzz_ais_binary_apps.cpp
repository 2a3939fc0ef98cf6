// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the type 6/8 application writers (detail/binary_apps*). Input: byte 0 picks the type
// (bit 0: 6 or 8) and the DAC (bits 1-2: 1, 200, 235/250 or byte 1 as a raw DAC), byte 2 the FID (low 6
// bits), byte 3 how many bits of the last byte are used, the rest the application bits. Checks: no crash or
// sanitizer report, output only when the writer says so, and always valid JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "ais/detail/binary_apps.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 4) return 0;
    const auto type = static_cast<std::uint8_t>((data[0] & 1U) != 0 ? 8 : 6);
    constexpr std::uint16_t common_dacs[] = {1, 200, 235, 250};
    const unsigned dac_pick = (data[0] >> 1) & 3U;
    const bool raw_dac = (data[0] & 8U) != 0;
    const auto dac = static_cast<std::uint16_t>(raw_dac ? data[1] * 4U + dac_pick : common_dacs[dac_pick]);
    const auto fid = static_cast<std::uint16_t>(data[2] & 63U);
    const std::span<const std::uint8_t> app(data + 4, size - 4);
    const std::size_t last_bits = data[3] % 8;
    const std::size_t size_bits = app.empty() ? 0 : app.size() * 8 - (last_bits == 0 ? 0 : 8 - last_bits);
    const cp::BitSpanView bits(app, size_bits);

    for (const bool scaled : {true, false}) {
        cp::ais::detail::BinaryAppOptions options;
        options.scaled = scaled;
        options.dest_mmsi = static_cast<std::uint32_t>(data[1]) << 3;
        options.dialect =
            (data[0] & 16U) != 0 ? cp::ais::GpsdDialect::gpsd_regression : cp::ais::GpsdDialect::gpsd_3_22;
        std::string out = "{\"type\":0";
        const bool written = cp::ais::detail::write_binary_app_json(type, dac, fid, bits, options, out);
        if (written != (out.size() > 9)) std::abort();
        if (!nlohmann::json::accept(out + "}")) std::abort();
    }
    return 0;
}
