// SPDX-License-Identifier: Apache-2.0
// core: the vocabulary every module shares. Depends on nothing but {fmt}.
#pragma once

#include "core/assert.hpp"  // IWYU pragma: export
#include "core/bits.hpp"    // IWYU pragma: export
#include "core/error.hpp"   // IWYU pragma: export
#include "core/geo.hpp"     // IWYU pragma: export
#include "core/imo.hpp"     // IWYU pragma: export
#include "core/result.hpp"  // IWYU pragma: export
#include "core/tally.hpp"   // IWYU pragma: export
#include "core/text.hpp"    // IWYU pragma: export
#include "core/time.hpp"    // IWYU pragma: export
