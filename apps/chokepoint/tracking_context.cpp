// SPDX-License-Identifier: Apache-2.0
#include "tracking_context.hpp"

#include <cstdio>

#include <fmt/format.h>

#include "lists/lists.hpp"

namespace cp::app {

void add_tracking_options(CLI::App* cmd, TrackingInputs& inputs) {
    cmd->add_option("--sites", inputs.sites, "Sites of concern (CSV or GeoJSON), besides the bundled ones");
    cmd->add_flag("--no-bundled-sites", inputs.no_bundled_sites,
                  "Do not load the bundled sites, airports and ports");
    cmd->add_option("--watchlist", inputs.watchlists,
                    "Watchlist CSV (kind,value[,label]; kinds: icao, registration, callsign_prefix, "
                    "aircraft_country, mmsi, imo, vessel_name, call_sign)");
    cmd->add_option("--lists", inputs.lists_dir,
                    "Watch the vessels and aircraft of the sanctions lists in DIR");
    cmd->add_option("--aircraft-db", inputs.aircraft_db,
                    "Aircraft database (tar1090-db CSV: icao;reg;type;...; gzip-compressed too)");
    cmd->add_option("--rules", inputs.rules,
                    "Detector thresholds (JSON; keys and defaults in data/rules/tracking.json)");
}

TrackingContext::TrackingContext(const TrackingInputs& inputs, const char* label) {
    if (!inputs.no_bundled_sites) {
        const track::SiteIndex bundled = track::bundled_sites();
        for (const track::Site& site : bundled.sites()) m_sites.add(site);
    }
    for (const std::string& path : inputs.sites) {
        for (track::Site& site : track::load_sites(path, true)) m_sites.add(std::move(site));
    }
    m_sites.build();
    for (const std::string& path : inputs.watchlists) {
        const track::Watchlist loaded = track::load_watchlist_csv(path);
        for (const track::WatchEntry& entry : loaded.entries()) m_watchlist.add(entry);
    }
    if (!inputs.lists_dir.empty()) {
        const std::size_t added =
            track::add_list_entities(m_watchlist, lists::load_directory(inputs.lists_dir));
        fmt::print(stderr, "{}: {} watch entries from the lists in {}\n", label, added, inputs.lists_dir);
    }
    if (!inputs.aircraft_db.empty()) m_aircraft_db = track::AircraftDb::load(inputs.aircraft_db);
    if (!inputs.rules.empty()) m_rules = track::load_rules(inputs.rules);
}

track::Context TrackingContext::context(track::EventSink sink, track::TrackRecorder* recorder) const {
    track::Context context;
    context.sites = &m_sites;
    context.watchlist = m_watchlist.size() > 0 ? &m_watchlist : nullptr;
    context.icao_blocks = &m_icao_blocks;
    context.mid_flags = &m_mid_flags;
    context.aircraft_db = m_aircraft_db ? &*m_aircraft_db : nullptr;
    context.recorder = recorder;
    context.sink = std::move(sink);
    return context;
}

}  // namespace cp::app
