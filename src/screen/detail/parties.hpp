// SPDX-License-Identifier: Apache-2.0
// Party screening for the Screener: names through match::Index, addresses through a token index over the list
// addresses (IDF-weighted Dice overlap), both cached per distinct input so a repeated customer costs one
// query.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cp::lists {
struct EntitySet;
}
namespace cp::match {
class Index;
}

namespace cp::screen::detail {

/// One list entity a name or address matched.
struct PartyMatch {
    std::size_t entity_index = 0;
    double score = 0.0;
    std::string matched;       ///< the list name or address that matched
    std::string why;           ///< explanation summary
    std::string listing_date;  ///< ISO date when the list gives one, else ""
};

class PartyScreen {
public:
    /// Borrows `index` (may be null: no party screening) and its EntitySet.
    PartyScreen(const match::Index* index, double name_threshold);

    /// Matches of `name` (with the party's ISO country, may be empty), best first; cached.
    const std::vector<PartyMatch>& names(const std::string& name, const std::string& country);
    /// Why names(name, country) could not screen `name` ("only legal forms... it names no one"); "" when it
    /// did.
    [[nodiscard]] const std::string& name_error(const std::string& name, const std::string& country) const;
    /// Matches of `address` scoring at least `threshold`; cached.
    const std::vector<PartyMatch>& addresses(const std::string& address, double threshold);

    [[nodiscard]] const lists::EntitySet* entities() const noexcept { return m_entities; }
    /// "ofac-sdn:36092 (Company; RUSSIA-EO14024; OFAC SDN)" for evidence lines.
    [[nodiscard]] std::string describe(std::size_t entity_index) const;
    [[nodiscard]] std::string source_title(std::size_t entity_index) const;

private:
    void build_address_index();

    const match::Index* m_index;
    const lists::EntitySet* m_entities = nullptr;
    double m_threshold;
    std::unordered_map<std::string, std::vector<PartyMatch>> m_name_cache;
    std::unordered_map<std::string, std::string> m_name_errors;  ///< same keys: the query's error
    std::unordered_map<std::string, std::vector<PartyMatch>> m_address_cache;
    // address index: token -> posting list of address ids; address id -> (entity, text, weight sum)
    bool m_address_index_built = false;
    std::unordered_map<std::string, std::vector<std::uint32_t>> m_postings;
    struct Address {
        std::size_t entity_index = 0;
        std::string_view text;
        double weight = 0.0;
    };
    std::vector<Address> m_addresses;
    std::unordered_map<std::string, double> m_idf;
};

/// Upper-case ASCII alphanumeric tokens of `text` (length >= 2), deduplicated.
[[nodiscard]] std::vector<std::string> address_tokens(std::string_view text);

}  // namespace cp::screen::detail
