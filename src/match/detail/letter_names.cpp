// SPDX-License-Identifier: Apache-2.0
// English letter names as Russian writes them, read back as the letters: a Russian company with a Latin
// acronym registers it spelt out in Cyrillic (ООО "ЮЭСЭМ" for USM, ЭЙ СИ ДЖИ for ACG), and the lists print
// that romanised (YUESEM, EI SI DZHI) beside the Latin name. Split from normalize.cpp, which adds the reading
// as a further, weaker form of the name.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "match/detail/normalize.hpp"

namespace cp::match::detail {

namespace {

struct LetterName {
    std::string_view spelt;  // romanised as lists print it (BGN/PCGN, and i for й as OFAC often writes it)
    char letter;
};

// E (и) is left out: "i" is the Slavic "and". Longest spellings first, so that "dzhei" is J before "dzhi".
constexpr std::array<LetterName, 34> letter_names = {{
    {"dablyu", 'w'}, {"dzhei", 'j'}, {"dzhey", 'j'}, {"eitch", 'h'}, {"dzhi", 'g'}, {"eich", 'h'},
    {"eych", 'h'},   {"kyu", 'q'},   {"kei", 'k'},   {"key", 'k'},   {"eks", 'x'},  {"uai", 'y'},
    {"uay", 'y'},    {"vai", 'y'},   {"zed", 'z'},   {"ei", 'a'},    {"ey", 'a'},   {"bi", 'b'},
    {"si", 'c'},     {"di", 'd'},    {"ef", 'f'},    {"ai", 'i'},    {"ay", 'i'},   {"el", 'l'},
    {"em", 'm'},     {"en", 'n'},    {"ou", 'o'},    {"pi", 'p'},    {"ar", 'r'},   {"es", 's'},
    {"ti", 't'},     {"yu", 'u'},    {"vi", 'v'},    {"zi", 'z'},
}};

// Whether some letter name starts with the two letters at `pos`: most words fail at once (a query's words
// are all looked at, and a full scan of the names for each cost 1% of a query).
bool may_start_letter_name(std::string_view word, std::size_t pos) {
    if (pos + 2 > word.size()) return false;
    for (const LetterName& name : letter_names) {
        if (name.spelt[0] == word[pos] && name.spelt[1] == word[pos + 1]) return true;
    }
    return false;
}

std::optional<char> letter_of(std::string_view word) {
    if (word.size() > 6 || !may_start_letter_name(word, 0)) return std::nullopt;
    for (const LetterName& name : letter_names) {
        if (name.spelt == word) return name.letter;
    }
    return std::nullopt;
}

// The letters `word` spells from `pos` on as letter names written together, or "" when it does not. Few
// words split so at all, and each split point tries a handful of names: the search stays tiny.
std::string spelt_from(std::string_view word, std::size_t pos) {
    if (pos == word.size()) return std::string(1, '\0');  // a full reading; the marker is dropped below
    for (const LetterName& name : letter_names) {
        if (word.substr(pos, name.spelt.size()) != name.spelt) continue;
        std::string rest = spelt_from(word, pos + name.spelt.size());
        if (rest.empty()) continue;
        rest.insert(rest.begin(), name.letter);
        return rest;
    }
    return {};
}

}  // namespace

std::string letter_names_reading(std::string_view word) {
    // Three letter names at least: two (ESEN, EMEL, BIBI) are names.
    if (word.size() < 6 || !may_start_letter_name(word, 0)) return {};
    std::string letters = spelt_from(word, 0);
    if (letters.empty()) return {};
    letters.pop_back();
    return letters.size() >= 3 ? letters : std::string();
}

std::string letter_names_form(const NormalName& name, std::optional<lists::Schema> schema) {
    if (schema == lists::Schema::person || name.surname_first) return {};
    const std::vector<Token>& tokens = name.tokens;
    // The readings found, each with the tokens it replaces; the form is written only when there are some
    // (seldom: every query passes here).
    struct Reading {
        std::size_t begin;
        std::size_t end;
        std::string letters;
    };
    std::vector<Reading> readings;
    for (std::size_t pos = 0; pos < tokens.size();) {
        // A run of letter names written apart (EI SI DZHI): two or more, one of them longer than two
        // letters, or three or more (EL and EN alone are articles and words of other languages). EI is also
        // a legal form (empresa individual): in a run it is a letter all the same.
        std::string run;
        bool long_name = false;
        std::size_t end = pos;
        for (; end < tokens.size() && tokens[end].kind != TokenKind::number; ++end) {
            const std::optional<char> letter = letter_of(tokens[end].text);
            if (!letter) break;
            run += *letter;
            long_name = long_name || tokens[end].text.size() > 2;
        }
        if (run.size() >= 3 || (run.size() == 2 && long_name)) {
            readings.push_back({pos, end, std::move(run)});
            pos = end;
            continue;
        }
        const Token& token = tokens[pos];
        if (token.kind == TokenKind::word && !token.abjad) {
            std::string letters = letter_names_reading(token.text);
            if (!letters.empty()) readings.push_back({pos, pos + 1, std::move(letters)});
        }
        pos = end > pos ? end : pos + 1;  // a run too short to read is no start of a longer one
    }
    if (readings.empty()) return {};
    std::string text;
    std::size_t next = 0;
    for (std::size_t pos = 0; pos < tokens.size();) {
        if (!text.empty()) text += ' ';
        if (next < readings.size() && readings[next].begin == pos) {
            text += readings[next].letters;
            pos = readings[next++].end;
        } else {
            text += tokens[pos++].text;
        }
    }
    return text;
}

}  // namespace cp::match::detail
