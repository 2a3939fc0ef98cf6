// SPDX-License-Identifier: Apache-2.0
// Belarusian and Ukrainian romanisations of East Slavic names, respelt as the Russian ones for comparison
// (see slavic.cpp). Lists give Belarusian officials as "HAIDUKEVICH, Aleh Siarheevich" and users type the
// Russian "Gaidukevich, Oleg Sergeevich".
#pragma once

#include <string>
#include <string_view>

namespace cp::match::detail {

/// `word` with a Belarusian or Ukrainian given-name stem replaced by the Russian one, in the given name and
/// in the patronymics made from it ("aleh" -> "oleg", "siarheevich" -> "sergeevich", "mykolayovych" ->
/// "nikolayovych"), and a Belarusian surname ending -ou/-eu as -ov/-ev ("karpiankou" -> "karpiankov");
/// otherwise `word` unchanged. Used for the spelling fold only: the word itself is kept.
std::string as_russian_spelling(std::string_view word);

/// The place a Russian adjective of place names, or "" when `word` is not one: "barnaulskii" -> "barnaul",
/// "uralskaya" -> "ural", "azovski" -> "azov" (the stem before -sk- and a case ending, four letters or more).
/// Not for -cheskiy adjectives ("metallurgicheskaya" is not a place) nor for person names: callers decide
/// that the name is an organisation's (OSTROVSKY is not OSTROV).
std::string place_of_adjective(std::string_view word);

}  // namespace cp::match::detail
