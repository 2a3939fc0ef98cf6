// SPDX-License-Identifier: Apache-2.0
// Reference vocabularies for names, built once (thread-safe static) from reference_data.inc
// (opensanctions/rigour, MIT) normalised with the same code as names: legal forms across languages,
// organisation synonyms, stop words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cp::match::detail {

struct LegalForm {
    std::string display;  ///< normalised comparison form, e.g. "llc", "fze", "gmbh"
    std::string generic;  ///< normalised family, e.g. "llc", "jsc"
};

struct Reference {
    std::unordered_map<std::string, LegalForm> legal_forms;  ///< normalised phrase -> form
    std::size_t longest_legal_phrase = 1;                    ///< in tokens
    /// Legal forms of three words or more, by first word, split into words: looked up with spelling
    /// tolerance, as lists misspell them ("OBSHCHESTVO S OGRANNICHENOY OTVETSTSVENNOSTYU").
    std::unordered_map<std::string, std::vector<std::vector<std::string>>> long_legal_forms;
    std::unordered_map<std::string, std::string> synonyms;  ///< token -> canonical key
    std::unordered_set<std::string> generic_words;          ///< canonical keys of business words
    std::unordered_set<std::string> stop_words;             ///< particles, titles, vessel prefixes
    std::unordered_set<std::string> person_titles;          ///< mr, dr, haji...
};

/// The reference tables (built on first use; building takes a few milliseconds).
const Reference& reference();

}  // namespace cp::match::detail
