// SPDX-License-Identifier: Apache-2.0
// One RFC 4180 reader for every CSV chokepoint reads strictly (lists, sites, watchlists, reference tables):
// quoted fields with embedded separators, doubled quotes and line breaks, LF or CRLF records, any one-byte
// separator (BIS DPL uses TAB), and the line where each record starts. Real-world tolerances, each seen in a
// bundled file: blanks between a closing quote and the separator (OFAC `-0- ,`), a final DOS end-of-file byte
// 0x1A (OFAC sdn.csv 2024-05-03, alt.csv 2025-02), a UTF-8 byte order mark (trade.gov CSL, NGA World Port
// Index), blank lines between records. Bad input throws cp::InputError with the file, line and byte offset of
// the record.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace cp::csv {

struct ReaderOptions {
    char separator = ',';
    /// false: a quote inside an unquoted field is an error (official lists never have one, so it signals a
    /// broken file). true: it is kept as a character, as Python's csv module does (hand-edited files, e.g.
    /// the shared sites_of_concern.csv line 2: `OpenFlights airports.dat (source column "OurAirports") in
    /// ...`).
    bool quote_in_unquoted_field_is_text = false;
    bool require_utf8 = true;  ///< a field that is not well-formed UTF-8 is an error
};

class Reader {
public:
    /// Borrows `data` for the reader's lifetime; `file` names it in errors.
    Reader(std::string_view data, std::string file, char separator = ',');
    Reader(std::string_view data, std::string file, const ReaderOptions& options);

    /// Reads the next record into `fields` (cleared first; unquoted, quotes undoubled). False at the end.
    /// Throws cp::InputError on an unterminated quoted field, a stray quote, or (require_utf8) invalid UTF-8.
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
    ReaderOptions m_options;
    std::string m_stops;  ///< characters that end an unquoted field
    std::size_t m_pos = 0;
    std::uint64_t m_next_line = 1;  ///< line of m_pos
    std::uint64_t m_line = 0;
    std::uint64_t m_offset = 0;
};

/// Lower-case ASCII copy with surrounding white space removed: header names compare with it.
[[nodiscard]] std::string header_key(std::string_view s);

}  // namespace cp::csv
