// SPDX-License-Identifier: Apache-2.0
// Scoring two tokenised names: a greedy one-to-one alignment of their tokens (similarity.hpp) and glued,
// acronym and abbreviated spans (spans.hpp), rarity-weighted score and number agreement.
// Tested through compare() by tests/unit/match/test_cases.cpp (the .cases files) and test_compare.cpp.
#pragma once

#include <cstddef>
#include <cstdint>

#include "match/detail/normalize.hpp"
#include "match/match.hpp"

namespace cp::match::detail {

/// Tunables of the score (see docs/accuracy.md for how they were chosen).
struct ScoreParams {
    double unmatched_list_factor = 1.0;  ///< weight kept by list tokens with no partner (extra name parts)
    double one_sided_factor = 0.5;       ///< weight kept by extra words when only one side has any
    double two_sided_factor = 1.6;       ///< weight kept by the lesser side when both sides have extra words
    double number_penalty = 0.55;        ///< factor when both names carry numbers that disagree
    /// Factor when the names' legal forms belong to different countries (NormalName::jurisdictions).
    double jurisdiction_penalty = 0.7;
    /// Factor when either name is a spelt-out or lookalike form (NormalName::spelt_out, lookalike).
    double spelt_out_factor = 0.99;
    /// Factor on a name completed with words of the entity's other names (complete_name()): such evidence
    /// is weaker than one name that carries every word. 0.95 (0.93 before): recall@1 at the threshold up on
    /// both LOO samples (seed 11 +0.003, held-out seeds 11 and 23 +0.003) with recall@1 flat; 0.97 and 1.0
    /// lost aliases at rank 1.
    double completed_factor = 0.95;
    double name_factor = 1.0;  ///< factor on the raw score (score_completed() sets it)
    /// Floor of the raw score when the query's words are found in a longer name: this factor times the share
    /// of the query's weight that pairs (the list's extra words aside). 0 = off (compare()).
    double containment_factor = 0.0;
    /// A query of one rare word (and legal forms; of three letters or more when romanised from another
    /// script: ALABUGA, "KUPOL AO", MADO) found
    /// whole, spelt exactly, in a longer listed name (ALABUGA DEVELOPMENT OOO, AO IEMZ KUPOL, OJE PARVAZ MADO
    /// NAFAR COMPANY) reaches the threshold: its raw score is at least the calibration knee plus this share
    /// of the rest, times the name score (so that such names keep their order). The word weighs at least
    /// `single_word_rarity` and has four letters or more (AMD, NAK: three letters are most often initials).
    /// 0 = off (compare()).
    double single_word_contained = 0.0;
    double single_word_rarity = 0.0;
    /// Factor on the reported score when a query written "SURNAME, Given" meets a name of another kind
    /// (NormalName::other_kind), or a query with a legal form meets a listed person's name
    /// (NormalName::listed_person). 1 = off (compare()).
    double person_shape_factor = 1.0;
    /// Whether a pair spelt loosely (Jaro-Winkler, sound key, folded spelling) is scaled by the square root
    /// of the share that the two words' rarities have in common (2 min / sum of their weights): a rare word
    /// spelt like a common one (EASTNINE / EASTERN) is more often another word than another spelling. Off in
    /// compare(): its weights come from a built-in table, not from the lists' rarity.
    bool rarity_scaled = false;
    /// Weight the index gives a word no list holds: such a query word (a typing slip, a new name) has no
    /// rarity of its own to compare, and is left out of rarity_scaled.
    double unknown_word_weight = 0.0;
    bool query_romanised = false;  ///< the query was not Latin: exact pairs are reported as translit
    /// Raw score reported as default_threshold (calibrate()); 0 = no calibration. The index sets its own
    /// (index.cpp); compare() reports raw scores, whose weights come from a built-in table instead.
    double calibration_knee = 0.0;
};

/// Maps a raw score (weighted share of matched evidence) to the reported score: two straight segments,
/// `knee` -> default_threshold, 0 -> 0 and 1 -> 1, so that the default threshold has a known
/// false-positive rate. Monotone: rankings do not change.
[[nodiscard]] double calibrate(double raw, double knee) noexcept;

/// Score of `candidate` for `query` in 0..1; fills `why` (may be null for speed) with every pair and part,
/// and `paired` (may be null) with a bit for each query token (of the first 24) that the alignment paired.
double score_names(const NormalName& query, const NormalName& candidate, const ScoreParams& params,
                   Explanation* why, std::uint32_t* paired = nullptr);

/// Builds in `out` the entity's name `best` completed with words of its other names (`others`): a query
/// word that `best` leaves unpaired takes the word of another name that it pairs with at >= 0.85 ("LAREDO,
/// Antonio" for an entity listed as "LAREDO DON JUAN, Job" and "RODRIGUEZ, Antonio": aliases recombine the
/// parts of other aliases). `best_paired` is the query tokens `best` pairs (score_names()'s `paired`).
/// Returns false when no other name adds a pair (nothing to score then).
bool complete_name(const NormalName& query, const NormalName& best, std::uint32_t best_paired,
                   const NormalName* const* others, std::size_t other_count, NormalName& out);

/// score_names() of a name built by complete_name(): the raw score times `completed_factor`, and `why` says
/// so in a qualifier.
double score_completed(const NormalName& query, const NormalName& completed, const ScoreParams& params,
                       Explanation* why);

}  // namespace cp::match::detail
