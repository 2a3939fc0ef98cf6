// SPDX-License-Identifier: Apache-2.0
// What `replay` and `watch` load before the first message: sites (bundled + --sites), watchlists (--watchlist
// CSVs and the vessels/aircraft of --lists), the identity tables, an aircraft database and the detector
// thresholds
// (--rules). One loader and one set of options, so the two commands cannot drift apart.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "track/track.hpp"

namespace cp::app {

struct TrackingInputs {
    std::vector<std::string> sites;  ///< sites of concern files besides the bundled sites
    bool no_bundled_sites = false;
    std::vector<std::string> watchlists;
    std::string lists_dir;
    std::string aircraft_db;
    std::string rules;  ///< thresholds JSON (track/rules.hpp); empty = published defaults
};

/// Adds --sites, --no-bundled-sites, --watchlist, --lists, --aircraft-db and --rules to `cmd`.
void add_tracking_options(CLI::App* cmd, TrackingInputs& inputs);

/// Everything the trackers borrow, loaded once. Not movable: the Context points into it.
class TrackingContext {
public:
    /// Loads the inputs; `label` prefixes the one-line notes on stderr ("replay", "watch").
    TrackingContext(const TrackingInputs& inputs, const char* label);
    TrackingContext(const TrackingContext&) = delete;
    TrackingContext& operator=(const TrackingContext&) = delete;

    /// A Context over the loaded tables with `sink` and `recorder` (may be null).
    [[nodiscard]] track::Context context(track::EventSink sink, track::TrackRecorder* recorder) const;
    [[nodiscard]] const track::Rules& rules() const noexcept { return m_rules; }
    [[nodiscard]] const track::SiteIndex& sites() const noexcept { return m_sites; }

private:
    track::SiteIndex m_sites;
    track::Watchlist m_watchlist;
    track::IcaoBlocks m_icao_blocks = track::IcaoBlocks::bundled();
    track::MidFlags m_mid_flags = track::MidFlags::bundled();
    std::optional<track::AircraftDb> m_aircraft_db;
    track::Rules m_rules;
};

}  // namespace cp::app
