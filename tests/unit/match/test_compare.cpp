// SPDX-License-Identifier: Apache-2.0
// compare(): basic behaviour of the pairwise score.
#include <gtest/gtest.h>

#include "match/match.hpp"

namespace {

using cp::match::compare_names;

TEST(Compare, IdenticalNamesScoreOne) {
    EXPECT_DOUBLE_EQ(compare_names("ACME TRADING", "acme trading"), 1.0);
}

TEST(Compare, EmptyNamesScoreZero) {
    EXPECT_EQ(compare_names("", "ACME"), 0.0);
}

}  // namespace
