// SPDX-License-Identifier: Apache-2.0
// names_eval typos: a compliance officer's typing slip. Every sampled SDN entity is queried by its primary
// name with one edit (a letter dropped, doubled, replaced by its keyboard neighbour, or two letters swapped)
// in its longest word, the word that identifies it; recall@1 and @10 of the entity, and recall@1 at the
// operating threshold. The edit kinds are the four of Damerau's study of spelling errors.
#include <algorithm>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "lists/lists.hpp"
#include "match/match.hpp"

namespace {

// Neighbours of each letter on a QWERTY keyboard (a replaced letter is usually a neighbouring key).
std::string_view neighbours(char c) {
    static constexpr std::string_view rows[26] = {
        "qwsz",   "vghn",  "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko",
        "huikmn", "jiolm", "kop",  "njk",    "bhjm", "iklp",   "ol",     "wa",     "edft",
        "awedxz", "rfgy",  "yhji", "cfgb",   "qase", "zsdc",   "tghu",   "asx"};
    return c >= 'A' && c <= 'Z' ? rows[c - 'A'] : std::string_view{};
}

bool is_letter(char c) {
    return c >= 'A' && c <= 'Z';
}

// `name` with one edit inside its longest word (letters after the first of the word, as a slip of the first
// letter is rarer and changes how the name is read); "" when the name has no word of 5 letters or more.
std::string with_typo(const std::string& name, std::mt19937& rng) {
    std::size_t best_start = 0;
    std::size_t best_len = 0;
    for (std::size_t pos = 0; pos < name.size();) {
        if (!is_letter(name[pos])) {
            ++pos;
            continue;
        }
        std::size_t end = pos;
        while (end < name.size() && is_letter(name[end])) ++end;
        if (end - pos > best_len) best_start = pos, best_len = end - pos;
        pos = end;
    }
    if (best_len < 5) return "";
    const std::size_t at = best_start + 1 + rng() % (best_len - 2);  // not the first nor the last letter
    std::string out = name;
    switch (rng() % 4) {
    case 0:  // dropped
        out.erase(at, 1);
        break;
    case 1:  // doubled
        out.insert(at, 1, out[at]);
        break;
    case 2: {  // neighbouring key
        const auto keys = neighbours(out[at]);
        if (keys.empty()) return "";
        out[at] = static_cast<char>(keys[rng() % keys.size()] - 'a' + 'A');
        break;
    }
    default:  // swapped with the next letter
        if (out[at] == out[at + 1]) return "";
        std::swap(out[at], out[at + 1]);
        break;
    }
    return out;
}

}  // namespace

cp::lists::EntitySet load_sdn(const std::string& data);  // names_eval.cpp

int run_typos(const std::string& data, std::size_t count, unsigned seed) {
    const cp::lists::EntitySet set = load_sdn(data);
    const cp::match::Index index(set);
    std::mt19937 rng(seed);
    std::vector<std::size_t> order(set.entities.size());
    for (std::size_t idx = 0; idx < order.size(); ++idx) order[idx] = idx;
    std::shuffle(order.begin(), order.end(), rng);
    cp::match::MatchOptions options;
    options.threshold = 0.0;
    options.top_k = 10;
    std::size_t total = 0, at1 = 0, at10 = 0, kept = 0;
    for (std::size_t idx : order) {
        if (total == count) break;
        std::string name;
        for (const auto& v : set.entities[idx].values) {
            if (v.prop == cp::lists::Prop::name) {
                name = v.text;
                break;
            }
        }
        const std::string query = with_typo(name, rng);
        if (query.empty()) continue;
        ++total;
        const auto hits = index.query(query, options);
        if (!hits) continue;
        for (std::size_t pos = 0; pos < hits->size(); ++pos) {
            if ((*hits)[pos].entity_index != idx) continue;
            at1 += pos == 0 ? 1 : 0;
            at10 += 1;
            kept += pos == 0 && (*hits)[pos].score >= cp::match::default_threshold ? 1 : 0;
            break;
        }
        if (std::getenv("CP_EVAL_VERBOSE") != nullptr && (hits->empty() || (*hits)[0].entity_index != idx)) {
            fmt::print("TYPO q='{}' want='{}' got='{}'\n", query, name,
                       hits->empty() ? std::string_view{} : (*hits)[0].matched_name);
        }
    }
    const auto share = [total](std::size_t part) {
        return static_cast<double>(part) / static_cast<double>(std::max<std::size_t>(total, 1));
    };
    fmt::print("typos seed={} queries={}: recall@1={:.3f} recall@10={:.3f} recall@1 at the operating "
               "threshold {:.2f}: {:.3f}\n",
               seed, total, share(at1), share(at10), cp::match::default_threshold, share(kept));
    return 0;
}
