// SPDX-License-Identifier: Apache-2.0
// State of an OrderReader, shared by the CSV (orders.cpp) and JSON lines (orders_json.cpp) halves.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "screen/detail/csv_reader.hpp"
#include "screen/orders.hpp"

namespace cp::screen {

namespace detail {
/// Trims the fields of a row, validates them and fills the parsed numbers; the error if the row is bad.
[[nodiscard]] std::optional<RowError> finish_line(OrderLine& line);
}  // namespace detail

struct OrderReader::Impl {
    std::string_view content;
    Format format = Format::csv;
    ColumnMap columns;  // a copy: callers pass temporaries (ColumnMap{}), and it is small
    std::string file_name;
    detail::CsvReader csv{std::string_view{}};
    std::vector<std::optional<Field>> header;  // CSV column -> field
    std::vector<std::string> fields;
    std::size_t json_pos = 0;
    std::uint64_t json_line = 0;
    std::vector<RejectedRow> rejected;
    std::uint64_t good = 0;
    RecodedLines recoded;               // CSV rows read as Windows-1252
    std::optional<OrderLine> pending;   // first line of the next order, read ahead
    std::vector<OrderLine> json_queue;  // JSON objects with an "items" array give several lines

    bool read_line(OrderLine& line);
    bool read_csv_line(OrderLine& line);
    bool read_json_line(OrderLine& line);
    void reject(std::uint64_t line, RowError error, std::string_view text) {
        rejected.push_back({line, error, std::string(text.substr(0, 200))});
    }
};

}  // namespace cp::screen
