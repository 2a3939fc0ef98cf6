// SPDX-License-Identifier: Apache-2.0
// Name normalisation: any script -> one or more lower-case ASCII romanisations (ICU transforms, BGN/PCGN for
// Cyrillic and Persian), then tokens with their kind (word, number, legal form, stop word), canonical form
// (synonyms, legal forms across languages) and phonetic key. normalize.cpp reads whole names, spelling.cpp
// the spellings of one word (fold, second spellings, skeleton, letter counts). Tested by
// tests/unit/match/test_normalize.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lists/entity.hpp"
#include "match/detail/reference.hpp"

namespace cp::match::detail {

enum class TokenKind : std::uint8_t {
    word,
    number,      ///< digits only, leading zeros removed
    legal_form,  ///< canon = legal form (e.g. "llc"), generic = its family (e.g. "llc" for OOO, TOV, GmbH)
    stop,        ///< articles, particles, titles and vessel prefixes (MV, M/T): they weigh almost nothing
};

struct Token {
    std::string text;     ///< normalised surface form ("olya", "4", "ooo")
    std::string canon;    ///< equality key: synonym key or legal-form display, else text
    std::string generic;  ///< legal-form family ("" for other kinds)
    std::string key;      ///< phonetic key (consonant classes), "" for numbers and 1-letter tokens
    std::string fold;     ///< spelling_fold(text): compared by Jaro-Winkler instead of text
    /// Letters of fold (or of text when fold is empty) as a set, bit (byte & 31): a bound on Jaro-Winkler
    /// computed once per token instead of once per pair (letter_set()); 0 when not filled in.
    std::uint32_t letters = 0;
    /// The count of each letter of `letters` (up to 3) as two bit planes: bit (byte & 31) of count_low and
    /// count_high are the count's two bits. A bound on Jaro-Winkler in a few instructions; valid only when
    /// counts_exact (no letter more than 3 times, at most 64 letters).
    std::uint32_t count_low = 0;
    std::uint32_t count_high = 0;
    bool counts_exact = false;
    TokenKind kind = TokenKind::word;
    bool abjad = false;    ///< romanised from a script that omits vowels (Arabic, Persian, Hebrew)
    bool gh = false;       ///< fold has "gh" (gh_as_k: GHASEMI / QASEMI), set with the letters
    bool ch = false;       ///< ch_as_sh(fold) is not empty (AL-CHAAR / AL-SHAAR), set with the letters
    bool ou = false;       ///< ou_as_w(text) is not empty (AL ZAOURA / AL-ZAWRAA), set with the letters
    bool surname = false;  ///< written before the comma of "SURNAME, Given names" (NormalName::surname_first)
    /// A word of a name with a Belarusian or Ukrainian mark (a stem as_russian_spelling rewrites, or
    /// east_slavic_ending): its vowels may differ from the Russian spelling's (east_slavic_alike).
    bool east_slavic = false;
    float weight = 1.0F;  ///< filled in by the index (rarity) or by default_weight()
    /// The index's number for a listed token's content (append_compared_content in similarity.hpp: every
    /// field above but weight and surname, which token similarity does not read), so that a query scores
    /// each of its tokens against it once (PairMemo); 0 for a query's token or one built apart. A field
    /// token similarity reads must be added there.
    std::uint32_t id = 0;
};

/// The spelling a token is compared by: its fold, or its text when the fold is empty.
inline const std::string& spelling_of(const Token& token) noexcept {
    return token.fold.empty() ? token.text : token.fold;
}

/// One romanisation of a name, tokenised.
struct NormalName {
    std::string form;  ///< tokens' text joined by spaces
    std::vector<Token> tokens;
    bool organisation = false;  ///< organisation_like(tokens), set once by analyse()
    bool gh = false;            ///< a token writes gh (Token::gh): only such names pair q / gh glued spans
    /// A legal form of three letters or more (LLC, SARL, GMBH) is among the tokens: a company's name. One of
    /// two letters (AS, AB, SA, AO) is as often a syllable of a name (XU BO, KIM SA). Set by analyse().
    bool company_form = false;
    /// Countries whose registries use the name's legal forms, one bit per country of
    /// Reference::legal_form_countries (none: no national legal form, or only international ones like LLC).
    Countries jurisdictions;
    /// A further form with acronyms or compounds spelt out (normalise()): its evidence counts a little less,
    /// so that the name as written wins a tie and explains the match.
    bool spelt_out = false;
    /// A further form with short codes of Latin letters that look like Cyrillic ones read as those (KBT-RUS
    /// as KVT-RUS: Cyrillic КВТ typed or copied as Latin KBT): weaker, like a spelt-out form.
    bool lookalike = false;
    /// A further form with English letter names as Russian spells them read as the letters (YUESEM as USM,
    /// EI SI DZHI as ACG: letter_names_form): weaker, like a spelt-out form.
    bool letter_names = false;
    /// A listed name that is the entity's own registration (an aircraft listed as EP-MNS): its letters are no
    /// acronym of the query's words. Set by the index.
    bool identifier = false;
    /// A person's name written "SURNAME, Given names": its surname tokens say so (Token::surname). When both
    /// names of a pair are written so, a surname paired with a given name is weaker evidence (score.cpp).
    bool surname_first = false;
    /// A listed name of a company, organisation, vessel or aircraft not written "SURNAME, Given": a query
    /// written so (a person's) meets it as the weaker reading (ScoreParams::person_shape_factor). Set by the
    /// index, which knows the entity's schema.
    bool other_kind = false;
    /// A listed person's name: a query holding a legal form (a company's) meets it as the weaker reading
    /// (ScoreParams::person_shape_factor). Set by the index.
    bool listed_person = false;
};

/// Whether `name` (analysed for `schema`) is only legal forms and stop words ("LLC", "S.A.S. E.U.", "CO.,
/// LTD.", "THE"): a name of no one in particular.
bool names_no_one(const NormalName& name, std::optional<lists::Schema> schema);

/// Lower-case ASCII romanisations of `utf8` (at least one, possibly empty strings for symbol-only input);
/// `abjad` is set when the name was in a script without vowels. Invalid UTF-8 becomes U+FFFD (dropped).
std::vector<std::string> romanize(std::string_view utf8, bool* abjad = nullptr);

/// Splits a romanised form into raw tokens: letters and digits; "." inside abbreviations and "'" join,
/// "&" becomes "and", letters and digits split ("olya4" -> "olya","4"), runs of single letters merge
/// ("n k bansal" -> "nk bansal"; "w and g" -> "wg"); with `ref`, not into the first letter of a legal form.
std::vector<std::string> split_tokens(std::string_view ascii, const Reference* ref = nullptr);

/// Full analysis of one romanised form: legal forms (phrases up to 6 words), synonyms, stop words, numbers,
/// phonetic keys. Legal forms are not looked for in person names.
NormalName analyse(std::string_view ascii, std::optional<lists::Schema> schema, bool abjad);

/// Every romanisation of `utf8` analysed (duplicates removed).
std::vector<NormalName> normalise(std::string_view utf8, std::optional<lists::Schema> schema);

/// The letters a word spells as English letter names written together the Russian way ("yuesem" -> "usm",
/// "enpivi" -> "npv"), or "" when it is not such a word or spells fewer than three (letter_names.cpp).
std::string letter_names_reading(std::string_view word);

/// The name with its letter names read as letters: words spelt so, and runs of such names written apart
/// ("ei si dzhi fainens" -> "acg fainens"); "" when it has none or is a person's.
std::string letter_names_form(const NormalName& name, std::optional<lists::Schema> schema);

/// Consonant-class key: first letter's class, then the classes of consonants (vowels, h, w, y, v skipped),
/// repeated classes collapsed, at most 6 symbols. "mohammed" and Persian "mhmd" -> same key.
std::string phonetic_key(std::string_view token);

/// Romanisation variants folded together, so that spelling similarity measures the name and not the
/// transliteration table: doubled letters collapsed, x=ks, ph=f, kh=h, q/ck/hard c=k, w=v, y=i (not first),
/// ou/oo=u, ee=i, and the Russian endings -iy/-yy/-ii = -i ("Aleksandr"/"Alexander", "Yuriy"/"Yuri",
/// "Aymani"/"Aimani").
std::string spelling_fold(std::string_view token);

/// The word without a glued Arabic article ("alhassan" -> "hassan", "elkhabir" -> "khabir"), or "" when it
/// has none or fewer than five letters would remain: lists write AL-HASSAN, AL HASSAN, ALHASSAN and HASSAN.
std::string_view without_article(std::string_view word) noexcept;

/// `fold` with "gh" written k, or "" when it has no "gh": Persian and Arabic qaf and ghayn are romanised q or
/// gh (GHASEMI / QASEMI, BAGHERI / BAQERI; the fold already writes q as k). A second spelling rather than
/// part of the fold, which would part GHULAM from GULAM.
std::string gh_as_k(std::string_view fold);

/// `fold` with "ch" written sh, or "" when it has no "ch" or is a pinyin syllable (CHEN is not SHEN): French
/// writes the sh of Arabic names ch (AL-CHAAR / AL-SHAAR, HICHAM / HISHAM, AICHA / AISHA, CHEIKH).
std::string ch_as_sh(std::string_view fold);

/// The fold of `text` with a French "ou" beside a vowel written w, or "" when it has none: French writes the
/// w of Arabic names so (AL ZAOURA / AL-ZAWRAA, OUALID / WALID, OUAZ / WAZ). A second spelling, as gh_as_k:
/// the fold reads ou as u (MOULOUD / MULUD).
std::string ou_as_w(std::string_view text);

/// Whether ou_as_w(text) is not empty, without building it.
bool has_ou_reading(std::string_view text) noexcept;

/// Whether one of two words, read with its second spelling (gh_as_k, ch_as_sh, ou_as_w), is spelt as the
/// other (their folds). Out of line: word similarity runs for every pair of words, and the ou test written
/// there cost 2% of a query's instructions.
bool second_spelling_alike(const Token& q, const Token& c);

/// Whether ch_as_sh(fold) is not empty, without building it.
bool has_ch_reading(std::string_view fold) noexcept;

/// ch_as_sh(with_ch) == other, without building the string (word_similarity calls it for many pairs).
bool ch_as_sh_equals(std::string_view with_ch, std::string_view other) noexcept;

/// Set of the bytes of `text` by their low five bits (letters a-z are distinct), for Token::letters.
std::uint32_t letter_set(std::string_view text);

/// Fills Token::letters and its counts from the token's fold (or text when the fold is empty).
void set_letters(Token& token);

/// Token without vowels, h, w, y, v and doubled letters: compares abjad romanisations ("hsyn", "husain").
std::string skeleton(std::string_view token);

/// a, e, i, o, u: the vowels every romanisation writes as vowels.
constexpr bool is_vowel(char c) noexcept {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/// is_vowel, and y (a vowel in most romanisations: SERGEY, MYKOLA).
constexpr bool is_vowel_or_y(char c) noexcept {
    return is_vowel(c) || c == 'y';
}

/// Whether the first letter of `token` may stand in an acronym: words, stop words of three letters or more,
/// and legal forms written as one word of 4+ letters ("NITC" = National Iranian Tanker Company; not SA, LLC).
inline bool gives_initial(const Token& token) noexcept {
    return token.kind == TokenKind::word || (token.kind == TokenKind::stop && token.text.size() >= 3) ||
           (token.kind == TokenKind::legal_form && token.text.size() >= 4 &&
            token.text.find(' ') == std::string::npos);
}

/// Shortest word read as a syllable abbreviation (COINTERANDINA = COMERCIALIZADORA INTERNACIONAL ANDINA).
inline constexpr std::size_t abbreviation_shortest = 6;
/// Shortest word read as a prefix abbreviation, which spells the whole name (GAESA = GRUPO DE ADMINISTRACION
/// EMPRESARIAL S.A.).
inline constexpr std::size_t prefix_abbreviation_shortest = 5;

/// Whether a name is short enough to be a syllable abbreviation with a legal form or a word beside it: three
/// words or numbers at most. The scorer pairs and the index looks up abbreviations in such names only.
inline bool abbreviation_sized(const std::vector<Token>& tokens) noexcept {
    std::size_t words = 0;
    for (const Token& token : tokens)
        words += token.kind == TokenKind::word || token.kind == TokenKind::number ? 1 : 0;
    return words <= 3;
}

/// Length of the romanisation of a Russian word's first letter when it is spelt with more than one Latin
/// letter (Ц "ts", Ш "sh", Щ "shch", Ч "ch", Ж "zh", Х "kh", Ю "yu", Я "ya", Е "ye", Ё "yo"), else 1: a
/// Russian acronym romanised letter by letter keeps them whole (ЦКБ = TSKB, Tsentralnoye Konstruktorskoye
/// Byuro).
std::size_t initial_letters(std::string_view word) noexcept;

/// Whether an acronym may pass over `token` without a letter: stop words and the connectors of names in
/// Latin-script languages ("International Union of Virtual Media" = IUVM, "Banco Nacional de Cuba" = BNC).
/// A stop word of three letters or more may also give its letter ("National Iranian Tanker Company" = NITC:
/// "tanker" is a vessel prefix).
bool skippable_in_acronym(const Token& token) noexcept;

/// Whether a name reads as an organisation's: it has a legal form (not a connector such as "da") or a
/// business word ("company", "bureau", "zavod"). Person names spelt as initials are the false positives of
/// acronym matching (PAR EXCELLENCE LIMITED is not PEARSON, Adam Richard).
bool organisation_like(const std::vector<Token>& tokens);

/// Weight of a token when no index statistics exist (compare_names).
float default_weight(const Token& token);

}  // namespace cp::match::detail
