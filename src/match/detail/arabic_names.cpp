// SPDX-License-Identifier: Apache-2.0
// Arabic compound names written in Latin letters, glued or apart, with the article "al" spelt el, ul, ad,
// ur... or assimilated into the next consonant (see arabic.hpp). Both halves are kept as words, the article
// dropped, so that the distinctive half is compared with the distinctive half: "NOUREDDINE" / "NUR-AL-DIN"
// scored 0.37 as one word against three, "ABDULRAHMAN" / "ABD AL-RAHMAN" scored 0.
#include <algorithm>
#include <iterator>

#include "match/detail/arabic.hpp"
#include "match/detail/normalize.hpp"

namespace cp::match::detail {

namespace {

// The article between the halves, as written apart: "nur al din", "salah ad din", "ur rehman".
bool is_article(std::string_view word) {
    static constexpr std::string_view articles[] = {"al", "el", "ul", "il", "ol",  "ad",  "ud", "ed", "id",
                                                    "od", "ur", "ar", "er", "us",  "as",  "es", "un", "an",
                                                    "en", "uz", "az", "ez", "ush", "ash", "esh"};
    return std::find(std::begin(articles), std::end(articles), word) != std::end(articles);
}

// "... of the faith": din, dine, deen; "dyn" in romanisations of Arabic script.
bool is_din(std::string_view word) {
    return word == "din" || word == "dine" || word == "deen" || word == "dinn" || word == "dyn";
}

// Length of the name before a glued "...ddin" ending ("nour" in "noureddine", "salah" in "salahuddin",
// "nasr" in "nasraldine", Turkish "bah" in "bahattin", "nur" in "nurettin"), or npos; 0 for the ending alone
// ("uddin").
std::size_t din_stem(std::string_view word) {
    static constexpr std::string_view endings[] = {"ddine", "ddin",  "ddeen", "ldine",
                                                   "ldin",  "ldeen", "ttin"};
    for (std::string_view ending : endings) {
        if (word.size() < ending.size() + 1 || !word.ends_with(ending)) continue;
        const std::size_t vowel = word.size() - ending.size() - 1;  // the article's vowel
        if (!is_vowel(word[vowel])) continue;
        // Turkish writes the ending -attin or -ettin; RAKITTIN (a doubled letter of RAKITIN) is no name of
        // it.
        if (ending == "ttin" && word[vowel] != 'a' && word[vowel] != 'e') continue;
        if (word.starts_with("geraldin")) break;  // GERALDINE is not GER AL-DIN
        return vowel;
    }
    return std::string_view::npos;
}

// "Abd" with the article glued on, written before the name as a word of its own: "abdul rahman",
// "abdur rahman" (not "abdi", "abdu": given names of their own too).
bool is_abd_word(std::string_view word) {
    static constexpr std::string_view forms[] = {"abd",    "abdul",  "abdel", "abdal", "abdol", "abdil",
                                                 "abdoul", "abdoel", "abdur", "abdus", "abdes", "abdun"};
    return std::find(std::begin(forms), std::end(forms), word) != std::end(forms);
}

// God's name after Abd: "ullah", "allah", "ulla", "ullahi" (Somali Abdullahi), "ulahi", "oulaye" (West
// African Abdoulaye), "ala" (Abdala), "ah" (Abdulah), "lh" (Arabic script, unvowelled).
bool is_allah(std::string_view rest) {
    static constexpr std::string_view forms[] = {"lah", "llah", "la",  "lla", "lahi", "llahi",
                                                 "ahi", "ah",   "aye", "ala", "lh",   "llh"};
    return std::find(std::begin(forms), std::end(forms), rest) != std::end(forms);
}

// The name after a glued "abd" + article ("rahman" in "abdulrahman", "abdurrahman", "abdirahman",
// "abdessalam"; "allah" in "abdullah"; "allah pour" in "abdollahpour"), or "" when the word is not such a
// compound ("abdi", "abdou").
std::string abd_name(std::string_view word) {
    if (word.size() < 6 || !word.starts_with("abd")) return {};
    std::string_view rest = word.substr(3);
    static constexpr std::string_view glued_articles[] = {"oul", "ul", "el", "al", "ol", "il", "oel"};
    bool article = false;
    for (std::string_view form : glued_articles) {
        if (rest.starts_with(form) && rest.size() >= form.size() + 2) {
            rest.remove_prefix(form.size());
            article = true;
            break;
        }
    }
    if (!article && rest.size() >= 4 && is_vowel(rest[0])) {
        // Assimilated article ("ur-rahman", "es-salam") or the linking vowel alone ("abdirahman",
        // "abdiaziz").
        rest.remove_prefix(!is_vowel(rest[1]) && rest[1] == rest[2] ? 2 : 1);
    }
    if (is_allah(rest)) return "allah";
    // Persian family names built on it: "abdollahpour", "abdollahzadeh" -> "allah pour", "allah zadeh".
    for (std::string_view form : {std::string_view("llah"), std::string_view("lah")}) {
        if (rest.starts_with(form) && rest.size() >= form.size() + 3) {
            return "allah " + std::string(rest.substr(form.size()));
        }
    }
    if (rest.size() < 3) return {};
    return std::string(rest);
}

}  // namespace

void normalise_arabic_name_parts(std::vector<std::string>& words, bool abjad) {
    std::vector<std::string> out;
    out.reserve(words.size() + 2);
    for (std::size_t idx = 0; idx < words.size(); ++idx) {
        std::string& word = words[idx];
        const bool after_name = !out.empty();
        const bool next = idx + 1 < words.size();
        // "... of the faith".
        if (after_name && is_article(word) && next && is_din(words[idx + 1])) {
            out.emplace_back("din");  // "nur al din"
            ++idx;
            continue;
        }
        if (after_name && (is_din(word) || din_stem(word) == 0 || word == "aldyn")) {
            out.emplace_back("din");  // "salah din", "shahab uddin", "mhy aldyn"
            continue;
        }
        if (const std::size_t stem = abjad ? 0 : din_stem(word);
            stem >= 3 && stem != std::string_view::npos) {
            out.push_back(word.substr(0, stem));  // "noureddine"
            out.emplace_back("din");
            continue;
        }
        // "Servant of ...": abd (abjad "bd", the ayn dropped) and the name, the article dropped.
        if (is_abd_word(word) || (abjad && word == "bd")) {
            out.push_back(abjad ? word : std::string("abd"));
            if (next && idx + 2 < words.size() && is_article(words[idx + 1])) ++idx;  // "abd al rahman"
            continue;
        }
        // Arabic script glues Abd to the name too (عبدالجبار "abdaljbar"; with the ayn dropped, "bdaljbar").
        const bool ayn_dropped = abjad && word.starts_with("bd");
        if (std::string name = abd_name(ayn_dropped ? "a" + word : word); !name.empty()) {
            out.emplace_back(!abjad ? "abd" : ayn_dropped ? "bd" : "abd");  // "abdulrahman"
            const std::size_t space = name.find(' ');
            if (space != std::string::npos) {
                out.push_back(name.substr(0, space));
                name.erase(0, space + 1);
            }
            out.push_back(std::move(name));
            continue;
        }
        // An assimilated article written apart before its name: "ur rehman", "as salam". Not "us": US
        // SHIPPING.
        if (!abjad && is_article(word) && !is_vowel(word[1]) && word[1] != 'l' && word != "us" && next &&
            words[idx + 1].starts_with(word.substr(1))) {
            continue;
        }
        out.push_back(std::move(word));
    }
    words = std::move(out);
}

}  // namespace cp::match::detail
