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

namespace cp::match::detail {

struct LegalForm {
    std::string display;  ///< normalised comparison form, e.g. "llc", "fze", "gmbh"
    std::string generic;  ///< normalised family, e.g. "llc", "jsc"
};

struct Reference {
    std::unordered_map<std::string, LegalForm> legal_forms;  ///< normalised phrase -> form
    std::size_t longest_legal_phrase = 1;                    ///< in tokens
    std::unordered_map<std::string, std::string> synonyms;   ///< token -> canonical key
    std::unordered_set<std::string> generic_words;           ///< canonical keys of business words
    std::unordered_set<std::string> stop_words;              ///< particles, titles, vessel prefixes
    std::unordered_set<std::string> person_titles;           ///< mr, dr, haji...
};

/// The reference tables (built on first use; building takes a few milliseconds).
const Reference& reference();

}  // namespace cp::match::detail
