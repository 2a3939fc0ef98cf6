// SPDX-License-Identifier: Apache-2.0
// The candidate index: every name, alias, weak alias and former name of every entity, in each of its
// romanisations, under its posting keys (detail/keys.hpp). A query gathers the names sharing rare keys
// (weighted by inverse document frequency), fully scores the best max_candidates of them and keeps the best
// name per entity. Identifiers (IMO, MMSI, tail and serial numbers) are exact lookups that score 1.0.
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <functional>
#include <unordered_map>
#include <vector>

#include "match/detail/country.hpp"
#include "match/detail/keys.hpp"
#include "match/detail/score.hpp"
#include "match/detail/spans.hpp"
#include "match/match.hpp"

namespace cp::match {

namespace {

struct IndexedName {
    std::uint32_t entity = 0;
    std::uint32_t value = 0;  // index into Entity::values
    lists::Schema schema = lists::Schema::legal_entity;
    detail::NormalName name;
};

struct IdentifierRef {
    std::uint32_t entity;
    std::uint32_t value;
};

bool is_name_prop(lists::Prop prop) {
    return prop == lists::Prop::name || prop == lists::Prop::alias || prop == lists::Prop::weak_alias ||
           prop == lists::Prop::previous_name;
}

bool is_identifier_prop(lists::Prop prop) {
    return prop == lists::Prop::imo_number || prop == lists::Prop::mmsi || prop == lists::Prop::call_sign ||
           prop == lists::Prop::registration_number || prop == lists::Prop::serial_number ||
           prop == lists::Prop::icao24;
}

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

// Names per key above which a key is "common" (walked only when the query has nothing rarer). 2000 -> 1000
// took an eighth of a query's instructions for recall@1 -0.001 on two of three LOO seeds; 500 cost 0.003 @10.
constexpr std::size_t common_postings = 1000;
constexpr float corroboration = 0.15F;  // share of a group's further agreeing keys added to its best
// Leading entities that may complete their best name, and other names of an entity looked at for that. 6 and
// 6 gave the same recall on three LOO seeds for 8% more instructions per query; 16 and 12 cost +60%.
constexpr std::size_t completion_candidates = 4;
constexpr std::size_t completion_names = 4;
constexpr std::size_t rare_word_names = 3;   // query words in at most this many names also look up typo keys
constexpr float typo_factor = 0.6F;          // a typo key's share of the word's weight (as a prefix key)
constexpr std::size_t rare_only_names = 20;  // names holding a rare_only query key (initials) at most

bool ends_with(std::string_view text, std::string_view tail) {
    return text.size() > tail.size() + 3 && text.substr(text.size() - tail.size()) == tail;
}

// Russian, Ukrainian, Belarusian and Turkic patronymic endings (OFAC and UN spellings).
bool is_patronymic(std::string_view text) {
    for (std::string_view tail : {"ovich", "evich", "ovna", "evna", "ichna", "yevich", "ogly", "kyzy"}) {
        if (ends_with(text, tail)) return true;
    }
    return false;
}

bool is_ascii(std::string_view text) {
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

}  // namespace

struct Index::Impl {
    const lists::EntitySet* set = nullptr;
    std::vector<IndexedName> names;
    // What gather needs of each name, kept apart from `names` (72 bytes each) so that walking postings
    // touches 2 bytes per name.
    struct NameInfo {
        lists::Schema schema;
        std::uint8_t tokens;  // token count, capped at 255
    };
    std::vector<NameInfo> info;
    std::unordered_map<std::string, std::uint32_t> key_ids;
    std::vector<std::vector<std::uint32_t>> postings;
    std::unordered_map<std::string, std::vector<IdentifierRef>> identifiers;
    /// (hash of NormalName::form, name id) of every indexed name, sorted: a query of a listed name's form is
    /// given that name as a candidate (add_same_forms).
    std::vector<std::pair<std::uint64_t, std::uint32_t>> form_hashes;
    // Typo keys (detail::typo_keys) as (hash << 32 | name id), sorted, with the offset of each first 16 bits
    // of hash: a lookup is two reads and a short scan, and a million keys cost 8 bytes each.
    std::vector<std::uint64_t> typo_postings;
    std::vector<std::uint32_t> typo_buckets;

    void add_entity(std::uint32_t entity_idx);
    void sort_typo_postings();
    /// Names holding a word one edit away from `word` or from its folded spelling `fold` (or either
    /// itself), sorted; empty when the word is too short or every neighbour is too common to tell names
    /// apart.
    void typo_neighbours(std::string_view word, std::string_view fold, std::vector<std::uint32_t>& out) const;
    void set_weights();
    [[nodiscard]] float token_weight(const detail::Token& token) const;
    /// Rarity weight of something `holders` indexed names hold: log(1 + names / holders), as words and
    /// keys are weighted (0.5 holders for a word no name holds).
    [[nodiscard]] double rarity(double holders) const {
        return std::log(1.0 + (static_cast<double>(names.size()) + 1.0) / holders);
    }
    [[nodiscard]] const std::vector<std::uint32_t>* find(const std::string& key) const {
        const auto it = key_ids.find(key);
        return it == key_ids.end() ? nullptr : &postings[it->second];
    }
    void gather(const detail::NormalName& query, const MatchOptions& options,
                std::vector<std::uint32_t>& chosen) const;
    void identifier_hits(std::string_view text, std::vector<Hit>& hits) const;
    void add_qualifiers(const MatchOptions& options, Hit& hit) const;
    void add_same_forms(const detail::NormalName& query, const MatchOptions& options,
                        std::vector<std::uint32_t>& chosen) const;
    /// Builds in `out` name `name_id` completed with words of its entity's other names
    /// (detail::complete_name); false when no other name adds anything.
    bool complete(const detail::NormalName& query, std::uint32_t name_id, std::uint32_t paired,
                  detail::NormalName& out) const;
};

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

void Index::Impl::add_entity(std::uint32_t entity_idx) {
    const lists::Entity& entity = set->entities[entity_idx];
    // The entity's registrations, to tell a name that is one (OFAC names 217 aircraft by their tail number).
    thread_local std::vector<std::string> registrations;
    registrations.clear();
    for (const std::string_view text : entity.all(lists::Prop::registration_number))
        registrations.push_back(detail::compact_identifier(text));
    for (std::uint32_t value_idx = 0; value_idx < entity.values.size(); ++value_idx) {
        const lists::Value& value = entity.values[value_idx];
        if (is_identifier_prop(value.prop)) {
            const std::string id = detail::compact_identifier(value.text);
            if (id.size() >= 3) identifiers[id].push_back({entity_idx, value_idx});
            continue;
        }
        if (!is_name_prop(value.prop) || value.text.size() > max_query_bytes) continue;
        const bool registration = !registrations.empty() &&
                                  std::find(registrations.begin(), registrations.end(),
                                            detail::compact_identifier(value.text)) != registrations.end();
        for (auto& normal : detail::normalise(value.text, entity.schema)) {
            normal.other_kind = entity.schema != lists::Schema::person && !normal.surname_first;
            normal.listed_person = entity.schema == lists::Schema::person;
            normal.identifier = registration;
            const auto name_id = static_cast<std::uint32_t>(names.size());
            form_hashes.emplace_back(std::hash<std::string_view>{}(normal.form), name_id);
            for (auto& key : detail::name_keys(normal)) {
                const auto [it, inserted] = key_ids.try_emplace(std::move(key), postings.size());
                if (inserted) postings.emplace_back();
                auto& list = postings[it->second];
                if (list.empty() || list.back() != name_id) list.push_back(name_id);
            }
            thread_local std::vector<std::uint32_t> hashes;
            hashes.clear();
            for (const auto& token : normal.tokens) {
                if (token.kind != detail::TokenKind::word) continue;
                detail::typo_keys(token.text, hashes);
                // The folded spelling too: DAFEER (fold "dafir") is one letter from ZAFIR, six from it as
                // written.
                if (!token.fold.empty() && token.fold != token.text) detail::typo_keys(token.fold, hashes);
            }
            for (std::uint32_t hash : hashes)
                typo_postings.push_back((static_cast<std::uint64_t>(hash) << 32U) | name_id);
            info.push_back(
                {entity.schema, static_cast<std::uint8_t>(std::min<std::size_t>(normal.tokens.size(), 255))});
            names.push_back({entity_idx, value_idx, entity.schema, std::move(normal)});
        }
    }
}

void Index::Impl::sort_typo_postings() {
    // Counting sort on the top 16 bits, then each bucket (a few dozen postings) on its own: a third of the
    // cost of sorting a million postings at once.
    typo_buckets.assign((1U << 16U) + 1, 0);
    for (std::uint64_t posting : typo_postings) ++typo_buckets[(posting >> 48U) + 1];
    for (std::size_t idx = 1; idx < typo_buckets.size(); ++idx) typo_buckets[idx] += typo_buckets[idx - 1];
    std::vector<std::uint64_t> sorted(typo_postings.size());
    std::vector<std::uint32_t> next(typo_buckets.begin(), typo_buckets.end() - 1);
    for (std::uint64_t posting : typo_postings) sorted[next[posting >> 48U]++] = posting;
    std::vector<std::uint32_t> kept_buckets(typo_buckets.size(), 0);
    std::size_t kept = 0;
    for (std::size_t bucket = 0; bucket + 1 < typo_buckets.size(); ++bucket) {
        const auto begin = sorted.begin() + typo_buckets[bucket];
        const auto end = sorted.begin() + typo_buckets[bucket + 1];
        std::sort(begin, end);
        for (auto it = begin; it != end; ++it) {
            if (it == begin || *it != *(it - 1)) sorted[kept++] = *it;  // a name's word twice, "hassan" s
        }
        kept_buckets[bucket + 1] = static_cast<std::uint32_t>(kept);
    }
    sorted.resize(kept);
    sorted.shrink_to_fit();
    typo_postings = std::move(sorted);
    typo_buckets = std::move(kept_buckets);
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
    for (std::uint32_t hash : hashes) {
        const auto begin = typo_postings.begin() + typo_buckets[hash >> 16U];
        const auto end = typo_postings.begin() + typo_buckets[(hash >> 16U) + 1];
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

float Index::Impl::token_weight(const detail::Token& token) const {
    switch (token.kind) {
    case detail::TokenKind::legal_form:
        return 1.0F;
    case detail::TokenKind::stop:
        return 0.4F;
    case detail::TokenKind::number:
    case detail::TokenKind::word:
        break;
    }
    const auto* list = find("w" + token.canon);
    // A plural no list holds weighs as its singular does (PLANAR ELEMENTS: ELEMENT is in 9 names), not as
    // an unknown word, the heaviest.
    if (list == nullptr && detail::plural_in_s(token.canon))
        list = find("w" + token.canon.substr(0, token.canon.size() - 1));
    double weight = rarity(list == nullptr ? 0.5 : static_cast<double>(list->size()));
    if (token.text.size() == 1) weight = std::min(weight, 3.0);  // initials identify little
    // A missing patronymic ("Vladimir Putin" for PUTIN, Vladimir Vladimirovich) should cost less than a
    // missing surname: half weight (chosen on leave-one-out seed 11: recall@1 at the threshold 0.449 ->
    // 0.469, synthetic false positives unchanged).
    if (is_patronymic(token.text)) weight *= 0.5;
    return static_cast<float>(std::max(weight, 1.0));
}

void Index::Impl::set_weights() {
    for (auto& indexed : names) {
        for (auto& token : indexed.name.tokens) token.weight = token_weight(token);
    }
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
    std::vector<const std::vector<std::uint32_t>*> lists(keys.size());
    std::size_t rarest = names.size();
    for (std::size_t idx = 0, word = 0; idx < keys.size(); ++idx) {
        // A group's keys start with the word itself ("w"). A syllable abbreviation (COINTERANDINA) is a word
        // the lists hardly hold as a word: a listed word's abbreviation keys ("b") would only bring names
        // that start alike, and are not looked up.
        if (idx == 0 || keys[idx - 1].group != keys[idx].group) word = idx;
        if ((keys[idx].key[0] == 'b' || keys[idx].key[0] == 'm') && keys[word].key[0] == 'w' &&
            lists[word] != nullptr && lists[word]->size() > rare_word_names) {
            lists[idx] = nullptr;
            continue;
        }
        lists[idx] = find(keys[idx].key);
        // A key of a word's initials, first letters or folded spelling held by many names ("agc" for GC,
        // "xprom" for PROMTEKH) says less than the query word is rare: weighted by how few names hold it, as
        // a word is (PFLP-GC was no candidate: 93 shorter names with the initials GC filled the 32. The
        // prefix and fold keys: LOO recall@1 seeds 7 / 11 / 23 +0 / +1 / +1 aliases, held-out +1 / 0 / +1;
        // sound keys too gained on the tuned sample but lost held-out aliases and, for Arabic-script words,
        // cross-script queries).
        const char key_kind = keys[idx].key[0];
        if ((key_kind == 'a' || key_kind == 'x' || key_kind == 'f') && lists[idx] != nullptr) {
            const double idf = rarity(static_cast<double>(lists[idx]->size()));
            keys[idx].weight = std::min(keys[idx].weight, static_cast<float>(0.9 * idf));
        }
        if (lists[idx] != nullptr && keys[idx].rare_only && lists[idx]->size() > rare_only_names)
            lists[idx] = nullptr;
        if (lists[idx] != nullptr && !keys[idx].rare_only) rarest = std::min(rarest, lists[idx]->size());
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
        if (at < keys.size() && lists[at] != nullptr && lists[at]->size() > rare_word_names) continue;
        auto& found = typo_lists[typo_used];
        typo_neighbours(token.text, token.fold, found);
        if (found.empty()) continue;
        ++typo_used;
        // After the group's keys, so that the group's best key is kept as for any other key.
        while (at < keys.size() && keys[at].group == group) ++at;
        keys.insert(keys.begin() + static_cast<std::ptrdiff_t>(at),
                    {"t", group, typo_factor * token.weight, false});
        lists.insert(lists.begin() + static_cast<std::ptrdiff_t>(at), &found);
        rarest = std::min(rarest, found.size());
    }
    // Words in thousands of names ("company", "mohammad") still count in the score; as candidate sources
    // they are only used when the query has nothing rarer.
    const std::size_t common = rarest <= common_postings ? common_postings : names.size() / 4 + 50;
    for (std::size_t key_idx = 0; key_idx < keys.size(); ++key_idx) {
        const auto& key = keys[key_idx];
        const auto* list = lists[key_idx];
        if (list == nullptr || list->size() > common) continue;
        // Sound and prefix keys of common shapes ("p52") would touch thousands of names for little evidence.
        if ((key.key[0] == 'p' || key.key[0] == 'x' || key.key[0] == 's') && list->size() > 3000) continue;
        // An abbreviation key says only that a few letters agree: a syllable key ("b") the first two of two
        // words, a prefix key ("m") three initials. The name counts when it spells the whole query word (a
        // few dozen names hold such a key; unchecked, they crowded out the names of sound and typo keys).
        const char kind = key.key[0];
        const std::string* abbreviation =
            kind == 'b' || kind == 'm' ? &query.tokens[key.group - 1].text : nullptr;
        for (std::uint32_t name_id : *list) {
            if (options.schema && !schema_accepts(options.schema, info[name_id].schema)) continue;
            if (abbreviation != nullptr) {
                const auto& tokens = names[name_id].name.tokens;
                const bool spelt = kind == 'b' ? detail::spelt_by_word_syllables(*abbreviation, tokens)
                                               : detail::spelt_by_word_prefixes(*abbreviation, tokens) != 0;
                if (!spelt) continue;
            }
            Tally& t = tally[name_id];
            if (t.accumulated == 0.0F && t.group == 0) touched.push_back(name_id);
            if (t.group != key.group) {
                t.group = key.group;
                t.group_best = 0.0F;
            }
            // Best key of the group, plus a little for each further key that agrees ("novelka" shares
            // both its sound key and its prefix with NOVELCO, and only its sound key with hundreds of names).
            if (key.weight > t.group_best) {
                t.accumulated += key.weight - t.group_best + corroboration * t.group_best;
                t.group_best = key.weight;
            } else if (key.key[0] != 'f') {
                // The folded spelling of a word found exactly is no further evidence: counted, it
                // favoured exact hits on common words (cross-script recall@10 0.916 -> 0.909).
                t.accumulated += corroboration * key.weight;
            }
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
    for (std::uint32_t name_id : touched) {
        const float score = tally[name_id].accumulated - 0.01F * static_cast<float>(info[name_id].tokens);
        evidence.push_back(static_cast<std::uint64_t>(ordered(score)) << 32U | (0xFFFFFFFFU - name_id));
        tally[name_id] = Tally{};
    }
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

void Index::Impl::identifier_hits(std::string_view text, std::vector<Hit>& hits) const {
    std::vector<std::string> wanted{detail::compact_identifier(text)};
    std::string digits;
    for (std::size_t pos = 0; pos <= text.size(); ++pos) {
        if (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            digits += text[pos];
            continue;
        }
        if (digits.size() == 7 || digits.size() == 9) wanted.push_back(digits);  // IMO, MMSI
        digits.clear();
    }
    for (const auto& id : wanted) {
        const auto it = identifiers.find(id);
        if (id.size() < 4 || it == identifiers.end()) continue;
        for (const auto& ref : it->second) {
            const lists::Value& value = set->entities[ref.entity].values[ref.value];
            Hit hit;
            hit.entity_index = ref.entity;
            hit.matched_name = value.text;
            hit.matched_prop = value.prop;
            hit.score = 1.0;
            hit.why.qualifiers.push_back(
                {std::string(lists::to_string(value.prop)) + " " + value.text + " exact", 1.0});
            hits.push_back(std::move(hit));
        }
    }
}

void Index::Impl::add_qualifiers(const MatchOptions& options, Hit& hit) const {
    const lists::Entity& entity = set->entities[hit.entity_index];
    if (options.birth_date && options.birth_date->size() >= 4) {
        const std::string year = options.birth_date->substr(0, 4);
        bool any = false;
        bool same = false;
        for (auto date : entity.all(lists::Prop::birth_date)) {
            any = true;
            same = same || date.find(year) != std::string_view::npos;
        }
        if (any) {
            const double delta = same ? 0.05 : -0.15;
            hit.why.qualifiers.push_back(
                {same ? "birth year " + year + " agrees" : "birth year " + year + " differs", delta});
            hit.score = std::clamp(hit.score + delta, 0.0, 1.0);
        }
    }
    if (options.country && !options.country->empty()) {
        if (auto evidence = detail::country_evidence(*options.country, entity)) {
            hit.score = std::clamp(hit.score + evidence->delta, 0.0, 1.0);
            hit.why.qualifiers.push_back(std::move(*evidence));
        }
    }
}

Index::Index(const lists::EntitySet& entities) : m_impl(std::make_unique<Impl>()) {
    m_impl->set = &entities;
    for (std::uint32_t idx = 0; idx < entities.entities.size(); ++idx) m_impl->add_entity(idx);
    m_impl->sort_typo_postings();
    std::sort(m_impl->form_hashes.begin(), m_impl->form_hashes.end());
    m_impl->set_weights();
}

Index::~Index() = default;
Index::Index(Index&&) noexcept = default;
Index& Index::operator=(Index&&) noexcept = default;

namespace {

Result<std::vector<detail::NormalName>, QueryError> prepare(std::string_view name,
                                                            const MatchOptions& options) {
    if (name.size() > max_query_bytes) return unexpected(QueryError::too_long);
    bool blank = true;
    for (char c : name) blank = blank && (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F);
    if (blank) return unexpected(QueryError::empty);
    auto forms = detail::normalise(name, options.schema);
    if (forms.empty()) return unexpected(QueryError::no_letters);
    return forms;
}

}  // namespace

Result<std::vector<Hit>, QueryError> Index::query(std::string_view name, const MatchOptions& options) const {
    auto prepared = prepare(name, options);
    if (!prepared) return unexpected(prepared.error());
    std::vector<detail::NormalName>& forms = *prepared;
    for (auto& form : forms) {
        for (auto& token : form.tokens) token.weight = m_impl->token_weight(token);
    }
    detail::ScoreParams params;
    params.query_romanised = !is_ascii(name);
    // A rare word spelt like a common one is more often another word: loose pairs scaled by the square root
    // of the share their rarities have in common (LOO recall@1 seeds 7 / 11 / 23 +1 / +2 / +2 aliases,
    // held-out +2 / 0 / +1, typos unchanged; the share to the power 0.35, 0.7 or 1 lost aliases; with the
    // knee below, recall at the threshold up with no more synthetic false positives; docs/accuracy.md).
    params.rarity_scaled = true;
    params.unknown_word_weight = static_cast<float>(m_impl->rarity(0.5));  // as token_weight stores it
    params.unmatched_list_factor = 0.6;
    // Extra words on one side count fully: at 0.8 a two-word query met by a one-word list name scored
    // 0.71 ("Pier Ravaglioli" / PIER), above the threshold (tuned on validation_negatives_us.csv and LOO
    // seed 11; docs/accuracy.md).
    params.one_sided_factor = 1.0;
    // Raw score 0.88 is reported as the default threshold 0.70: the lowest raw level (0.86 ... 0.90 tried)
    // at which no row group of either synthetic-negative file matched more listed names than at the knee
    // 0.90 before rarity_scaled (global even / odd rows 0.6% / 0.4% both then and now; US 0.4% / 0% then,
    // 0.2% / 0% now); the odd rows were kept for checking (docs/accuracy.md, "False positives").
    params.calibration_knee = 0.88;
    // A query found whole in a longer name ranks above loose spellings of short ones, at most at raw 0.8
    // (reported 0.62): tried 0.4 to 0.89 on LOO seeds 7, 11 and 23 (docs/accuracy.md).
    params.containment_factor = 0.8;
    // A query written "SURNAME, Given" is a person's name: a listed company, organisation, vessel or aircraft
    // (OFAC lists companies as LegalEntity) whose name is not so written is the weaker reading of it.
    // KAPIDZIC, Eso is KAPIDZIC, Esad before HIZBALLAH ESO. 0.8 (tried 0.5-0.95 on LOO seeds 7, 11 and 23:
    // recall@1 +0.001 to +0.002 from 0.9 down, nothing more below 0.8; synthetic negatives unchanged).
    params.person_shape_factor = 0.8;
    struct Best {
        double score;
        std::uint32_t entity;
        std::uint32_t name_id;
        std::uint32_t form;
        std::uint32_t order;     // first scored wins ties, as a map keyed by entity would keep it
        std::uint32_t paired;    // query tokens the name pairs (detail::score_names), for completion
        bool completed = false;  // name_id completed with words of the entity's other names
    };
    thread_local std::vector<Best> ranked;  // every scored name, then the best name per entity
    thread_local std::vector<std::uint32_t> chosen;
    ranked.clear();
    for (std::uint32_t form_idx = 0; form_idx < forms.size(); ++form_idx) {
        m_impl->gather(forms[form_idx], options, chosen);
        m_impl->add_same_forms(forms[form_idx], options, chosen);
        const auto& names = m_impl->names;
        // Candidates lie anywhere in memory and scoring one is short: most of its time was waiting for its
        // record and tokens. Ask for every record now, and for the next candidate's tokens ahead of use.
        for (std::uint32_t name_id : chosen) __builtin_prefetch(&names[name_id]);
        for (std::size_t pos = 0; pos < chosen.size(); ++pos) {
            if (pos + 1 < chosen.size()) {
                const auto& next = names[chosen[pos + 1]].name.tokens;
                const char* begin = reinterpret_cast<const char*>(next.data());
                const char* end = reinterpret_cast<const char*>(next.data() + next.size());
                for (const char* line = begin; line < end; line += 64) __builtin_prefetch(line);
            }
            const std::uint32_t name_id = chosen[pos];
            const IndexedName& indexed = names[name_id];
            std::uint32_t paired = 0;
            const double score = detail::score_names(forms[form_idx], indexed.name, params, nullptr, &paired);
            ranked.push_back({score, indexed.entity, name_id, form_idx,
                              static_cast<std::uint32_t>(ranked.size()), paired});
        }
    }
    // Of an entity's names that score alike, the shortest as written explains the hit best (ALBATROS OOO
    // rather than OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU ALBATROS); then the first scored.
    const auto& names = m_impl->names;
    std::sort(ranked.begin(), ranked.end(), [&names](const Best& a, const Best& b) {
        if (a.entity != b.entity) return a.entity < b.entity;
        if (a.score != b.score) return a.score > b.score;
        const std::size_t a_size = names[a.name_id].name.form.size();
        const std::size_t b_size = names[b.name_id].name.form.size();
        return a_size != b_size ? a_size < b_size : a.order < b.order;
    });
    ranked.erase(std::unique(ranked.begin(), ranked.end(),
                             [](const Best& a, const Best& b) { return a.entity == b.entity; }),
                 ranked.end());
    const auto by_score = [](const Best& a, const Best& b) {
        return a.score != b.score ? a.score > b.score : a.entity < b.entity;
    };
    std::sort(ranked.begin(), ranked.end(), by_score);
    // Aliases recombine the parts of other aliases ("LAREDO, Antonio" for LAREDO DON JUAN, Job a.k.a.
    // RODRIGUEZ, Antonio): the leading entities may complete their best name with words of their other names.
    thread_local detail::NormalName completed;
    const std::size_t completing = std::min<std::size_t>(ranked.size(), completion_candidates);
    bool changed = false;
    for (std::size_t pos = 0; pos < completing; ++pos) {
        Best& found = ranked[pos];
        if (!m_impl->complete(forms[found.form], found.name_id, found.paired, completed)) continue;
        const double score = detail::score_completed(forms[found.form], completed, params, nullptr);
        if (score > found.score) {
            found.score = score;
            found.completed = true;
            changed = true;
        }
    }
    if (changed)
        std::sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(completing), by_score);
    std::vector<Hit> hits;
    m_impl->identifier_hits(name, hits);
    // Qualifiers (birth date, country) can reorder hits and identifier hits can repeat an entity: explain a
    // few more than asked for then, else only top_k.
    const std::size_t spare = options.birth_date || options.country || !hits.empty() ? 8 : 0;
    for (const Best& found : ranked) {
        const std::uint32_t entity = found.entity;
        if (hits.size() >= options.top_k + spare || found.score < options.threshold - 0.2) break;
        const IndexedName& indexed = m_impl->names[found.name_id];
        Hit hit;
        hit.entity_index = entity;
        const lists::Value& value = m_impl->set->entities[entity].values[indexed.value];
        hit.matched_name = value.text;
        hit.matched_prop = value.prop;
        if (found.completed) {
            // Rebuilt: `completed` was reused.
            m_impl->complete(forms[found.form], found.name_id, found.paired, completed);
            hit.score = detail::score_completed(forms[found.form], completed, params, &hit.why);
        } else {
            hit.score = detail::score_names(forms[found.form], indexed.name, params, &hit.why);
        }
        m_impl->add_qualifiers(options, hit);
        hits.push_back(std::move(hit));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score > b.score; });
    std::vector<Hit> out;
    for (auto& hit : hits) {
        if (out.size() >= options.top_k || hit.score < options.threshold) break;
        bool duplicate = false;
        for (const auto& kept : out) duplicate = duplicate || kept.entity_index == hit.entity_index;
        if (!duplicate) out.push_back(std::move(hit));
    }
    // Nothing found for a query of nothing but legal forms and stop words ("LLC", "Co., Ltd."): the answer is
    // that it names no one, not that no one is listed under it.
    const auto bare = [&options](const detail::NormalName& form) {
        return detail::names_no_one(form, options.schema);
    };
    if (out.empty() && std::all_of(forms.begin(), forms.end(), bare)) return unexpected(QueryError::no_name);
    return out;
}

const lists::EntitySet& Index::entities() const noexcept {
    return *m_impl->set;
}

IndexStats Index::stats() const noexcept {
    IndexStats stats;
    stats.entities = m_impl->set->entities.size();
    stats.names = m_impl->names.size();
    stats.keys = m_impl->key_ids.size();
    for (const auto& list : m_impl->postings) stats.postings += list.size();
    for (const auto& [id, refs] : m_impl->identifiers) stats.identifiers += refs.size();
    std::size_t bytes = stats.postings * sizeof(std::uint32_t) + stats.keys * 64 +
                        m_impl->typo_postings.capacity() * sizeof(std::uint64_t) +
                        m_impl->typo_buckets.capacity() * sizeof(std::uint32_t) +
                        m_impl->info.size() * sizeof(Impl::NameInfo) +
                        m_impl->form_hashes.capacity() * sizeof(m_impl->form_hashes[0]);
    for (const auto& indexed : m_impl->names) {
        bytes += sizeof(IndexedName) + indexed.name.form.capacity();
        for (const auto& token : indexed.name.tokens) {
            bytes +=
                sizeof(detail::Token) + token.text.capacity() + token.canon.capacity() + token.key.capacity();
        }
    }
    stats.memory_bytes = bytes;
    return stats;
}

}  // namespace cp::match
