// SPDX-License-Identifier: Apache-2.0
// Resolving the names of EntitySet::relations to entity ids, shared by the OFAC and FtM loaders.
#pragma once

#include <string>
#include <string_view>

#include "lists/entity.hpp"

namespace cp::lists::detail {

/// The comparison key of a name: ASCII letters upper-cased, digits kept, every run of ASCII spaces and
/// punctuation one space, no leading/trailing space; bytes >= 0x80 (non-Latin scripts) kept as they are.
/// "Pouya Air." and "POUYA  AIR" give "POUYA AIR". Deliberately no transliteration or fuzziness: a
/// relation is stated by the list, so only the list's own spelling may resolve it.
[[nodiscard]] std::string name_key(std::string_view name);

/// Fills `to_id` of every relation in `set` whose `to_id` is empty, when exactly one entity of the
/// relation's source carries `to_name` as name or alias (by name_key). Ambiguous and unknown names stay
/// unresolved.
void resolve_relations(EntitySet& set);

}  // namespace cp::lists::detail
