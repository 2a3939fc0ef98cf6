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

/// Whether `word` bears a mark of a Belarusian or Ukrainian romanisation beyond what as_russian_spelling()
/// rewrites (whose given-name stems and surname endings are marks too: normalize.cpp checks both): a final
/// u for v after a consonant and a vowel ("viacheslau", "barysau"), a Belarusian or Ukrainian patronymic
/// ("-auna", "-avich", "-ovych", "-ivna"), dz for a soft d ("dzianis", "hienadz"). Not the ending "-yi":
/// Ukrainian -ий, but also Russian -ый outside BGN/PCGN. The mark is the name's: its other words (KHARANEKA
/// beside Viacheslau) are spelt so too.
bool east_slavic_ending(std::string_view word);

/// Whether two words, one of them from a name with an East Slavic mark, are one name in Belarusian or
/// Ukrainian and Russian spelling: the same consonants in the same places with any vowels between them
/// (Belarusian writes an unstressed o as a, Ukrainian an o as i: KHARANEKA / KHORONEKO, RASSALAI / ROSSOLAY),
/// h read as g (HALAVANAU / GOLOVANOV), dz as d, ts as t, and a u after a vowel as v. Three consonants or
/// more.
bool east_slavic_alike(std::string_view a, std::string_view b) noexcept;

/// `word` respelt for the consonant-skeleton key (keys.cpp) as the Russian form would be: a first h as g, dz
/// (not dzh) as d. HALAVANAU -> "galavanau", whose skeleton is GOLOVANOV's.
std::string east_slavic_as_russian(std::string_view word);

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
