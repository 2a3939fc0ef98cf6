// SPDX-License-Identifier: Apache-2.0
// The report's inline SVG map: tracks, event points and named sites on an equirectangular projection of the
// data's bounding box (longitudes scaled by the cosine of the middle latitude, so shapes are not stretched).
#pragma once

#include <string>
#include <vector>

#include "track/context.hpp"
#include "track/event.hpp"
#include "track/sites.hpp"

namespace cp::report::detail {

/// An `<svg>` element (or a note when nothing has a position). Event markers link to `#event-<index>`.
[[nodiscard]] std::string svg_map(const std::vector<track::Event>& events,
                                  const std::vector<track::TrackRecorder::Track>& tracks,
                                  const track::SiteIndex* sites);

}  // namespace cp::report::detail
