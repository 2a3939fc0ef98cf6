// SPDX-License-Identifier: Apache-2.0
// Each subcommand registers itself on the CLI11 app and returns the function that runs it.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace cp::app {

/// What a subcommand runs once its options are parsed; returns the process exit code.
using Runner = std::function<int()>;

/// Adds `decode` to `app` and stores its runner in `run`.
void register_decode(CLI::App& app, Runner& run);
/// Adds `demo` to `app` and stores its runner in `run`.
void register_demo(CLI::App& app, Runner& run);

}  // namespace cp::app
