// SPDX-License-Identifier: Apache-2.0
// Spatial grid of the vessels that could be in an encounter (slow ones), so that a report is compared with
// its neighbours only. Cells are 0.01 degree of latitude by 0.01 degree of longitude (1.1 km by 1.1 km *
// cos(lat)): a neighbour within `radius_m` lies in the cells that the query spans, never further out.
#pragma once

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

#include "track/detail/vessel_state.hpp"

namespace cp::track::detail {

class EncounterGrid {
public:
    /// Cell key of a position.
    [[nodiscard]] static std::uint64_t cell_of(AisPoint p) noexcept;
    void insert(std::uint32_t mmsi, std::uint64_t cell);
    void remove(std::uint32_t mmsi, std::uint64_t cell);
    /// Calls `fn(mmsi)` for every vessel listed in a cell that may hold points within `radius_m` of `p`.
    void for_each_near(AisPoint p, double radius_m, const std::function<void(std::uint32_t)>& fn) const;
    [[nodiscard]] std::size_t memory_bytes() const noexcept;

private:
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> m_cells;
};

}  // namespace cp::track::detail
