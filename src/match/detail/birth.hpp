// SPDX-License-Identifier: Apache-2.0
// The party's birth date as evidence for or against a listed person (birth.cpp).
#pragma once

#include <optional>
#include <string_view>

#include "lists/entity.hpp"
#include "match/match.hpp"

namespace cp::match::detail {

/// The party's birth year (the first four-digit year in `party`: "1961", "1961-04-02", "02/04/1961") against
/// the entity's birth dates. Lists are unsure of many: OFAC writes "circa 1960", ranges ("1970 to 1972",
/// "01 Jan 1961 to 31 Dec 1963"; the UN's FROM_YEAR / TO_YEAR are loaded so) and alternatives ("DOB 1959;
/// alt. DOB 1960"). +0.05 when the year is a listed one or within a listed range (two full dates must be the
/// same day, or the same written the other way round); nothing taken when it is a year from one (a circa, or
/// a year converted from the Solar Hijri calendar, which straddles two of ours), between listed alternatives,
/// or another day of the same year; -0.15 when it is further from all of them (two full dates: a year or
/// more). Nothing when either side has no year.
std::optional<Qualifier> birth_evidence(std::string_view party, const lists::Entity& entity);

}  // namespace cp::match::detail
