// SPDX-License-Identifier: Apache-2.0
// Environment failures (a file that cannot be opened, a bad config) are thrown as cp::Error and caught only
// in main() and in the HTTP layer (house style §3). Bad input inside a file is a Result, not an exception.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace cp {

/// Where in an input something happened: file, 1-based line (0 = not line oriented), byte offset.
struct SourceLocation {
    std::string file;
    std::uint64_t line = 0;
    std::uint64_t byte_offset = 0;

    /// "file:line (byte N)" or "file: byte N" when there are no lines.
    [[nodiscard]] std::string to_string() const;
};

/// Base of every exception chokepoint throws. Exit code 1 in main().
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& what) : std::runtime_error(what) {}
};

/// A bad input file (exit code 1), with its location in the message and as a field.
class InputError : public Error {
public:
    InputError(SourceLocation where, const std::string& what)
        : Error(where.to_string() + ": " + what), m_where(std::move(where)) {}
    [[nodiscard]] const SourceLocation& where() const noexcept { return m_where; }

private:
    SourceLocation m_where;
};

/// Bad usage of a command (exit code 2).
class UsageError : public Error {
public:
    explicit UsageError(const std::string& what) : Error(what) {}
};

}  // namespace cp
