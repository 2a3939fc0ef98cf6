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
/// "uralskaya" -> "ural", "azovski" -> "azov" (the stem before -sk- and a case ending), "omskiy" -> "omsk"
/// (a stem under four letters keeps the -sk of its city).
/// Not for -cheskiy adjectives ("metallurgicheskaya" is not a place) nor for person names: callers decide
/// that the name is an organisation's (OSTROVSKY is not OSTROV).
std::string place_of_adjective(std::string_view word);

/// A city named in -sk of six letters or more without it ("izhevsk" -> "izhev", "novosibirsk" ->
/// "novosibir"), as place_of_adjective gives it for the city's adjective (IZHEVSKY); "" for other words.
std::string place_of_city(std::string_view word);

}  // namespace cp::match::detail
