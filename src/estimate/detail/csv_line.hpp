// SPDX-License-Identifier: Apache-2.0
// One RFC 4180 record on one line (serial files have no embedded newlines): fields split on commas, double
// quotes around a field, "" inside quotes for a quote. screen/ has its own multi-line reader for orders.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cp::estimate::detail {

/// Splits `line` into `fields` (cleared first, strings reused). False on an unbalanced quote or a quote
/// inside an unquoted field.
[[nodiscard]] inline bool split_csv_line(std::string_view line, std::vector<std::string>& fields) {
    fields.clear();
    std::string field;
    std::size_t pos = 0;
    while (true) {
        field.clear();
        if (pos < line.size() && line[pos] == '"') {
            ++pos;
            while (true) {
                if (pos >= line.size()) return false;  // no closing quote
                if (line[pos] == '"') {
                    if (pos + 1 < line.size() && line[pos + 1] == '"') {
                        field += '"';
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                field += line[pos++];
            }
            if (pos < line.size() && line[pos] != ',') return false;  // text after the closing quote
        } else {
            while (pos < line.size() && line[pos] != ',') {
                if (line[pos] == '"') return false;
                field += line[pos++];
            }
        }
        fields.push_back(field);
        if (pos >= line.size()) return true;
        ++pos;  // the comma
    }
}

}  // namespace cp::estimate::detail
