// SPDX-License-Identifier: Apache-2.0
// A query's candidates: the listed names sharing its rarest keys (weighted by inverse document frequency),
// names one typing slip away, names of its very form, and an entity's best name completed with words of its
// other names.
#include <algorithm>
#include <array>
#include <bit>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "match/detail/index_impl.hpp"
#include "match/detail/keys.hpp"
#include "match/detail/score.hpp"
#include "match/detail/spans.hpp"

namespace cp::match {

namespace detail {

bool schema_accepts(std::optional<lists::Schema> wanted, lists::Schema schema) {
    if (!wanted) return true;
    using lists::Schema;
    switch (*wanted) {
    case Schema::person:
        return schema == Schema::person || schema == Schema::legal_entity;
    case Schema::company:
    case Schema::organization:
    case Schema::legal_entity:
        return schema == Schema::company || schema == Schema::organization || schema == Schema::legal_entity;
    case Schema::vessel:
        return schema == Schema::vessel;
    case Schema::airplane:
        return schema == Schema::airplane;
    }
    return true;
}

}  // namespace detail

namespace {

// Names per key above which a key is "common" (walked only when the query has nothing rarer). 2000 -> 1000
// took an eighth of a query's instructions for recall@1 -0.001 on two of three LOO seeds; 500 cost 0.003 @10.
constexpr std::size_t common_postings = 1000;
constexpr float corroboration = 0.15F;  // share of a group's further agreeing keys added to its best
// Other names of an entity looked at to complete its best name (index.cpp picks the entities: 6 and 6
// gave the same recall on three LOO seeds for 8% more instructions per query; 16 and 12 cost +60%).
constexpr std::size_t completion_names = 4;
constexpr std::size_t rare_word_names = 3;   // query words in at most this many names also look up typo keys
constexpr float typo_factor = 0.6F;          // a typo key's share of the word's weight (as a prefix key)
constexpr std::size_t rare_only_names = 20;  // names holding a rare_only query key (initials) at most
constexpr std::size_t latin_skeleton_names = 500;  // names holding a Latin word's skeleton key at most
constexpr std::size_t prefetch_ahead = 16;         // records asked for this many ids before their visit

using detail::schema_accepts;

// visit(id) for each of `count` ids in order, having asked for prefetch(the id prefetch_ahead further on):
// the records the ids name lie anywhere in memory.
template <class Prefetch, class Visit>
void walk_ahead(const std::uint32_t* ids, std::size_t count, Prefetch prefetch, Visit visit) {
    std::size_t pos = 0;
    for (; pos + prefetch_ahead < count; ++pos) {
        prefetch(ids[pos + prefetch_ahead]);
        visit(ids[pos]);
    }
    for (; pos < count; ++pos) visit(ids[pos]);
}

}  // namespace

bool Index::Impl::complete(const detail::NormalName& query, std::uint32_t name_id, std::uint32_t paired,
                           detail::NormalName& out) const {
    // An entity's names are indexed one after another (add_entity).
    const std::uint32_t entity = names[name_id].entity;
    std::uint32_t first = name_id;
    while (first > 0 && names[first - 1].entity == entity) --first;
    std::array<const detail::NormalName*, completion_names> others{};
    std::size_t count = 0;
    for (std::uint32_t id = first; id < names.size() && names[id].entity == entity; ++id) {
        if (names[id].value == names[name_id].value) continue;  // another romanisation of the same name
        if (count == others.size()) break;
        others[count++] = &names[id].name;
    }
    return count > 0 && detail::complete_name(query, names[name_id].name, paired, others.data(), count, out);
}

void Index::Impl::typo_neighbours(std::string_view word, std::string_view fold,
                                  std::vector<std::uint32_t>& out) const {
    // A neighbour shared by more names than this is a common word's ("sanan" -> "sana"): no evidence.
    constexpr std::size_t most_names = 64;
    out.clear();
    thread_local std::vector<std::uint32_t> hashes;
    hashes.clear();
    detail::typo_keys(word, hashes);
    if (!fold.empty() && fold != word) detail::typo_keys(fold, hashes);
    // Each hash's bucket bounds, then its postings, asked for before any is read: both lie anywhere in
    // megabytes, and a word has a dozen or two typo keys.
    for (std::uint32_t hash : hashes) __builtin_prefetch(&typo_buckets[hash >> 16U]);
    thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> buckets;
    buckets.clear();
    for (std::uint32_t hash : hashes) {
        const std::uint32_t begin = typo_buckets[hash >> 16U];
        const std::uint32_t end = typo_buckets[(hash >> 16U) + 1];
        buckets.emplace_back(begin, end);
        const auto* first = reinterpret_cast<const char*>(typo_postings.data() + begin);
        const auto* last = reinterpret_cast<const char*>(typo_postings.data() + end);
        for (const char* line = first; line < last && line < first + 256; line += 64)
            __builtin_prefetch(line);
    }
    for (std::size_t idx = 0; idx < hashes.size(); ++idx) {
        const std::uint32_t hash = hashes[idx];
        const auto begin = typo_postings.begin() + buckets[idx].first;
        const auto end = typo_postings.begin() + buckets[idx].second;
        const std::uint64_t low = static_cast<std::uint64_t>(hash) << 32U;
        const auto first = std::lower_bound(begin, end, low);
        auto last = first;
        while (last != end && (*last >> 32U) == hash) ++last;
        if (static_cast<std::size_t>(last - first) > most_names) continue;
        for (auto it = first; it != last; ++it) out.push_back(static_cast<std::uint32_t>(*it));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

// Candidate score of a name = sum over query tokens of the best key it shares for that token (exact word >
// acronym > phonetic key > prefix), weighted by the token's rarity. Summing per key instead would let a
// common first name matched three ways outrank a rare surname matched by sound.
void Index::Impl::gather(const detail::NormalName& query, const MatchOptions& options,
                         std::vector<std::uint32_t>& chosen) const {
    // One record per name, reused across queries: the three fields of a posting's name share a cache line
    // (three arrays cost three cache misses per posting; gather was a quarter of a query).
    struct Tally {
        float accumulated = 0.0F;
        float group_best = 0.0F;
        std::uint32_t group = 0;
    };
    thread_local std::vector<Tally> tally;
    thread_local std::vector<std::uint32_t> touched;
    tally.resize(names.size());
    touched.clear();
    auto keys = detail::query_keys(query);
    // Every key's slot asked for first, then looked up: the slots lie anywhere in a table of megabytes.
    thread_local std::vector<std::uint64_t> hashes;
    hashes.resize(keys.size());
    for (std::size_t idx = 0; idx < keys.size(); ++idx) {
        hashes[idx] = key_table.hash(keys[idx].key);
        key_table.prefetch(hashes[idx]);
    }
    std::vector<std::span<const std::uint32_t>> lists(keys.size());  // empty: no name holds the key
    std::size_t rarest = names.size();
    for (std::size_t idx = 0, word = 0; idx < keys.size(); ++idx) {
        // A group's keys start with the word itself ("w"). A syllable abbreviation (COINTERANDINA) is a word
        // the lists hardly hold as a word: a listed word's abbreviation keys ("b") would only bring names
        // that start alike, and are not looked up.
        if (idx == 0 || keys[idx - 1].group != keys[idx].group) word = idx;
        if ((keys[idx].key[0] == 'b' || keys[idx].key[0] == 'm') && keys[word].key[0] == 'w' &&
            lists[word].size() > rare_word_names)
            continue;
        lists[idx] = key_table.find(hashes[idx]);
        if (!lists[idx].empty()) __builtin_prefetch(lists[idx].data());
        // A key of a word's initials, first letters or folded spelling held by many names ("agc" for GC,
        // "xprom" for PROMTEKH) says less than the query word is rare: weighted by how few names hold it, as
        // a word is (PFLP-GC was no candidate: 93 shorter names with the initials GC filled the 32. The
        // prefix and fold keys: LOO recall@1 seeds 7 / 11 / 23 +0 / +1 / +1 aliases, held-out +1 / 0 / +1;
        // sound keys too gained on the tuned sample but lost held-out aliases and, for Arabic-script words,
        // cross-script queries).
        const char key_kind = keys[idx].key[0];
        if ((key_kind == 'a' || key_kind == 'x' || key_kind == 'f') && !lists[idx].empty()) {
            const double idf = rarity(static_cast<double>(lists[idx].size()));
            keys[idx].weight = std::min(keys[idx].weight, static_cast<float>(0.9 * idf));
        }
        if (keys[idx].rare_only && lists[idx].size() > rare_only_names) lists[idx] = {};
        if (!lists[idx].empty() && !keys[idx].rare_only) rarest = std::min(rarest, lists[idx].size());
    }
    // A word no list has, or almost none, may be a typing slip: the names holding a word one edit away
    // are candidates too, as a key of the word's group right after its own keys.
    thread_local std::vector<std::vector<std::uint32_t>> typo_lists;
    if (typo_lists.size() < query.tokens.size()) typo_lists.resize(query.tokens.size());  // before any &
    std::size_t typo_used = 0;
    for (std::uint32_t group = 1; group <= query.tokens.size(); ++group) {
        const detail::Token& token = query.tokens[group - 1];
        if (token.kind != detail::TokenKind::word || token.text.size() < detail::typo_min_letters) continue;
        // The group's keys are contiguous and start with the word itself ("w"), already looked up.
        std::size_t at = 0;
        while (at < keys.size() && keys[at].group != group) ++at;
        if (at < keys.size() && lists[at].size() > rare_word_names) continue;
        auto& found = typo_lists[typo_used];
        typo_neighbours(token.text, token.fold, found);
        if (found.empty()) continue;
        ++typo_used;
        // After the group's keys, so that the group's best key is kept as for any other key.
        while (at < keys.size() && keys[at].group == group) ++at;
        keys.insert(keys.begin() + static_cast<std::ptrdiff_t>(at),
                    {"t", group, typo_factor * token.weight, false});
        lists.insert(lists.begin() + static_cast<std::ptrdiff_t>(at), std::span<const std::uint32_t>(found));
        rarest = std::min(rarest, found.size());
    }
    // Words in thousands of names ("company", "mohammad") still count in the score; as candidate sources
    // they are only used when the query has nothing rarer.
    const std::size_t common = rarest <= common_postings ? common_postings : names.size() / 4 + 50;
    for (std::size_t key_idx = 0; key_idx < keys.size(); ++key_idx) {
        const auto& key = keys[key_idx];
        const auto list = lists[key_idx];
        if (list.empty() || list.size() > common) continue;
        // Sound and prefix keys of common shapes ("p52") would touch thousands of names for little evidence.
        if ((key.key[0] == 'p' || key.key[0] == 'x' || key.key[0] == 's') && list.size() > 3000) continue;
        // A Latin word's skeleton key held by hundreds of names says little: at 500 (or 1,000) names every
        // names_eval figure was that of 3,000, for 0.9% fewer instructions (BM_QueryOne).
        if (key.key[0] == 's' && list.size() > latin_skeleton_names && key.group <= query.tokens.size() &&
            !query.tokens[key.group - 1].abjad)
            continue;
        // An abbreviation key says only that a few letters agree: a syllable key ("b") the first two of two
        // words, a prefix key ("m") three initials. The name counts when it spells the whole query word (a
        // few dozen names hold such a key; unchecked, they crowded out the names of sound and typo keys).
        const char kind = key.key[0];
        const std::string* abbreviation =
            kind == 'b' || kind == 'm' ? &query.tokens[key.group - 1].text : nullptr;
        // The key's fields as locals: read through `key` they were reloaded after every store to the tally.
        const float weight = key.weight;
        const std::uint32_t group = key.group;
        const bool folded = kind == 'f';
        const auto add = [weight, group, folded](std::uint32_t name_id) {
            Tally& t = tally[name_id];
            if (t.group == 0) touched.push_back(name_id);  // groups start at 1: untouched this query
            if (t.group != group) {
                t.group = group;
                t.group_best = 0.0F;
            }
            // Best key of the group, plus a little for each further key that agrees ("novelka" shares
            // both its sound key and its prefix with NOVELCO, and only its sound key with hundreds of names).
            if (weight > t.group_best) {
                t.accumulated += weight - t.group_best + corroboration * t.group_best;
                t.group_best = weight;
            } else if (!folded) {
                // The folded spelling of a word found exactly is no further evidence: counted, it
                // favoured exact hits on common words (cross-script recall@10 0.916 -> 0.909).
                t.accumulated += corroboration * weight;
            }
        };
        // Most keys of most queries filter nothing: their postings are walked without the tests.
        if (!options.schema && abbreviation == nullptr) {
            walk_ahead(
                list.data(), list.size(), [](std::uint32_t name_id) { __builtin_prefetch(&tally[name_id]); },
                add);
            continue;
        }
        for (std::uint32_t name_id : list) {
            if (options.schema && !schema_accepts(options.schema, info[name_id].schema)) continue;
            if (abbreviation != nullptr) {
                const auto& tokens = names[name_id].name.tokens;
                const bool spelt = kind == 'b' ? detail::spelt_by_word_syllables(*abbreviation, tokens)
                                               : detail::spelt_by_word_prefixes(*abbreviation, tokens) != 0;
                if (!spelt) continue;
            }
            add(name_id);
        }
    }
    // The evidence of each touched name, side by side (the selection below then reads contiguous memory, not
    // the tally at random), and the tally cleared for the next query in the same pass. Among equal evidence,
    // shorter names first: they will score higher (unmatched words cost).
    // Each as one 64-bit number, evidence above the name id reversed: the selection compares integers (its
    // comparator of two fields was a twelfth of gather), in the same order as (more evidence, lower id).
    const auto ordered = [](float score) {
        const auto bits = std::bit_cast<std::uint32_t>(score);
        return (bits & 0x80000000U) != 0 ? ~bits : bits | 0x80000000U;  // IEEE order as unsigned order
    };
    thread_local std::vector<std::uint64_t> evidence;
    evidence.clear();
    const auto add_evidence = [this, &ordered](std::uint32_t name_id) {
        const float score = tally[name_id].accumulated - 0.01F * static_cast<float>(info[name_id].tokens);
        evidence.push_back(static_cast<std::uint64_t>(ordered(score)) << 32U | (0xFFFFFFFFU - name_id));
        tally[name_id] = Tally{};
    };
    walk_ahead(
        touched.data(), touched.size(),
        [this](std::uint32_t name_id) {
            __builtin_prefetch(&tally[name_id]);
            __builtin_prefetch(&info[name_id]);
        },
        add_evidence);
    const std::size_t keep = std::min(evidence.size(), std::max<std::size_t>(options.max_candidates, 1));
    std::nth_element(evidence.begin(), evidence.begin() + static_cast<std::ptrdiff_t>(keep), evidence.end(),
                     std::greater<>());
    chosen.clear();
    for (std::size_t pos = 0; pos < keep; ++pos)
        chosen.push_back(0xFFFFFFFFU - static_cast<std::uint32_t>(evidence[pos] & 0xFFFFFFFFU));
}

// Listed names of the query's very form, added to the candidates. The candidates are the names with the most
// evidence from the query's keys, and among names of only common words (INTERNATIONAL TANKER LIMITED, BM BANK
// JSC, "MUHAMMAD, Muhammad") or of nothing but legal forms and titles (OOO MTU, The Doctor), which have no
// rare key, a listed name the query spells exactly could be left out: `names_eval self` found 79 of the
// 48,164 listed names that did not find their own entity. A name listed by many entities adds a few of them.
void Index::Impl::add_same_forms(const detail::NormalName& query, const MatchOptions& options,
                                 std::vector<std::uint32_t>& chosen) const {
    constexpr std::size_t most = 16;
    const std::uint64_t hash = std::hash<std::string_view>{}(query.form);
    auto it = std::lower_bound(form_hashes.begin(), form_hashes.end(), std::pair{hash, std::uint32_t{0}});
    for (std::size_t added = 0; it != form_hashes.end() && it->first == hash && added < most; ++it) {
        const std::uint32_t name_id = it->second;
        if (names[name_id].name.form != query.form) continue;
        if (options.schema && !schema_accepts(options.schema, info[name_id].schema)) continue;
        if (std::find(chosen.begin(), chosen.end(), name_id) != chosen.end()) continue;
        chosen.push_back(name_id);
        ++added;
    }
}

}  // namespace cp::match
