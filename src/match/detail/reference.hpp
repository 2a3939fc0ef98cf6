// SPDX-License-Identifier: Apache-2.0
// Reference vocabularies for names, built once (thread-safe static) from reference_data.inc
// (opensanctions/rigour, MIT) normalised with the same code as names: legal forms across languages,
// organisation synonyms, stop words.
#pragma once

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cp::match::detail {

/// A set of countries, one bit per ISO code of the legal-form table (translations.inc); more countries than
/// bits is an error at start-up.
using Countries = std::bitset<128>;

struct LegalForm {
    std::string display;  ///< normalised comparison form, e.g. "llc", "fze", "gmbh"
    std::string generic;  ///< normalised family, e.g. "llc", "jsc"
};

struct Reference {
    std::unordered_map<std::string, LegalForm> legal_forms;  ///< normalised phrase -> form
    std::size_t longest_legal_phrase = 1;                    ///< in tokens
    /// Legal forms of three words or more (or two of 8 letters or more), by first word, split into words:
    /// looked up with spelling tolerance, as lists misspell them ("OBSHCHESTVO S OGRANNICHENOY
    /// OTVETSTSVENNOSTYU", "AKTSIONEROE OBSHCHESTVO").
    std::unordered_map<std::string, std::vector<std::vector<std::string>>> long_legal_forms;
    /// First words of long_legal_forms of 8 letters or more, by their first two letters: a first word spelt
    /// differently ("OBSCHESTVO", "OBSCHCHESTVO") is looked for among them.
    std::unordered_map<std::string, std::vector<std::string>> long_legal_first_words;
    std::unordered_map<std::string, std::string> synonyms;  ///< token -> canonical key
    /// Spelling-folded stems of Russian, Ukrainian and Belarusian words -> canonical key (translations.inc).
    std::unordered_map<std::string, std::string> stems;
    /// Two-word phrases written as one word in other languages ("real estate" = NEDVIZHIMOST): the pair ->
    /// the one word it is read as (a key of `synonyms`), translations.inc.
    std::unordered_map<std::string, std::string> phrases;
    /// Russian and Ukrainian organisation acronyms -> their English wordings, each read as a further form of
    /// a name that has one ("NPO ECHELON" = SCIENTIFIC PRODUCTION ASSOCIATION ECHELON), translations.inc.
    std::unordered_map<std::string, std::vector<std::string>> acronym_expansions;
    /// The same for acronyms that mean this only beside a Russian or CIS legal form (UK OOO:
    /// upravlyayushchaya kompaniya; BARCLAYS UK LTD is the United Kingdom).
    std::unordered_map<std::string, std::vector<std::string>> cis_acronym_expansions;
    /// Russia and Kazakhstan in legal_form_countries: a name whose legal forms include one of them (OOO, AO,
    /// PAO, ZAO, TOO) is read with cis_acronym_expansions.
    Countries cis_jurisdictions;
    /// Stubs of words glued into Russian compound names -> the word ("mash" -> "mashinostroitelny"),
    /// translations.inc; read by spelt_out_compound.
    std::vector<std::pair<std::string, std::string>> compound_parts;
    /// National legal forms (by the token's text, else its canon) -> the countries whose registries use
    /// them, one bit per country (translations.inc). International forms (LLC, Ltd, JSC, S.A.) are absent.
    std::unordered_map<std::string, Countries> legal_form_countries;
    std::unordered_set<std::string> generic_words;  ///< canonical keys of business words
    std::unordered_set<std::string> stop_words;     ///< particles, titles, vessel prefixes
    std::unordered_set<std::string> person_titles;  ///< mr, dr, haji...
    /// A ship's type written before its name (MV, MT, TANKER): not a stop word elsewhere (analyse()).
    std::unordered_set<std::string> vessel_prefixes;
};

/// The reference tables (built on first use; building takes a few milliseconds).
const Reference& reference();

/// Canonical key of a word by its stem: `fold` (spelling_fold of the word) is a stem of ref.stems followed
/// by a case ending (up to four letters: vowels and at most one of g, h, m, v: -aia, -ogo, -ih, -ami);
/// nullptr when none fits ("gosudarstvenoie" -> the key of "state").
const std::string* stem_canon(std::string_view fold, const Reference& ref);
/// Whether `word` may be an English plural in -s: five letters or more, ending in one s ("elements", not
/// "glass").
constexpr bool plural_in_s(std::string_view word) noexcept {
    return word.size() >= 5 && word.back() == 's' && word[word.size() - 2] != 's';
}
/// The canon of an English business word's singular for its plural ("helicopters", "technologies"), when the
/// singular is a listed word or the English side of a translation; nullptr otherwise.
const std::string* plural_canon(const std::string& text, const Reference& ref);

}  // namespace cp::match::detail
