// SPDX-License-Identifier: Apache-2.0
// Posting keys of a tokenised name for the candidate index, and identifier normalisation. A key is a
// one-letter kind and a text: "w" canonical word or number, "p" phonetic key, "f" folded spelling
// (spelling_fold: MAKHMUDOV = MAHMUDOV), "g" two adjacent words glued,
// "a" acronym of 2-5 adjacent words (stop words skipped), "b" the first two letters of two adjacent words of
// an organisation (syllable abbreviations: COINTERANDINA), "l" a legal form of 2-3 letters (a name's initials
// may read as one: BM BANK), "x" first four letters of a long word (typos after the fourth letter), "s"
// consonant skeleton (looked up by queries romanised from Arabic script only).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "match/detail/normalize.hpp"

namespace cp::match::detail {

/// Keys under which a listed name is indexed (no duplicates).
std::vector<std::string> name_keys(const NormalName& name);

/// One key a query looks up, with the query evidence it stands for: `group` is the query token (or pair of
/// tokens) it comes from, `factor` how much a hit on it counts relative to an exact hit on that token.
struct QueryKey {
    std::string key;
    std::uint32_t group = 0;
    float weight = 0.0F;     ///< weight of the query token(s) x factor of the key kind
    bool rare_only = false;  ///< walked only when few names hold it (initials of query words, see keys.cpp)
};

/// Keys a query looks up: the same kinds, plus its adjacent pairs as "w" (a list token written together),
/// its short words as "a" (an acronym of a listed name), the initials of its runs of words as "w" (a name
/// listed as an acronym). Token weights must be set.
std::vector<QueryKey> query_keys(const NormalName& name);

/// Shortest word given typo keys: a shorter one has too many neighbours one letter away.
inline constexpr std::size_t typo_min_letters = 5;

/// Typo keys of a word of typo_min_letters or more (else none): hashes of the word and of the word with each
/// one letter deleted. Two words one edit apart (a letter dropped, added, replaced, or two swapped) share
/// one of them; the index keeps them apart from the string keys, as numbers (they are most of all keys).
void typo_keys(std::string_view word, std::vector<std::uint32_t>& out);

/// Upper-case letters and digits of an identifier ("IMO 9187629" -> "IMO9187629", "EP-ABC" -> "EPABC").
std::string compact_identifier(std::string_view text);

}  // namespace cp::match::detail
