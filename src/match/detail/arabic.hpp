// SPDX-License-Identifier: Apache-2.0
// Arabic-script names (Arabic, Persian, Urdu, Pashto) to Latin consonant spellings (see arabic.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cp::match::detail {

/// Arabic-script letters of `utf8` (NFKC-normalised, so presentation forms are base letters) replaced by
/// lower-case Latin in the lists' English convention, vowel marks dropped, "al-"/"wa-" split off;
/// every other character is copied unchanged.
/// `persian`: read the text as Persian (ذ ض ظ as z, ث as s), or say so by its letters when unset.
std::string arabic_to_latin(std::string_view utf8, std::optional<bool> persian = std::nullopt);

/// Arabic-script text as romanize() writes it: arabic_to_latin, then ICU's tail (lower-case ASCII).
std::string romanize_arabic_script(std::string_view utf8, std::optional<bool> persian = std::nullopt);

/// `romanised` (romanize_arabic_script's output) with the business words of Persian and Arabic company names
/// (شرکت company, هواپیمایی airline, بازرگانی trading, شركة company...) replaced by their English words;
/// "" when it holds none (arabic_business.cpp).
std::string translate_business_words(std::string_view romanised);

/// Arabic compound names in the words of a romanised name, written as the lists most often write them: the
/// distinctive half and its partner as two words, the article between them dropped. "noureddine",
/// "nur al din" -> "nur"/"nour" + "din"; "abdulrahman", "abd al rahman", "abdurrahman" -> "abd" + "rahman";
/// "abdullah" -> "abd" + "allah"; "ur rehman" -> "rehman". `abjad`: the words are a romanisation of
/// Arabic script ("bd al rhmn"), where only the words written apart are joined.
void normalise_arabic_name_parts(std::vector<std::string>& words, bool abjad);

}  // namespace cp::match::detail
