// SPDX-License-Identifier: Apache-2.0
// A small RFC 4180 reader: quoted fields with embedded separators, doubled quotes and line breaks, LF or
// CRLF records, any one-byte separator (BIS DPL uses TAB). It reports the line where each record starts.
// Real-world tolerances (all seen in the bundled files): spaces between a closing quote and the separator
// (OFAC `"CUBA" ,` does not occur but `-0- ,` does), a final DOS end-of-file byte 0x1A (OFAC sdn.csv
// 2024-05-03, alt.csv 2025-02), a UTF-8 byte order mark (trade.gov CSL), blank lines between records.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace cp::lists::detail {

class CsvReader {
public:
    /// Borrows `data` for the reader's lifetime; `file` names it in errors.
    CsvReader(std::string_view data, std::string file, char separator = ',');

    /// Reads the next record into `fields` (cleared first; unquoted, quotes undoubled). False at the end.
    /// Throws cp::InputError on an unterminated quoted field, a stray quote, or invalid UTF-8.
    bool next(std::vector<std::string>& fields);

    /// Location of the record last returned by next().
    [[nodiscard]] SourceLocation where() const { return {m_file, m_line, m_offset}; }
    /// 1-based line where the record last returned by next() starts.
    [[nodiscard]] std::uint64_t line() const noexcept { return m_line; }
    [[nodiscard]] const std::string& file() const noexcept { return m_file; }

    /// Throws cp::InputError at the current record.
    [[noreturn]] void fail(const std::string& what) const;

private:
    void read_quoted(std::string& field);

    std::string_view m_data;
    std::string m_file;
    char m_sep;
    std::string m_stops;  ///< characters that end an unquoted field
    std::size_t m_pos = 0;
    std::uint64_t m_next_line = 1;  ///< line of m_pos
    std::uint64_t m_line = 0;
    std::uint64_t m_offset = 0;
};

/// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
[[nodiscard]] bool valid_utf8(std::string_view s) noexcept;

/// `s` trimmed; OFAC's "-0-" (its spelling of "no value") becomes empty.
[[nodiscard]] std::string_view clean(std::string_view s) noexcept;

}  // namespace cp::lists::detail
