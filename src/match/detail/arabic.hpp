// SPDX-License-Identifier: Apache-2.0
// Arabic-script names (Arabic, Persian, Urdu, Pashto) to Latin consonant spellings (see arabic.cpp).
#pragma once

#include <string>
#include <string_view>

namespace cp::match::detail {

/// Arabic-script letters of `utf8` (NFKC-normalised, so presentation forms are base letters) replaced by
/// lower-case Latin in the lists' English convention, vowel marks dropped, "al-"/"wa-" split off;
/// every other character is copied unchanged.
std::string arabic_to_latin(std::string_view utf8);

}  // namespace cp::match::detail
