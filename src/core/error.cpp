// SPDX-License-Identifier: Apache-2.0
#include "core/error.hpp"

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "core/assert.hpp"

namespace cp {

std::string SourceLocation::to_string() const {
    if (line > 0) return fmt::format("{}:{} (byte {})", file, line, byte_offset);
    return fmt::format("{}: byte {}", file, byte_offset);
}

namespace detail {
void assert_failed(const char* condition, const char* why, const char* file, int line) noexcept {
    std::fprintf(stderr, "chokepoint: internal error: %s (%s) at %s:%d\n", why, condition, file, line);
    std::abort();
}
}  // namespace detail

}  // namespace cp
