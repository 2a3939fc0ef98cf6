// SPDX-License-Identifier: Apache-2.0
// Name score = sum over aligned token pairs of similarity x (query weight + list weight), divided by the
// total weight of both names (unmatched list tokens optionally discounted), times a penalty when numbers
// disagree. The alignment is greedy on similarity, one-to-one, with glued spans ("JSCARGUMENT" = "JSC
// ARGUMENT") as one side of a pair. Jaro-Winkler after Winkler (1990), prefix scale 0.1, up to 4 chars.
#include "match/detail/score.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

#include "match/detail/spans.hpp"

namespace cp::match::detail {

namespace {

constexpr double pair_floor = 0.60;     // below this a token pair is no evidence at all
constexpr double vowel_variant = 0.85;  // similarity of spellings that differ only in vowels (SALEH / SALIH)
constexpr double diphthong_variant = 0.95;  // ... only in the diphthong ai / ei (ZUHAIR / ZUHEIR): as a fold
constexpr double cross_role = 0.99;         // factor on a surname paired with a given name (align())
constexpr double jw_floor = 0.86;  // spelling similarity below this is a different word (exports/imports)

// Cost of reading abjad letter `a` as vowelled letter `b`: 0 same sound, 0.3 a usual alternative spelling
// (dh/z, th/s, q/g), >= 1 different.
double letter_cost(char a, char b) {
    if (a == b) return 0.0;
    switch (a) {
    case 'a':  // alif, ayn at word start, taa marbuta: any vowel
    case 'e':
        return is_vowel(b) || b == 'y' ? 0.0 : 9.0;
    case 'w':
        return b == 'u' || b == 'o' || b == 'v' ? 0.0 : 9.0;
    case 'y':
        return b == 'i' || b == 'e' ? 0.0 : 9.0;
    case 'q':
        return b == 'k' || b == 'c' ? 0.0 : b == 'g' ? 0.3 : 9.0;
    case 'k':
        return b == 'c' || b == 'q' ? 0.0 : 9.0;
    case 'j':
        return b == 'g' ? 0.3 : 9.0;
    case 'd':
    case 'z':
        return b == 'd' || b == 'z' ? 0.3 : 9.0;
    case 't':
        return b == 's' ? 0.3 : 9.0;
    case 's':
        return b == 'c' ? 0.3 : 9.0;  // French "ch" for sh: AKKACHA, MAYCHOU
    default:
        return 9.0;
    }
}

}  // namespace

// Only the band |i - j| <= limit of the table is filled: three rows of bytes, rotated.
std::size_t osa_distance(std::string_view a, std::string_view b, std::size_t limit) noexcept {
    constexpr std::size_t longest = 64;
    const std::size_t la = std::min(a.size(), longest);
    const std::size_t lb = std::min(b.size(), longest);
    if ((la > lb ? la - lb : lb - la) > limit || limit > 200) return limit + 1;
    const auto inf = static_cast<std::uint8_t>(limit + 1);
    std::array<std::array<std::uint8_t, longest + 2>, 3> rows{};
    std::uint8_t* before = rows[0].data();
    std::uint8_t* prev = rows[1].data();
    std::uint8_t* cur = rows[2].data();
    for (std::size_t j = 0; j <= lb; ++j) prev[j] = j <= limit ? static_cast<std::uint8_t>(j) : inf;
    for (std::size_t i = 1; i <= la; ++i) {
        const std::size_t lo = i > limit ? i - limit : 1;
        const std::size_t hi = std::min(lb, i + limit);
        cur[lo - 1] = lo == 1 && i <= limit ? static_cast<std::uint8_t>(i) : inf;
        std::uint8_t row_min = cur[lo - 1];
        for (std::size_t j = lo; j <= hi; ++j) {
            const auto cost = static_cast<std::uint8_t>(a[i - 1] == b[j - 1] ? 0 : 1);
            std::uint8_t best =
                std::min({static_cast<std::uint8_t>(prev[j - 1] + cost),
                          static_cast<std::uint8_t>(prev[j] + 1), static_cast<std::uint8_t>(cur[j - 1] + 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, static_cast<std::uint8_t>(before[j - 2] + 1));
            cur[j] = std::min(best, inf);
            row_min = std::min(row_min, cur[j]);
        }
        if (hi + 1 <= lb) cur[hi + 1] = inf;
        if (row_min > limit) return limit + 1;
        std::uint8_t* spare = before;
        before = prev;
        prev = cur;
        cur = spare;
    }
    return prev[lb];
}

double abjad_similarity(std::string_view abjad, std::string_view full, double floor) noexcept {
    // Edit distance where the vowelled spelling may add short vowels and doubled consonants (not written in
    // Arabic script) for free, and the abjad spelling may lose long-vowel letters and the h of digraphs
    // cheaply. "mhmd" / "muhammad" costs 0, "mhmd" / "mahmoud" 0.3 (the written waw is a long vowel).
    constexpr std::size_t limit = 32;
    const std::size_t n = std::min(abjad.size(), limit);
    const std::size_t m = std::min(full.size(), limit);
    if (n == 0 || m == 0) return 0.0;
    std::size_t consonants = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char a = abjad[i];
        consonants += a == 'a' || a == 'w' || a == 'y' || a == 'e' || a == 'h' ? 0 : 1;
    }
    const double length = static_cast<double>(std::max<std::size_t>(consonants, 2));
    // Largest total cost that still reaches `floor`: every cell of a row costs at least the cheapest cell
    // of the row above, so once a whole row is dearer the pair cannot reach it (most pairs of unrelated
    // words stop after two or three rows; with the table cleared per call this was a fifth of a query).
    const double budget = floor > 0.0 ? length * (1.0 - floor / 0.95) + 1e-9 : 1e30;
    auto insert_cost = [&](std::size_t i, std::size_t j) {  // full[j] has no abjad partner
        const char b = full[j];
        const bool edge = i == 0 || i == n;
        if (is_vowel(b)) {
            if (edge) return 0.4;
            return j > 0 && is_vowel(full[j - 1]) ? 0.3 : 0.0;
        }
        if (j > 0 && full[j - 1] == b) return 0.0;                    // shadda
        if (b == 'd' && j + 1 < m && full[j + 1] == 'j') return 0.2;  // French "dj" for jim: DJAMEL
        if (b == 'h') return j > 0 && !is_vowel(full[j - 1]) ? 0.2 : 0.5;
        if (b == 'y' || b == 'w') return 0.3;
        return 1.0;
    };
    auto delete_cost = [&](std::size_t i) {  // abjad[i] has no vowelled partner
        const char a = abjad[i];
        if (a == 'a' || a == 'w' || a == 'y' || a == 'e') return 0.3;
        if (a == 'h') {
            const bool digraph =
                i > 0 && std::string_view("sktdgzc").find(abjad[i - 1]) != std::string_view::npos;
            return digraph || i + 1 == n ? 0.2 : 0.5;
        }
        return 1.0;
    };
    // Two rows of the table (no per-call clearing of a full 33 x 33 table).
    std::array<double, limit + 1> prev;
    std::array<double, limit + 1> cur;
    prev[0] = 0.0;
    for (std::size_t j = 1; j <= m; ++j) prev[j] = prev[j - 1] + insert_cost(0, j - 1);
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = prev[0] + delete_cost(i - 1);
        double row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            double letter = letter_cost(abjad[i - 1], full[j - 1]);
            // Article before a sun letter: "al rhmn" is said and often written "ar-rahman", "ur-rehman".
            if (letter > 0.0 && abjad[i - 1] == 'l' && i >= 2 && abjad[i - 2] == 'a' && i < n &&
                abjad[i] == full[j - 1]) {
                letter = 0.1;
            }
            double best = prev[j - 1] + letter;
            best = std::min(best, cur[j - 1] + insert_cost(i, j - 1));
            best = std::min(best, prev[j] + delete_cost(i - 1));
            cur[j] = best;
            row_min = std::min(row_min, best);
        }
        if (row_min > budget) return 0.0;
        std::swap(prev, cur);
    }
    const double sim = std::max(0.0, 0.95 * (1.0 - prev[m] / length));
    return sim < floor ? 0.0 : sim;
}

namespace {

// Bits set in a 32-bit word, by adding neighbouring fields: std::popcount calls libgcc's table-driven
// version when the build targets baseline x86-64 (no POPCNT instruction), which cost more than it saved.
constexpr std::uint32_t bit_count(std::uint32_t x) noexcept {
    x = x - ((x >> 1U) & 0x55555555U);
    x = (x & 0x33333333U) + ((x >> 2U) & 0x33333333U);
    x = (x + (x >> 4U)) & 0x0F0F0F0FU;
    return (x * 0x01010101U) >> 24U;
}

// Letters of `spelling` (the token's fold or text; the first 64, as jaro_winkler reads) found in `set`: from
// the token's letter counts when they are exact, else by a pass over the letters.
std::size_t letters_in(const Token& token, std::string_view spelling, std::uint32_t set) {
    if (token.counts_exact) return bit_count(token.count_low & set) + 2 * bit_count(token.count_high & set);
    std::size_t found = 0;
    for (std::size_t pos = 0; pos < std::min<std::size_t>(spelling.size(), 64); ++pos)
        found += (set >> (static_cast<unsigned char>(spelling[pos]) & 31U)) & 1U;
    return found;
}

// Whether jaro_winkler(qf, cf) may reach `floor`: its matches cannot exceed the letters of one word found
// anywhere in the other (Token::letters, computed once per token, at index time for list names). One side is
// often enough to say no, before counting the other; the counts make it a few instructions (the pass over
// the letters was a tenth of a query).
bool jaro_winkler_may_reach(const Token& q, const Token& c, std::string_view qf, std::string_view cf,
                            double floor) {
    const std::size_t la = std::min<std::size_t>(qf.size(), 64);
    const std::size_t lb = std::min<std::size_t>(cf.size(), 64);
    if (la == 0 || lb == 0) return true;
    const std::uint32_t q_set = q.letters != 0 ? q.letters : letter_set(qf);
    const std::uint32_t c_set = c.letters != 0 ? c.letters : letter_set(cf);
    const auto bound = [la, lb](std::size_t matches, std::size_t prefix) {
        const double m = static_cast<double>(matches);
        const double jaro = (m / static_cast<double>(la) + m / static_cast<double>(lb) + 1.0) / 3.0;
        return matches == 0 ? 0.0 : jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
    };
    const std::size_t in_c = letters_in(q, qf, c_set);
    if (bound(in_c, 4) < floor) return false;
    const std::size_t in_q = letters_in(c, cf, q_set);
    std::size_t prefix = 0;
    while (prefix < std::min<std::size_t>({4, la, lb}) && qf[prefix] == cf[prefix]) ++prefix;
    return bound(std::min(in_q, in_c), prefix) >= floor;
}

// Whether two spellings differ only in one vowel, of the same length at the same place: SALEH / SALIH,
// DEQQOU / DAQQOU (romanisations of an Arabic or Persian name, which seldom writes short vowels). MAHMUD /
// MUHAMMAD, HASSAN / HUSSEIN are other names: vowels elsewhere, a vowel more. Two consonants or more.
// The diphthong written ai or ei (ay, ey once folded) is one sound, not a vowel: ZUHAIR / ZUHEIR, HUSAYN /
// HUSEIN, MAIER / MEIER are one name (diphthong_variant), where SALEH / SALIH may be two.
enum class VowelDifference : std::uint8_t { none, vowel, diphthong };

VowelDifference vowels_only_differ(std::string_view a, std::string_view b) noexcept {
    std::size_t i = 0;
    std::size_t j = 0;
    std::size_t consonants = 0;
    VowelDifference differ = VowelDifference::none;
    while (i < a.size() && j < b.size()) {
        const bool va = is_vowel(a[i]);
        if (va != is_vowel(b[j])) return VowelDifference::none;
        if (!va) {
            if (a[i] != b[j]) return VowelDifference::none;
            ++consonants;
            ++i;
            ++j;
            continue;
        }
        const std::size_t start_a = i;
        const std::size_t start_b = j;
        while (i < a.size() && is_vowel(a[i])) ++i;
        while (j < b.size() && is_vowel(b[j])) ++j;
        if (i - start_a != j - start_b) return VowelDifference::none;  // HASSAN / HUSSEIN, ROSSI / RUSSIA
        const std::string_view group_a = a.substr(start_a, i - start_a);
        const std::string_view group_b = b.substr(start_b, j - start_b);
        if (group_a != group_b) {
            if (differ != VowelDifference::none) return VowelDifference::none;  // one vowel sound at most
            const bool diphthong =
                (group_a == "ai" && group_b == "ei") || (group_a == "ei" && group_b == "ai");
            differ = diphthong ? VowelDifference::diphthong : VowelDifference::vowel;
        }
    }
    return i == a.size() && j == b.size() && consonants >= 2 ? differ : VowelDifference::none;
}

// Two English words that translate one Russian word: NAUCHNO-PROIZVODSTVENNOYE is SCIENTIFIC PRODUCTION in
// some OFAC names and RESEARCH AND PRODUCTION in others (58 and 62 names), and a word's canon is one of them.
bool translated_alike(std::string_view a, std::string_view b) noexcept {
    return (a == "scientific" && b == "research") || (a == "research" && b == "scientific");
}

// Whether `glued` is `bare` with an Arabic article glued to it (ALHASSAN, HASSAN), spelt alike once folded.
bool glued_article(const Token& glued, const Token& bare) {
    // Sizes checked by the caller (glued is two letters longer); without_article wants seven letters or more.
    const std::string_view rest = without_article(glued.text);
    if (rest.empty() || rest[0] != bare.text[0]) return false;
    return rest == bare.text || (!bare.fold.empty() && spelling_fold(rest) == bare.fold);
}

double word_similarity(const Token& q, const Token& c, Method& method) {
    if (q.text == c.text) {
        method = Method::exact;
        return 1.0;
    }
    if (q.canon == c.canon) {
        method = Method::synonym;
        return 0.97;
    }
    if (q.canon.size() + c.canon.size() == 18 && translated_alike(q.canon, c.canon)) {  // checked per pair
        method = Method::synonym;
        return 0.9;
    }
    if ((q.text.size() == 1) != (c.text.size() == 1)) {
        const Token& initial = q.text.size() == 1 ? q : c;
        const Token& full = q.text.size() == 1 ? c : q;
        method = Method::initial;
        return full.text[0] == initial.text[0] ? 0.82 : 0.0;
    }
    if (!q.fold.empty() && q.fold == c.fold) {
        method = Method::phonetic;  // same name in another romanisation ("Aleksandr" / "Alexander")
        return 0.95;
    }
    const std::size_t q_size = q.text.size();
    const std::size_t c_size = c.text.size();
    if ((q_size == c_size + 2 && glued_article(q, c)) || (c_size == q_size + 2 && glued_article(c, q))) {
        method = Method::glued;  // ALHASSAN / HASSAN
        return 0.9;
    }
    if (q.gh != c.gh && gh_as_k(q.gh ? q.fold : c.fold) == (q.gh ? c.fold : q.fold)) {
        method = Method::phonetic;  // GHASEMI / QASEMI
        return 0.95;
    }
    if (q.ch != c.ch && ch_as_sh_equals(q.ch ? q.fold : c.fold, q.ch ? c.fold : q.fold)) {
        method = Method::phonetic;  // AL-CHAAR / AL-SHAAR
        return 0.95;
    }
    const std::string& qf = q.fold.empty() ? q.text : q.fold;
    const std::string& cf = c.fold.empty() ? c.text : c.fold;
    // Names of two or three letters that differ are different names (LI/LIU/LEE, XU/XUE, BIN/BEN):
    // Jaro-Winkler rates them 0.8-0.9. Most pairs of a name are plainly different words: a cheap bound
    // skips Jaro-Winkler for them (it was the largest cost of a query).
    const bool same_key = q.key.size() >= 3 && q.key == c.key;
    const bool short_word = std::min(qf.size(), cf.size()) <= 3;
    const double jw = short_word || !jaro_winkler_may_reach(q, c, qf, cf, same_key ? 0.78 : jw_floor)
                          ? 0.0
                          : jaro_winkler(qf, cf);
    // Jaro-Winkler is generous to unrelated words (albatros/albashir 0.87): stretch it so that only close
    // spellings keep a high similarity (0.97 -> 0.925, 0.93 -> 0.825, 0.87 -> 0.675).
    double sim = jw < jw_floor ? 0.0 : 1.0 - (1.0 - jw) * 2.5;
    method = Method::jaro_winkler;
    const std::size_t longer = std::max(qf.size(), cf.size());
    if (jw >= jw_floor && longer >= 7 && sim < 1.0 - 1.0 / static_cast<double>(longer)) {
        // Jaro-Winkler pairs repeated letters greedily and rates one typo in a long word low
        // ("rosoboraneksport" / ROSOBORONEKSPORT 0.84 once stretched): one or two edits over the length
        // says it better there.
        const std::size_t edits = osa_distance(qf, cf, 2);
        if (edits <= 2) {
            sim = std::max(sim, 1.0 - static_cast<double>(edits) / static_cast<double>(longer));
        }
    }
    if (same_key && sim < 0.75 && jw >= 0.78) {
        sim = 0.75;
        method = Method::phonetic;
    }
    // Same length first: vowels of the same length at the same places keep it (and most pairs differ).
    if (sim < diphthong_variant && qf.size() == cf.size() && !q.abjad && !c.abjad) {
        const VowelDifference difference = vowels_only_differ(qf, cf);
        const double variant = difference == VowelDifference::diphthong ? diphthong_variant
                               : difference == VowelDifference::vowel   ? vowel_variant
                                                                        : 0.0;
        if (variant > sim) {
            sim = variant;
            method = Method::phonetic;
        }
    }
    if (q.abjad != c.abjad) {
        // Only a similarity above both the spelling one and the pair floor changes anything.
        const double floor = std::max(sim, pair_floor);
        const double abjad =
            q.abjad ? abjad_similarity(q.text, c.text, floor) : abjad_similarity(c.text, q.text, floor);
        if (abjad > sim) {
            sim = abjad;
            method = Method::phonetic;
        }
    }
    return sim;
}

double token_similarity(const Token& q, const Token& c, Method& method) {
    const bool q_num = q.kind == TokenKind::number;
    const bool c_num = c.kind == TokenKind::number;
    if (q_num || c_num) {
        method = Method::number;
        // A number written out (FOURTEEN, SEVENTH) has the digits as its canon (normalize.cpp).
        if (q_num != c_num)
            return q.canon == c.canon || ((q_num ? q : c).text == "1" && (q_num ? c : q).text == "i") ? 1.0
                                                                                                      : 0.0;
        return q.text == c.text ? 1.0 : 0.0;
    }
    const bool q_legal = q.kind == TokenKind::legal_form;
    const bool c_legal = c.kind == TokenKind::legal_form;
    if (q_legal || c_legal) {
        method = Method::legal_form;
        if (!q_legal || !c_legal) return q.canon == c.canon ? 0.95 : 0.0;
        return q.canon == c.canon ? 1.0 : (q.generic == c.generic ? 0.9 : 0.0);
    }
    return word_similarity(q, c, method);
}

double span_weight(const std::vector<Token>& tokens, std::size_t begin, std::size_t len) {
    double sum = 0.0;
    for (std::size_t pos = begin; pos < begin + len; ++pos) sum += tokens[pos].weight;
    return sum;
}

std::string span_text(const std::vector<Token>& tokens, std::size_t begin, std::size_t len) {
    std::string out;
    for (std::size_t pos = begin; pos < begin + len; ++pos) {
        if (!out.empty()) out += ' ';
        out += tokens[pos].text;
    }
    return out;
}

// The chosen pairs, in a buffer reused by the next call of this thread.
const std::vector<Pair>& align(const NormalName& query, const NormalName& candidate) {
    const std::size_t nq = std::min(query.tokens.size(), max_tokens);
    const std::size_t nc = std::min(candidate.tokens.size(), max_tokens);
    thread_local std::vector<Pair> pairs;  // reused: scoring runs for every candidate of every query
    pairs.clear();
    // Both names say which words are the surname ("SURNAME, Given"): a surname met by a given name is the
    // weaker reading (MURAT, Cernit is nearer MURAT, Altig than KARAYILAN, Murat), but lists swap names too:
    // only a tie-breaker (at 0.93, recall@1 at the threshold fell by 0.002 on leave-one-out seeds 7 and 11).
    const bool roles = query.surname_first && candidate.surname_first;
    for (std::size_t qi = 0; qi < nq; ++qi) {
        for (std::size_t ci = 0; ci < nc; ++ci) {
            Method method = Method::unmatched;
            double sim = token_similarity(query.tokens[qi], candidate.tokens[ci], method);
            if (roles && query.tokens[qi].surname != candidate.tokens[ci].surname) sim *= cross_role;
            if (sim < pair_floor) continue;
            pairs.push_back(
                {static_cast<std::uint8_t>(qi), 1, static_cast<std::uint8_t>(ci), 1, sim, method, 0});
        }
    }
    add_glued(query.tokens, candidate.tokens, true, pairs);
    add_glued(candidate.tokens, query.tokens, false, pairs);
    // A person's name written "SURNAME, Given" is not spelt by initials (ARK is not AL-RUBA, Dr. Khadim).
    // Nor are the words of a compound spelt out (RNT is not ROSNEFT TRADING read as ROSSIYSKY NEFT TRADING).
    // Nor is an aircraft's registration (EP-MNS is no MARINE NAVIGATION SYSTEMS). Nor are letters read from
    // their names the initials of other words: ESDIES (OOO "ЭСДИЭС") is SDS, but no SRPSKA DEMOKRATSKA
    // STRANKA.
    const bool letters = query.letter_names || candidate.letter_names;
    if (!candidate.surname_first && !candidate.spelt_out && !candidate.identifier && !letters)
        add_acronyms(query.tokens, candidate.tokens, candidate.organisation, true, pairs);
    if (!query.surname_first && !query.spelt_out && !candidate.identifier && !letters)
        add_acronyms(candidate.tokens, query.tokens, query.organisation, false, pairs);
    // Words already spelt alike on the other side (most words of most candidates) are no abbreviation.
    std::uint32_t q_paired = 0;
    std::uint32_t c_paired = 0;
    for (const Pair& pair : pairs) {
        if (pair.q_len != 1 || pair.c_len != 1 || pair.sim < 0.9) continue;
        q_paired |= 1U << pair.q_begin;
        c_paired |= 1U << pair.c_begin;
    }
    add_syllable_abbreviations(query.tokens, candidate.tokens, candidate.organisation, true, q_paired, pairs);
    add_syllable_abbreviations(candidate.tokens, query.tokens, query.organisation, false, c_paired, pairs);
    // Sorted with the position as last key: same order as a stable sort, without its buffer allocation.
    for (std::size_t pos = 0; pos < pairs.size(); ++pos) pairs[pos].order = static_cast<std::uint16_t>(pos);
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
        if (a.sim != b.sim) return a.sim > b.sim;
        if (a.q_len + a.c_len != b.q_len + b.c_len) return a.q_len + a.c_len > b.q_len + b.c_len;
        return a.order < b.order;
    });
    std::array<bool, max_tokens> q_used{};
    std::array<bool, max_tokens> c_used{};
    thread_local std::vector<Pair> chosen;
    chosen.clear();
    for (const Pair& pair : pairs) {
        bool free = true;
        for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos)
            free = free && !q_used[pos];
        for (std::size_t pos = pair.c_begin; pos < pair.c_begin + pair.c_len; ++pos)
            free = free && !c_used[pos];
        if (!free) continue;
        for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos) q_used[pos] = true;
        for (std::size_t pos = pair.c_begin; pos < pair.c_begin + pair.c_len; ++pos) c_used[pos] = true;
        chosen.push_back(pair);
    }
    return chosen;
}

struct Unmatched {
    double query_weight = 0.0;
    double list_weight = 0.0;
    bool query_number = false;
    bool list_number = false;
};

// A number, or a final "I" after a name (SINO IRON I, the first of a series whose second is SINO IRON II: a
// lone I is not read as a numeral, as it is mostly an initial).
bool numeral(const std::vector<Token>& tokens, std::size_t pos) {
    const Token& token = tokens[pos];
    return token.kind == TokenKind::number || (pos > 0 && pos + 1 == tokens.size() && token.text == "i");
}

Unmatched unmatched_parts(const NormalName& query, const NormalName& candidate,
                          const std::vector<Pair>& pairs, Explanation* why) {
    std::array<bool, max_tokens> q_used{};
    std::array<bool, max_tokens> c_used{};
    for (const Pair& pair : pairs) {
        for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos) q_used[pos] = true;
        for (std::size_t pos = pair.c_begin; pos < pair.c_begin + pair.c_len; ++pos) c_used[pos] = true;
    }
    Unmatched out;
    for (std::size_t pos = 0; pos < std::min(query.tokens.size(), max_tokens); ++pos) {
        if (q_used[pos]) continue;
        const Token& token = query.tokens[pos];
        out.query_weight += token.weight;
        out.query_number = out.query_number || numeral(query.tokens, pos);
        if (why != nullptr)
            why->tokens.push_back({token.text, "", Method::unmatched, 0.0, token.weight, 0.0});
    }
    for (std::size_t pos = 0; pos < std::min(candidate.tokens.size(), max_tokens); ++pos) {
        if (c_used[pos]) continue;
        const Token& token = candidate.tokens[pos];
        out.list_weight += token.weight;
        out.list_number = out.list_number || numeral(candidate.tokens, pos);
        if (why != nullptr)
            why->tokens.push_back({"", token.text, Method::unmatched, 0.0, token.weight, 0.0});
    }
    return out;
}

}  // namespace

double jaro_winkler(std::string_view a, std::string_view b) noexcept {
    constexpr std::size_t limit = 64;
    const std::size_t la = std::min(a.size(), limit);
    const std::size_t lb = std::min(b.size(), limit);
    if (la == 0 || lb == 0) return la == lb ? 1.0 : 0.0;
    const std::size_t window = std::max<std::size_t>(std::max(la, lb) / 2, 1) - 1;
    std::array<bool, limit> a_match{};
    std::array<bool, limit> b_match{};
    std::size_t matches = 0;
    for (std::size_t ai = 0; ai < la; ++ai) {
        const std::size_t lo = ai > window ? ai - window : 0;
        const std::size_t hi = std::min(ai + window + 1, lb);
        for (std::size_t bi = lo; bi < hi; ++bi) {
            if (b_match[bi] || a[ai] != b[bi]) continue;
            a_match[ai] = b_match[bi] = true;
            ++matches;
            break;
        }
    }
    if (matches == 0) return 0.0;
    std::size_t transpositions = 0;
    for (std::size_t ai = 0, bi = 0; ai < la; ++ai) {
        if (!a_match[ai]) continue;
        while (!b_match[bi]) ++bi;
        if (a[ai] != b[bi]) ++transpositions;
        ++bi;
    }
    const double m = static_cast<double>(matches);
    const double jaro = (m / static_cast<double>(la) + m / static_cast<double>(lb) +
                         (m - static_cast<double>(transpositions) / 2.0) / m) /
                        3.0;
    std::size_t prefix = 0;
    while (prefix < std::min<std::size_t>({4, la, lb}) && a[prefix] == b[prefix]) ++prefix;
    return jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
}

double calibrate(double raw, double knee) noexcept {
    if (knee <= 0.0 || knee >= 1.0) return raw;
    if (raw <= knee) return default_threshold * raw / knee;
    return default_threshold + (1.0 - default_threshold) * (raw - knee) / (1.0 - knee);
}

namespace {

// A pair's similarity as scored: a loose spelling of one word by another of different rarity counts less
// (ScoreParams::rarity_scaled).
double scored_similarity(const Pair& pair, double query_weight, double list_weight,
                         const ScoreParams& params) {
    const bool loose = pair.method == Method::jaro_winkler || pair.method == Method::phonetic;
    if (!params.rarity_scaled || !loose || pair.q_len != 1 || pair.c_len != 1) return pair.sim;
    if (query_weight >= params.unknown_word_weight) return pair.sim;
    const double sum = query_weight + list_weight;
    if (sum <= 0.0) return pair.sim;
    return pair.sim * std::sqrt(2.0 * std::min(query_weight, list_weight) / sum);
}

}  // namespace

double score_names(const NormalName& query, const NormalName& candidate, const ScoreParams& params,
                   Explanation* why, std::uint32_t* paired) {
    if (paired != nullptr) *paired = 0;
    if (query.tokens.empty() || candidate.tokens.empty()) return 0.0;
    const std::vector<Pair>& pairs = align(query, candidate);
    if (paired != nullptr) {
        for (const Pair& pair : pairs) {
            for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos) *paired |= 1U << pos;
        }
    }
    double matched = 0.0;
    double pair_total = 0.0;
    double query_matched = 0.0;  // the query's side of `matched`
    double query_paired = 0.0;
    for (const Pair& pair : pairs) {
        const double query_weight = span_weight(query.tokens, pair.q_begin, pair.q_len);
        const double list_weight = span_weight(candidate.tokens, pair.c_begin, pair.c_len);
        const double weight = query_weight + list_weight;
        const double sim = scored_similarity(pair, query_weight, list_weight, params);
        matched += sim * weight;
        pair_total += weight;
        query_matched += sim * query_weight;
        query_paired += query_weight;
    }
    const Unmatched rest = unmatched_parts(query, candidate, pairs, why);
    // Extra words on one side only are mostly annotations, ports, patronymics or former names; distinct
    // words on both sides are mostly a sibling company or ship (cascade pairs "sibling-one-word").
    const double list_rest = params.unmatched_list_factor * rest.list_weight;
    const double one_sided = std::max(rest.query_weight, list_rest);
    const double two_sided = std::min(rest.query_weight, list_rest);
    const double total =
        pair_total + params.one_sided_factor * one_sided + params.two_sided_factor * two_sided;
    double factor = params.name_factor;
    if (rest.query_number && rest.list_number) factor *= params.number_penalty;
    const bool other_jurisdiction = query.jurisdictions.any() && candidate.jurisdictions.any() &&
                                    (query.jurisdictions & candidate.jurisdictions).none();
    if (other_jurisdiction) factor *= params.jurisdiction_penalty;
    const bool spelt_out = query.spelt_out || candidate.spelt_out;
    const bool lookalike = query.lookalike || candidate.lookalike;
    const bool letter_names = query.letter_names || candidate.letter_names;
    if (spelt_out || lookalike || letter_names) factor *= params.spelt_out_factor;
    const double name_score = total > 0.0 ? matched / total : 0.0;
    // A query found whole in a longer name (KONTROLES for KONTROLES ELECTRONICOS DE BAJA CALIFORNIA, S.A. DE
    // C.V.) is better evidence than a loose spelling of a short one (KONTUR OOO), however many words the
    // list adds: the share of the query that pairs, scaled below the calibration knee so that it ranks
    // without reaching the threshold alone (LOO seeds 7, 11 and 23: recall@1 +0.002 to +0.004).
    const double query_total = query_paired + rest.query_weight;
    const double contained =
        query_total > 0.0 ? params.containment_factor * query_matched / query_total : 0.0;
    const double ranked = calibrate(factor * std::max(name_score, contained), params.calibration_knee);
    const bool other_kind = query.surname_first && candidate.other_kind;
    const double score = other_kind ? ranked * params.person_shape_factor : ranked;
    if (why == nullptr) return score;
    // Contributions add up to the calibrated name score; the number penalty is a qualifier.
    const double name_calibrated = calibrate(name_score, params.calibration_knee);
    const double scale = name_score > 0.0 ? name_calibrated / name_score : 0.0;
    for (const Pair& pair : pairs) {
        const double query_weight = span_weight(query.tokens, pair.q_begin, pair.q_len);
        const double list_weight = span_weight(candidate.tokens, pair.c_begin, pair.c_len);
        const double weight = query_weight + list_weight;
        const double sim = scored_similarity(pair, query_weight, list_weight, params);
        Method method = pair.method;
        if (method == Method::exact && params.query_romanised) method = Method::translit;
        why->tokens.push_back({span_text(query.tokens, pair.q_begin, pair.q_len),
                               span_text(candidate.tokens, pair.c_begin, pair.c_len), method, sim, weight,
                               scale * sim * weight / total});
    }
    if (factor < 1.0) {
        std::string reasons;
        const auto add = [&reasons](std::string_view reason) {
            if (!reasons.empty()) reasons += "; ";
            reasons += reason;
        };
        if (rest.query_number && rest.list_number) add("numbers disagree");
        if (other_jurisdiction) add("legal forms of other countries");
        if (spelt_out) add("acronym or compound read as its words");
        if (lookalike) add("Latin letters read as the Cyrillic ones they resemble");
        if (letter_names) add("letter names spelt out read as the letters");
        if (params.name_factor < 1.0) add("words from several names of the entity");
        why->qualifiers.push_back(
            {std::move(reasons), calibrate(factor * name_score, params.calibration_knee) - name_calibrated});
    }
    if (contained > name_score) {
        const double below = calibrate(factor * name_score, params.calibration_knee);
        why->qualifiers.push_back({"the query's words found in a longer name", ranked - below});
    }
    if (score != ranked)
        why->qualifiers.push_back({"a person's name (SURNAME, Given) met by another kind's", score - ranked});
    std::stable_partition(why->tokens.begin(), why->tokens.end(),
                          [](const TokenMatch& part) { return part.method != Method::unmatched; });
    why->list_form = candidate.form;
    why->query_form = query.form;
    return score;
}

bool complete_name(const NormalName& query, const NormalName& best, std::uint32_t best_paired,
                   const NormalName* const* others, std::size_t other_count, NormalName& out) {
    constexpr double completion_floor = 0.85;
    const std::size_t nq = std::min(query.tokens.size(), max_tokens);
    // The pairs of `best` are those it was scored with: aligning it again was half the cost of completion.
    std::array<bool, max_tokens> q_paired{};
    for (std::size_t pos = 0; pos < nq; ++pos) q_paired[pos] = (best_paired >> pos & 1U) != 0;
    // What to add is decided first: most leading names gain nothing, and copying their tokens (five strings
    // each) only to find that out was most of the cost of completion.
    struct Addition {
        const NormalName* name;
        std::uint8_t begin;
        std::uint8_t length;
    };
    std::array<Addition, max_tokens> additions{};
    std::size_t addition_count = 0;
    std::size_t token_count = best.tokens.size();
    for (std::size_t other = 0; other < other_count; ++other) {
        if (std::find(q_paired.begin(), q_paired.begin() + nq, false) == q_paired.begin() + nq) break;
        const NormalName& name = *others[other];
        for (const Pair& pair : align(query, name)) {
            if (pair.sim < completion_floor || token_count + pair.c_len > max_tokens) continue;
            bool free = true;
            for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos)
                free = free && !q_paired[pos];
            if (!free || addition_count == additions.size()) continue;
            for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos) q_paired[pos] = true;
            additions[addition_count++] = {&name, pair.c_begin, pair.c_len};
            token_count += pair.c_len;
        }
    }
    if (addition_count == 0) return false;
    out.tokens = best.tokens;
    out.form = best.form;
    for (std::size_t idx = 0; idx < addition_count; ++idx) {
        const Addition& addition = additions[idx];
        out.form += idx > 0 ? " " : " + ";
        out.form += span_text(addition.name->tokens, addition.begin, addition.length);
        for (std::size_t pos = addition.begin; pos < addition.begin + addition.length; ++pos)
            out.tokens.push_back(addition.name->tokens[pos]);
    }
    out.organisation = organisation_like(out.tokens);  // the added words may make it read as one
    out.jurisdictions = best.jurisdictions;
    out.spelt_out = best.spelt_out;
    out.lookalike = best.lookalike;
    out.letter_names = best.letter_names;
    out.identifier = best.identifier;
    out.other_kind = best.other_kind;
    return true;
}

double score_completed(const NormalName& query, const NormalName& completed, const ScoreParams& params,
                       Explanation* why) {
    ScoreParams weaker = params;
    weaker.name_factor = params.name_factor * params.completed_factor;
    return score_names(query, completed, weaker, why);
}

}  // namespace cp::match::detail
