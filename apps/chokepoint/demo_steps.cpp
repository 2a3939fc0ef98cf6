// SPDX-License-Identifier: Apache-2.0
#include "demo_steps.hpp"

namespace cp::app {

int run_demo_steps(const std::filesystem::path& /*data*/, const std::filesystem::path& /*out*/) {
    return 0;
}

}  // namespace cp::app
