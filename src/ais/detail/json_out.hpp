// SPDX-License-Identifier: Apache-2.0
// Appends JSON members to a reused std::string without a DOM: `,"key":value` with integers by to_chars and
// fixed-point numbers by {fmt}, both correctly rounded like gpsd's printf.
#pragma once

#include <charconv>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "core/bits.hpp"

namespace cp::ais::detail {

/// Writer of the members of one JSON object into a borrowed string.
class JsonOut {
public:
    explicit JsonOut(std::string& out) noexcept : m_out(out) {}

    /// `,"key":` (the key is a literal: no escaping).
    void key(std::string_view name) {
        m_out += ",\"";
        m_out += name;
        m_out += "\":";
    }
    /// `,"key":<integer>`.
    template <class T>
    void integer(std::string_view name, T value) {
        key(name);
        raw_integer(value);
    }
    /// `,"key":true|false`.
    void boolean(std::string_view name, bool value) {
        key(name);
        m_out += value ? "true" : "false";
    }
    /// `,"key":<value with `decimals` digits after the point>`.
    void fixed(std::string_view name, double value, int decimals) {
        key(name);
        raw_fixed(value, decimals);
    }
    /// `,"key":"<value with `decimals` digits>"` (gpsd quotes some scaled corners).
    void quoted_fixed(std::string_view name, double value, int decimals) {
        key(name);
        m_out += '"';
        raw_fixed(value, decimals);
        m_out += '"';
    }
    /// `,"key":"<escaped text>"`.
    void string(std::string_view name, std::string_view value) {
        key(name);
        raw_string(value);
    }
    /// `,"key":"<bit count>:<hex>"`, gpsd's form for opaque binary payloads.
    void bits_hex(std::string_view name, BitSpanView bits);

    template <class T>
    void raw_integer(T value) {
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
        m_out.append(buffer, result.ptr);
    }
    void raw_fixed(double value, int decimals) {
        fmt::format_to(std::back_inserter(m_out), "{:.{}f}", value, decimals);
    }
    /// A quoted JSON string: '"' and '\\' escaped, control characters as \u00XX (six-bit text has none).
    void raw_string(std::string_view value);
    void raw(std::string_view text) { m_out += text; }
    /// The string written to, for formatted appends.
    [[nodiscard]] std::string& buffer() noexcept { return m_out; }

private:
    std::string& m_out;
};

}  // namespace cp::ais::detail
