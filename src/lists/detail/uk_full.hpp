// SPDX-License-Identifier: Apache-2.0
// The full layout of the UK FCDO sanctions list CSV (uk_full.cpp), reached through parse_uk_csv().
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lists/detail/csv.hpp"
#include "lists/entity.hpp"

namespace cp::lists::detail {

/// Schema of a UK designation type as both layouts write it ("Individual", "Entity", "Ship"); nullopt for
/// anything else.
[[nodiscard]] std::optional<Schema> uk_schema(std::string_view type) noexcept;

/// True when `row` is a full-layout header: it has "Unique ID", "Name 6" and "Name type".
[[nodiscard]] bool is_uk_full_header(const std::vector<std::string>& row);

/// Reads the rows after `header` (already read from `reader`) into a "uk" set, one entity per Unique ID.
/// Throws cp::InputError at the row for a missing required column, a short row, an unknown Designation
/// Type or Name type, or rows of one Unique ID with different Designation Types.
[[nodiscard]] EntitySet parse_uk_full_csv(CsvReader& reader, const std::vector<std::string>& header,
                                          const std::string& name);

}  // namespace cp::lists::detail
