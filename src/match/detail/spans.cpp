// SPDX-License-Identifier: Apache-2.0
// Pairs of one token with a run of adjacent tokens of the other name (see spans.hpp): glued words, acronyms
// and syllable abbreviations. Tested through the .cases files and test_index.cpp.
#include "match/detail/spans.hpp"

#include <algorithm>
#include <string>

#include "match/detail/similarity.hpp"

namespace cp::match::detail {

namespace {

// End of the run of `many` from `pos` whose initials spell `target`, or 0. A connector or stop word gives its
// letter when it fits, else is passed over; a word starting with a Russian letter romanised as several
// letters may give them all ("ts" in TSKB, initial_letters).
std::size_t spelt_by_initials(std::string_view target, const std::vector<Token>& many, std::size_t pos,
                              std::size_t end) {
    if (target.empty()) return pos;
    if (pos == end) return 0;
    const Token& token = many[pos];
    if (gives_initial(token) && token.text[0] == target[0]) {
        const std::size_t whole = initial_letters(token.text);
        if (whole > 1 && target.starts_with(std::string_view(token.text).substr(0, whole))) {
            if (const std::size_t found = spelt_by_initials(target.substr(whole), many, pos + 1, end))
                return found;
        }
        return spelt_by_initials(target.substr(1), many, pos + 1, end);
    }
    return skippable_in_acronym(token) ? spelt_by_initials(target, many, pos + 1, end) : 0;
}

// Whether `word` is spelt alike in the first `n_many` tokens of `many` (same canon or fold).
bool found_in(const Token& word, const std::vector<Token>& many, std::size_t n_many) {
    for (std::size_t other = 0; other < n_many; ++other) {
        if (many[other].canon == word.canon || (!word.fold.empty() && many[other].fold == word.fold))
            return true;
    }
    return false;
}

// Whether the glued run [start, start + len) of `many` spells `target` once folded and gh is read as k
// (QOLAM REZA / GHOLAMREZA: scoring pairs the words GHOLAM / QOLAM so). Only one side writes gh.
bool glued_gh_alike(const Token& target, const std::vector<Token>& many, std::size_t start, std::size_t len) {
    bool many_gh = false;
    for (std::size_t pos = start; pos < start + len; ++pos) many_gh = many_gh || many[pos].gh;
    if (many_gh == target.gh) return false;
    std::string concat;
    for (std::size_t pos = start; pos < start + len; ++pos) concat += spelling_of(many[pos]);
    const std::string& single = spelling_of(target);
    // gh_as_k also writes doubled letters once: the side without gh is compared so too.
    const std::string with_k = gh_as_k(target.gh ? single : concat);
    std::string without = target.gh ? concat : single;
    without.erase(std::unique(without.begin(), without.end()), without.end());
    return !with_k.empty() && with_k == without;
}

// Whether two words start alike, or one with gh and the other with q or k (GHOLAM / QOLAM, KOLAM).
bool start_alike_gh_as_k(std::string_view one, std::string_view other) {
    if (one[0] == other[0]) return true;
    const auto hard = [](std::string_view word) { return word[0] == 'q' || word[0] == 'k'; };
    return (one.starts_with("gh") && hard(other)) || (other.starts_with("gh") && hard(one));
}

bool is_long_word(const Token& token) {
    return token.kind == TokenKind::word && token.text.size() >= 3;
}

// Whether every word of 3+ letters of `one` but `skip` is spelt alike in `many`.
bool others_found(const std::vector<Token>& one, std::size_t n_one, std::size_t skip,
                  const std::vector<Token>& many, std::size_t n_many) {
    for (std::size_t idx = 0; idx < n_one; ++idx) {
        if (idx != skip && is_long_word(one[idx]) && !found_in(one[idx], many, n_many)) return false;
    }
    return true;
}

// Pairs tokens [idx, idx + count) of one name (one token, or a run of acronyms) with the run [start, end) of
// the other (`many`), which their letters spell as an acronym or an abbreviation: at 0.92 when the run is the
// whole name but for connectors and legal forms ("BNC" = Banco Nacional de Cuba; 0.87 for three letters), at
// 0.85 when it is a part of it. `letters` counts the letters of an acronym (0 for an abbreviation).
void add_span_pair(std::size_t idx, std::size_t count, const std::vector<Token>& many, std::size_t start,
                   std::size_t end, Method method, std::size_t letters, bool one_is_query,
                   std::vector<Pair>& pairs) {
    bool whole = true;
    for (std::size_t other = 0; other < std::min(many.size(), max_tokens); ++other) {
        const bool inside = other >= start && other < end;
        whole = whole &&
                (inside || skippable_in_acronym(many[other]) || many[other].kind == TokenKind::legal_form);
    }
    double sim = whole ? 0.92 : 0.85;
    // Three letters spelt by the initials of a whole name are weak evidence alone: a name of three words
    // often spells some listed three-letter acronym (Monolithic Power Systems is MPS, PNI Sensor
    // Corporation PSC: 7 of 147 real makers' names reached 0.70 on such acronyms, none after). 0.87 reports
    // them just under the default threshold (calibration knee 0.88); other agreeing words still lift them.
    if (method == Method::initial && letters <= 3 && whole) sim = 0.87;
    const auto o = static_cast<std::uint8_t>(idx);
    const auto n = static_cast<std::uint8_t>(count);
    const auto s = static_cast<std::uint8_t>(start);
    const auto l = static_cast<std::uint8_t>(end - start);
    pairs.push_back(one_is_query ? Pair{o, n, s, l, sim, method, 0} : Pair{s, l, o, n, sim, method, 0});
}

// End of the run of `many` from `pos` whose leading letters, two or more per word, spell `target` ("co inter
// andina" for COINTERANDINA; a last vowel of its own allowed), or 0; `cut` is set when some word gave only a
// part of itself. Connectors and stop words are passed over. `budget` bounds the search: each word may give
// any length of its prefix.
std::size_t spelt_by_syllables(std::string_view target, const std::vector<Token>& many, std::size_t pos,
                               std::size_t end, bool& cut, int& budget) {
    if (target.empty()) return pos;
    if (pos == end || --budget < 0) return 0;
    const Token& token = many[pos];
    std::size_t common = 0;
    if (token.kind == TokenKind::word) {
        while (common < token.text.size() && common < target.size() && token.text[common] == target[common])
            ++common;
    }
    // Longest part first: abbreviations keep most of the word that carries the name (AGROINDU PALMA).
    for (std::size_t take = common; take >= 2; --take) {
        bool rest_cut = cut || take < token.text.size();
        // The last part may end in its own vowel: AGROINDUPALMA for AGROINDUSTRIAL PALMERA.
        if (take >= 3 && take < token.text.size() && target.size() == take + 1 && is_vowel(target[take])) {
            cut = true;
            return pos + 1;
        }
        if (const std::size_t found =
                spelt_by_syllables(target.substr(take), many, pos + 1, end, rest_cut, budget)) {
            cut = rest_cut;
            return found;
        }
    }
    return skippable_in_acronym(token) ? spelt_by_syllables(target, many, pos + 1, end, cut, budget) : 0;
}

// The spelling of `target` by the words of `many` from `pos` to the end of the name, each word giving a
// prefix of one letter or more (CABRASA = COMERCIALIZADORA ANDINA BRASILERA S.A.); a connector gives its
// letter or none, a legal form all its letters (the SA of CABRASA) or none. `longest` is the longest part a
// word gave; `parts` counts the words that gave letters; `form_letters` is set when a legal form gave them.
struct PrefixSpelling {
    std::size_t longest = 0;
    std::size_t parts = 0;
    bool form_letters = false;
};

bool spelt_by_prefixes(std::string_view target, const std::vector<Token>& many, std::size_t pos,
                       std::size_t end, PrefixSpelling& spelling, int& budget) {
    if (pos == end) return target.empty();
    if (--budget < 0) return false;
    const Token& token = many[pos];
    const bool skippable = skippable_in_acronym(token) || token.kind == TokenKind::legal_form;
    // A legal form gives its letters, those of its first word when it has several (the SA of S.A. DE C.V.).
    const std::string_view form = std::string_view(token.text).substr(0, token.text.find(' '));
    if (token.kind == TokenKind::legal_form && !target.empty() && target.starts_with(form)) {
        PrefixSpelling rest = spelling;
        rest.form_letters = true;
        if (spelt_by_prefixes(target.substr(form.size()), many, pos + 1, end, rest, budget)) {
            spelling = rest;
            return true;
        }
    }
    // A one-letter connector gives it (the Y of CRYMSA = COMERCIAL DE RODAJES Y MAQUINARIA S.A.).
    if ((token.kind == TokenKind::word || (skippable && token.text.size() == 1)) && !target.empty()) {
        std::size_t common = 0;
        while (common < token.text.size() && common < target.size() && token.text[common] == target[common])
            ++common;
        // Longest part first, as for syllables; a word that is not a connector must give a letter.
        for (std::size_t take = common; take >= 1; --take) {
            PrefixSpelling rest = spelling;
            rest.longest = std::max(rest.longest, take);
            rest.parts += skippable ? 0 : 1;
            if (spelt_by_prefixes(target.substr(take), many, pos + 1, end, rest, budget)) {
                spelling = rest;
                return true;
            }
        }
    }
    return skippable && spelt_by_prefixes(target, many, pos + 1, end, spelling, budget);
}

// Pairs tokens [first, last) of `one`, 2-4 words or legal forms of 1-5 letters (one of them 3 letters or
// more: "LI NA" is a person), with each run of `many` whose initials spell their letters.
void add_acronym_run_from(const std::vector<Token>& one, std::size_t first, std::size_t last,
                          const std::vector<Token>& many, bool one_is_query, std::vector<Pair>& pairs) {
    if (last - first < 2 || last - first > 4) return;
    bool long_part = false;
    for (std::size_t idx = first; idx < last; ++idx) {
        const Token& token = one[idx];
        const bool part = token.kind == TokenKind::word || token.kind == TokenKind::legal_form;
        if (!part || token.text.size() > 5 || token.text.find(' ') != std::string::npos) return;
        long_part = long_part || token.text.size() >= 3;
    }
    if (!long_part) return;
    std::string target;  // at most 4 x 5 letters
    for (std::size_t idx = first; idx < last; ++idx) target += one[idx].text;
    const std::size_t n_many = std::min(many.size(), max_tokens);
    for (std::size_t start = 0; start < n_many; ++start) {
        if (many[start].kind != TokenKind::word || many[start].text[0] != target[0]) continue;
        if (const std::size_t pos = spelt_by_initials(target, many, start, n_many))
            add_span_pair(first, last - first, many, start, pos, Method::initial, target.size(), one_is_query,
                          pairs);
    }
}

// Several short tokens of `one` that are together the acronym of adjacent words of `many`, as acronyms of a
// name and of its branch or wing are written side by side: FARC-EP = FUERZAS ARMADAS REVOLUCIONARIAS DE
// COLOMBIA - EJERCITO DEL PUEBLO, IPC SB RAS = INSTITUTE OF PETROLEUM CHEMISTRY SIBERIAN BRANCH OF THE
// RUSSIAN ACADEMY OF SCIENCES. The tokens are the whole of `one` but for legal forms around them.
void add_acronym_run(const std::vector<Token>& one, const std::vector<Token>& many, bool one_is_query,
                     std::vector<Pair>& pairs) {
    const std::size_t n_one = std::min(one.size(), max_tokens);
    std::size_t first = 0;
    while (first < n_one && one[first].kind == TokenKind::legal_form) ++first;
    // Most names stop here: their first word is longer than an acronym's part.
    if (n_one - first < 2 || one[first].text.size() > 5) return;
    std::size_t last = n_one;
    while (last > first && one[last - 1].kind == TokenKind::legal_form) --last;
    // A short legal form after the letters may be a part of them (the EP of FARC-EP).
    if (last < n_one && last - first < 4 && one[last].text.size() <= 2 && last + 1 == n_one)
        add_acronym_run_from(one, first, last + 1, many, one_is_query, pairs);
    add_acronym_run_from(one, first, last, many, one_is_query, pairs);
}

// Whether two words are spelt alike once each doubled letter is written once (ALAYY / ALAY).
bool same_but_doubles(std::string_view a, std::string_view b) noexcept {
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] != b[j]) return false;
        const char c = a[i];
        while (i < a.size() && a[i] == c) ++i;
        while (j < b.size() && b[j] == c) ++j;
    }
    return i == a.size() && j == b.size();
}

}  // namespace

// One token of `one` written as 2-4 adjacent tokens of `many` ("canglan" / "cang lan").
void add_glued(const std::vector<Token>& one, const std::vector<Token>& many, bool one_is_query,
               std::vector<Pair>& pairs) {
    const std::size_t n_one = std::min(one.size(), max_tokens);
    const std::size_t n_many = std::min(many.size(), max_tokens);
    for (std::size_t idx = 0; idx < n_one; ++idx) {
        const std::string& target = one[idx].text;
        if (target.size() < 4 || one[idx].kind == TokenKind::number) continue;
        // Abjad spellings are shorter than vowelled ones ("hdayt allah" / "HIDAYATULLAH").
        const bool abjad_one = one[idx].abjad && !many.empty() && !many[0].abjad;
        const bool abjad_many = !one[idx].abjad && !many.empty() && many[0].abjad;
        for (std::size_t start = 0; start + 1 < n_many; ++start) {
            // Glued words start alike and have about the same total length: check that before building
            // strings.
            // A one-letter particle or prefix glued to a word of four letters or more is spelt exactly
            // (E-SAIL / ESAIL; a letter more or less would be an initial of a name).
            const bool letter_first = many[start].text.size() == 1;
            if (many[start].text[0] != target[0] || (letter_first && target.size() < 5)) continue;
            std::size_t length = many[start].text.size();
            for (std::size_t len = 2; len <= 4 && start + len <= n_many; ++len) {
                if (many[start + len - 1].text.size() < 2) break;  // "EMILY S" is not "Emil"
                length += many[start + len - 1].text.size();
                // Glued words keep their letters: one letter more or less at most ("sebastian roy" is not
                // SEBASTIANO); abjad spellings are shorter than vowelled ones.
                if (length > target.size() + (abjad_one ? 6 : 1)) break;
                if (length + (abjad_many ? target.size() / 2 + 2 : 1) < target.size()) continue;
                thread_local std::string concat;  // reused: glued spans are often longer than 15 letters
                concat.clear();
                for (std::size_t pos = start; pos < start + len; ++pos) concat += many[pos].text;
                if (letter_first && concat != target) continue;
                double sim = concat == target ? 1.0 : jaro_winkler(concat, target);
                if (abjad_one) sim = std::max(sim, abjad_similarity(target, concat, 0.85));
                if (abjad_many) sim = std::max(sim, abjad_similarity(concat, target, 0.85));
                // Spelt alike but for a letter or two, or but for vowels (RAHMAT ALLAH / RAHMATOLLAH): at
                // 0.92 for any spelling, HOSEIN HAFEZ (0.94) passed for HOSEINZADEH and outranked
                // HOSSEINZADEH (LOO seed 11; the other seeds, pairs and cross-script unchanged).
                if (abjad_one || abjad_many
                        ? sim < 0.85
                        : sim < 0.92 || (sim < 0.95 && skeleton(concat) != skeleton(target)))
                    continue;
                // A word of five letters or fewer is glued exactly but for a doubled letter (AL AYY is ALAY):
                // a letter more or less is a syllable of another name there (FEN GU is not FENG).
                if (sim < 1.0 && target.size() <= 5 && !abjad_one && !abjad_many &&
                    !same_but_doubles(concat, target))
                    continue;
                // A glued span spelt differently is scored like a word spelt differently (word_similarity's
                // stretch).
                if (sim < 1.0 && !abjad_one && !abjad_many) sim = 1.0 - (1.0 - sim) * 2.5;
                const auto o = static_cast<std::uint8_t>(idx);
                const auto s = static_cast<std::uint8_t>(start);
                const auto l = static_cast<std::uint8_t>(len);
                pairs.push_back(one_is_query ? Pair{o, 1, s, l, sim, Method::glued, 0}
                                             : Pair{s, l, o, 1, sim, Method::glued, 0});
            }
        }
    }
}

void add_glued_gh(const std::vector<Token>& one, const std::vector<Token>& many, bool one_is_query,
                  std::vector<Pair>& pairs) {
    // Folded words are compared: abjad spellings have no gh to read.
    if (one.empty() || many.empty() || one[0].abjad || many[0].abjad) return;
    const std::size_t n_one = std::min(one.size(), max_tokens);
    const std::size_t n_many = std::min(many.size(), max_tokens);
    for (std::size_t idx = 0; idx < n_one; ++idx) {
        const std::string& target = one[idx].text;
        if (target.size() < 4 || one[idx].kind != TokenKind::word) continue;
        for (std::size_t start = 0; start + 1 < n_many; ++start) {
            if (many[start].text.size() < 2 || !start_alike_gh_as_k(target, many[start].text)) continue;
            std::size_t length = many[start].text.size();
            for (std::size_t len = 2; len <= 4 && start + len <= n_many; ++len) {
                if (many[start + len - 1].text.size() < 2) break;
                length += many[start + len - 1].text.size();
                // As add_glued: a letter more or less (gh is one letter more than q).
                if (length > target.size() + 1) break;
                if (length + 1 < target.size() || !glued_gh_alike(one[idx], many, start, len)) continue;
                const auto o = static_cast<std::uint8_t>(idx);
                const auto s = static_cast<std::uint8_t>(start);
                const auto l = static_cast<std::uint8_t>(len);
                // As the folded words pair (0.95).
                pairs.push_back(one_is_query ? Pair{o, 1, s, l, 0.95, Method::glued, 0}
                                             : Pair{s, l, o, 1, 0.95, Method::glued, 0});
            }
        }
    }
}

// One short token of `one` that is the acronym of adjacent words of `many` ("IRGC", "BNC" for "Banco
// Nacional de Cuba"; stop words inside the run are skipped).
void add_acronyms(const std::vector<Token>& one, const std::vector<Token>& many, bool many_organisation,
                  bool one_is_query, std::vector<Pair>& pairs) {
    const std::size_t n_one = std::min(one.size(), max_tokens);
    const std::size_t n_many = std::min(many.size(), max_tokens);
    // An acronym stands alone or beside a legal form or one short tag ("BNC", "IRGC-IO", "NNK LLC"); in
    // "Sara Ray" the "ray" is a name (synthetic negatives matched ROMANOV Arkadiy Yurevich). A company may
    // also put it before its name, as Russian ones do (AO TSKB LAZURIT, NPO ...), or after it with no legal
    // form when the other name is an organisation (CHAMS MLO, LAREDO DTO, IRISL MTI).
    std::size_t words = 0;
    std::size_t long_words = 0;
    for (std::size_t idx = 0; idx < n_one; ++idx) {
        words += one[idx].kind == TokenKind::word ? 1 : 0;
        long_words += is_long_word(one[idx]) ? 1 : 0;
    }
    if (many_organisation) add_acronym_run(one, many, one_is_query, pairs);
    const bool alone = words <= 2 && long_words <= 1;
    // Beside up to three words, each of them found in the other name: SMC TECHNOLOGICAL CENTRE,
    // OGC-VICTORIA HOLDING (LOO recall@1 +0.001 to +0.002 on seeds 7, 11 and 23; up to five words: the same).
    if (!alone && !(words <= 4 && many_organisation)) return;
    // Beside the name, the name must be there too (RBH TOOLS LTD is not RAZAVI BROKERAGE HOUSE): of the long
    // words, only the acronym may be missing from `many`. Counted once, when an acronym is first spelt.
    constexpr std::size_t unknown = ~std::size_t{0};
    std::size_t missing = alone ? 0 : unknown;
    std::size_t missing_at = n_one;
    for (std::size_t idx = 0; idx < n_one; ++idx) {
        const std::string& target = one[idx].text;
        // Acronyms of 3-5 letters (6 with a two-letter Russian initial), written as (almost) the whole name:
        // "BNC", "IRGC-IO". A short word inside a longer name is much more often a name ("Bae", "Li") than an
        // acronym (synthetic negatives).
        if (one[idx].kind != TokenKind::word || target.size() < 3 || target.size() > 6) continue;
        for (std::size_t start = 0; start < n_many; ++start) {
            if (many[start].kind != TokenKind::word || many[start].text[0] != target[0]) continue;
            const std::size_t pos = spelt_by_initials(target, many, start, n_many);
            if (pos == 0) continue;
            if (missing == unknown) {
                missing = 0;
                for (std::size_t other = 0; other < n_one && missing < 2; ++other) {
                    if (!is_long_word(one[other]) || found_in(one[other], many, n_many)) continue;
                    ++missing;
                    missing_at = other;
                }
            }
            if (missing > 1 || (missing == 1 && missing_at != idx)) break;
            add_span_pair(idx, 1, many, start, pos, Method::initial, target.size(), one_is_query, pairs);
        }
    }
}

namespace {

// End of the run of `many` from `start` whose first syllables spell `word` (two letters or more from each of
// two words or more, one of them cut short), or 0.
std::size_t syllables_from(std::string_view word, const std::vector<Token>& many, std::size_t start,
                           std::size_t n_many) {
    const std::string& first = many[start].text;
    if (many[start].kind != TokenKind::word || first.size() < 2 || word.size() < 2 || first[0] != word[0] ||
        first[1] != word[1] || first.starts_with(word))
        return 0;
    bool cut = false;
    int budget = 200;
    const std::size_t pos = spelt_by_syllables(word, many, start, n_many, cut, budget);
    if (pos == 0 || !cut) return 0;
    std::size_t parts = 0;
    for (std::size_t other = start; other < pos; ++other) parts += skippable_in_acronym(many[other]) ? 0 : 1;
    return parts < 2 ? 0 : pos;
}

}  // namespace

bool spelt_by_word_syllables(std::string_view word, const std::vector<Token>& many) {
    const std::size_t n_many = std::min(many.size(), max_tokens);
    for (std::size_t start = 0; start + 1 < n_many; ++start) {
        if (syllables_from(word, many, start, n_many) != 0) return true;
    }
    return false;
}

std::size_t spelt_by_word_prefixes(std::string_view word, const std::vector<Token>& many) {
    const std::size_t n_many = many.size();
    if (n_many > max_tokens || word.empty()) return 0;  // a name scored on its first tokens: its end unknown
    std::size_t start = 0;
    while (start < n_many && many[start].kind != TokenKind::word) ++start;
    if (start == n_many || many[start].text[0] != word[0]) return 0;
    PrefixSpelling spelling;
    int budget = 200;
    if (!spelt_by_prefixes(word, many, start, n_many, spelling, budget)) return 0;
    if (spelling.parts < 3 || (spelling.longest < 3 && !spelling.form_letters)) return 0;
    return start + 1;
}

// One long token of `one` made of the first syllables of adjacent words of an organisation name in `many`,
// as Spanish and Portuguese company names are abbreviated (COINTERANDINA = COMERCIALIZADORA INTERNACIONAL
// ANDINA, INVERCOSTA = INVERSIONES DE LA COSTA). Every word gives two letters or more and at least one is
// cut short (the whole words glued are add_glued's).
// `paired` has a bit for each token of `one` already paired with a word of `many` spelt alike: not looked at.
void add_syllable_abbreviations(const std::vector<Token>& one, const std::vector<Token>& many,
                                bool many_organisation, bool one_is_query, std::uint32_t paired,
                                std::vector<Pair>& pairs) {
    // An organisation's name (MARISOL is not MARIA SOLANO) written short (abbreviation_sized, as the index
    // looks them up).
    if (!many_organisation || one.size() > 8) return;
    const std::size_t n_one = std::min(one.size(), max_tokens);
    const std::size_t n_many = std::min(many.size(), max_tokens);
    constexpr std::size_t longest = 40;
    const auto unpaired_long_word = [&](std::size_t idx) {
        const Token& token = one[idx];
        return token.kind == TokenKind::word && token.text.size() >= prefix_abbreviation_shortest &&
               token.text.size() <= longest && (paired >> idx & 1U) == 0;
    };
    // Most candidates pair every long word already: nothing to look at, not even the word count.
    std::size_t first_unpaired = 0;
    while (first_unpaired < n_one && !unpaired_long_word(first_unpaired)) ++first_unpaired;
    if (first_unpaired == n_one) return;
    if (!abbreviation_sized(one)) return;
    for (std::size_t idx = first_unpaired; idx < n_one; ++idx) {
        const std::string& target = one[idx].text;
        if (!unpaired_long_word(idx)) continue;
        int others = -1;  // whether the rest of the name is found too, as beside an acronym (when needed)
        for (std::size_t start = 0; target.size() >= abbreviation_shortest && start + 1 < n_many; ++start) {
            const std::size_t pos = syllables_from(target, many, start, n_many);
            if (pos == 0) continue;
            if (others < 0) others = others_found(one, n_one, idx, many, n_many) ? 1 : 0;
            if (others == 0) break;
            add_span_pair(idx, 1, many, start, pos, Method::abbreviation, 0, one_is_query, pairs);
        }
        // Some words may give only their initial (CABRASA); the whole name is then spelt (TEKSERVA is TEK
        // SERV and its own A as syllables, but TEKNIK SERVIS ANKARA whole).
        if (others == 0) continue;
        if (const std::size_t first = spelt_by_word_prefixes(target, many)) {
            if (others == 1 || others_found(one, n_one, idx, many, n_many))
                add_span_pair(idx, 1, many, first - 1, n_many, Method::abbreviation, 0, one_is_query, pairs);
        }
    }
}

}  // namespace cp::match::detail
