// SPDX-License-Identifier: Apache-2.0
// Korean names written in Latin letters: the Revised Romanisation of South Korea ("Gim Jeong-eun") and the
// McCune-Reischauer spellings of OFAC, the UN and DPRK sources ("KIM, Jong Un", "CHO'NG, Man-pok") folded to
// one key per word. Tested by tests/unit/match/test_korean.cpp.
#pragma once

#include <cstddef>
#include <string_view>

namespace cp::match::detail {

/// Room for a folded word: longer words are never compared this way.
inline constexpr std::size_t korean_fold_capacity = 24;

/// Writes into `out` the key of `word` read as one to three romanised Korean syllables: initial consonants
/// lose voicing (g/k, d/t, b/p, j/ch), RR "eo"/"eu" and MR "o"/"u" (their breves are dropped with the
/// apostrophes upstream) become one vowel, finals are read by sound (g/k, d/t, b/p, r/l): "jeong", "jong",
/// "chong" -> "cong"; "gyu", "kyu" -> "kyu"; "byeong", "pyong" -> "pyong"; "eun", "un" -> "un". Returns the
/// key's length, or 0 when `word` is not made of such syllables (then it is not a Korean name part).
std::size_t korean_fold(std::string_view word, char (&out)[korean_fold_capacity]) noexcept;

}  // namespace cp::match::detail
