// SPDX-License-Identifier: Apache-2.0
// Item classification (CHPL by HS code and by description) and the red-flag rule checks, used by
// screener.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "screen/detail/parties.hpp"
#include "screen/detail/rules_impl.hpp"

namespace cp::screen::detail {

/// What classify_items() decided for one order line.
struct LineItems {
    std::optional<ChplEntry> chpl;  ///< by HS code, else by description
};

/// The description hint matching `description` (lower-cased, whole words), if any.
[[nodiscard]] const ItemHint* hint_for(const Rules::Impl& rules, std::string_view description,
                                       std::string* keyword);

/// CHPL findings and HS-code notes for one line, appended to `findings`.
LineItems classify_items(const Rules::Impl& rules, const OrderLine& line, std::vector<Finding>& findings);

/// ISO code of where the goods go: destination_country, else consignee, end-user or customer country.
[[nodiscard]] std::string destination_of(const OrderLine& head);

/// Runs every red-flag rule on `order`, appending findings.
void apply_rules(const Rules::Impl& rules, const Order& order, const std::vector<LineItems>& items,
                 PartyScreen& parties, std::vector<Finding>& findings);

}  // namespace cp::screen::detail
