// SPDX-License-Identifier: Apache-2.0
// Result<T, E>: the subset of C++23 std::expected that chokepoint uses, for bad input returned as a value
// (house style §3). g++ 12 in C++20 mode has no <expected>; replace with std::expected when we move to C++23.
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

#include "core/assert.hpp"

namespace cp {

/// Wraps an error value so that Result's constructor can tell it from a success value.
template <class E>
struct Unexpected {
    E error;
};

/// Makes an Unexpected<E> (std::unexpected in C++23).
template <class E>
[[nodiscard]] constexpr Unexpected<std::decay_t<E>> unexpected(E&& error) {
    return {std::forward<E>(error)};
}

/// Either a value of type T or an error of type E. Accessing the wrong one is a programmer error.
template <class T, class E>
class [[nodiscard]] Result {
public:
    using value_type = T;
    using error_type = E;

    constexpr Result(const T& value) : m_data(std::in_place_index<0>, value) {}  // NOLINT: implicit by design
    constexpr Result(T&& value) : m_data(std::in_place_index<0>, std::move(value)) {}  // NOLINT
    /// Constructs the value in place (std::expected's in_place constructor): lets a function build a
    /// large value directly in its returned Result (named return value), without a copy.
    template <class... Args>
    constexpr explicit Result(std::in_place_t, Args&&... args)
        : m_data(std::in_place_index<0>, std::forward<Args>(args)...) {}
    template <class G>
    constexpr Result(Unexpected<G> error)  // NOLINT: implicit like std::expected
        : m_data(std::in_place_index<1>, E(std::move(error.error))) {}

    [[nodiscard]] constexpr bool has_value() const noexcept { return m_data.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }

    [[nodiscard]] constexpr T& value() & {
        CP_ASSERT(has_value(), "Result::value() on an error");
        return *std::get_if<0>(&m_data);
    }
    [[nodiscard]] constexpr const T& value() const& {
        CP_ASSERT(has_value(), "Result::value() on an error");
        return *std::get_if<0>(&m_data);
    }
    [[nodiscard]] constexpr T&& value() && {
        CP_ASSERT(has_value(), "Result::value() on an error");
        return std::move(*std::get_if<0>(&m_data));
    }
    [[nodiscard]] constexpr const E& error() const& {
        CP_ASSERT(!has_value(), "Result::error() on a value");
        return *std::get_if<1>(&m_data);
    }
    [[nodiscard]] constexpr T value_or(T fallback) const& {
        return has_value() ? *std::get_if<0>(&m_data) : std::move(fallback);
    }

    constexpr T& operator*() & { return value(); }
    constexpr const T& operator*() const& { return value(); }
    constexpr T* operator->() { return &value(); }
    constexpr const T* operator->() const { return &value(); }

private:
    std::variant<T, E> m_data;
};

/// Result of an operation that yields no value.
struct Ok {};

}  // namespace cp
