// SPDX-License-Identifier: Apache-2.0
// ErrorTally: counts bad input per kind and keeps where the first of each kind was seen, so that a command
// can report "bad input: 3 bad_checksum (first at x.nmea:12 (byte 880)), ..." on stderr at the end.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/error.hpp"

namespace cp {

class ErrorTally {
public:
    /// Counts one error of `kind` (a stable snake_case name, e.g. to_string() of a module's error enum).
    void add(const std::string& kind, const SourceLocation& where);
    /// Counts one good item (for the summary line).
    void add_good(std::uint64_t count = 1) noexcept { m_good += count; }

    [[nodiscard]] std::uint64_t total_errors() const noexcept { return m_total_errors; }
    [[nodiscard]] std::uint64_t good() const noexcept { return m_good; }
    [[nodiscard]] std::uint64_t count(const std::string& kind) const;

    /// One line per kind with its count and first location; empty string when there were no errors.
    [[nodiscard]] std::string summary() const;

private:
    struct Entry {
        std::uint64_t count = 0;
        SourceLocation first;
    };
    std::map<std::string, Entry> m_by_kind;
    std::uint64_t m_total_errors = 0;
    std::uint64_t m_good = 0;
};

}  // namespace cp
