// SPDX-License-Identifier: Apache-2.0
// match: name screening. Normalises and transliterates names (ICU), indexes the names of a loaded EntitySet
// (tokens, phonetic keys, glued pairs, acronyms, identifiers) and scores candidates with an explanation of
// every part of the score. Measured accuracy: docs/accuracy.md; speed: docs/benchmarks.md "Matching".
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "lists/entity.hpp"

namespace cp::match {

/// How one query token was paired with one list token.
enum class Method : std::uint8_t {
    exact,            ///< same token after normalisation (case, accents, punctuation)
    translit,         ///< same token once both sides are romanised (query or list in another script)
    synonym,          ///< same canonical word (Co/Company/Compagnie, Bros/Brothers, Intl/International)
    legal_form,       ///< same legal form across languages (OOO/LLC/TOV, GmbH, FZE...)
    jaro_winkler,     ///< similar spelling (Jaro-Winkler similarity on code points)
    phonetic,         ///< same consonant skeleton (vowel-less scripts, romanisation variants)
    initial,          ///< a single letter matched the first letter of a word
    glued,            ///< one token matched two adjacent tokens written together ("JSCARGUMENT")
    abbreviation,     ///< one token matched the first syllables of adjacent words ("COINTERANDINA")
    number,           ///< digits that agree ("PORT OLYA-4" / "PORT OLYA 4")
    number_mismatch,  ///< digits that disagree ("PORT OLYA-3" / "PORT OLYA-4"): penalised
    unmatched,        ///< no partner on the other side: costs its weight
};

/// One line of an explanation: a query token, what it was paired with, how, and what it added.
struct TokenMatch {
    std::string query_token;  ///< normalised query token ("" for an unmatched list token)
    std::string list_token;   ///< normalised list token ("" for an unmatched query token)
    Method method = Method::unmatched;
    /// 0..1, as scored: a loose spelling (Jaro-Winkler, sound, fold) of a word of another rarity counts less
    /// than its spelling alone says (EASTNINE / EASTERN: a rare word spelt like a common one).
    double similarity = 0.0;
    double weight = 0.0;        ///< rarity weight of the pair (legal forms and stop words weigh little)
    double contribution = 0.0;  ///< share of the final score (sums, with qualifiers, to the score)
};

/// Strong evidence outside the name: identifiers, country, birth date.
struct Qualifier {
    /// e.g. "imoNumber 9187629 exact", "birth year 1961 differs from the listed 1952-10-07"
    std::string what;
    double delta = 0.0;  ///< added to (positive) or taken from (negative) the name score
};

/// Why a candidate scored what it scored.
struct Explanation {
    std::vector<TokenMatch> tokens;
    std::vector<Qualifier> qualifiers;
    std::string query_form;  ///< the romanised, normalised query variant that gave the score
    std::string list_form;   ///< the normalised list name
    /// One line for people: "putin=putin exact +0.50; vladimir=vladimir exact +0.45; ...".
    [[nodiscard]] std::string summary() const;
};

/// Query options. Defaults suit interactive screening.
struct MatchOptions {
    std::optional<lists::Schema> schema;  ///< only entities of this schema (Company also takes Organization
                                          ///< and LegalEntity; Person takes LegalEntity)
    std::size_t top_k = 10;               ///< at most this many hits
    double threshold = 0.70;              ///< drop hits scoring below
    std::optional<std::string> country;   ///< qualifier: the party's country (code or name, country_code()):
                                          ///< +0.03 when listed, -0.05 when only others are
    std::optional<std::string> birth_date;  ///< qualifier: "1952", "1952-10", "1952-10-07": +0.05 in a listed
                                            ///< year or range, -0.15 more than a year from them all
    std::size_t max_candidates = 32;        ///< candidates fully scored per query variant (docs/accuracy.md),
                                            ///< besides the listed names of the variant's very form
};

/// One matching entity.
struct Hit {
    std::size_t entity_index = 0;   ///< index into the EntitySet the Index was built from
    std::string_view matched_name;  ///< the entity name (or alias) that scored best; borrows the EntitySet
    lists::Prop matched_prop = lists::Prop::name;  ///< name, alias, weakAlias, previousName, or an identifier
    double score = 0.0;                            ///< 0..1, identifiers give 1.0
    Explanation why;
};

/// Why a query cannot be answered (bad input is a value, never an exception or a crash).
enum class QueryError : std::uint8_t {
    empty,       ///< nothing but spaces, punctuation or control characters
    too_long,    ///< more than max_query_bytes bytes
    no_letters,  ///< no letter or digit survives normalisation (e.g. only emoji)
    no_name,     ///< only legal forms, titles and stop words ("LLC", "Co., Ltd.") and no hit for them
};
[[nodiscard]] std::string_view to_string(QueryError error) noexcept;

/// Longest query accepted (bytes of UTF-8): longer input is a QueryError::too_long, not a slow query.
inline constexpr std::size_t max_query_bytes = 1024;

/// Index statistics (for `--stats`, benchmarks and docs).
struct IndexStats {
    std::size_t entities = 0;
    std::size_t names = 0;         ///< names and aliases indexed
    std::size_t keys = 0;          ///< distinct posting keys
    std::size_t postings = 0;      ///< total postings
    std::size_t identifiers = 0;   ///< IMO, MMSI, tail and serial numbers indexed
    std::size_t memory_bytes = 0;  ///< approximate heap use of the index
};

/// Candidate index over every name of an EntitySet.
/// The EntitySet must outlive the Index (hits borrow its strings). Queries are const and thread-safe.
class Index {
public:
    /// Builds the index. Throws cp::Error only if ICU cannot be initialised.
    explicit Index(const lists::EntitySet& entities);
    ~Index();
    Index(Index&&) noexcept;
    Index& operator=(Index&&) noexcept;
    Index(const Index&) = delete;
    Index& operator=(const Index&) = delete;

    /// Top hits for `name` (any script), best first, each with its explanation. Identifiers written in
    /// the query ("IMO 9187629", a 9-digit MMSI, a tail number) match exactly and score 1.0.
    [[nodiscard]] Result<std::vector<Hit>, QueryError> query(std::string_view name,
                                                             const MatchOptions& options = {}) const;

    [[nodiscard]] IndexStats stats() const noexcept;
    [[nodiscard]] const lists::EntitySet& entities() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Score of two names alone (no index: rarity weights come from a built-in table of common words).
struct Comparison {
    double score = 0.0;
    Explanation why;
};

/// Compares two names in any scripts; `schema` tunes stop words and legal forms. Never throws on input.
[[nodiscard]] Comparison compare(std::string_view a, std::string_view b,
                                 std::optional<lists::Schema> schema = {});
/// compare(a, b, schema).score.
[[nodiscard]] double compare_names(std::string_view a, std::string_view b,
                                   std::optional<lists::Schema> schema = {});

/// Decision threshold used by `names compare` and the accuracy figures (docs/accuracy.md).
inline constexpr double default_threshold = 0.70;

/// The Latin, lower-case, accent-free forms of `name` used for matching: one per romanisation
/// (e.g. BGN/PCGN and ICU Any-Latin for Cyrillic; RR and a McCune-Reischauer-like form for Hangul).
[[nodiscard]] std::vector<std::string> romanize(std::string_view name);

[[nodiscard]] std::string_view to_string(Method method) noexcept;

/// ISO 3166-1 alpha-2 code (upper case) of a country written as an alpha-2 or alpha-3 code, an English name
/// (ICU's, any case, accents optional) or a form sanctions lists use ("Korea, North", "Iran (Islamic
/// Republic of)", "Russian Federation", "Bahamas, The"); "" when it names no one country ("Korea",
/// "Region: Gaza"). The country qualifier (MatchOptions::country) compares codes.
[[nodiscard]] std::string country_code(std::string_view text);

}  // namespace cp::match
