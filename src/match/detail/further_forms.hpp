// SPDX-License-Identifier: Apache-2.0
// Further forms of a tokenised name, read by normalise() (normalize.cpp) and scored beside the name as
// written, a little weaker (NormalName::spelt_out, NormalName::lookalike).
// Tested through normalise() by tests/unit/match/test_normalize.cpp and the .cases files.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lists/entity.hpp"
#include "match/detail/normalize.hpp"

namespace cp::match::detail {

/// The name again with each Russian organisation acronym it holds spelt out in English and each compound of
/// word stubs split into its words (KURGANMASHZAVOD): one form per wording of the first acronym found
/// (Reference::acronym_expansions; later acronyms take their first wording). None for a person.
std::vector<std::string> spelt_out_forms(const NormalName& name, std::optional<lists::Schema> schema);

/// The name with its lookalike codes (OOO 'CMT-K' for Cyrillic СМТ-К) read as Cyrillic, or "" when it has
/// none or is not a company of a CIS country.
std::string lookalike_form(const NormalName& name, std::optional<lists::Schema> schema);

}  // namespace cp::match::detail
