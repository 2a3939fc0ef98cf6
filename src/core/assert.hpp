// SPDX-License-Identifier: Apache-2.0
// CP_ASSERT: programmer errors only (house style §3). User input must never be able to trigger one.
// Checked in dev, relassert, asan and fuzz builds; compiled out in release.
#pragma once

namespace cp::detail {
[[noreturn]] void assert_failed(const char* condition, const char* why, const char* file, int line) noexcept;
}  // namespace cp::detail

#if defined(CP_ENABLE_ASSERTS)
#define CP_ASSERT(cond, why)                                                                                 \
    do {                                                                                                     \
        if (!(cond)) ::cp::detail::assert_failed(#cond, why, __FILE__, __LINE__);                            \
    } while (false)
#else
#define CP_ASSERT(cond, why)                                                                                 \
    do {                                                                                                     \
        (void)sizeof(cond);                                                                                  \
    } while (false)
#endif
