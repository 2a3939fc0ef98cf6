// SPDX-License-Identifier: Apache-2.0
// Names go through match::Index (scores and explanations are match/'s); addresses use a small token index,
// because list addresses are short structured strings where rare tokens (street names, building numbers,
// free-zone names) carry the identity and city or country names carry almost none.
#include "screen/detail/parties.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include <fmt/format.h>

#include "lists/entity.hpp"
#include "match/match.hpp"

namespace cp::screen::detail {

namespace {
// Tokens in more than this many list addresses (cities, countries, "STREET") are not used to find candidates.
constexpr std::size_t max_posting = 2000;
}  // namespace

std::vector<std::string> address_tokens(std::string_view text) {
    std::vector<std::string> tokens;
    std::string token;
    auto flush = [&] {
        if (token.size() >= 2 && std::find(tokens.begin(), tokens.end(), token) == tokens.end()) {
            tokens.push_back(token);
        }
        token.clear();
    };
    for (char c : text) {
        if ((c >= 'a' && c <= 'z')) {
            token += static_cast<char>(c - 'a' + 'A');
        } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   (static_cast<unsigned char>(c) >= 0x80)) {
            token += c;
        } else {
            flush();
        }
    }
    flush();
    return tokens;
}

PartyScreen::PartyScreen(const match::Index* index, double name_threshold)
    : m_index(index), m_entities(index != nullptr ? &index->entities() : nullptr),
      m_threshold(name_threshold) {}

const std::vector<PartyMatch>& PartyScreen::names(const std::string& name, const std::string& country) {
    std::string key = name + '\x1f' + country;
    const auto cached = m_name_cache.find(key);
    if (cached != m_name_cache.end()) return cached->second;
    std::vector<PartyMatch> out;
    if (m_index != nullptr) {
        match::MatchOptions options;
        options.top_k = 3;
        options.threshold = m_threshold;
        if (!country.empty()) options.country = country;
        const auto hits = m_index->query(name, options);
        if (!hits) m_name_errors.emplace(key, match::to_string(hits.error()));
        if (hits) {
            for (const match::Hit& hit : *hits) {
                const lists::Entity& entity = m_entities->entities[hit.entity_index];
                out.push_back({hit.entity_index, hit.score, std::string(hit.matched_name), hit.why.summary(),
                               std::string(entity.first(lists::Prop::listing_date).value_or(""))});
            }
        }
    }
    return m_name_cache.emplace(std::move(key), std::move(out)).first->second;
}

const std::string& PartyScreen::name_error(const std::string& name, const std::string& country) const {
    static const std::string none;
    const auto found = m_name_errors.find(name + '\x1f' + country);
    return found == m_name_errors.end() ? none : found->second;
}

void PartyScreen::build_address_index() {
    m_address_index_built = true;
    if (m_entities == nullptr) return;
    std::unordered_map<std::string, std::size_t> doc_freq;
    for (std::size_t entity_idx = 0; entity_idx < m_entities->entities.size(); ++entity_idx) {
        for (const lists::Value& value : m_entities->entities[entity_idx].values) {
            if (value.prop != lists::Prop::address) continue;
            const auto id = static_cast<std::uint32_t>(m_addresses.size());
            m_addresses.push_back({entity_idx, value.text, 0.0});
            for (const std::string& token : address_tokens(value.text)) {
                m_postings[token].push_back(id);
                ++doc_freq[token];
            }
        }
    }
    const double total = static_cast<double>(std::max<std::size_t>(m_addresses.size(), 1));
    for (const auto& [token, freq] : doc_freq)
        m_idf[token] = std::log(1.0 + total / static_cast<double>(freq));
    for (Address& address : m_addresses) {
        for (const std::string& token : address_tokens(address.text)) address.weight += m_idf[token];
    }
}

const std::vector<PartyMatch>& PartyScreen::addresses(const std::string& address, double threshold) {
    const auto cached = m_address_cache.find(address);
    if (cached != m_address_cache.end()) return cached->second;
    if (!m_address_index_built) build_address_index();
    const std::vector<std::string> tokens = address_tokens(address);
    const double unseen_idf =
        std::log(1.0 + static_cast<double>(std::max<std::size_t>(m_addresses.size(), 1)));
    double query_weight = 0.0;
    std::unordered_set<std::uint32_t> candidates;  // addresses sharing a token that is not too common
    for (const std::string& token : tokens) {
        const auto idf = m_idf.find(token);
        query_weight += idf == m_idf.end() ? unseen_idf : idf->second;
        const auto posting = m_postings.find(token);
        if (posting == m_postings.end() || posting->second.size() > max_posting) continue;
        for (std::uint32_t id : posting->second) candidates.insert(id);
    }
    // tokens skipped for candidate search still count once a candidate is found
    std::vector<PartyMatch> out;
    for (std::uint32_t id : candidates) {
        const Address& candidate = m_addresses[id];
        const std::vector<std::string> candidate_tokens = address_tokens(candidate.text);
        double common = 0.0;
        for (const std::string& token : tokens) {
            if (std::find(candidate_tokens.begin(), candidate_tokens.end(), token) !=
                candidate_tokens.end()) {
                common += m_idf[token];
            }
        }
        const double dice = 2.0 * common / (query_weight + candidate.weight);
        if (dice >= threshold) {
            out.push_back({candidate.entity_index, dice, std::string(candidate.text),
                           fmt::format("IDF-weighted token overlap {:.2f}", dice), ""});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const PartyMatch& a, const PartyMatch& b) { return a.score > b.score; });
    if (out.size() > 3) out.resize(3);
    return m_address_cache.emplace(address, std::move(out)).first->second;
}

std::string PartyScreen::source_title(std::size_t entity_index) const {
    const lists::Entity& entity = m_entities->entities[entity_index];
    if (entity.values.empty()) return {};
    const std::uint16_t source = entity.values.front().from.source;
    return source < m_entities->sources.size() ? m_entities->sources[source].title : std::string();
}

std::string PartyScreen::describe(std::size_t entity_index) const {
    const lists::Entity& entity = m_entities->entities[entity_index];
    std::string programmes;
    for (std::string_view programme : entity.all(lists::Prop::programme)) {
        if (!programmes.empty()) programmes += ", ";
        programmes += programme;
    }
    return fmt::format("{} ({}{}{})", entity.id, lists::to_string(entity.schema),
                       programmes.empty() ? "" : "; ", programmes);
}

}  // namespace cp::screen::detail
