// SPDX-License-Identifier: Apache-2.0
// Loads the real frames of /work/shared/data/adsb/samples for the adsb tests and benchmarks: DF17
// (sample_data_adsb.csv, short_flights.csv) and DF20/21 (sample_data_commb_df2x.csv with the
// address pyModeS recovered from the parity).
#pragma once

#include <fstream>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace cp::test {

struct SampleFrame {
    double t_s = 0;
    std::vector<std::uint8_t> bytes;
    std::string icao;  ///< upper-case hex as the file gives it ("" when absent)
};

/// Frames of one sample file. `hex_col` and `icao_col` are 0-based columns (icao_col < 0: none).
inline std::vector<SampleFrame> load_samples(const std::string& path, int hex_col, int icao_col) {
    std::ifstream in(path);
    std::vector<SampleFrame> frames;
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // UTF-8 BOM
        std::string cleaned;
        for (const char ch : line) {
            if (ch != '"' && ch != '\r') cleaned += ch;
        }
        const auto fields = text::split(cleaned, ',');
        if (fields.size() <= static_cast<std::size_t>(std::max(hex_col, icao_col))) continue;
        SampleFrame frame;
        frame.t_s = text::parse_number<double>(fields[0]).value_or(0.0);
        if (!text::hex_to_bytes(fields[static_cast<std::size_t>(hex_col)], frame.bytes)) continue;
        if (icao_col >= 0) frame.icao = std::string(fields[static_cast<std::size_t>(icao_col)]);
        frames.push_back(std::move(frame));
    }
    return frames;
}

}  // namespace cp::test
