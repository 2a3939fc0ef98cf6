// SPDX-License-Identifier: Apache-2.0
// DEMONSTRATES: the chokepoint command line: one subcommand per job (decode, replay, match, screen, ...).
// READ FIRST: commands.hpp (how a subcommand plugs in), cmd_decode.cpp (the simplest one).
// Exit codes (design.md): 0 success, 1 bad input file (message names file, line or byte offset), 2 bad usage.
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "core/error.hpp"

int main(int argc, char** argv) {
    CLI::App app{"chokepoint: watches the supply chain of attack drones (decoders, tracking, list screening)",
                 "chokepoint"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "chokepoint 0.1.0");

    cp::app::Runner run;
    cp::app::register_decode(app, run);
    cp::app::register_demo(app, run);
#ifdef CP_HAVE_lists
    cp::app::register_lists(app, run);
#endif
#ifdef CP_HAVE_match
    cp::app::register_match(app, run);
    cp::app::register_names(app, run);
#endif
#ifdef CP_HAVE_estimate
    cp::app::register_estimate(app, run);
#endif
#ifdef CP_HAVE_screen
    cp::app::register_screen(app, run);
    cp::app::register_trace(app, run);
#endif
#ifdef CP_HAVE_CMD_simulate
    cp::app::register_simulate(app, run);
#endif
#ifdef CP_HAVE_CMD_replay
    cp::app::register_replay(app, run);
#endif
#ifdef CP_HAVE_CMD_watch
    cp::app::register_watch(app, run);
#endif

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int rc = app.exit(e);
        return rc == 0 ? 0 : 2;
    }
    try {
        return run ? run() : 2;
    } catch (const cp::UsageError& e) {
        fmt::print(stderr, "chokepoint: {}\n", e.what());
        return 2;
    } catch (const cp::Error& e) {
        fmt::print(stderr, "chokepoint: {}\n", e.what());
        return 1;
    } catch (const std::exception& e) {
        fmt::print(stderr, "chokepoint: unexpected error: {}\n", e.what());
        return 1;
    }
}
