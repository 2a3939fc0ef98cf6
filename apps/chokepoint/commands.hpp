// SPDX-License-Identifier: Apache-2.0
// Each subcommand registers itself on the CLI11 app and returns the function that runs it.
#pragma once

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

namespace cp::match {
class Index;
}

namespace cp::app {

/// What a subcommand runs once its options are parsed; returns the process exit code.
using Runner = std::function<int()>;

/// Adds `decode` to `app` and stores its runner in `run`.
void register_decode(CLI::App& app, Runner& run);
/// Adds `demo` to `app` and stores its runner in `run`.
void register_demo(CLI::App& app, Runner& run);
/// Adds `estimate` (production estimates from serial numbers) to `app`.
void register_estimate(CLI::App& app, Runner& run);
/// Adds `screen` (order screening) to `app`.
void register_screen(CLI::App& app, Runner& run);
/// Adds `trace` (components from wreckage against a sales ledger) to `app`.
void register_trace(CLI::App& app, Runner& run);
/// Runs `chokepoint screen ORDERS --lists ... --out OUT_DIR` with lists already indexed (findings.jsonl,
/// findings.csv, report.html in OUT_DIR; summary on stderr) and returns its exit code. Used by `demo`.
int screen_to_dir(const std::string& orders, const match::Index& index, const std::string& out_dir);
/// Runs `chokepoint trace COMPONENTS --sales SALES --lists ...` with lists already indexed, the traces
/// written to OUT_FILE (JSON lines; summary on stderr), and returns its exit code. Used by `demo`.
int trace_to_file(const std::string& components, const std::string& sales, const match::Index& index,
                  const std::string& out_file);
/// Adds `lists` (`lists update`, `lists info`: sanctions list files) to `app`.
void register_lists(CLI::App& app, Runner& run);
/// Adds `match` (listed entities matching names) to `app`.
void register_match(CLI::App& app, Runner& run);
/// Adds `names` (`names compare --pairs FILE.csv`) to `app`.
void register_names(CLI::App& app, Runner& run);
/// Adds `simulate` (scripted tracks -> Beast, AVR, hexcsv and NMEA recordings; writes files only) to `app`.
void register_simulate(CLI::App& app, Runner& run);
/// Adds `replay` (recordings -> tracks, events, maps and report) to `app`.
void register_replay(CLI::App& app, Runner& run);
/// Adds `watch` (live ADS-B and AIS feeds over TCP -> events) to `app`.
void register_watch(CLI::App& app, Runner& run);

}  // namespace cp::app
