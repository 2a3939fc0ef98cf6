// SPDX-License-Identifier: Apache-2.0
// Spellings of one romanised word (see normalize.hpp): its phonetic key, its folded spelling and the second
// spellings beside it (gh as k, ch as sh), its consonant skeleton, and the letter counts that bound
// Jaro-Winkler. Split from normalize.cpp, which tokenises and classifies whole names.
#include <cstdint>
#include <string>
#include <string_view>

#include "match/detail/normalize.hpp"

namespace cp::match::detail {

namespace {

constexpr char consonant_class(char c) noexcept {
    switch (c) {
    case 'b':
    case 'f':
    case 'p':
        return '1';
    case 'c':
    case 'g':
    case 'j':
    case 'k':
    case 'q':
    case 's':
    case 'x':
    case 'z':
        return '2';
    case 'd':
    case 't':
        return '3';
    case 'l':
        return '4';
    case 'm':
    case 'n':
        return '5';
    case 'r':
        return '6';
    default:
        return 0;  // vowels, h, w, y, v: written or not depending on the romanisation
    }
}

}  // namespace

std::string phonetic_key(std::string_view token) {
    if (token.size() < 2 || token[0] < 'a' || token[0] > 'z') return {};
    std::string key;
    const char first = token[0];
    const char first_class = consonant_class(first);
    key += first_class != 0 ? first_class : (first == 'h' ? 'H' : (first == 'w' || first == 'v') ? 'W' : 'A');
    char last = first_class;
    for (std::size_t pos = 1; pos < token.size() && key.size() < 6; ++pos) {
        const char cls = consonant_class(token[pos]);
        if (cls == 0 || cls == last) continue;
        key += cls;
        last = cls;
    }
    return key;
}

std::uint32_t letter_set(std::string_view text) {
    std::uint32_t set = 0;
    for (char c : text.substr(0, 64)) set |= 1U << (static_cast<unsigned char>(c) & 31U);
    return set;
}

void set_letters(Token& token) {
    const std::string_view spelling = spelling_of(token);
    // Counts kept as two bit planes and advanced per letter (0 -> 1 -> 2 -> 3): no table to clear and scan.
    std::uint32_t low = 0;
    std::uint32_t high = 0;
    bool exact = spelling.size() <= 64;
    for (char c : spelling) {
        const std::uint32_t bit = 1U << (static_cast<unsigned char>(c) & 31U);
        if ((low & bit) == 0) {
            low |= bit;  // 0 -> 1, or 2 -> 3
        } else if ((high & bit) == 0) {
            low &= ~bit;  // 1 -> 2
            high |= bit;
        } else {
            exact = false;  // a fourth one
        }
    }
    token.letters = low | high;  // every letter present has a count of 1 or more
    token.gh = token.fold.find("gh") != std::string::npos;
    token.ch = has_ch_reading(token.fold);
    token.ou = token.kind == TokenKind::word && !token.abjad && has_ou_reading(token.text);
    token.count_low = low;
    token.count_high = high;
    token.counts_exact = exact;
}

std::string_view without_article(std::string_view word) noexcept {
    if (word.size() < 7 || (!word.starts_with("al") && !word.starts_with("el"))) return {};
    return word.substr(2);
}

std::string spelling_fold(std::string_view token) {
    std::string out;
    out.reserve(token.size() + 2);
    for (std::size_t pos = 0; pos < token.size(); ++pos) {
        const char c = token[pos];
        const char next = pos + 1 < token.size() ? token[pos + 1] : '\0';
        std::string_view add(&c, 1);
        if (c == 'x') {
            add = "ks";
        } else if (c == 'd' && next == 'z' && pos + 2 < token.size() && token[pos + 2] == 'h') {
            add = "j";  // Russian spelling of j: DZHAKHANGIR / JAHANGIR, DZHAMAL / JAMAL
            pos += 2;
        } else if (c == 'z' && next == 'h' && pos + 2 < token.size() &&
                   (token[pos + 2] == 'a' || token[pos + 2] == 'e' || token[pos + 2] == 'o')) {
            // Russian zh, written j in French and by many: ZHANNA / JANNA. Not before i or u: pinyin ZHI and
            // JI, ZHU and JU are different syllables.
            add = "j";
            pos += 1;
        } else if (c == 'd' && next == 'j') {
            continue;  // French spelling of j: DJAMEL / JAMEL
        } else if ((c == 'c' || c == 'k') && next == 'h' && pos + 2 == token.size() && pos >= 2 &&
                   token[pos - 1] == 'e' && token[pos - 2] == 't') {
            // A final "tech" as Russian writes it, "tekh" or "teh", and as it is also written, "tec" (a hard
            // c, below): ROSTECH / ROSTEKH / ROSTEC (Ростех), PROMTEH / PROMTEKH.
            add = "k";
            ++pos;
        } else if (c == 'h' && pos + 1 == token.size() && pos >= 5 && token[pos - 1] == 'e' &&
                   token[pos - 2] == 't') {
            add = "k";  // in compounds only (ROSTEH, PROMTEH): FATEH is an Arabic name, no "tech".
        } else if ((c == 'p' && next == 'h') || (c == 'k' && next == 'h')) {
            add = c == 'p' ? "f" : "h";
            ++pos;
        } else if (c == 't' && next == 's' && pos + 2 < token.size() &&
                   (token[pos + 2] == 'e' || token[pos + 2] == 'i' || token[pos + 2] == 'y')) {
            add = "c";  // Slavic c before a front vowel: SPETSELSERVIS / SPECELSERVIS, TSENTR / CENTR
            ++pos;
        } else if (c == 'h' && pos == 0 && next == 't') {
            continue;  // Burmese aspirated t, often written plain: HTUN / TUN, HTAY / TAY
        } else if (c == 'u' && pos == 1 && token[0] == 'e' && next != '\0' && !is_vowel_or_y(next)) {
            add = "v";  // Greek eu as Russian spells it: EUROMICROTECH / EVROMIKROTEKH, EUGENE / EVGENY
        } else if (c == 'c' && next == 'k') {
            continue;  // the k follows
        } else if (c == 'c' && next != 'h' && next != 'e' && next != 'i' && next != 'y' && next != 'z' &&
                   next != 's') {
            add = "k";  // a hard c is a k in other romanisations: SOVCOMFLOT / SOVKOMFLOT, KORPORATSIYA
        } else if (c == 'q') {
            add = "k";
        } else if (c == 'w') {
            add = "v";
        } else if (c == 'y' && pos > 0) {  // a first y is a consonant: YANG is not JIANG
            add = "i";
        } else if ((c == 'o' && (next == 'u' || next == 'o')) || (c == 'e' && next == 'e')) {
            add = c == 'e' ? "i" : "u";
            ++pos;
        }
        for (char a : add) {
            if (out.empty() || out.back() != a) out += a;  // doubled letters, and -iy/-ii -> -i
        }
    }
    return out;
}

std::string gh_as_k(std::string_view fold) {
    if (fold.find("gh") == std::string_view::npos) return {};
    std::string out;
    for (std::size_t pos = 0; pos < fold.size(); ++pos) {
        if (fold[pos] == 'g' && pos + 1 < fold.size() && fold[pos + 1] == 'h') {
            out += 'k';
            ++pos;
        } else if (out.empty() || out.back() != fold[pos]) {
            out += fold[pos];
        }
    }
    return out;
}

namespace {

// Whether the "ou" at `pos` of `text` stands beside a vowel (ZAOURA, OUALID): a w in French spelling.
bool ou_beside_vowel(std::string_view text, std::size_t pos) {
    const bool before = pos > 0 && std::string_view("aei").find(text[pos - 1]) != std::string_view::npos;
    const bool after =
        pos + 2 < text.size() && std::string_view("aei").find(text[pos + 2]) != std::string_view::npos;
    return before || after;
}

}  // namespace

bool has_ou_reading(std::string_view text) noexcept {
    for (std::size_t pos = text.find("ou"); pos != std::string_view::npos; pos = text.find("ou", pos + 1)) {
        if (ou_beside_vowel(text, pos)) return true;
    }
    return false;
}

std::string ou_as_w(std::string_view text) {
    std::string with_w;
    bool any = false;
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        if (text[pos] == 'o' && pos + 1 < text.size() && text[pos + 1] == 'u' && ou_beside_vowel(text, pos)) {
            with_w += 'w';
            any = true;
            ++pos;
        } else {
            with_w += text[pos];
        }
    }
    return any ? spelling_fold(with_w) : std::string();
}

bool second_spelling_alike(const Token& q, const Token& c) {
    if (q.gh != c.gh && gh_as_k(q.gh ? q.fold : c.fold) == (q.gh ? c.fold : q.fold)) return true;
    if (q.ch != c.ch && ch_as_sh_equals(q.ch ? q.fold : c.fold, q.ch ? c.fold : q.fold)) return true;
    if (q.ou == c.ou) return false;
    return ou_as_w((q.ou ? q : c).text) == spelling_of(q.ou ? c : q);
}

bool has_ch_reading(std::string_view fold) noexcept {
    const std::size_t at = fold.find("ch");
    if (at == std::string_view::npos) return false;
    if (at > 0) return true;
    // A pinyin or Wade-Giles syllable: ch, vowels, then n or ng at most (CHEN, CHANG, CHUAN, CHIAO).
    std::size_t pos = 2;
    while (pos < fold.size() && is_vowel_or_y(fold[pos])) ++pos;
    const std::string_view rest = fold.substr(pos);
    return !(pos > 2 && (rest.empty() || rest == "n" || rest == "ng"));
}

namespace {

// Calls `emit` with each letter of `fold` as it reads with ch written sh (SCH too: SCHMIDT / SHMIDT), and
// stops when `emit` returns false: the one rule behind ch_as_sh and ch_as_sh_equals.
template <class Emit>
bool each_letter_ch_as_sh(std::string_view fold, Emit&& emit) {
    char last = '\0';
    for (std::size_t pos = 0; pos < fold.size(); ++pos) {
        char c = fold[pos];
        if (c == 'c' && pos + 1 < fold.size() && fold[pos + 1] == 'h') {
            if (last == 's') continue;
            c = 's';
        }
        if (!emit(c)) return false;
        last = c;
    }
    return true;
}

}  // namespace

std::string ch_as_sh(std::string_view fold) {
    if (!has_ch_reading(fold)) return {};
    std::string out;
    each_letter_ch_as_sh(fold, [&out](char c) {
        out += c;
        return true;
    });
    return out;
}

bool ch_as_sh_equals(std::string_view with_ch, std::string_view other) noexcept {
    std::size_t at = 0;
    const bool same_start =
        each_letter_ch_as_sh(with_ch, [&at, other](char c) { return at < other.size() && other[at++] == c; });
    return same_start && at == other.size();
}

std::string skeleton(std::string_view token) {
    std::string out;
    for (std::size_t pos = 0; pos < token.size(); ++pos) {
        char c = token[pos];
        if (c == 'q') c = 'k';
        if (c == 'd' && pos == 0 && token.size() > 1 && token[1] == 'j') continue;  // French "dj": DJAMEL
        const bool vowel_like = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' ||
                                c == 'h' || c == 'w' || c == 'v';
        if (pos > 0 && vowel_like) continue;
        if (!out.empty() && out.back() == c) continue;
        out += c;
    }
    return out;
}

}  // namespace cp::match::detail
