// SPDX-License-Identifier: Apache-2.0
// Building the index: every name, alias, weak alias and former name of every entity, in each of its
// romanisations, under its posting keys (detail/keys.hpp) and typo keys, with its words weighted by rarity;
// identifiers (IMO, MMSI, tail and serial numbers) under their compact form.
#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/detail/index_impl.hpp"
#include "match/detail/keys.hpp"
#include "match/detail/similarity.hpp"
#include "match/detail/spans.hpp"

namespace cp::match {

namespace {

bool is_name_prop(lists::Prop prop) {
    return prop == lists::Prop::name || prop == lists::Prop::alias || prop == lists::Prop::weak_alias ||
           prop == lists::Prop::previous_name;
}

bool is_identifier_prop(lists::Prop prop) {
    return prop == lists::Prop::imo_number || prop == lists::Prop::mmsi || prop == lists::Prop::call_sign ||
           prop == lists::Prop::registration_number || prop == lists::Prop::serial_number ||
           prop == lists::Prop::icao24;
}

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

}  // namespace

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
            for (auto& key : detail::name_keys(normal)) key_table.add(std::move(key), name_id);
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
    std::string key = "w" + token.canon;
    auto list = key_table.find(key);
    // A plural no list holds weighs as its singular does (PLANAR ELEMENTS: ELEMENT is in 9 names), not as
    // an unknown word, the heaviest.
    if (list.empty() && detail::plural_in_s(token.canon)) {
        key.pop_back();
        list = key_table.find(key);
    }
    double weight = rarity(list.empty() ? 0.5 : static_cast<double>(list.size()));
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

void Index::Impl::number_tokens() {
    std::unordered_map<std::string, std::uint32_t> numbers;
    std::string content;
    for (auto& indexed : names) {
        for (auto& token : indexed.name.tokens) {
            content.clear();
            detail::append_compared_content(token, content);
            token.id =
                numbers.try_emplace(content, static_cast<std::uint32_t>(numbers.size() + 1)).first->second;
        }
    }
}

Index::Index(const lists::EntitySet& entities) : m_impl(std::make_unique<Impl>()) {
    m_impl->set = &entities;
    for (std::uint32_t idx = 0; idx < entities.entities.size(); ++idx) m_impl->add_entity(idx);
    m_impl->key_table.freeze();
    m_impl->sort_typo_postings();
    std::sort(m_impl->form_hashes.begin(), m_impl->form_hashes.end());
    m_impl->set_weights();
    m_impl->number_tokens();
}

Index::~Index() = default;
Index::Index(Index&&) noexcept = default;
Index& Index::operator=(Index&&) noexcept = default;

const lists::EntitySet& Index::entities() const noexcept {
    return *m_impl->set;
}

IndexStats Index::stats() const noexcept {
    IndexStats stats;
    stats.entities = m_impl->set->entities.size();
    stats.names = m_impl->names.size();
    stats.keys = m_impl->key_table.keys();
    stats.postings = m_impl->key_table.postings();
    for (const auto& [id, refs] : m_impl->identifiers) stats.identifiers += refs.size();
    std::size_t bytes = m_impl->key_table.memory_bytes() +
                        m_impl->typo_postings.capacity() * sizeof(std::uint64_t) +
                        m_impl->typo_buckets.capacity() * sizeof(std::uint32_t) +
                        m_impl->info.size() * sizeof(Impl::NameInfo) +
                        m_impl->form_hashes.capacity() * sizeof(m_impl->form_hashes[0]);
    for (const auto& indexed : m_impl->names) {
        bytes += sizeof(detail::IndexedName) + indexed.name.form.capacity();
        for (const auto& token : indexed.name.tokens) {
            bytes +=
                sizeof(detail::Token) + token.text.capacity() + token.canon.capacity() + token.key.capacity();
        }
    }
    stats.memory_bytes = bytes;
    return stats;
}

}  // namespace cp::match
