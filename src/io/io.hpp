// SPDX-License-Identifier: Apache-2.0
// io: the only module that touches files, terminals and sockets (tcp.hpp). Decoders never link it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "io/line_reader.hpp"  // IWYU pragma: export
#include "io/progress.hpp"     // IWYU pragma: export

namespace cp::io {

/// Reads a whole file ("-" is standard input) into memory; gzip-compressed files (by magic bytes) are
/// inflated. Throws cp::Error naming the path when it cannot be opened or read.
[[nodiscard]] std::string read_file(const std::string& path);

/// Writes `content` to `path` atomically (temporary file + rename). Throws cp::Error on failure.
void write_file_atomic(const std::string& path, std::string_view content);

}  // namespace cp::io
