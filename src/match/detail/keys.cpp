// SPDX-License-Identifier: Apache-2.0
// Index keys (see keys.hpp). Legal forms and stop words are never keys: they would put a third of the list in
// every candidate set while carrying almost no identity.
#include "match/detail/keys.hpp"

#include <algorithm>
#include <array>

#include "match/detail/slavic.hpp"

namespace cp::match::detail {

namespace {

// Longest acronym looked up or indexed: five initials, or six letters when a Russian initial is two
// ("NTTS", "TSKB").
constexpr std::size_t longest_acronym = 6;
// Query keys of the initials of the query's words: a group of its own, after the pairs (1000+), the glued
// skeletons (up to 3000+) and the triples (4000+); a hit counts less than the words themselves.
constexpr std::uint32_t initials_group = 5000;
constexpr float initials_factor = 0.8F;
// An abbreviation key hit's share of the word's weight, as an acronym's: syllables ("b", COINTERANDINA) and
// prefixes ("m", CABRASA). The index checks that the name spells the word before such a key counts; at 0.3
// and unchecked, such names crowded out those of sound and typo keys (LOO seeds 7, 11, 23: +0.001 to +0.003
// recall@1 each, docs/accuracy.md).
constexpr float abbreviation_factor = 0.9F;

bool keyed(const Token& token) {
    return token.kind == TokenKind::word || token.kind == TokenKind::number;
}

void unique(std::vector<std::string>& keys) {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

// A legal form of two or three letters, which a name's initials may spell (BM BANK, IS BANK).
bool legal_form_key(const Token& token) {
    return token.kind == TokenKind::legal_form && token.text.size() >= 2 && token.text.size() <= 3;
}

// A skeleton key ("s" + skeleton) with two consonants or more: "sal" (the article) would touch every "al".
bool consonantal(std::string_view key) {
    const std::size_t vowel_first =
        key.size() > 1 && std::string_view("aeiouy").find(key[1]) != std::string_view::npos;
    return key.size() >= 3 + vowel_first;
}

// Calls `add` with each second spelling of a folded word that scoring accepts as the same word (score.cpp):
// gh written k (GHASEMI / QASEMI), ch written sh (AL-CHAAR / AL-SHAAR) and a French ou beside a vowel written
// w (AL ZAOURA / AL-ZAWRAA). Lists index them, queries look them up, so either side may carry the other
// spelling.
template <class Add>
void each_second_spelling(const Token& token, Add&& add) {
    if (const std::string hard = gh_as_k(token.fold); !hard.empty()) add(hard);
    if (const std::string soft = ch_as_sh(token.fold); !soft.empty()) add(soft);
    if (token.ou) add(ou_as_w(token.text));
}

void word_keys(const Token& token, std::vector<std::string>& keys) {
    keys.push_back("w" + token.canon);
    if (token.kind != TokenKind::word) return;
    if (token.key.size() >= 2) keys.push_back("p" + token.key);
    if (token.fold.size() >= 3 && !token.abjad) {
        keys.push_back("f" + token.fold);
        each_second_spelling(token, [&keys](const std::string& other) { keys.push_back("f" + other); });
    }
    if (token.text.size() >= 6) keys.push_back("x" + token.text.substr(0, 4));
    std::string skel = "s";
    skel += skeleton(token.text);
    if (consonantal(skel)) keys.push_back(std::move(skel));
    // ALHASSAN is also found as HASSAN, and HASSAN as ALHASSAN (query_keys).
    if (const std::string_view bare = without_article(token.text); !bare.empty() && !token.abjad)
        keys.push_back("w" + std::string(bare));
}

struct Acronym {
    std::string plain;    ///< first letters: "tkb"
    std::string whole;    ///< Russian letters romanised as several kept whole: "tskb" (initial_letters)
    float weight = 0.0F;  ///< greatest weight of the words that gave a letter
    std::size_t end = 0;  ///< one past the last token that gave a letter
};

// Calls `emit` with the acronym of each run of 2 to `most` words from `start` (stop words and connectors
// skipped; with `stop_letters` a stop word of 3+ letters gives its letter).
template <typename Emit>
void acronyms_from(const std::vector<Token>& tokens, std::size_t start, bool stop_letters, std::size_t most,
                   Emit&& emit) {
    if (tokens[start].kind != TokenKind::word) return;
    Acronym acronym;
    for (std::size_t pos = start; pos < tokens.size() && acronym.plain.size() < most; ++pos) {
        const Token& token = tokens[pos];
        const bool stop = token.kind == TokenKind::stop;
        if (skippable_in_acronym(token) && !(stop_letters && stop && gives_initial(token))) continue;
        if (!gives_initial(token)) break;
        acronym.plain += token.text[0];
        acronym.whole.append(token.text, 0, initial_letters(token.text));
        acronym.weight = std::max(acronym.weight, token.weight);
        acronym.end = pos + 1;
        if (acronym.plain.size() >= 2) emit(acronym);
    }
}

// Keys of a word that may be spelt by a name's first three words giving prefixes of any length: its first
// letter and two more, at each place where the second and third word may start ("m", as name_keys).
void prefix_abbreviation_keys(const std::string& word, std::uint32_t group, float weight,
                              std::vector<QueryKey>& keys) {
    constexpr std::size_t longest_part = 5;  // 8 found the same names for 1.3% more instructions per query
    thread_local std::vector<std::uint16_t> seen;  // the second and third letters of the keys made
    seen.clear();
    for (std::size_t second = 1; second <= longest_part && second + 2 <= word.size(); ++second) {
        for (std::size_t third = second + 1; third <= second + longest_part && third < word.size(); ++third) {
            const auto letters = static_cast<std::uint16_t>(static_cast<unsigned char>(word[second]) << 8U |
                                                            static_cast<unsigned char>(word[third]));
            if (std::find(seen.begin(), seen.end(), letters) != seen.end()) continue;
            seen.push_back(letters);
            keys.push_back({std::string{'m', word[0], word[second], word[third]}, group, weight});
        }
    }
}

}  // namespace

std::vector<std::string> name_keys(const NormalName& name) {
    std::vector<std::string> keys;
    const Token* previous = nullptr;
    for (const Token& token : name.tokens) {
        // A short code read as a legal form may be the name's own initials (BM BANK, IS BANK): a key that
        // queries walk only when few names hold it (legal_form_key).
        if (legal_form_key(token)) keys.push_back("l" + token.text);
        if (!keyed(token)) {
            // A title or particle glued to the next word is written so too: DRCONGO, ALHASSAN, ABUBAKAR.
            // So is a one-letter particle (E-SAIL as ESAIL, LASHKAR E TAYYIBA as LASHKAR ETAYYIBA).
            previous = token.kind == TokenKind::stop ? &token : nullptr;
            continue;
        }
        word_keys(token, keys);
        if (previous != nullptr) keys.push_back("g" + previous->text + token.text);
        previous = &token;
    }
    // Acronyms of every run of 2-5 words: "IRGC" for "Islamic Revolutionary Guard Corps Intelligence".
    // Connectors never give a letter here; stop words of 3+ letters once do ("NITC": tanker) and once not.
    const bool lettered_stop = std::any_of(name.tokens.begin(), name.tokens.end(), [](const Token& token) {
        return token.kind == TokenKind::stop && gives_initial(token);
    });
    std::size_t first_word = 0;
    while (first_word < name.tokens.size() && name.tokens[first_word].kind != TokenKind::word) ++first_word;
    for (bool stop_letters : {false, true}) {
        if (stop_letters && !lettered_stop) break;  // the second pass would give the same keys
        for (std::size_t start = 0; start < name.tokens.size(); ++start) {
            // Six initials from the name's first word only (NIOPDC = NATIONAL IRANIAN OIL PRODUCTS
            // DISTRIBUTION COMPANY): one key more per long name rather than one per word.
            const std::size_t most = start == first_word ? longest_acronym : 5;
            acronyms_from(name.tokens, start, stop_letters, most, [&](const Acronym& acronym) {
                keys.push_back("a" + acronym.plain);
                if (acronym.whole != acronym.plain && acronym.plain.size() >= 3 &&
                    acronym.whole.size() <= longest_acronym)
                    keys.push_back("a" + acronym.whole);
            });
        }
    }
    // Syllable abbreviations (COINTERANDINA = COMERCIALIZADORA INTERNACIONAL ANDINA): the first two letters
    // of two adjacent words of an organisation, from its first two words and from its second and third.
    if (name.organisation) {
        // And where some words give one letter (CABRASA = COMERCIALIZADORA ANDINA BRASILERA S.A.): the
        // initials of the name's first three words ("m").
        std::string initials = "m";
        for (const Token& token : name.tokens) {
            if (skippable_in_acronym(token) || token.kind == TokenKind::legal_form) continue;
            if (token.kind != TokenKind::word) break;
            initials += token.text[0];
            if (initials.size() == 4) break;
        }
        if (initials.size() == 4) keys.push_back(std::move(initials));
        const Token* before = nullptr;
        std::size_t pairs = 0;
        for (const Token& token : name.tokens) {
            if (skippable_in_acronym(token) || token.kind == TokenKind::legal_form) continue;
            if (token.kind != TokenKind::word || token.text.size() < 2) break;
            if (before != nullptr) {
                keys.push_back("b" + before->text.substr(0, 2) + token.text.substr(0, 2));
                if (++pairs == 2) break;
            }
            before = &token;
        }
    }
    unique(keys);
    return keys;
}

std::vector<QueryKey> query_keys(const NormalName& name) {
    std::vector<QueryKey> keys;
    keys.reserve(12 * name.tokens.size() + 4);  // a word has 6-12 keys: growing moved every key's string
    const Token* previous = nullptr;
    const Token* before_previous = nullptr;
    std::uint32_t group = 0;
    const bool short_query = abbreviation_sized(name.tokens);
    const Token* letter = nullptr;  // a one-letter particle or word just before (E-SAIL)
    for (const Token& token : name.tokens) {
        ++group;
        if (legal_form_key(token)) keys.push_back({"l" + token.text, group, token.weight, true});
        if (!keyed(token)) {
            previous = nullptr;
            before_previous = nullptr;
            letter = token.kind == TokenKind::stop && token.text.size() == 1 ? &token : nullptr;
            continue;
        }
        const float w = token.weight;
        keys.push_back({"w" + token.canon, group, w});
        if (token.kind == TokenKind::word) {
            // A shared sound key is weak evidence ("sergeeva" has the key of every SERGEI): at 0.5 rather
            // than 0.7 of an exact word, 32 candidates keep the recall@10 that 64 gave (LOO seed 11:
            // 0.870 / 0.872; docs/accuracy.md).
            if (token.key.size() >= 2) keys.push_back({"p" + token.key, group, 0.5F * w});
            if (token.text.size() >= 6) keys.push_back({"x" + token.text.substr(0, 4), group, 0.6F * w});
            // Same folded spelling (MAHMUDOV / MAKHMUDOV): scored as phonetic 0.95, and its sound key
            // may differ (k and h are different classes). Not for abjad words: their skeleton keys do this,
            // and "abd" or "hsn" spelt alike finds the wrong names (cross-script recall@10 0.911 -> 0.909).
            if (token.fold.size() >= 3 && !token.abjad) {
                keys.push_back({"f" + token.fold, group, 0.95F * w});
                each_second_spelling(token, [&](const std::string& other) {
                    keys.push_back({"f" + other, group, 0.95F * w});  // QASEMI for GHASEMI
                });
            }
            keys.push_back({"g" + token.text, group, w});  // the list wrote it as two words
            // Same consonants, other vowels (JAMA / JAMI', ZUAITER / ZAITAR, CHAMS / CHAMAS): the lists index
            // every word's skeleton for abjad queries; a Latin word looks it up as weakly as its sound key
            // (0.5: LOO recall@1 seeds 7 / 11 / 23 +2 / +3 / -1 aliases, @10 +5 / +3 / 0; held out @1 +2 /
            // +1 / -1, @10 +3 / +1 / +2; at 0.35 and 0.65 less, docs/accuracy.md).
            if (!token.abjad) {
                std::string skel = "s";
                skel += skeleton(token.text);
                if (consonantal(skel)) keys.push_back({std::move(skel), group, 0.5F * w});
            }
            if (const std::string_view bare = without_article(token.text); !bare.empty() && !token.abjad) {
                keys.push_back({"w" + std::string(bare), group, 0.9F * w});  // ALHASSAN for HASSAN
                // ALKTRANJI for KATRANJI: LOO recall@1 and @10 +1 on seeds 7 and 11, held out 7 and 11.
                std::string skel = "s";
                skel += skeleton(bare);
                if (consonantal(skel)) keys.push_back({std::move(skel), group, 0.9F * 0.5F * w});
            }
            if (token.text.size() >= 2 && token.text.size() <= longest_acronym)
                keys.push_back({"a" + token.text, group, 0.9F * w});
            // A long word of a short query may be a syllable abbreviation of a listed organisation's words:
            // its first two letters and the two at each place where the second word may start.
            if (short_query && token.text.size() >= abbreviation_shortest) {
                for (std::size_t second = 2; second + 2 <= token.text.size() && second <= 10; ++second)
                    keys.push_back({"b" + token.text.substr(0, 2) + token.text.substr(second, 2), group,
                                    abbreviation_factor * w});
            }
            if (short_query && token.text.size() >= prefix_abbreviation_shortest)
                prefix_abbreviation_keys(token.text, group, abbreviation_factor * w, keys);
        }
        // E-SAIL for ESAIL: the letter weighs nothing as evidence, the word glued to it as the word does.
        // After the word's keys, with the pairs below: gather counts a group's best key once only while the
        // group's keys are adjacent.
        if (letter != nullptr && token.kind == TokenKind::word)
            keys.push_back({"w" + letter->text + token.text, 1000 + group, w});
        letter = token.text.size() == 1 ? &token : nullptr;
        if (previous != nullptr) {
            keys.push_back({"w" + previous->text + token.text, 1000 + group, previous->weight + w});
            // Three words the list writes as one: DIVE TECHNO SERVICES = DIVETECHNOSERVICES.
            if (before_previous != nullptr)
                keys.push_back({"w" + before_previous->text + previous->text + token.text, 4000 + group,
                                before_previous->weight + previous->weight + w});
        }
        if (token.east_slavic && token.kind == TokenKind::word) {
            // A Belarusian or Ukrainian spelling of a Russian name has its consonants, not its vowels: the
            // skeleton finds KHORONEKO for KHARANEKA, GOLOVANOV (a first h read as g) for HALAVANAU.
            std::string skel = "s";
            skel += skeleton(east_slavic_as_russian(token.text));
            if (consonantal(skel)) keys.push_back({std::move(skel), group, 0.8F * w});
        }
        if (token.abjad && token.kind == TokenKind::word) {
            // Abjad romanisations lack short vowels: the consonant skeleton finds "hqany" = HAQQANI where the
            // phonetic key is shared with thousands of names (HASSAN, HUSSEIN). Two or three words may be one
            // in the list: "hdayt allah" HIDAYATULLAH, "shms al dyn" SHAMSUDDIN.
            std::string glued = token.text;
            float glued_weight = w;
            for (std::size_t back = 0; back <= 2 && group > back; ++back) {
                if (back > 0) {
                    const Token& before = name.tokens[group - 1 - back];
                    if (before.kind != TokenKind::word) break;
                    glued.insert(0, before.text);
                    glued_weight += before.weight;
                }
                std::string skel = "s";
                skel += skeleton(glued);
                if (!consonantal(skel)) continue;
                keys.push_back(
                    {std::move(skel), 1000 * static_cast<std::uint32_t>(back) + group, 0.8F * glued_weight});
                if (back == 2 && name.tokens[group - 2].text == "al") {
                    // The article's l assimilates before most consonants: "shms al dyn" SHAMSUDDIN.
                    std::string short_key = "s";
                    short_key += skeleton(name.tokens[group - 3].text + token.text);
                    if (consonantal(short_key))
                        keys.push_back({std::move(short_key), 3000 + group, 0.8F * glued_weight});
                }
            }
        }
        before_previous = previous;
        previous = &token;
    }
    // A listed organisation may be only the initials of the query's words (OOO 'DSK' for Dorozhnaya
    // Stroitelnaya Kompaniya): the initials of all its words (3-5 of them), legal forms and stop words
    // aside, are looked up as a listed word when few names hold it. Only for a query with a legal form or a
    // business word: a person's initials found DMC for Drew Maria Chung (synthetic negatives: false positives
    // 0.2% -> 3.3%). The initials of a part of the name found RBH TOOLS LTD for RAZAVI BROKERAGE HOUSE.
    const auto frame = [](const Token& token) {
        return token.kind != TokenKind::word || skippable_in_acronym(token);
    };
    std::size_t first = 0;
    while (first < name.tokens.size() && frame(name.tokens[first])) ++first;
    if (first < name.tokens.size() && name.organisation) {
        acronyms_from(name.tokens, first, false, 5, [&](const Acronym& acronym) {
            if (acronym.plain.size() < 3) return;
            if (!std::all_of(name.tokens.begin() + static_cast<std::ptrdiff_t>(acronym.end),
                             name.tokens.end(), frame))
                return;
            keys.push_back({"w" + acronym.plain, initials_group, initials_factor * acronym.weight, true});
            if (acronym.whole != acronym.plain && acronym.whole.size() <= longest_acronym)
                keys.push_back({"w" + acronym.whole, initials_group, initials_factor * acronym.weight, true});
        });
    }
    return keys;
}

void typo_keys(std::string_view word, std::vector<std::uint32_t>& out) {
    constexpr std::size_t longest = 40;
    if (word.size() < typo_min_letters || word.size() > longest) return;
    // Polynomial hash (base 31, modulo 2^32): the word without letter i hashes to
    // prefix(i) * 31^(n-1-i) + suffix(i+1), so all n + 1 keys cost O(n), not O(n^2).
    const std::size_t n = word.size();
    std::array<std::uint32_t, longest + 1> power{};
    std::array<std::uint32_t, longest + 1> suffix{};  // suffix[i] = hash of word[i..n)
    power[0] = 1;
    for (std::size_t k = 1; k <= n; ++k) power[k] = power[k - 1] * 31U;
    suffix[n] = 0;
    for (std::size_t k = n; k-- > 0;)
        suffix[k] = static_cast<unsigned char>(word[k]) * power[n - 1 - k] + suffix[k + 1];
    // A final mix spreads the hash over all 32 bits (the index buckets keys by their top 16).
    const auto mix = [](std::uint32_t h) {
        h ^= h >> 16U;
        h *= 0x85ebca6bU;
        h ^= h >> 13U;
        h *= 0xc2b2ae35U;
        return h ^ (h >> 16U);
    };
    std::uint32_t prefix = 0;  // hash of word[0..i)
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(mix(prefix * power[n - 1 - i] + suffix[i + 1]));
        prefix = prefix * 31U + static_cast<unsigned char>(word[i]);
    }
    out.push_back(mix(prefix));  // the whole word
}

std::string compact_identifier(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out += c;
    }
    return out;
}

}  // namespace cp::match::detail
