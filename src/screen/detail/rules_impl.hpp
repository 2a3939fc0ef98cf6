// SPDX-License-Identifier: Apache-2.0
// The loaded form of the rules file and the CHPL table (rules.cpp loads, screener.cpp evaluates).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "screen/screen.hpp"

namespace cp::screen {

namespace detail {

/// The checks a rule can run; the rules file picks one per rule with "kind".
enum class RuleKind : std::uint8_t {
    country_in_list,
    logistics_consignee,
    payer_third_country,
    phone_country_mismatch,
    email_domain_in_list,
    address_similar_to_listed,
    new_customer_tier,
    line_of_business,
    rerouted,
    price_above_reference,
};

/// One rule of the rules file; only the parameters of its kind are filled.
struct Rule {
    std::string id;
    RuleKind kind = RuleKind::country_in_list;
    Risk risk = Risk::low;
    std::string description;
    std::string source;
    Field field = Field::destination_country;
    std::vector<Field> fields;
    std::vector<std::string> words;  ///< countries (ISO2), keywords (lower case), domains, tiers, "from"
    double number = 0.0;             ///< threshold, factor or max_age_days
    std::vector<std::pair<std::string, std::vector<std::string>>> businesses;  ///< keyword -> HS prefixes
};

/// A description keyword list pointing at a CHPL code.
struct ItemHint {
    std::vector<std::string> keywords;  ///< lower case
    std::string hs6;
    std::string why;
};

}  // namespace detail

struct Rules::Impl {
    std::map<std::string, ChplEntry, std::less<>> chpl;  ///< hs6 -> entry
    std::vector<detail::ItemHint> hints;
    std::vector<detail::Rule> rules;
    double party_threshold =
        0.70;  // match scores are calibrated: 0.70 is its operating point (docs/accuracy.md)
    double party_high_at = 0.80;
    std::vector<Field> party_fields{Field::customer, Field::consignee, Field::end_user, Field::forwarder,
                                    Field::payer};
};

}  // namespace cp::screen
