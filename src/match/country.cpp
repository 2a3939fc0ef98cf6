// SPDX-License-Identifier: Apache-2.0
// Country names to ISO 3166-1 alpha-2 codes. ICU knows every code, its alpha-3 code and its English name
// (CLDR's: "Russia", "North Korea", "Hong Kong SAR China"); the lists write the long official
// forms and their own inverted ones ("Russian Federation", "Korea, North", "Congo, Democratic Republic of
// the"), which the table below adds. Names are compared by a key: accents and apostrophes dropped, any other
// punctuation a space, upper case, THE dropped and SAINT written ST. Below them, the party's country as
// evidence for or against a listed entity (country_evidence).
#include "match/detail/country.hpp"

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include "match/detail/keys.hpp"
#include "match/match.hpp"

namespace cp::match {

namespace {

// Forms of country names the lists use that are not CLDR's English name (keys as country_key() makes them).
constexpr std::array<std::pair<std::string_view, std::string_view>, 56> list_forms{{
    {"RUSSIAN FEDERATION", "RU"},
    {"KOREA NORTH", "KP"},
    {"DPRK", "KP"},
    {"DEMOCRATIC PEOPLES REPUBLIC OF KOREA", "KP"},
    {"KOREA DEMOCRATIC PEOPLES REPUBLIC OF", "KP"},
    {"KOREA SOUTH", "KR"},
    {"REPUBLIC OF KOREA", "KR"},
    {"KOREA REPUBLIC OF", "KR"},
    {"SYRIAN ARAB REPUBLIC", "SY"},
    {"UAE", "AE"},
    {"EMIRATES", "AE"},
    {"UNITED STATES OF AMERICA", "US"},
    {"UK", "GB"},
    {"GREAT BRITAIN", "GB"},
    {"UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "GB"},
    {"PRC", "CN"},
    {"PEOPLES REPUBLIC OF CHINA", "CN"},
    {"HONG KONG", "HK"},
    {"MACAU", "MO"},
    {"MACAO", "MO"},
    {"CZECH REPUBLIC", "CZ"},
    {"TURKEY", "TR"},
    {"TURKIYE", "TR"},
    {"VIET NAM", "VN"},
    {"LAO PEOPLES DEMOCRATIC REPUBLIC", "LA"},
    {"BURMA", "MM"},
    {"CONGO DEMOCRATIC REPUBLIC OF", "CD"},
    {"DEMOCRATIC REPUBLIC OF CONGO", "CD"},
    {"DEMOCRATIC REPUBLIC OF THE CONGO", "CD"},
    {"CONGO REPUBLIC OF", "CG"},
    {"REPUBLIC OF CONGO", "CG"},
    {"IVORY COAST", "CI"},
    {"KYRGYZ REPUBLIC", "KG"},
    {"VIRGIN ISLANDS BRITISH", "VG"},
    {"VIRGIN ISLANDS US", "VI"},
    {"PALESTINE", "PS"},
    {"STATE OF PALESTINE", "PS"},
    {"WEST BANK", "PS"},
    {"GAZA", "PS"},
    {"GAZA STRIP", "PS"},
    {"PALESTINIAN", "PS"},
    {"KOSOVO", "XK"},
    {"XK", "XK"},
    {"HOLY SEE", "VA"},
    {"MACEDONIA", "MK"},
    {"FORMER YUGOSLAV REPUBLIC OF MACEDONIA", "MK"},
    {"SWAZILAND", "SZ"},
    {"CABO VERDE", "CV"},
    {"EAST TIMOR", "TL"},
    {"BRUNEI DARUSSALAM", "BN"},
    {"LIBYAN ARAB JAMAHIRIYA", "LY"},
    {"UNITED REPUBLIC OF TANZANIA", "TZ"},
    {"REPUBLIC OF MOLDOVA", "MD"},
    {"NETHERLANDS ANTILLES", "AN"},
    {"SERBIA AND MONTENEGRO", "CS"},
    {"YUGOSLAVIA", "YU"},
}};

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// Upper-case ASCII words of `text`: accents and apostrophes dropped (COTE DIVOIRE, PEOPLES), other
// punctuation a space, & read as AND, THE dropped, SAINT as ST (ICU writes St. Kitts & Nevis).
std::string country_key(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return {};
    const icu::UnicodeString decomposed = nfd->normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
        status);
    if (U_FAILURE(status)) return {};
    std::string key;
    std::string word;
    const auto flush = [&] {
        if (word.empty() || word == "THE") {
            word.clear();
            return;
        }
        if (word == "SAINT") word = "ST";
        if (!key.empty()) key += ' ';
        key += word;
        word.clear();
    };
    for (int32_t pos = 0; pos < decomposed.length(); pos = decomposed.moveIndex32(pos, 1)) {
        const UChar32 c = decomposed.char32At(pos);
        if (u_charType(c) == U_NON_SPACING_MARK || c == '\'' || c == 0x2019) continue;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            word += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
            continue;
        }
        flush();
        if (c == '&') {
            word = "AND";
            flush();
        }
    }
    flush();
    return key;
}

using CountryTable = std::unordered_map<std::string, std::string>;

CountryTable build_table() {
    CountryTable table;
    for (const auto& [form, code] : list_forms) table.emplace(form, code);
    for (const char* const* codes = uloc_getISOCountries(); *codes != nullptr; ++codes) {
        const std::string code = *codes;
        const icu::Locale locale("", code.c_str());
        table.emplace(code, code);
        const std::string alpha3 = locale.getISO3Country();
        if (!alpha3.empty()) table.emplace(alpha3, code);
        icu::UnicodeString name;
        locale.getDisplayCountry(icu::Locale::getEnglish(), name);
        const std::string english = to_utf8(name);
        // "Myanmar (Burma)", "Hong Kong SAR China": the whole name, and the part before a note in brackets.
        table.emplace(country_key(english), code);
        const std::size_t note = english.find('(');
        if (note != std::string::npos) table.emplace(country_key(english.substr(0, note)), code);
    }
    table.erase("");
    return table;
}

std::string code_of(std::string_view text) {
    static const CountryTable table = build_table();
    const std::string key = country_key(text);
    if (key.empty()) return {};
    if (const auto found = table.find(key); found != table.end()) return found->second;
    // "Iran (Islamic Republic of)", "Venezuela, Bolivarian Republic of": the name before its qualification.
    const std::size_t cut = text.find_first_of("(,");
    if (cut == std::string_view::npos || cut == 0) return {};
    const auto found = table.find(country_key(text.substr(0, cut)));
    return found != table.end() ? found->second : std::string();
}

}  // namespace

// Lists write the same few hundred country values over and over (every address of every hit explained with a
// qualifier): each thread remembers what it has read, up to a bound for arbitrary input.
std::string country_code(std::string_view text) {
    constexpr std::size_t remembered = 4096;
    // Looked up by the view itself: a hit copies no text.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const noexcept {
            return std::hash<std::string_view>{}(key);
        }
    };
    thread_local std::unordered_map<std::string, std::string, Hash, std::equal_to<>> memo;
    if (const auto found = memo.find(text); found != memo.end()) return found->second;
    std::string code = code_of(text);
    if (memo.size() >= remembered) memo.clear();
    memo.emplace(text, code);
    return code;
}

}  // namespace cp::match

namespace cp::match::detail {

namespace {

// The party's country among the entity's: a little evidence. Another country: a little evidence against,
// enough to take a loose spelling at the threshold under it but not a close one. A party abroad is often the
// listed one (a branch, a front company, a person who moved): with 0.10, 1 in 6 of the aliases found first at
// the threshold lost it given a country their entity does not list (names_eval loo, "entity lists a
// country": 0.606 -> 0.505 on seed 7), with 0.05 1 in 15 (-> 0.566). Both keep Micron Technology from the
// Russian AK MICROTECH (GUR makers); 0.10 also took one of the 1,000 synthetic US persons under the
// threshold (docs/accuracy.md).
constexpr double country_agrees = 0.03;
constexpr double country_differs = 0.05;

// Hong Kong and Macao are China's: lists write a Hong Kong address's country as either, so one is no
// evidence against the other (nor does it agree: the party may be on the mainland).
bool within(std::string_view a, std::string_view b) {
    const auto part_of_china = [](std::string_view code) { return code == "HK" || code == "MO"; };
    return (a == "CN" && part_of_china(b)) || (b == "CN" && part_of_china(a));
}

}  // namespace

// A Russian AK MICROTECH is not the American Micron Technology. Flags change with the owner's convenience,
// and a sanctioned ship's most of all. A value that is no country is compared as written.
std::optional<Qualifier> country_evidence(std::string_view party, const lists::Entity& entity) {
    const std::string wanted = country_code(party);
    const std::string wanted_text = compact_identifier(party);
    std::string listed;  // the entity's countries that say otherwise, for the explanation
    for (auto prop : {lists::Prop::nationality, lists::Prop::country, lists::Prop::flag}) {
        for (auto value : entity.all(prop)) {
            const std::string code = country_code(value);
            const bool agrees =
                code.empty() || wanted.empty() ? compact_identifier(value) == wanted_text : code == wanted;
            if (agrees) return Qualifier{"country " + std::string(value) + " agrees", country_agrees};
            if (code.empty() || wanted.empty() || prop == lists::Prop::flag || within(code, wanted)) continue;
            if (listed.find(value) != std::string::npos) continue;
            if (!listed.empty()) listed += ", ";
            listed += value;
        }
    }
    if (listed.empty()) return std::nullopt;
    return Qualifier{"country " + std::string(party) + " is not the listed " + listed, -country_differs};
}

}  // namespace cp::match::detail
