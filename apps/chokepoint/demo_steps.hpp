// SPDX-License-Identifier: Apache-2.0
// Demo steps contributed by modules other than the decoders (name and order screening). Each step prints its
// summary and writes its files under `out`; returns an exit code.
#pragma once

#include <filesystem>

namespace cp::app {

int run_demo_steps(const std::filesystem::path& data, const std::filesystem::path& out);

}  // namespace cp::app
