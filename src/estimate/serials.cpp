// SPDX-License-Identifier: Apache-2.0
// Reads a serials CSV (header with `serial`, optional `series` and `date`) into observations; bad rows are
// kept with their line number and reason so that the rest of the file is still used.
#include <algorithm>

#include "core/text.hpp"
#include "core/time.hpp"
#include "estimate/detail/csv_line.hpp"
#include "estimate/estimate.hpp"

namespace cp::estimate {

namespace {

struct Columns {
    int serial = -1;
    int series = -1;
    int date = -1;
};

Columns find_columns(const std::vector<std::string>& header) {
    Columns columns;
    for (std::size_t idx = 0; idx < header.size(); ++idx) {
        std::string name = text::to_upper_ascii(text::trim(header[idx]));
        if (idx == 0 && name.rfind("\xEF\xBB\xBF", 0) == 0) name.erase(0, 3);  // UTF-8 byte-order mark
        const int column = static_cast<int>(idx);
        if (name == "SERIAL" || name == "SERIAL_NUMBER") columns.serial = column;
        if (name == "SERIES" || name == "PREFIX") columns.series = column;
        if (name == "DATE" || name == "OBSERVED" || name == "OBSERVATION_DATE") columns.date = column;
    }
    return columns;
}

std::string_view field_at(const std::vector<std::string>& fields, int column) {
    if (column < 0 || static_cast<std::size_t>(column) >= fields.size()) return {};
    return text::trim(fields[static_cast<std::size_t>(column)]);
}

// "KL-0412" -> series "KL", digits "0412"; "412" -> "", "412".
void split_serial(std::string_view serial, std::string_view& prefix, std::string_view& digits) {
    std::size_t start = serial.size();
    while (start > 0 && serial[start - 1] >= '0' && serial[start - 1] <= '9') --start;
    digits = serial.substr(start);
    prefix = serial.substr(0, start);
    while (!prefix.empty() && (prefix.back() == '-' || prefix.back() == '/' || prefix.back() == ' ' ||
                               prefix.back() == '_' || prefix.back() == '#')) {
        prefix.remove_suffix(1);
    }
}

Result<Observation, RowError> parse_row(const std::vector<std::string>& fields, const Columns& columns) {
    const std::string_view serial = field_at(fields, columns.serial);
    if (serial.empty()) return unexpected(RowError::missing_serial);
    std::string_view prefix;
    std::string_view digits;
    split_serial(serial, prefix, digits);
    if (digits.empty()) return unexpected(RowError::bad_serial);
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    if (digits.size() > 12) return unexpected(RowError::serial_too_large);
    Observation obs;
    obs.number = text::parse_number<std::uint64_t>(digits).value_or(0);
    if (obs.number == 0) return unexpected(RowError::zero_serial);
    const std::string_view series = field_at(fields, columns.series);
    obs.series = std::string(series.empty() ? prefix : series);
    const std::string_view date = field_at(fields, columns.date);
    if (!date.empty()) {
        obs.t_unix_ms = time::parse_iso8601(date);
        // parse_iso8601 rolls 2023-02-31 over to March: a date must print back as it was written.
        if (!obs.t_unix_ms || time::to_iso8601(*obs.t_unix_ms).substr(0, 10) != date.substr(0, 10)) {
            return unexpected(RowError::bad_date);
        }
    }
    return obs;
}

}  // namespace

std::string_view to_string(RowError error) noexcept {
    switch (error) {
    case RowError::bad_quoting:
        return "bad_quoting";
    case RowError::missing_serial:
        return "missing_serial";
    case RowError::bad_serial:
        return "bad_serial";
    case RowError::zero_serial:
        return "zero_serial";
    case RowError::serial_too_large:
        return "serial_too_large";
    case RowError::bad_date:
        return "bad_date";
    }
    return "unknown";
}

SerialFile parse_serials(std::string_view content, const std::string& file_name) {
    SerialFile out;
    std::vector<std::string> fields;
    Columns columns;
    bool have_header = false;
    std::uint64_t line_number = 0;
    std::size_t pos = 0;
    while (pos < content.size()) {
        const std::size_t eol = std::min(content.find('\n', pos), content.size());
        std::string_view line = content.substr(pos, eol - pos);
        const std::uint64_t byte_offset = pos;
        pos = eol + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (text::trim(line).empty() || line.front() == '#') continue;  // blank lines and comments
        const bool split_ok = detail::split_csv_line(line, fields);
        if (!have_header) {
            if (!split_ok)
                throw InputError({file_name, line_number, byte_offset}, "bad quoting in the header");
            columns = find_columns(fields);
            if (columns.serial < 0) {
                throw InputError({file_name, line_number, byte_offset}, "no 'serial' column in the header");
            }
            have_header = true;
            continue;
        }
        Result<Observation, RowError> row =
            split_ok ? parse_row(fields, columns)
                     : Result<Observation, RowError>(unexpected(RowError::bad_quoting));
        if (!row) {
            out.tally.add(std::string(to_string(row.error())), {file_name, line_number, byte_offset});
            out.rejected.push_back({line_number, row.error(), std::string(line)});
            continue;
        }
        row->line = line_number;
        out.observations.push_back(std::move(*row));
        out.tally.add_good();
    }
    if (!have_header) throw InputError({file_name, 0, 0}, "empty file: no header line");
    return out;
}

}  // namespace cp::estimate
