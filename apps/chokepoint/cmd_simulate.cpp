// SPDX-License-Identifier: Apache-2.0
// `chokepoint simulate SCENARIO.json --out DIR [--sites FILE]...`: scripted aircraft and vessels
// (docs/scenarios.md)
// -> adsb.beast, adsb.avr, adsb.csv, ais.nmea and manifest.json in DIR, through the real encoders. It writes
// files only; it never transmits. Site ids in the scenario resolve in the bundled sites plus any --sites
// files. DEMONSTRATES: sim::parse_scenario + sim::write_recordings. READ FIRST: src/sim/sim.hpp,
// docs/scenarios.md. Exit 0 on success, 1 on a bad scenario (file, line and JSON path on stderr), 2 on bad
// usage.
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.hpp"
#include "core/time.hpp"
#include "io/io.hpp"
#include "sim/scenario.hpp"
#include "sim/sim.hpp"
#include "track/sites.hpp"

namespace cp::app {

namespace {

struct SimulateOptions {
    std::string scenario;
    std::string out_dir;
    std::vector<std::string> site_files;
};

int run_simulate(const SimulateOptions& options) {
    track::SiteIndex sites = track::bundled_sites();
    for (const std::string& file : options.site_files) {
        for (track::Site& site : track::load_sites(file, true)) sites.add(std::move(site));
    }
    sites.build();
    const std::string text = io::read_file(options.scenario);
    const sim::Scenario scenario = sim::parse_scenario(text, options.scenario, sites);
    const sim::RecordingSet set = sim::write_recordings(scenario, options.out_dir);
    fmt::print("{}: {} aircraft, {} vessels, {} to {}\n", scenario.name, scenario.aircraft.size(),
               scenario.vessels.size(), time::to_iso8601(set.start_ms), time::to_iso8601(set.end_ms));
    for (const sim::Recording& file : set.files) {
        fmt::print("  {}/{}  {} ({} messages)\n", options.out_dir, file.path, file.format, file.messages);
    }
    fmt::print("  {}/manifest.json\n", options.out_dir);
    return 0;
}

}  // namespace

void register_simulate(CLI::App& app, Runner& run) {
    auto options = std::make_shared<SimulateOptions>();
    CLI::App* cmd = app.add_subcommand(
        "simulate",
        "Scripted aircraft and vessels -> Beast, AVR, hexcsv and NMEA recordings (writes files only)");
    cmd->add_option("scenario", options->scenario, "Scenario JSON (docs/scenarios.md)")->required();
    cmd->add_option("--out", options->out_dir, "Output directory (created if missing)")->required();
    cmd->add_option("--sites", options->site_files, "Extra sites (CSV or GeoJSON), besides the bundled ones");
    cmd->callback([&run, options] { run = [options] { return run_simulate(*options); }; });
}

}  // namespace cp::app
