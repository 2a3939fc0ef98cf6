// SPDX-License-Identifier: Apache-2.0
// Candidate pairs of one token with a run of adjacent tokens of the other name, for the aligner of
// score.cpp: glued words ("JSCARGUMENT" = JSC ARGUMENT), acronyms ("BNC" = Banco Nacional de Cuba) and
// syllable abbreviations (COINTERANDINA = COMERCIALIZADORA INTERNACIONAL ANDINA).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "match/detail/normalize.hpp"
#include "match/match.hpp"

namespace cp::match::detail {

inline constexpr std::size_t max_tokens = 24;  // longer names are scored on their first 24 tokens

/// A candidate pair: query tokens [q_begin, q_begin + q_len) with list tokens [c_begin, c_begin + c_len).
struct Pair {
    std::uint8_t q_begin, q_len, c_begin, c_len;
    double sim;
    Method method;
    std::uint16_t order = 0;  // position in the list of candidate pairs: ties keep it (sorting is not stable)
};

/// One token of `one` written as 2-4 adjacent tokens of `many` ("canglan" / "cang lan"). `one_is_query`
/// says which side of each Pair `one` is.
void add_glued(const std::vector<Token>& one, const std::vector<Token>& many, bool one_is_query,
               std::vector<Pair>& pairs);

/// One token of `one` written as 2-4 adjacent tokens of `many` that spell it once gh is read as k, only one
/// side writing gh ("gholamreza" / "qolam reza"): add_glued's pairs for spellings of Persian qaf and ghayn.
void add_glued_gh(const std::vector<Token>& one, const std::vector<Token>& many, bool one_is_query,
                  std::vector<Pair>& pairs);

/// One short token of `one` that is the acronym of adjacent words of `many`.
void add_acronyms(const std::vector<Token>& one, const std::vector<Token>& many, bool many_organisation,
                  bool one_is_query, std::vector<Pair>& pairs);

/// One long token of `one` made of the first syllables of adjacent words of an organisation name in `many`;
/// `paired` has a bit for each token of `one` already paired with a word spelt alike (not looked at).
void add_syllable_abbreviations(const std::vector<Token>& one, const std::vector<Token>& many,
                                bool many_organisation, bool one_is_query, std::uint32_t paired,
                                std::vector<Pair>& pairs);

/// Whether `word` is spelt by the first syllables of adjacent words of `many` (COINTERANDINA), as
/// add_syllable_abbreviations pairs them.
bool spelt_by_word_syllables(std::string_view word, const std::vector<Token>& many);

/// Whether `word` is spelt by the whole of `many` (leading connectors and legal forms aside), each word
/// giving a prefix of one letter or more, a legal form all its letters or none: CABRASA = COMERCIALIZADORA
/// ANDINA BRASILERA S.A., ISIRAN = INFORMATION SYSTEMS IRAN. Looser than syllables, so held to more: three
/// words or more give letters, and one of them three letters or more, or a legal form its own. Returns one
/// past the first word that gives letters, or 0.
std::size_t spelt_by_word_prefixes(std::string_view word, const std::vector<Token>& many);

}  // namespace cp::match::detail
