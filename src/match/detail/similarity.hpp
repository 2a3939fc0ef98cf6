// SPDX-License-Identifier: Apache-2.0
// Similarity of two words or tokens, the evidence that score.cpp aligns: string measures (Jaro-Winkler, edit
// distance, abjad spellings) and add_token_pairs(), which picks for each pair of tokens the method that
// explains it best.
// Tested by tests/unit/match/test_normalize.cpp, test_pair_memo.cpp and the .cases files.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "match/detail/normalize.hpp"
#include "match/detail/spans.hpp"
#include "match/match.hpp"

namespace cp::match::detail {

inline constexpr double pair_floor = 0.60;  ///< below this a token pair is no evidence at all

/// Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4) over the first 64 characters of each string.
[[nodiscard]] double jaro_winkler(std::string_view a, std::string_view b) noexcept;

/// Similarity (0..0.95) of a word romanised from a script without short vowels (`abjad`, e.g. "mhmd") and a
/// vowelled spelling of it (`full`, "muhammad"): an alignment that lets the vowelled side add short vowels
/// and doubled consonants for free (see similarity.cpp for the costs). Over the first 32 characters of each.
/// A similarity below `floor` is returned as 0 (and found sooner: the alignment stops once it cannot reach
/// it).
[[nodiscard]] double abjad_similarity(std::string_view abjad, std::string_view full,
                                      double floor = 0.0) noexcept;

/// Edit distance with adjacent transpositions (optimal string alignment) over the first 64 characters of
/// each string, or limit + 1 once it exceeds `limit` (at most 200: the band of the table that is filled).
[[nodiscard]] std::size_t osa_distance(std::string_view a, std::string_view b, std::size_t limit) noexcept;

/// Appends to `out` what token similarity reads of `token` (every field but weight, surname and id): two
/// listed tokens of equal content score alike against any query token, and the index numbers them alike
/// (Token::id) for PairMemo.
void append_compared_content(const Token& token, std::string& out);

/// While it lives (one per thread at a time), add_token_pairs scores each token of a name of `forms` against
/// each listed token (Token::id) once: a query's candidates share most of their words, and two thirds of
/// the token pairs a query scored had been scored for another candidate. `forms` must not change meanwhile.
class PairMemo {
public:
    explicit PairMemo(const std::vector<NormalName>& forms) noexcept;
    ~PairMemo();
    PairMemo(const PairMemo&) = delete;
    PairMemo& operator=(const PairMemo&) = delete;
    PairMemo(PairMemo&&) = delete;
    PairMemo& operator=(PairMemo&&) = delete;

private:
    const NormalName* m_outer_forms;
    std::size_t m_outer_count;
};

/// Appends to `pairs` each pair of one query token and one list token (of the first max_tokens of each)
/// whose similarity reaches pair_floor, with how it was found (Pair::method): numbers and legal forms agree
/// exactly or by canon, words by spelling, synonym, translation, initial, folded spelling, sound key, vowel
/// variant or abjad reading; when both names are written "SURNAME, Given", a surname met
/// by a given name counts 0.99 of it (a tie-breaker).
void add_token_pairs(const NormalName& query, const NormalName& candidate, std::vector<Pair>& pairs);

}  // namespace cp::match::detail
