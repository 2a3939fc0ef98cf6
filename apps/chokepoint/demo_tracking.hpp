// SPDX-License-Identifier: Apache-2.0
// The tracking step of `chokepoint demo` (simulate the bundled stories, replay them with the real AIS
// capture).
#pragma once

#include <filesystem>

namespace cp::app {

/// Writes out/sim/... and out/tracks/...; prints the stories' events; returns an exit code.
int demo_tracking(const std::filesystem::path& data, const std::filesystem::path& out);

}  // namespace cp::app
