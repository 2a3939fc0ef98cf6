// SPDX-License-Identifier: Apache-2.0
// Similarity of two tokens of two names: exact, synonym, translation, initial, legal form, number, folded
// spelling, Jaro-Winkler (after Winkler 1990, prefix scale 0.1, up to 4 chars) stretched so that only close
// spellings score high, edit distance for long words, vowel variants and abjad (unvowelled) spellings.
#include "match/detail/similarity.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "core/assert.hpp"
#include "match/detail/slavic.hpp"

namespace cp::match::detail {

namespace {

constexpr double vowel_variant = 0.85;  // similarity of spellings that differ only in vowels (SALEH / SALIH)
constexpr double diphthong_variant = 0.95;  // ... only in the diphthong ai / ei (ZUHAIR / ZUHEIR): as a fold
constexpr double cross_role = 0.99;         // factor on a surname paired with a given name
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

// The next unit of a folded word from `pos`: a consonant, or a run of vowels of one class read as the one
// short vowel Arabic writes (a: fatha; e, i: kasra; o, u: damma), so that ei is one i but ai two vowels.
char next_vowel_unit(std::string_view word, std::size_t& pos) noexcept {
    const auto vowel_class = [](char c) { return c == 'a' ? 'A' : (c == 'e' || c == 'i') ? 'I' : 'U'; };
    const char c = word[pos++];
    if (!is_vowel(c)) return c;
    const char cls = vowel_class(c);
    while (pos < word.size() && is_vowel(word[pos]) && vowel_class(word[pos]) == cls) ++pos;
    return cls;
}

// Whether two folded spellings read alike once their vowels are read as Arabic's three (MONEIM / MUNIM,
// MOHSEN / MUHSIN, OSMAN / USMAN: spellings of one Arabic name in Egyptian, French or Persian habits), with
// two consonants or more. HASSAN / HUSSEIN (a / u) and HUSAYN / HUSSEIN (ai / ei) stay apart.
bool arabic_vowels_agree(std::string_view a, std::string_view b) noexcept {
    std::size_t i = 0;
    std::size_t j = 0;
    std::size_t consonants = 0;
    while (i < a.size() && j < b.size()) {
        const char unit = next_vowel_unit(a, i);
        if (unit != next_vowel_unit(b, j)) return false;
        consonants += unit >= 'a' ? 1 : 0;
    }
    return i == a.size() && j == b.size() && consonants >= 3;
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

// A word of five letters or fewer without a vowel: the initials of words (LPC, KBT, NNK). The letters are
// is_vowel_or_y's, searched at once: std::none_of with it made the loop over token pairs 1.5% dearer.
bool initials_like(std::string_view text) {
    return text.size() <= 5 && text.find_first_of("aeiouy") == std::string_view::npos;
}

// a == b, the first letters compared inline: most pairs of words differ there, and the library compare
// of two strings of one length was a call for each (1% of a query's instructions).
bool same_text(const std::string& a, const std::string& b) noexcept {
    return a.size() == b.size() && (a.empty() || a[0] == b[0]) && a == b;
}

double word_similarity(const Token& q, const Token& c, Method& method) {
    if (same_text(q.text, c.text)) {
        method = Method::exact;
        return 1.0;
    }
    if (same_text(q.canon, c.canon)) {
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
    // Same name in another romanisation ("Aleksandr" / "Alexander"). Initials (a short word without vowels)
    // are letters, not sounds: C and K agree (Russian acronyms are romanised with either: NPC / NPK), but a
    // letter more is another acronym (LLC is not LKCK).
    if (!q.fold.empty() && q.fold == c.fold &&
        (q.text.size() == c.text.size() || !initials_like(q.text) || !initials_like(c.text))) {
        method = Method::phonetic;
        return 0.95;
    }
    const std::size_t q_size = q.text.size();
    const std::size_t c_size = c.text.size();
    if ((q_size == c_size + 2 && glued_article(q, c)) || (c_size == q_size + 2 && glued_article(c, q))) {
        method = Method::glued;  // ALHASSAN / HASSAN
        return 0.9;
    }
    // GHASEMI / QASEMI, AL-CHAAR / AL-SHAAR, AL ZAOURA / AL-ZAWRAA: one test of the three flags here, the
    // spellings compared out of line (this function runs for every pair of words).
    if (((q.gh != c.gh) | (q.ch != c.ch) | (q.ou != c.ou)) && second_spelling_alike(q, c)) {
        method = Method::phonetic;
        return 0.95;
    }
    const std::string& qf = spelling_of(q);
    const std::string& cf = spelling_of(c);
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
    // Of different lengths: vowels read as Arabic's three (MONEIM / MUNIM; LOO seeds 7 and 11 and the
    // held-out seeds 7 and 11 +1 alias each, nothing lost; PIER / PEER, two consonants, stay apart).
    // Their consonants first: the letter sets (Token::letters) but for the vowels must be equal, which
    // most pairs are not (the walk cost 6% of a query's instructions when done for every pair).
    constexpr std::uint32_t vowel_bits = (1U << ('a' & 31)) | (1U << ('e' & 31)) | (1U << ('i' & 31)) |
                                         (1U << ('o' & 31)) | (1U << ('u' & 31));
    if (sim < vowel_variant && !q.abjad && !c.abjad && qf.size() != cf.size() &&
        (q.letters == 0 || c.letters == 0 || ((q.letters ^ c.letters) & ~vowel_bits) == 0) &&
        arabic_vowels_agree(qf, cf)) {
        sim = vowel_variant;
        method = Method::phonetic;
    }
    // A Belarusian or Ukrainian spelling of a Russian name (KHARANEKA / KHORONEKO, HALAVANAU / GOLOVANOV):
    // the consonants agree, the vowels need not.
    if (sim < vowel_variant && (q.east_slavic || c.east_slavic) && east_slavic_alike(q.text, c.text)) {
        sim = vowel_variant;
        method = Method::phonetic;
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
        // A word spelt as a legal form is read so only on one side (a query's BO, a listed person's Bo).
        if (!q_legal || !c_legal) return q.canon == c.canon || q.text == c.text ? 0.95 : 0.0;
        return q.canon == c.canon ? 1.0 : (q.generic == c.generic ? 0.9 : 0.0);
    }
    return word_similarity(q, c, method);
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

void append_compared_content(const Token& token, std::string& out) {
    for (const std::string* part : {&token.text, &token.canon, &token.generic, &token.key, &token.fold}) {
        out += *part;
        out += '\0';
    }
    for (const std::uint32_t bits : {token.letters, token.count_low, token.count_high})
        out.append(reinterpret_cast<const char*>(&bits), sizeof bits);
    for (const bool flag : {token.counts_exact, token.abjad, token.gh, token.ch, token.ou, token.east_slavic})
        out += flag ? '1' : '0';
    out += static_cast<char>(token.kind);
}

namespace {

// The pairs a query has scored (PairMemo): open addressing on (listed token id, query form, query token),
// cleared by a new stamp. A query scores a few hundred distinct pairs.
struct MemoEntry {
    double sim;
    std::uint32_t key;
    std::uint16_t stamp;
    Method method;
};
constexpr std::size_t memo_slots = 2048;
constexpr std::size_t memo_most = memo_slots / 2;  // then pairs are scored without being kept
constexpr std::uint32_t memo_ids = 1U << 22U;      // key: id (22 bits), form (5), query token (5)
constexpr std::size_t memo_forms = 32;
static_assert(max_tokens <= 32);

struct MemoState {
    const NormalName* forms = nullptr;
    std::size_t form_count = 0;
    std::uint16_t stamp = 1;
    std::size_t used = 0;
    std::array<MemoEntry, memo_slots> entries{};

    void restart(const NormalName* new_forms, std::size_t count) noexcept {
        forms = new_forms;
        form_count = std::min(count, memo_forms);
        used = 0;
        if (++stamp == 0) {  // wrapped: entries of stamp 1 may be 65,535 queries old
            entries.fill({});
            stamp = 1;
        }
    }
};

thread_local MemoState memo;

// The query form's number under the live PairMemo, or memo_forms when it has none.
std::size_t memo_form(const NormalName& query) noexcept {
    const auto at = reinterpret_cast<std::uintptr_t>(&query);
    const auto first = reinterpret_cast<std::uintptr_t>(memo.forms);
    if (memo.forms == nullptr || at < first) return memo_forms;
    const std::size_t form = (at - first) / sizeof(NormalName);
    return form < memo.form_count && memo.forms + form == &query ? form : memo_forms;
}

double remembered_similarity(std::uint32_t key, const Token& q, const Token& c, Method& method) {
    std::size_t slot = (key * 0x9E3779B1U) >> (32U - 11U);
    static_assert(memo_slots == 1U << 11U);
    while (true) {
        MemoEntry& entry = memo.entries[slot];
        if (entry.stamp != memo.stamp) break;
        if (entry.key == key) {
            method = entry.method;
            CP_ASSERT(([&] {
                          Method again = Method::unmatched;
                          return token_similarity(q, c, again) == entry.sim && again == entry.method;
                      }()),
                      "a remembered token pair scores as computed (Token::id covers what similarity reads)");
            return entry.sim;
        }
        slot = (slot + 1) & (memo_slots - 1);
    }
    const double sim = token_similarity(q, c, method);
    if (memo.used < memo_most) {
        memo.entries[slot] = {sim, key, memo.stamp, method};
        ++memo.used;
    }
    return sim;
}

}  // namespace

PairMemo::PairMemo(const std::vector<NormalName>& forms) noexcept
    : m_outer_forms(memo.forms), m_outer_count(memo.form_count) {
    memo.restart(forms.data(), forms.size());
}

PairMemo::~PairMemo() {
    memo.restart(m_outer_forms, m_outer_count);
}

// In this file so that token_similarity() and word_similarity() are inlined into the loop over every pair
// (a call per pair from score.cpp cost 2% of a query's instructions).
void add_token_pairs(const NormalName& query, const NormalName& candidate, std::vector<Pair>& pairs) {
    const std::size_t nq = std::min(query.tokens.size(), max_tokens);
    const std::size_t nc = std::min(candidate.tokens.size(), max_tokens);
    // Both names say which words are the surname ("SURNAME, Given"): a surname met by a given name is the
    // weaker reading (MURAT, Cernit is nearer MURAT, Altig than KARAYILAN, Murat), but lists swap names too:
    // only a tie-breaker (at 0.93, recall@1 at the threshold fell by 0.002 on leave-one-out seeds 7 and 11).
    const bool roles = query.surname_first && candidate.surname_first;
    const std::size_t form = memo_form(query);
    for (std::size_t qi = 0; qi < nq; ++qi) {
        for (std::size_t ci = 0; ci < nc; ++ci) {
            Method method = Method::unmatched;
            const Token& c = candidate.tokens[ci];
            double sim =
                form < memo_forms && c.id != 0 && c.id < memo_ids
                    ? remembered_similarity(c.id << 10U | static_cast<std::uint32_t>(form << 5U | qi),
                                            query.tokens[qi], c, method)
                    : token_similarity(query.tokens[qi], c, method);
            if (roles && query.tokens[qi].surname != c.surname) sim *= cross_role;
            if (sim < pair_floor) continue;
            pairs.push_back(
                {static_cast<std::uint8_t>(qi), 1, static_cast<std::uint8_t>(ci), 1, sim, method, 0});
        }
    }
}

}  // namespace cp::match::detail
