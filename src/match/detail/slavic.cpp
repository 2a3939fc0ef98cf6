// SPDX-License-Identifier: Apache-2.0
// East Slavic given names in their Belarusian and Ukrainian romanisations (OFAC's Belarus programme lists
// "LUKASHENKA, Alyaksandr Ryhoravich"), with the Russian stem each corresponds to. The table is ours, written
// from the names' standard correspondences (Belarusian a for unstressed o, h for g, dz for d, u for v/l;
// Ukrainian y for i, h for g, o for a). Only stems that Jaro-Winkler does not already bring close are listed.
#include "match/detail/slavic.hpp"

#include <array>

#include "match/detail/normalize.hpp"

namespace cp::match::detail {

namespace {

struct Stem {
    std::string_view from;
    std::string_view russian;
};

constexpr std::array<Stem, 48> stems = {{
    // Belarusian.
    {"aleh", "oleg"},
    {"siarhe", "serge"},
    {"syarhe", "serge"},
    {"dzmitr", "dmitr"},
    {"aliaksandr", "aleksandr"},
    {"alyaksandr", "aleksandr"},
    {"aliakse", "alekse"},
    {"alyakse", "alekse"},
    {"uladzimir", "vladimir"},
    {"uladzislau", "vladislav"},
    {"uladzislav", "vladislav"},
    {"mikala", "nikola"},
    {"yauhen", "yevgen"},
    {"yauhien", "yevgen"},
    {"ihar", "igor"},
    {"viktar", "viktor"},
    {"leanid", "leonid"},
    {"ryhor", "grigor"},
    {"kanstantsin", "konstantin"},
    {"valiantsin", "valentin"},
    {"hienadz", "gennad"},
    {"dzianis", "denis"},
    {"yaraslau", "yaroslav"},
    {"stanislau", "stanislav"},
    {"halin", "galin"},
    {"volh", "olg"},
    {"tatsian", "tatyan"},
    {"sviatlan", "svetlan"},
    // Ukrainian.
    {"oleksandr", "aleksandr"},
    {"oleksi", "aleksei"},
    {"serhi", "sergei"},
    {"volodymyr", "vladimir"},
    {"mykol", "nikol"},
    {"dmytr", "dmitr"},
    {"hryhor", "grigor"},
    {"ihor", "igor"},
    {"oleh", "oleg"},
    {"mykhail", "mikhail"},
    {"yevhen", "yevgen"},
    {"kostiantyn", "konstantin"},
    {"halyn", "galin"},
    {"tetian", "tatyan"},
    {"svitlan", "svetlan"},
    {"andri", "andre"},
    {"hennadi", "gennadi"},
    {"heorhi", "georgi"},
    {"olen", "yelen"},
    {"alen", "yelen"},
}};

// What may follow a given-name stem: a given-name ending of up to three vowels ("siarhe-i", "mykol-a"), or a
// patronymic suffix ("-evich", "-avich", "-yovych", "-auna", "-ivna"). Anything else is another word
// ("volhov", "alenka").
bool name_ending(std::string_view rest) {
    if (rest.size() <= 3) {
        for (char c : rest) {
            if (!is_vowel_or_y(c)) return false;
        }
        return true;
    }
    if (rest.size() > 8 || !is_vowel_or_y(rest[0])) return false;
    return rest.ends_with("vich") || rest.ends_with("vych") || rest.ends_with("vna") || rest.ends_with("una");
}

}  // namespace

std::string as_russian_spelling(std::string_view word) {
    for (const Stem& stem : stems) {
        if (!word.starts_with(stem.from)) continue;
        const std::string_view rest = word.substr(stem.from.size());
        // "olen" and "alen" alone are other names (Alen); only Olena, Alena and their patronymic-free forms.
        if (stem.russian == "yelen" && rest.empty()) continue;
        if (!name_ending(rest)) continue;
        std::string out(stem.russian);
        out += rest;
        return out;
    }
    // Belarusian surnames end in -ou, -eu where Russian ones end in -ov, -ev (u short, "ў"): KARPIANKOU,
    // IVANOU. Only after the consonants these surnames have there (-kou, -nou, -rou, -lou, -vou, -tou, -hou)
    // and in a word of six letters or more: SEKOU, MAMADOU, HAMIDOU are West African names.
    if (word.size() >= 6 && (word.ends_with("ou") || word.ends_with("eu")) &&
        std::string_view("knrlvth").find(word[word.size() - 3]) != std::string_view::npos) {
        std::string out(word);
        out.back() = 'v';
        return out;
    }
    return std::string(word);
}

std::string place_of_adjective(std::string_view word) {
    // Case endings of -sk- adjectives in BGN/PCGN and the other romanisations the lists use.
    static constexpr std::array<std::string_view, 22> endings = {
        "skiy", "skii",  "skij",  "sky",  "ski",   "skaya", "skaja", "skaia", "skoye", "skoe", "skoy",
        "skoi", "skogo", "skikh", "skih", "skiye", "skie",  "skyi",  "skuyu", "skomu", "skim", "skiya"};
    for (std::string_view ending : endings) {
        if (!word.ends_with(ending)) continue;
        const std::string_view stem = word.substr(0, word.size() - ending.size());
        if (stem.ends_with("che") || stem.ends_with("ch")) return {};
        // Russian place stems end in a consonant (BARNAUL-, IZHEV-, AZOV-); English words in -sky do not
        // (BLUESKY, WHISKY, HUSKY), nor is BLUESKY the BLUE of another name.
        if (stem.empty() || is_vowel_or_y(stem.back())) return {};
        // A city named in -sk keeps it (OMSKIY = OMSK, TOMSKIY = TOMSK): a stem under four letters says too
        // little alone. Longer cities in -sk lose it in place_of_city, so both spellings meet.
        if (stem.size() < 4) return stem.size() >= 2 ? std::string(stem) + "sk" : std::string();
        return std::string(stem);
    }
    return {};
}

std::string place_of_city(std::string_view word) {
    if (word.size() < 6 || !word.ends_with("sk")) return {};
    return std::string(word.substr(0, word.size() - 2));
}

}  // namespace cp::match::detail
