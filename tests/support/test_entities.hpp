// SPDX-License-Identifier: Apache-2.0
// Small hand-made list entities for tests of matching and screening.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lists/entity.hpp"

namespace cp::test {

/// An entity `id` of `schema` with `values` (property, text), no provenance.
inline lists::Entity entity(std::string id, lists::Schema schema,
                            std::vector<std::pair<lists::Prop, std::string>> values) {
    lists::Entity e;
    e.id = std::move(id);
    e.schema = schema;
    for (auto& [prop, text] : values) e.values.push_back({prop, std::move(text), {}});
    return e;
}

}  // namespace cp::test
