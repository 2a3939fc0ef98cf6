// SPDX-License-Identifier: Apache-2.0
// Appends JSON members to a reused std::string without a DOM: `,"key":value` with integers by to_chars and
// fixed-point numbers by {fmt}, both correctly rounded like gpsd's printf, through a small inline buffer.
#pragma once

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <exception>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>

#include <fmt/format.h>

#include "core/assert.hpp"
#include "core/bits.hpp"

namespace cp::ais::detail {

/// Writer of the members of one JSON object into a borrowed string. Members are composed in a small
/// inline buffer that is appended to the string when full and by flush(): on the AIS benchmark the
/// per-member std::string appends (three per key, one per character of text) were a quarter of the CPU
/// time (perf, 2026-11-29). Call flush() when done; buffer() flushes before it hands out the string.
class JsonOut {
public:
    explicit JsonOut(std::string& out) noexcept : m_out(out) {}
    ~JsonOut() {
        // An exception thrown while writing (bad_alloc) may leave characters behind; that is no bug.
        CP_ASSERT(m_used == 0 || std::uncaught_exceptions() > 0, "JsonOut: flush() not called, output lost");
    }
    JsonOut(const JsonOut&) = delete;
    JsonOut& operator=(const JsonOut&) = delete;

    /// `,"key":` (the key is a literal: no escaping).
    void key(std::string_view name) {
        char* dst = room(name.size() + key_overhead);
        if (dst == nullptr) {
            m_out += ",\"";
            m_out += name;
            m_out += "\":";
            return;
        }
        commit(put_key(dst, name));
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
        raw(value ? std::string_view("true") : std::string_view("false"));
    }
    /// `,"key":<value with `decimals` digits after the point>`.
    void fixed(std::string_view name, double value, int decimals) {
        key(name);
        raw_fixed(value, decimals);
    }
    /// `,"key":"<value with `decimals` digits>"` (gpsd quotes some scaled corners).
    void quoted_fixed(std::string_view name, double value, int decimals) {
        key(name);
        raw("\"");
        raw_fixed(value, decimals);
        raw("\"");
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
        char* dst = room(max_integer);  // never null: max_integer < capacity
        // Most AIS fields are codes below 100 (repeat, status, second...): skip to_chars's length loop.
        bool small_value = value < 100;
        if constexpr (std::is_signed_v<T>) small_value = small_value && value >= 0;
        if (small_value) {
            const auto small = static_cast<unsigned>(value);
            if (small >= 10) *dst++ = static_cast<char>('0' + small / 10);
            *dst++ = static_cast<char>('0' + small % 10);
            commit(dst);
            return;
        }
        commit(std::to_chars(dst, dst + max_integer, value).ptr);
    }
    void raw_fixed(double value, int decimals) {
        // The values here are small (degrees, knots, metres): format in place, fall back if not.
        char* dst = room(max_fixed);
        const auto result = fmt::format_to_n(dst, max_fixed, "{:.{}f}", value, decimals);
        if (result.size <= max_fixed) {
            commit(dst + result.size);
            return;
        }
        flush();
        fmt::format_to(std::back_inserter(m_out), "{:.{}f}", value, decimals);
    }
    /// A quoted JSON string: '"' and '\\' escaped, control characters as \u00XX (six-bit text has none).
    void raw_string(std::string_view value);
    void raw(std::string_view text) {
        char* dst = room(text.size());
        if (dst == nullptr) {
            m_out += text;
            return;
        }
        std::memcpy(dst, text.data(), text.size());
        commit(dst + text.size());
    }
    /// Appends what is buffered to the string.
    void flush() {
        m_out.append(m_buffer.data(), m_used);
        m_used = 0;
    }
    /// The string written to, for formatted appends and edits; flushed first.
    [[nodiscard]] std::string& buffer() {
        flush();
        return m_out;
    }

private:
    static constexpr std::size_t capacity = 1024;
    static constexpr std::size_t key_overhead = 4;  ///< `,"` and `":`
    static constexpr std::size_t max_integer = 24;  ///< a 64-bit integer with its sign
    static constexpr std::size_t max_fixed = 64;    ///< longer fixed-point numbers take the slow path

    /// Room for `size` characters in the buffer (flushing it if needed), or nullptr when `size` exceeds
    /// the buffer: the buffer is then flushed and the caller appends to the string itself.
    char* room(std::size_t size) {
        if (m_used + size <= capacity) return m_buffer.data() + m_used;
        flush();
        return size <= capacity ? m_buffer.data() : nullptr;
    }
    /// Marks the buffer as used up to `end` (a pointer returned by room() plus what was written).
    void commit(char* end) noexcept { m_used = static_cast<std::size_t>(end - m_buffer.data()); }

    /// Writes `,"name":` at `dst` (room for name.size() + key_overhead) and returns its end.
    static char* put_key(char* dst, std::string_view name) noexcept {
        *dst++ = ',';
        *dst++ = '"';
        std::memcpy(dst, name.data(), name.size());
        dst += name.size();
        *dst++ = '"';
        *dst++ = ':';
        return dst;
    }

    std::string& m_out;
    std::array<char, capacity> m_buffer;  // not zeroed: only [0, m_used) is ever read
    std::size_t m_used = 0;
};

}  // namespace cp::ais::detail
