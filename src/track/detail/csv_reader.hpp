// SPDX-License-Identifier: Apache-2.0
// A small RFC 4180 reader for the track module's CSV inputs (sites, watchlists, MID table): quoted fields
// with separators, doubled quotes and line breaks inside, LF or CRLF records, a leading UTF-8 byte order mark
// (NGA's World Port Index CSV starts with one), blank lines skipped. Reports the line where each record
// starts. Tolerance: a quote inside an unquoted field is kept as a character, as Python's csv module does
// (shared sites_of_concern.csv line 2: `OpenFlights airports.dat (source column "OurAirports") in ...`).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace cp::track::detail {

class CsvReader {
public:
    /// Borrows `data` for the reader's lifetime; `file` names it in errors.
    CsvReader(std::string_view data, std::string file, char separator = ',');

    /// Reads the next record into `fields` (cleared first; quotes removed and undoubled). False at the end.
    /// Throws cp::InputError on an unterminated quoted field or text after a closing quote.
    bool next(std::vector<std::string>& fields);

    /// 1-based line where the record last returned by next() starts.
    [[nodiscard]] std::uint64_t line() const noexcept { return m_line; }
    /// Location of the record last returned by next().
    [[nodiscard]] SourceLocation where() const { return {m_file, m_line, m_offset}; }
    /// Throws cp::InputError at the record last returned.
    [[noreturn]] void fail(const std::string& what) const;

private:
    void read_quoted(std::string& field);

    std::string_view m_data;
    std::string m_file;
    char m_sep;
    std::size_t m_pos = 0;
    std::uint64_t m_next_line = 1;  ///< line of m_pos
    std::uint64_t m_line = 0;
    std::uint64_t m_offset = 0;
};

/// Lower-case ASCII copy with surrounding white space removed: header names compare with it.
[[nodiscard]] std::string header_key(std::string_view s);

}  // namespace cp::track::detail
