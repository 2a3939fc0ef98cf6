// SPDX-License-Identifier: Apache-2.0
// Ordering-code normalisation. Distributor wrappers (Mouser's "595-" maker prefix, Digi-Key's "-ND",
// "CT-ND", "TR-ND", "DKR-ND") are not part of the maker's code; packaging suffixes ("-TR", "/TR", "T&R",
// "-REEL7", "-R7", "#PBF", "#TRPBF", "/NOPB", "+T", trailing "TR") name the same die in another reel or
// lead finish. A part that legitimately ends in "TR" loses it too: the base level says so in its reason.
#include "screen/detail/part_number.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

#include "screen/trace.hpp"

namespace cp::screen::detail {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_separator(char c) {
    return c == '-' || c == '/' || c == '#' || c == '_' || c == '.' || c == ' ';
}

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Keeps letters, digits and non-ASCII bytes; drops separators and punctuation.
std::string fold(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (is_upper(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80) out += c;
    }
    return out;
}

// Longest first, so "#TRPBF" wins over "#PBF". The separator is part of the pattern where a bare suffix
// would be ambiguous ("-R7" but not "R7": "...SR7" is a real ending).
constexpr std::array<std::string_view, 21> packaging_suffixes = {
    "#TRMPBF", "#TRPBF", "-REEL7", "-REEL", "/NOPB", "TRPBF", "#PBF", "-RL7", "NOPB", "REEL7", "REEL",
    "T&R",     "/TR",    "-TR",    "#TR",   "-R7",   "-RL",   "PBF",  "+T",   "TR",   "+"};

// Digi-Key's packaging letters before "-ND": cut tape, tape and reel, Digi-Reel.
constexpr std::array<std::string_view, 3> digikey_packaging = {"DKR", "CT", "TR"};

}  // namespace

std::string upper_ascii(std::string_view text) {
    // Cyrillic letters shaped like Latin ones, by code point: GUR writes "МS27484Т12В35РА" with Cyrillic
    // М, Т, В, Р, А and "NCR18650В" with a Cyrillic В (shahed_components_gur_extract.tsv).
    static constexpr std::array<std::pair<char16_t, char>, 26> homoglyphs = {{
        {u'А', 'A'}, {u'В', 'B'}, {u'Е', 'E'}, {u'К', 'K'}, {u'М', 'M'}, {u'Н', 'H'}, {u'О', 'O'},
        {u'Р', 'P'}, {u'С', 'C'}, {u'Т', 'T'}, {u'У', 'Y'}, {u'Х', 'X'}, {u'І', 'I'}, {u'а', 'A'},
        {u'в', 'B'}, {u'е', 'E'}, {u'к', 'K'}, {u'м', 'M'}, {u'н', 'H'}, {u'о', 'O'}, {u'р', 'P'},
        {u'с', 'C'}, {u'т', 'T'}, {u'у', 'Y'}, {u'х', 'X'}, {u'і', 'I'},
    }};
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        const char c = text[pos];
        const auto lead = static_cast<unsigned char>(c);
        if ((lead == 0xD0 || lead == 0xD1) && pos + 1 < text.size()) {
            const auto code = static_cast<char16_t>(((lead & 0x1F) << 6) |
                                                    (static_cast<unsigned char>(text[pos + 1]) & 0x3F));
            const auto found = std::find_if(homoglyphs.begin(), homoglyphs.end(),
                                            [&](const auto& entry) { return entry.first == code; });
            if (found != homoglyphs.end()) {
                out += found->second;
                ++pos;
                continue;
            }
        }
        out += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return out;
}

std::string family_of(std::string_view normalised) {
    std::size_t pos = 0;
    while (pos < normalised.size() && is_digit(normalised[pos])) ++pos;
    const std::size_t letters_at = pos;
    while (pos < normalised.size() && is_upper(normalised[pos])) ++pos;
    const std::size_t digits_at = pos;
    while (pos < normalised.size() && is_digit(normalised[pos])) ++pos;
    if (pos == digits_at || digits_at == letters_at) return std::string(normalised);
    return std::string(normalised.substr(0, pos));
}

PartKeys part_keys(std::string_view part_number) {
    PartKeys keys;
    while (!part_number.empty() && (part_number.front() == ' ' || part_number.front() == '\t'))
        part_number.remove_prefix(1);
    while (!part_number.empty() && (part_number.back() == ' ' || part_number.back() == '\t'))
        part_number.remove_suffix(1);
    keys.exact = std::string(part_number);
    std::string text;
    for (char c : upper_ascii(part_number)) {
        if (c != ' ' && c != '\t') text += c;
    }
    // Mouser prefixes the maker's code with a 2-3 digit maker number ("595-TPS54331DR" for TI).
    for (std::size_t digits = 2; digits <= 3; ++digits) {
        if (text.size() > digits + 2 && text[digits] == '-' && is_upper(text[digits + 1]) &&
            fold(text.substr(0, digits)).size() == digits && is_digit(text[0]) &&
            is_digit(text[digits - 1])) {
            keys.removed.push_back("distributor prefix " + text.substr(0, digits + 1));
            text.erase(0, digits + 1);
            break;
        }
    }
    if (ends_with(text, "-ND") && text.size() > 5) {
        text.resize(text.size() - 3);
        std::string removed = "-ND";
        for (std::string_view letters : digikey_packaging) {
            if (ends_with(text, letters) && text.size() > letters.size() + 3) {
                text.resize(text.size() - letters.size());
                removed = std::string(letters) + removed;
                break;
            }
        }
        keys.removed.push_back("distributor suffix " + removed);
    }
    keys.normalised = fold(text);
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (std::string_view suffix : packaging_suffixes) {
            if (!ends_with(text, suffix) || fold(text.substr(0, text.size() - suffix.size())).size() < 3)
                continue;
            text.resize(text.size() - suffix.size());
            while (!text.empty() && is_separator(text.back())) text.pop_back();
            keys.removed.push_back("packaging suffix " + std::string(suffix));
            stripped = true;
            break;
        }
    }
    keys.base = fold(text);
    keys.family = family_of(keys.base);
    return keys;
}

}  // namespace cp::screen::detail

namespace cp::screen {

std::optional<DateCode> parse_date_code(std::string_view text, std::int32_t reference_year) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '#')) text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    // a single maker letter after a YYWW ("2225E" on Vishay parts) is the assembly site, not part of the date
    if (text.size() == 5 && detail::is_upper(detail::upper_ascii(text.substr(4))[0])) text.remove_suffix(1);
    if (text.size() != 3 && text.size() != 4) return std::nullopt;
    for (char c : text) {
        if (!detail::is_digit(c)) return std::nullopt;
    }
    const int number = std::atoi(std::string(text).c_str());
    const std::int32_t week = number % 100;
    if (week < 1 || week > 53) return std::nullopt;
    const std::int32_t modulus = text.size() == 4 ? 100 : 10;
    const std::int32_t digits = number / 100;
    // the year with these last digits nearest to the reference year
    std::int32_t year = reference_year - ((reference_year % modulus) - digits);
    if (year - reference_year > modulus / 2) year -= modulus;
    if (reference_year - year > modulus / 2) year += modulus;
    return DateCode{year, week};
}

}  // namespace cp::screen
