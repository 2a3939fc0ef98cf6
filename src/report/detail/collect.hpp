// SPDX-License-Identifier: Apache-2.0
// What several writers derive from the same events: the path an event's evidence draws, the sites events
// name, events in timeline order and one colour per event kind (shared so the KML and the HTML map agree).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo.hpp"
#include "track/event.hpp"
#include "track/sites.hpp"

namespace cp::report::detail {

/// Number of EventKind values (flight_leg .. position_jump).
inline constexpr std::size_t event_kind_count = 12;

/// Evidence positions in order, consecutive duplicates removed.
[[nodiscard]] std::vector<geo::LatLon> evidence_path(const track::Event& event);

/// A site named by at least one event, found in the site index.
struct NamedSite {
    const track::Site* site = nullptr;  ///< borrowed from the SiteIndex
    std::size_t mentions = 0;           ///< how many events name it
};
/// Sites named by `events` that `sites` knows (by id), in order of first mention. Empty when `sites` is null.
[[nodiscard]] std::vector<NamedSite> named_sites(const std::vector<track::Event>& events,
                                                 const track::SiteIndex* sites);

/// Indices of `events` sorted by start time (stable: detection order breaks ties).
[[nodiscard]] std::vector<std::size_t> timeline_order(const std::vector<track::Event>& events);

/// Events per kind, indexed by the EventKind value.
[[nodiscard]] std::array<std::size_t, event_kind_count> count_kinds(const std::vector<track::Event>& events);

/// A detail value (JSON text) for people: JSON strings lose their quotes and escapes, other values stay as
/// written.
[[nodiscard]] std::string detail_text(std::string_view json_value);

/// "#rrggbb" colour of an event kind on maps (aircraft kinds warm, vessel kinds cool).
[[nodiscard]] std::string_view kind_colour(track::EventKind kind) noexcept;

}  // namespace cp::report::detail
