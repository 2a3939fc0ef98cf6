// SPDX-License-Identifier: Apache-2.0
// RFC 4180 records over an in-memory buffer: quoted fields may hold commas, "" and line breaks. A record with
// a broken quote is reported and skipped up to the end of its line, so one bad row does not swallow the file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cp::screen::detail {

class CsvReader {
public:
    /// Borrows `buffer`. A UTF-8 byte-order mark at the start is skipped.
    explicit CsvReader(std::string_view buffer) noexcept;

    enum class Status : std::uint8_t { ok, bad_quoting, end };
    /// Reads the next non-blank record into `fields` (strings reused). `first_line` gets its 1-based line.
    Status next(std::vector<std::string>& fields, std::uint64_t& first_line);

    /// Text of the record just read (for error messages), up to 200 bytes.
    [[nodiscard]] std::string_view last_text() const noexcept;
    [[nodiscard]] std::uint64_t position() const noexcept { return m_pos; }

private:
    std::string_view m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_record_start = 0;
    std::uint64_t m_line = 1;
};

}  // namespace cp::screen::detail
