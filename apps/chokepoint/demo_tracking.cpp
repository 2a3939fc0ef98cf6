// SPDX-License-Identifier: Apache-2.0
// The tracking step of `chokepoint demo`: simulates the two stories of the bundled scenarios (an Il-76 from
// Chkalovsky to Tehran Mehrabad and back; a cargo ship from Amirabad that goes dark, meets another ship at
// sea and calls at Makhachkala), replays them together with the real AIS capture through the same code as
// `chokepoint replay`, and prints what the events say. The stories are SIMULATED (made-up identities); the
// capture is real.
#include "demo_tracking.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/time.hpp"
#include "io/io.hpp"
#include "replay_options.hpp"
#include "sim/scenario.hpp"
#include "sim/sim.hpp"
#include "track/sites.hpp"

namespace cp::app {

namespace {

/// Simulates `scenario_file` into `out_dir`; returns the recording set.
sim::RecordingSet simulate(const std::filesystem::path& scenario_file, const std::filesystem::path& out_dir,
                           const track::SiteIndex& sites) {
    const sim::Scenario scenario =
        sim::parse_scenario(io::read_file(scenario_file.string()), scenario_file.string(), sites);
    const sim::RecordingSet set = sim::write_recordings(scenario, out_dir.string());
    std::uint64_t messages = 0;
    for (const sim::Recording& file : set.files) messages += file.messages;
    fmt::print("  simulated {} ({} .. {}): {} messages -> {}\n", scenario.name,
               time::to_iso8601(set.start_ms), time::to_iso8601(set.end_ms), messages, out_dir.string());
    return set;
}

/// The events a reader of the demo should see first, in time order: the stories' sentences.
void print_story(const std::filesystem::path& events_file) {
    std::ifstream in(events_file);
    std::string line;
    std::map<std::string, std::size_t> per_kind;
    std::vector<std::pair<std::string, std::string>> story;  // start, "kind: summary"
    while (std::getline(in, line)) {
        const auto event = nlohmann::json::parse(line, nullptr, false);
        if (!event.is_object()) continue;
        const std::string kind = event.value("kind", "");
        ++per_kind[kind];
        // The capture's real events (shared MMSIs, renamed ships) are counted; the stories are told.
        bool simulated = false;
        for (const auto& object : event.value("objects", nlohmann::json::array())) {
            const std::string id = object.value("id", "");
            simulated = simulated || id == "15f0a2" || id == "273418590" || id == "422031870";
        }
        if (simulated) story.emplace_back(event.value("start", ""), kind + ": " + event.value("summary", ""));
    }
    std::stable_sort(story.begin(), story.end(), [](const auto& a, const auto& b) {
        return a.first < b.first;
    });  // ISO 8601 sorts as text
    std::string kinds;
    for (const auto& [kind, count] : per_kind) kinds += fmt::format(" {}:{}", kind, count);
    fmt::print("  events per kind:{}\n  the simulated stories, as the events tell them:\n", kinds);
    for (const auto& [start, text] : story) fmt::print("    {}  {}\n", start, text);
}

}  // namespace

int demo_tracking(const std::filesystem::path& data, const std::filesystem::path& out) {
    fmt::print(
        "\nTracks  simulated stories (data/scenarios, made-up identities) replayed with the real capture:\n");
    const track::SiteIndex sites = track::bundled_sites();
    const auto il76 = simulate(data / "scenarios/il76_moscow_tehran.json", out / "sim/il76", sites);
    simulate(data / "scenarios/caspian_cargo.json", out / "sim/caspian", sites);

    ReplayOptions replay;
    // The Il-76 goes in as Beast (12 MHz ticks counted from the scenario start), the ships as NMEA with
    // tag-block times, the capture as untimed NMEA (its clock comes from the base stations' type 4 reports).
    replay.files = {"beast:" + (out / "sim/il76/adsb.beast").string(),
                    "nmea:" + (out / "sim/caspian/ais.nmea").string(),
                    "nmea:" + (data / "ais/ais-nmea-sample.log").string()};
    replay.tick_epoch = time::to_iso8601(il76.tick_epoch_ms);
    replay.tracking.watchlists = {(data / "demo/watchlist.csv").string()};
    replay.out_dir = (out / "tracks").string();
    std::fflush(stdout);  // replay's summary goes to stderr: keep the two in order on a terminal
    const int rc = run_replay(replay);
    std::fflush(stderr);
    if (rc != 0) return rc;
    print_story(out / "tracks/events.jsonl");
    fmt::print("  events, maps and report -> {}/ (events.jsonl, tracks.geojson, events.geojson, events.kml, "
               "report.html)\n",
               replay.out_dir);
    return 0;
}

}  // namespace cp::app
