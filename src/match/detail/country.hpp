// SPDX-License-Identifier: Apache-2.0
// The party's country as evidence for or against a listed entity (country.cpp, beside country_code()).
#pragma once

#include <optional>
#include <string_view>

#include "lists/entity.hpp"
#include "match/match.hpp"

namespace cp::match::detail {

/// The party's country against the entity's nationalities, countries and flags, compared as ISO codes:
/// +0.03 when one agrees; -0.05 when the entity names countries and none is the party's (a ship's flag is
/// never evidence against, nor Hong Kong or Macao against China); nothing when neither can be said.
std::optional<Qualifier> country_evidence(std::string_view party, const lists::Entity& entity);

}  // namespace cp::match::detail
