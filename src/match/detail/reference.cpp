// SPDX-License-Identifier: Apache-2.0
// Builds the reference tables from the generated rows. Every alias goes through romanize() + split_tokens(),
// so a legal form written "Sp. z o.o.", "SP Z OO" or "спулка" is looked up in the same shape as a name.
#include "match/detail/reference.hpp"

#include <array>
#include <span>
#include <string_view>

#include "core/error.hpp"
#include "match/detail/normalize.hpp"

namespace cp::match::detail {

namespace {

struct LegalFormRow {
    std::string_view alias;
    std::string_view display;
    std::string_view generic;
};
struct SymbolRow {
    std::string_view alias;
    std::string_view key;
};

#include "match/detail/reference_data.inc"

struct TranslationRow {
    std::string_view alias;
    std::string_view english;
};

#include "match/detail/translations.inc"

// Particles and connectors that carry no identity in names (several languages; "za" is the Slavic "for" of
// PREDUZECE ZA PROIZVODNJU; "va" and "ve" the Persian and Turkish "and", "lil" and "wal" the Arabic "for the"
// and "and the"). Kept short on purpose: words like "al" or "abu" are frequent but do carry
// identity, so the index weights them by rarity instead. The size is deduced: a stated size larger than the
// list pads it with empty words.
constexpr auto particle_words = std::to_array<std::string_view>(
    {"the", "of", "and", "de",  "del", "della", "der", "den", "des", "du", "da", "do",  "di", "la",
     "le",  "et", "e",   "y",   "i",   "und",   "van", "von", "for", "a",  "an", "in",  "on", "at",
     "to",  "by", "ex",  "c/o", "co/", "n/a",   "na",  "no",  "za",  "va", "ve", "lil", "wal"});

// Vessel type prefixes written before ship names (MV, M/T, SS...): the registry name never has them. Only
// there: NATIONAL IRANIAN TANKER COMPANY and MY AVIATION COMPANY LIMITED keep their words (analyse()).
constexpr std::array<std::string_view, 14> vessel_prefixes = {
    "mv", "mt", "ss", "tb", "nm", "msv", "fv", "mys", "my", "rv", "lpg", "lng", "tanker", "vessel"};
// "Of type": Russian special economic zones name their type (OEZ promyshlenno-proizvodstvennogo tipa, of
// industrial-production type), which English names of the same zone leave out.
constexpr std::array<std::string_view, 1> designation_words = {"tipa"};
// The frame of a web address listed as a name ("WWW.SERCUBA.COM"): the site's own name is the identity.
constexpr std::array<std::string_view, 3> web_frame = {"www", "com", "http"};

std::string joined(const std::vector<std::string>& tokens) {
    std::string out;
    for (const auto& token : tokens) {
        if (!out.empty()) out += ' ';
        out += token;
    }
    return out;
}

std::string normal_phrase(std::string_view raw) {
    const auto forms = romanize(raw);
    return joined(split_tokens(forms.front()));
}

// `phrase` with its spaces written '_': one token that no name's words can form.
std::string underscored(std::string phrase) {
    for (char& c : phrase) c = c == ' ' ? '_' : c;
    return phrase;
}

void add_legal_forms(Reference& ref, std::span<const LegalFormRow> rows) {
    for (const auto& row : rows) {
        const std::string phrase = normal_phrase(row.alias);
        if (phrase.empty()) continue;
        const std::string display = underscored(normal_phrase(row.display));
        const std::string generic = underscored(normal_phrase(row.generic));
        const auto [it, inserted] = ref.legal_forms.try_emplace(phrase, LegalForm{display, generic});
        if (!inserted) continue;
        std::size_t words = 1;
        for (char c : phrase) words += c == ' ' ? 1 : 0;
        if (words > ref.longest_legal_phrase) ref.longest_legal_phrase = words;
        // Two long words are misspelt as often (AKTSIONEROE OBSHCHESTVO): both of 8 letters or more.
        const std::size_t space = phrase.find(' ');
        const bool two_long = words == 2 && space >= 8 && phrase.size() - space - 1 >= 8;
        if (words >= 3 || two_long) {
            auto parts = split_tokens(phrase);
            auto& forms = ref.long_legal_forms[parts.front()];
            if (forms.empty() && parts.front().size() >= 8)
                ref.long_legal_first_words[parts.front().substr(0, 2)].push_back(parts.front());
            forms.push_back(std::move(parts));
        }
    }
}

void add_symbols(Reference& ref) {
    for (const auto& row : symbol_rows) {
        const std::string alias = normal_phrase(row.alias);
        const std::string key = normal_phrase(row.key);
        if (alias.empty() || key.empty() || alias.find(' ') != std::string::npos) continue;
        ref.synonyms.try_emplace(alias, key);
        ref.generic_words.insert(key);
    }
}

// chokepoint's translations, after rigour's rows (a word both have keeps rigour's key). The English side
// takes rigour's key when rigour has the word, so a translation meets every spelling rigour joins to it.
void add_translations(Reference& ref) {
    const auto canon_of = [&ref](std::string_view english) {
        std::string word = normal_phrase(english);
        const auto it = ref.synonyms.find(word);
        return it == ref.synonyms.end() ? word : it->second;
    };
    // Business words are generic (they weigh little); places keep their weight by rarity.
    const auto add_words = [&](std::span<const TranslationRow> rows, bool generic) {
        for (const auto& row : rows) {
            const std::string alias = normal_phrase(row.alias);
            if (alias.empty() || alias.find(' ') != std::string::npos) continue;
            const std::string canon = canon_of(row.english);
            if (ref.synonyms.try_emplace(alias, canon).second && generic) ref.generic_words.insert(canon);
        }
    };
    const auto add_stems = [&](std::span<const TranslationRow> rows, bool generic) {
        for (const auto& row : rows) {
            const std::string stem = spelling_fold(normal_phrase(row.alias));
            if (stem.size() < 4) continue;
            const std::string canon = canon_of(row.english);
            ref.stems.try_emplace(stem, canon);
            if (generic) ref.generic_words.insert(canon);
        }
    };
    // Rigour joins "petrochemical" to "oil": PARS OIL and PARS PETROCHEMICAL are two companies (and NAFT,
    // oil, then met both alike). Kept apart before any translation takes the key.
    if (const auto it = ref.synonyms.find("petrochemical"); it != ref.synonyms.end() && it->second == "oil")
        it->second = "petrochemical";
    // Rigour lists some words under two keys, one of them the word itself: "corporation" under "co" and
    // "corp", "bureau" under "office" and "bureau". The first wins for the English word, so BUREAU read as
    // "office" while its Russian spelling BYURO kept "bureau" and never met it (likewise KORPORATSIYA,
    // ASSOTSIATSIYA, KOMMERCHESKY). A key that is itself a word of another key follows it.
    for (auto& [word, canon] : ref.synonyms) {
        const auto key = ref.synonyms.find(canon);
        if (key != ref.synonyms.end() && key->second != canon) canon = key->second;
    }
    add_words(demonym_rows, false);
    add_words(translation_rows, true);
    add_stems(stem_rows, true);
    add_words(place_rows, false);
    for (const auto& row : person_name_rows) ref.synonyms.try_emplace(std::string(row.alias), row.english);
    for (const auto& row : phrase_rows) {
        const std::string phrase = normal_phrase(row.alias);
        const std::string joined = underscored(phrase);
        ref.phrases.try_emplace(phrase, joined);
        ref.synonyms.try_emplace(joined, canon_of(row.english));
    }
    add_stems(place_stem_rows, false);
    std::unordered_map<std::string_view, std::size_t> country_bits;
    for (const auto& row : legal_form_country_rows) {
        Countries mask;
        std::string_view codes = row.english;
        while (!codes.empty()) {
            const std::size_t space = codes.find(' ');
            const std::string_view code = codes.substr(0, space);
            const auto [it, added] = country_bits.try_emplace(code, country_bits.size());
            // A wrapped bit would put two countries in one jurisdiction (85 codes once shared 64 bits).
            if (it->second >= mask.size())
                throw cp::Error("legal-form country table: more countries than bits");
            mask.set(it->second);
            codes = space == std::string_view::npos ? std::string_view() : codes.substr(space + 1);
        }
        // Looked up by a token's text ("pvt ltd") or its canon ("sdn_bhd"): both spellings are keys.
        const std::string phrase = normal_phrase(row.alias);
        ref.legal_form_countries.emplace(phrase, mask);
        ref.legal_form_countries.emplace(underscored(phrase), mask);
    }
    for (const auto& row : compound_part_rows) ref.compound_parts.emplace_back(row.alias, row.english);
    for (const auto& row : acronym_rows)
        ref.acronym_expansions[normal_phrase(row.alias)].push_back(normal_phrase(row.english));
    for (const auto& row : cis_acronym_rows)
        ref.cis_acronym_expansions[normal_phrase(row.alias)].push_back(normal_phrase(row.english));
    for (std::string_view code : {"ru", "kz"}) ref.cis_jurisdictions.set(country_bits.at(code));
}

bool is_case_ending(std::string_view tail) {
    if (tail.size() > 4) return false;
    std::size_t consonants = 0;
    for (char c : tail) {
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') continue;
        if (c != 'g' && c != 'h' && c != 'm' && c != 'v') return false;
        ++consonants;
    }
    return consonants <= 1;
}

}  // namespace

const std::string* stem_canon(std::string_view fold, const Reference& ref) {
    if (fold.size() < 4 || ref.stems.empty()) return nullptr;
    // Longest stem first: "aerokosmichesk" before "kosmichesk" cannot both fit, but "federalnoy" and
    // "federaln" can.
    const std::size_t shortest = fold.size() > 8 ? fold.size() - 4 : 4;
    thread_local std::string probe;
    for (std::size_t len = fold.size(); len >= shortest; --len) {
        if (!is_case_ending(fold.substr(len))) break;
        probe.assign(fold.substr(0, len));
        const auto it = ref.stems.find(probe);
        if (it != ref.stems.end()) return &it->second;
    }
    return nullptr;
}

// The canon of an English business word's singular for its plural ("helicopters", "technologies"), when the
// singular is a listed word or the English side of a translation; nullptr otherwise.
const std::string* plural_canon(const std::string& text, const Reference& ref) {
    if (!plural_in_s(text)) return nullptr;
    thread_local std::string singular;
    for (bool ies : {true, false}) {
        if (ies && !text.ends_with("ies")) continue;
        singular.assign(text, 0, text.size() - (ies ? 3 : 1));
        if (ies) singular += 'y';
        const auto synonym = ref.synonyms.find(singular);
        if (synonym != ref.synonyms.end()) return &synonym->second;
        const auto generic = ref.generic_words.find(singular);
        if (generic != ref.generic_words.end()) return &*generic;
    }
    return nullptr;
}

const Reference& reference() {
    static const Reference instance = [] {
        Reference ref;
        add_legal_forms(ref, legal_form_rows);
        add_legal_forms(ref, extra_legal_form_rows);  // after rigour's: a form both have keeps rigour's
        add_symbols(ref);
        add_translations(ref);
        // A translation into a plural ("abzar" = tools) takes the canon the plural gets in a name (TOOLS is
        // read as its singular, "tool", the key of INSTRUMENTALNY): the two met only by spelling before.
        for (auto* table : {&ref.synonyms, &ref.stems}) {
            for (auto& [word, canon] : *table) {
                if (ref.synonyms.count(canon) != 0) continue;
                if (const std::string* singular = plural_canon(canon, ref); singular != nullptr)
                    canon = *singular;
            }
        }
        for (auto word : particle_words) ref.stop_words.emplace(word);
        for (auto word : vessel_prefixes) ref.vessel_prefixes.emplace(word);
        for (auto word : web_frame) ref.stop_words.emplace(word);
        for (auto word : designation_words) ref.stop_words.emplace(word);
        for (auto word : object_prefix_rows) {
            const std::string phrase = normal_phrase(word);
            if (!phrase.empty() && phrase.find(' ') == std::string::npos) ref.stop_words.insert(phrase);
        }
        for (auto word : person_prefix_rows) {
            const std::string phrase = normal_phrase(word);
            if (!phrase.empty() && phrase.find(' ') == std::string::npos) ref.person_titles.insert(phrase);
        }
        return ref;
    }();
    return instance;
}

}  // namespace cp::match::detail
