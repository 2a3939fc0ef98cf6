// SPDX-License-Identifier: Apache-2.0
// What `chokepoint replay` is asked to do; shared with `demo`, which replays its simulated stories with the
// real AIS capture through the same code.
#pragma once

#include <string>
#include <vector>

#include "tracking_context.hpp"

namespace cp::app {

struct ReplayOptions {
    std::vector<std::string> files;  ///< FILE or FORMAT:FILE
    std::string format = "auto";
    TrackingInputs tracking;  ///< sites, watchlists, lists, aircraft database, rules
    std::string tick_epoch;   ///< ISO 8601 or empty
    std::string start;        ///< ISO 8601 or empty
    bool strict = false;
    std::string out_dir;
};

/// Runs a replay (events, maps and report into options.out_dir; summary on stderr) and returns the exit code.
/// Throws cp::Error / cp::UsageError like the command.
int run_replay(const ReplayOptions& options);

}  // namespace cp::app
