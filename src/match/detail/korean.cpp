// SPDX-License-Identifier: Apache-2.0
// Romanised Korean syllables: initial consonant, vowel, optional final, parsed with backtracking (a final
// may be the next syllable's initial: "jongun" = jong-un, "mani" = ma-ni).
#include "match/detail/korean.hpp"

#include <algorithm>
#include <array>

namespace cp::match::detail {

namespace {

struct Piece {
    std::string_view spelt;
    std::string_view key;
};

// Longest spellings first. Double consonants (RR kk, tt, pp, ss, jj) fold with the simple ones.
constexpr std::array<Piece, 21> initials = {
    {{"kk", "k"}, {"gg", "k"}, {"tt", "t"}, {"pp", "p"}, {"ss", "s"}, {"jj", "c"}, {"ch", "c"},
     {"g", "k"},  {"k", "k"},  {"n", "n"},  {"d", "t"},  {"t", "t"},  {"r", "r"},  {"l", "r"},
     {"m", "m"},  {"b", "p"},  {"p", "p"},  {"s", "s"},  {"j", "c"},  {"h", "h"},  {"", ""}}};

// RR eo/eu and MR o/u (written o', u' or with breves) are one vowel each here; yeo/yo likewise.
constexpr std::array<Piece, 23> vowels = {
    {{"yeo", "yo"}, {"yae", "yae"}, {"wae", "wae"}, {"weo", "wo"}, {"eui", "ui"}, {"ae", "ae"},
     {"ya", "ya"},  {"yo", "yo"},   {"yu", "yu"},   {"ye", "ye"},  {"eo", "o"},   {"eu", "u"},
     {"oe", "oe"},  {"wa", "wa"},   {"wo", "wo"},   {"we", "we"},  {"wi", "wi"},  {"ui", "ui"},
     {"a", "a"},    {"e", "e"},     {"i", "i"},     {"o", "o"},    {"u", "u"}}};

constexpr std::array<Piece, 12> finals = {{{"ng", "ng"},
                                           {"k", "k"},
                                           {"g", "k"},
                                           {"n", "n"},
                                           {"l", "l"},
                                           {"r", "l"},
                                           {"m", "m"},
                                           {"p", "p"},
                                           {"b", "p"},
                                           {"t", "t"},
                                           {"d", "t"},
                                           {"", ""}}};

struct Parser {
    char* out;
    std::size_t length = 0;

    bool append(std::string_view key) {
        if (length + key.size() > korean_fold_capacity) return false;
        for (char c : key) out[length++] = c;
        return true;
    }

    // Parses `rest` as `left` more syllables at most (at least one).
    bool syllables(std::string_view rest, int left) {
        if (rest.empty()) return true;
        if (left == 0) return false;
        const std::size_t mark = length;
        for (const Piece& initial : initials) {
            if (!rest.starts_with(initial.spelt)) continue;
            const std::string_view after_initial = rest.substr(initial.spelt.size());
            for (const Piece& vowel : vowels) {
                if (!after_initial.starts_with(vowel.spelt)) continue;
                const std::string_view after_vowel = after_initial.substr(vowel.spelt.size());
                for (const Piece& final : finals) {
                    if (!after_vowel.starts_with(final.spelt)) continue;
                    length = mark;
                    if (append(initial.key) && append(vowel.key) && append(final.key) &&
                        syllables(after_vowel.substr(final.spelt.size()), left - 1)) {
                        return true;
                    }
                }
            }
        }
        length = mark;
        return false;
    }
};

// Keys (as korean_fold writes them) of the commonest Korean surnames in RR, McCune-Reischauer and the usual
// passport spellings: Kim/Gim, Ri/Yi/I, Pak/Bak, Choe, Jong/Jeong/Chong, Kang, Cho/Jo, Yun, Jang/Chang,
// Im/Rim, Han, O, So/Seo, Sin, Kwon, Hwang, An, Song, Ryu/Yu, Hong, Ko, Mun, Yang, Son, Pae/Bae, Paek,
// Ho/Heo, Nam, Sim, No/Ro, Ha, Kwak, U, Ju, Na, Min, Ku, Chin/Jin, Om, Chae, Won, Chon/Cheon, Pang, Kong,
// Hyon, Ham, Pyon, Yom, Yo, Chu, To, Sok, Ma, Kil, Ri, Tong.
constexpr std::array<std::string_view, 58> surnames = {
    "kim",  "ri",   "i",    "yi",   "pak", "coe", "cong", "kang",  "co",  "cu",   "yun",  "cang",
    "im",   "rim",  "han",  "o",    "so",  "sin", "kwon", "hwang", "an",  "song", "ryu",  "yu",
    "hong", "ko",   "mun",  "yang", "son", "pae", "paek", "ho",    "nam", "sim",  "no",   "ro",
    "ha",   "kwak", "u",    "min",  "ku",  "cin", "om",   "cae",   "won", "con",  "pang", "kong",
    "hyon", "ham",  "pyon", "yom",  "yo",  "to",  "sok",  "ma",    "kil", "tong"};

// Passport and English spellings of common surnames that the syllable parser does not read as the
// McCune-Reischauer ones of DPRK listings: CHOI = CHOE, LEE / YI / RHEE = RI, PARK / BAK = PAK; LIM, NOH, YOO
// drop or keep the initial r/n as South Korea's initial-sound rule does (IM = RIM, NO = RO, YU = RYU).
std::string_view passport_spelling(std::string_view word) noexcept {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 24> spellings = {{
        {"choi", "choe"}, {"lee", "ri"},   {"yi", "ri"},  {"i", "ri"},     {"rhee", "ri"},   {"park", "pak"},
        {"bak", "pak"},   {"lim", "rim"},  {"im", "rim"}, {"noh", "ro"},   {"roh", "ro"},    {"no", "ro"},
        {"oh", "o"},      {"yoo", "ryu"},  {"yu", "ryu"}, {"shin", "sin"}, {"suh", "so"},    {"seo", "so"},
        {"yoon", "yun"},  {"moon", "mun"}, {"joo", "ju"}, {"woo", "u"},    {"hyun", "hyon"}, {"yeom", "ryom"},
    }};
    for (const auto& [passport, mr] : spellings) {
        if (word == passport) return mr;
    }
    return word;
}

}  // namespace

bool looks_korean(const std::vector<std::string_view>& words) noexcept {
    if (words.size() < 2 || words.size() > 5) return false;
    char key[korean_fold_capacity];
    // The surname test first: it fails for almost every listed name after two short parses.
    bool surname_at_end = false;
    // A surname is one syllable: parsed as one at most, a longer word fails at once (parsed as three, as
    // korean_fold does, every listed name's first and last words were a fifth of a query's analysis).
    for (std::string_view word : {words.front(), words.back()}) {
        if (word.size() > 7) continue;  // the longest one-syllable spelling (ch + yeo + ng)
        Parser parser{key};
        if (!parser.syllables(passport_spelling(word), 1)) continue;
        const std::string_view folded(key, parser.length);
        surname_at_end =
            surname_at_end || std::find(surnames.begin(), surnames.end(), folded) != surnames.end();
    }
    if (!surname_at_end) return false;
    for (std::string_view word : words) {
        if (word.size() > 8) return false;
        Parser parser{key};
        if (!parser.syllables(passport_spelling(word), 2)) return false;
    }
    return true;
}

std::size_t korean_fold(std::string_view word, char (&out)[korean_fold_capacity]) noexcept {
    word = passport_spelling(word);
    if (word.empty() || word.size() > 12) return 0;
    Parser parser{out};
    return parser.syllables(word, 3) ? parser.length : 0;
}

}  // namespace cp::match::detail
