// SPDX-License-Identifier: Apache-2.0
// Korean names written in Latin letters: the Revised Romanisation of South Korea ("Gim Jeong-eun") and the
// McCune-Reischauer spellings of OFAC, the UN and DPRK sources ("KIM, Jong Un", "CHO'NG, Man-pok") folded to
// one key per word. Tested by tests/unit/match/test_korean.cpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "match/detail/business_words.hpp"

namespace cp::match::detail {

/// Room for a folded word: longer words are never compared this way.
inline constexpr std::size_t korean_fold_capacity = 24;

/// Writes into `out` the key of `word` read as one to three romanised Korean syllables: initial consonants
/// lose voicing (g/k, d/t, b/p, j/ch), RR "eo"/"eu" and MR "o"/"u" (their breves are dropped with the
/// apostrophes upstream) become one vowel, finals are read by sound (g/k, d/t, b/p, r/l): "jeong", "jong",
/// "chong" -> "cong"; "gyu", "kyu" -> "kyu"; "byeong", "pyong" -> "pyong"; "eun", "un" -> "un". Returns the
/// key's length, or 0 when `word` is not made of such syllables (then it is not a Korean name part).
std::size_t korean_fold(std::string_view word, char (&out)[korean_fold_capacity]) noexcept;

/// Whether the words of a name read as a Korean personal name: two to five words of one or two syllables each
/// (given names are often written as hyphenated syllables: "Il-Sung"), the first or the last a common Korean
/// surname (Kim, Ri/Yi, Pak/Bak, Choe, Jong/Jeong/Chong...). Only such names get Korean keys: in other names
/// words such as "hassan" (ha-ssan) parse as syllables too, and keying them slowed every query.
bool looks_korean(const std::vector<std::string_view>& words) noexcept;

/// A precomposed Hangul syllable (U+AC00-U+D7A3), the letters a Korean name is written in.
constexpr bool is_hangul_syllable(UChar32 c) noexcept {
    return c >= 0xAC00 && c <= 0xD7A3;
}

/// A Hangul name cut into business words (회사 company, 무역 trading, 은행 bank...; korean_business.cpp) and
/// the runs between them; empty when it holds none.
std::vector<BusinessPiece> korean_business_pieces(std::string_view utf8);

}  // namespace cp::match::detail
