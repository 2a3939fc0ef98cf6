// SPDX-License-Identifier: Apache-2.0
// The birth date qualifier: the lists' approximate dates, ranges and alternatives are not held against a
// party born in them or a year from them.
#include <gtest/gtest.h>

#include "match/detail/birth.hpp"
#include "test_entities.hpp"

namespace {

using cp::lists::Prop;
using cp::lists::Schema;
using cp::test::entity;

double delta_of(std::string_view party, const cp::lists::Entity& listed) {
    const auto evidence = cp::match::detail::birth_evidence(party, listed);
    return evidence ? evidence->delta : -99.0;  // -99: no evidence either way
}

TEST(BirthEvidence, AListedYearAgreesAndAFarOneDiffers) {
    const auto putin =
        entity("t:1", Schema::person, {{Prop::name, "PUTIN, Vladimir"}, {Prop::birth_date, "1952-10-07"}});
    EXPECT_DOUBLE_EQ(delta_of("1952", putin), 0.05);
    EXPECT_DOUBLE_EQ(delta_of("1952-10-07", putin), 0.05);
    EXPECT_DOUBLE_EQ(delta_of("07/10/1952", putin), 0.05);
    EXPECT_DOUBLE_EQ(delta_of("1961", putin), -0.15);
    EXPECT_DOUBLE_EQ(delta_of("1954", putin), -0.15);
    const auto evidence = cp::match::detail::birth_evidence("1961", putin);
    ASSERT_TRUE(evidence.has_value());
    EXPECT_NE(evidence->what.find("1961"), std::string::npos);
}

TEST(BirthEvidence, AYearFromAListedOneTakesNothing) {
    // "DOB circa 1960" is loaded as 1960; a Solar Hijri year straddles two of ours.
    const auto hilal =
        entity("t:2", Schema::person, {{Prop::name, "HILAL, Musa"}, {Prop::birth_date, "1960"}});
    EXPECT_DOUBLE_EQ(delta_of("1961", hilal), 0.0);
    EXPECT_DOUBLE_EQ(delta_of("1959-03-01", hilal), 0.0);
    EXPECT_DOUBLE_EQ(delta_of("1962", hilal), -0.15);
    // Two full dates a year apart are two dates; a bare year a year from a full date may be a circa.
    const auto chen =
        entity("t:9", Schema::person, {{Prop::name, "CHEN, Zhu"}, {Prop::birth_date, "1953-08-17"}});
    EXPECT_DOUBLE_EQ(delta_of("1952-02-22", chen), -0.15);
    EXPECT_DOUBLE_EQ(delta_of("1952", chen), 0.0);
    // The same year, another day: lists write 01 Jan for an unknown day, so nothing either way; the same day
    // written the other way round agrees.
    EXPECT_DOUBLE_EQ(delta_of("1953-01-01", chen), 0.0);
    EXPECT_DOUBLE_EQ(delta_of("1953-08-17", chen), 0.05);
    EXPECT_DOUBLE_EQ(delta_of("1953-08", chen), 0.05);
    const auto swapped =
        entity("t:10", Schema::person, {{Prop::name, "M, N"}, {Prop::birth_date, "1953-05-08"}});
    EXPECT_DOUBLE_EQ(delta_of("1953-08-05", swapped), 0.05);
}

TEST(BirthEvidence, RangesAndAlternativesAreTheListsUncertainty) {
    const auto written =
        entity("t:3", Schema::person, {{Prop::name, "A, B"}, {Prop::birth_date, "1970 to 1972"}});
    EXPECT_DOUBLE_EQ(delta_of("1971", written), 0.05);
    EXPECT_DOUBLE_EQ(delta_of("1973", written), 0.0);
    EXPECT_DOUBLE_EQ(delta_of("1975", written), -0.15);
    const auto days = entity("t:4", Schema::person,
                             {{Prop::name, "C, D"}, {Prop::birth_date, "01 Jan 1961 to 31 Dec 1963"}});
    EXPECT_DOUBLE_EQ(delta_of("1962-05-01", days), 0.05);
    // Alternative dates (OFAC "DOB 1960; alt. DOB 1965").
    const auto two = entity("t:5", Schema::person,
                            {{Prop::name, "E, F"}, {Prop::birth_date, "1960"}, {Prop::birth_date, "1965"}});
    EXPECT_DOUBLE_EQ(delta_of("1965", two), 0.05);
    EXPECT_DOUBLE_EQ(delta_of("1962", two), 0.0);
    EXPECT_DOUBLE_EQ(delta_of("1970", two), -0.15);
}

TEST(BirthEvidence, NoYearOnEitherSideSaysNothing) {
    const auto none = entity("t:6", Schema::person, {{Prop::name, "G, H"}});
    EXPECT_FALSE(cp::match::detail::birth_evidence("1960", none).has_value());
    const auto listed = entity("t:7", Schema::person, {{Prop::name, "I, J"}, {Prop::birth_date, "1960"}});
    EXPECT_FALSE(cp::match::detail::birth_evidence("", listed).has_value());
    EXPECT_FALSE(cp::match::detail::birth_evidence("unknown", listed).has_value());
    EXPECT_FALSE(cp::match::detail::birth_evidence("196", listed).has_value());
    // 1340 of the Solar Hijri calendar is 1961-62: no Gregorian year to hold against 1960.
    EXPECT_FALSE(cp::match::detail::birth_evidence("1340", listed).has_value());
    const auto odd = entity("t:8", Schema::person, {{Prop::name, "K, L"}, {Prop::birth_date, "unknown"}});
    EXPECT_FALSE(cp::match::detail::birth_evidence("1960", odd).has_value());
}

}  // namespace
