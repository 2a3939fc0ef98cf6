// SPDX-License-Identifier: Apache-2.0
// Builds the reference tables from the generated rows. Every alias goes through romanize() + split_tokens(),
// so a legal form written "Sp. z o.o.", "SP Z OO" or "спулка" is looked up in the same shape as a name.
#include "match/detail/reference.hpp"

#include <array>
#include <string_view>

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

// Particles and connectors that carry no identity in names (several languages). Kept short on purpose:
// words like "al" or "abu" are frequent but do carry identity, so the index weights them by rarity instead.
constexpr std::array<std::string_view, 36> particle_words = {
    "the", "of", "and", "de", "del", "della", "der", "den", "des", "du",  "da",  "do",
    "di",  "la", "le",  "et", "e",   "y",     "i",   "und", "van", "von", "for", "a",
    "an",  "in", "on",  "at", "to",  "by",    "ex",  "c/o", "co/", "n/a", "na",  "no"};

// Vessel type prefixes written before ship names (MV, M/T, SS...): the registry name never has them.
constexpr std::array<std::string_view, 14> vessel_prefixes = {
    "mv", "mt", "ss", "tb", "nm", "msv", "fv", "mys", "my", "rv", "lpg", "lng", "tanker", "vessel"};
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

void add_legal_forms(Reference& ref) {
    for (const auto& row : legal_form_rows) {
        const std::string phrase = normal_phrase(row.alias);
        if (phrase.empty()) continue;
        std::string display = normal_phrase(row.display);
        std::string generic = normal_phrase(row.generic);
        for (char& c : display) c = c == ' ' ? '_' : c;
        for (char& c : generic) c = c == ' ' ? '_' : c;
        const auto [it, inserted] = ref.legal_forms.try_emplace(phrase, LegalForm{display, generic});
        if (!inserted) continue;
        std::size_t words = 1;
        for (char c : phrase) words += c == ' ' ? 1 : 0;
        if (words > ref.longest_legal_phrase) ref.longest_legal_phrase = words;
        if (words >= 3) {
            auto parts = split_tokens(phrase);
            ref.long_legal_forms[parts.front()].push_back(std::move(parts));
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

}  // namespace

const Reference& reference() {
    static const Reference instance = [] {
        Reference ref;
        add_legal_forms(ref);
        add_symbols(ref);
        for (auto word : particle_words) ref.stop_words.emplace(word);
        for (auto word : vessel_prefixes) ref.stop_words.emplace(word);
        for (auto word : web_frame) ref.stop_words.emplace(word);
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
