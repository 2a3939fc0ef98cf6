// SPDX-License-Identifier: Apache-2.0
// Test helper: where a loader reported bad input (the cp::InputError location), or a test failure if it
// accepted the input.
#pragma once

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace cp::lists::test_support {

template <class F>
SourceLocation location_of(F&& parse) {
    try {
        parse();
    } catch (const InputError& error) {
        return error.where();
    }
    ADD_FAILURE() << "expected cp::InputError";
    return {};
}

}  // namespace cp::lists::test_support
