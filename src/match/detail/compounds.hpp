// SPDX-License-Identifier: Apache-2.0
// Russian compound names made of word stubs (KURGANMASHZAVOD = Kurgansky MASHinostroitelny ZAVOD, SIBUGOL =
// SIBirskaya UGOLnaya), read as the words they shorten (see compounds.cpp).
#pragma once

#include <string>
#include <string_view>

#include "match/detail/reference.hpp"

namespace cp::match::detail {

/// `word` split into the stubs of Reference::compound_parts, each written as its full word, and the other
/// pieces kept ("kurganmashzavod" -> "kurgan mashinostroitelny zavod"); "" when it is not such a compound:
/// fewer than two stubs, or a piece between them shorter than four letters, or more than two such pieces.
std::string spelt_out_compound(std::string_view word, const Reference& ref);

}  // namespace cp::match::detail
