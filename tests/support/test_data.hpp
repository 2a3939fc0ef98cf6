// SPDX-License-Identifier: Apache-2.0
// Where tests find data: CP_SHARED_DATA (set by ctest; defaults to ../shared/data beside the source tree)
// and CP_SOURCE_DIR for the project's own bundled files.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

namespace cp::test {

/// Absolute path of `relative` inside the shared data folder.
inline std::filesystem::path shared_data(const std::string& relative) {
    const char* root = std::getenv("CP_SHARED_DATA");
    return std::filesystem::path(root != nullptr ? root : "../shared/data") / relative;
}

/// Absolute path of `relative` inside the project's source tree.
inline std::filesystem::path source_file(const std::string& relative) {
    const char* root = std::getenv("CP_SOURCE_DIR");
    return std::filesystem::path(root != nullptr ? root : ".") / relative;
}

}  // namespace cp::test
