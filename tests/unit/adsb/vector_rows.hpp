// SPDX-License-Identifier: Apache-2.0
// Test helpers for the adsb vector files: a small RFC 4180 CSV reader (quoted fields, "" escapes)
// that returns rows as header->value maps, and hex decoding of frames.
#pragma once

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace cp::test {

using CsvRow = std::map<std::string, std::string>;

inline std::vector<std::string> parse_csv_line(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t pos = 0; pos < line.size(); ++pos) {
        const char ch = line[pos];
        if (quoted) {
            if (ch == '"' && pos + 1 < line.size() && line[pos + 1] == '"') {
                fields.back() += '"';
                ++pos;
            } else if (ch == '"') {
                quoted = false;
            } else {
                fields.back() += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            fields.emplace_back();
        } else if (ch != '\r') {
            fields.back() += ch;
        }
    }
    return fields;
}

/// All rows of a CSV file with a header line (no embedded newlines in these files).
inline std::vector<CsvRow> read_csv(const std::string& path) {
    std::ifstream in(path);
    std::vector<CsvRow> rows;
    std::string line;
    if (!std::getline(in, line)) return rows;
    const auto header = parse_csv_line(line);
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto fields = parse_csv_line(line);
        CsvRow row;
        for (std::size_t col = 0; col < header.size() && col < fields.size(); ++col)
            row[header[col]] = fields[col];
        rows.push_back(std::move(row));
    }
    return rows;
}

/// Bytes of a hex string (empty on bad hex).
inline std::vector<std::uint8_t> hex_bytes(const std::string& hex) {
    std::vector<std::uint8_t> out;
    if (!text::hex_to_bytes(hex, out)) out.clear();
    return out;
}

}  // namespace cp::test
