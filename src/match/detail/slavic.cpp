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

bool east_slavic_ending(std::string_view word) {
    const std::size_t size = word.size();
    if (size < 4) return false;
    // A final u for v (ў) after a consonant and a vowel: VIACHASLAU, BARYSAU, YARASLAU.
    if (size >= 5 && word.ends_with("au") && !is_vowel_or_y(word[size - 3])) return true;
    // Patronymics: Belarusian -auna (MIKHAILAUNA) and -avich (RYHORAVICH, Russian -ovich), Ukrainian -ovych,
    // -evych, -ivna (Russian -ovich, -ovna).
    for (std::string_view ending : {"auna", "ouna", "euna", "avich", "ovych", "evych", "ivna"}) {
        if (size >= ending.size() + 2 && word.ends_with(ending)) return true;
    }
    // Belarusian dz for a soft d, before i or e or at the end (DZIANIS, HIENADZ, ULADZIMIR); dzh is j.
    for (std::size_t at = word.find("dz"); at != std::string_view::npos; at = word.find("dz", at + 1)) {
        const char next = at + 2 < size ? word[at + 2] : '\0';
        if (next == '\0' || next == 'i' || next == 'e') return true;
    }
    return false;
}

namespace {

// Reads a word as east_slavic_alike compares it: '.' for a run of vowels (y among them), else a consonant
// with the Belarusian and Ukrainian spellings of Russian sounds read as the Russian ones (h as g, dz as d,
// ts as t, u after a, e or o before a consonant as v); kh, sh, ch, zh one sound each; a doubled sound once.
class EastSlavicSounds {
public:
    explicit EastSlavicSounds(std::string_view word) noexcept : m_word(word) {}

    /// The next sound, or '\0' at the end.
    char next() noexcept {
        char sound = '\0';
        do {
            sound = read();
        } while (sound != '\0' && sound == m_last && sound != '.');
        m_last = sound;
        return sound;
    }

private:
    [[nodiscard]] char at(std::size_t pos) const noexcept { return pos < m_word.size() ? m_word[pos] : '\0'; }

    char read() noexcept {
        if (m_pos >= m_word.size()) return '\0';
        const char c = m_word[m_pos];
        const char next = at(m_pos + 1);
        if (c == 'u' && m_pos > 0 &&
            (m_word[m_pos - 1] == 'a' || m_word[m_pos - 1] == 'e' || m_word[m_pos - 1] == 'o') &&
            !is_vowel_or_y(next)) {
            ++m_pos;
            return 'v';  // ў
        }
        if (is_vowel_or_y(c)) {
            ++m_pos;
            while (m_pos < m_word.size() && is_vowel_or_y(m_word[m_pos])) {
                const char prev = m_word[m_pos - 1];
                if (m_word[m_pos] == 'u' && (prev == 'a' || prev == 'e' || prev == 'o') &&
                    !is_vowel_or_y(at(m_pos + 1)))
                    break;
                ++m_pos;
            }
            return '.';
        }
        m_pos += next == 'h' && (c == 'k' || c == 's' || c == 'c' || c == 'z') ? 2 : 1;
        switch (c) {
        case 'k':
            return next == 'h' ? 'x' : 'k';
        case 's':
            return next == 'h' ? 'S' : 's';
        case 'c':
            return next == 'h' ? 'C' : 'c';
        case 'z':
            return next == 'h' ? 'Z' : 'z';
        case 'h':
        case 'g':
            return 'g';
        case 'q':
            return 'k';
        case 'w':
            return 'v';
        case 'x':
            return 'x';
        case 't':
            if (next == 's') ++m_pos;
            return 't';
        case 'd':
            if (next == 'z') {
                ++m_pos;
                if (at(m_pos) != 'h') return 'd';
                ++m_pos;
                return 'j';
            }
            return 'd';
        default:
            return c;
        }
    }

    std::string_view m_word;
    std::size_t m_pos = 0;
    char m_last = '\0';
};

}  // namespace

bool east_slavic_alike(std::string_view a, std::string_view b) noexcept {
    if (a.size() < 5 || b.size() < 5) return false;
    EastSlavicSounds sounds_a(a);
    EastSlavicSounds sounds_b(b);
    std::size_t consonants = 0;
    for (;;) {
        const char sound = sounds_a.next();
        if (sound != sounds_b.next()) return false;
        if (sound == '\0') return consonants >= 3;
        consonants += sound != '.' ? 1 : 0;
    }
}

std::string east_slavic_as_russian(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (std::size_t pos = 0; pos < word.size(); ++pos) {
        const char c = word[pos];
        if (pos == 0 && c == 'h' && word.size() > 1 && is_vowel_or_y(word[1])) {
            out += 'g';
        } else if (c == 'd' && pos + 1 < word.size() && word[pos + 1] == 'z' &&
                   (pos + 2 >= word.size() || word[pos + 2] != 'h')) {
            out += 'd';
            ++pos;
        } else {
            out += c;
        }
    }
    return out;
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
