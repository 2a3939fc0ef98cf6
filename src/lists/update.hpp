// SPDX-License-Identifier: Apache-2.0
// `lists update`: downloads the official list files named in a JSON config, validates each list by parsing
// it fully with its loader, and only then makes it current with an atomic symlink swap. A broken or
// suspicious download never replaces a good list: the previous set stays current and is reported.
//
// Layout under DIR (load_directory skips the hidden parts):
//   DIR/<key>              symlink -> .versions/<key>/<version>   (what load_directory reads)
//   DIR/.versions/<key>/   the current and the previous good version; each holds .state.json
//                          (ETag, Last-Modified, SHA-256 per file, entity count)
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "lists/lists.hpp"

namespace cp::lists {

/// One file of a list: the name it is stored under and where it comes from.
struct SourceFile {
    std::string name;    ///< e.g. "sdn.csv": the loaders find OFAC files by these names
    std::string url;     ///< http(s) URL
    std::string sha256;  ///< optional pinned digest (lower-case hex); a mismatch rejects the download
};

/// One list to keep current.
struct SourceConfig {
    std::string key;  ///< "ofac-sdn", "ofac-cons", "un", "uk", "eu", "bis-dpl", "csl" or "ftm" (the loader)
    std::vector<SourceFile> files;
    std::size_t min_entities = 1;  ///< fewer entities after parsing = rejected (a cut that parses cleanly)
    double min_ratio = 0.5;        ///< fewer than min_ratio x the previous count = rejected
};

/// The config file: {"sources": [{"key": ..., "files": [{"name","url","sha256"?}], "min_entities"?,
/// "min_ratio"?}]}.
struct UpdateConfig {
    std::vector<SourceConfig> sources;
};

/// Parses a config (JSON). Throws cp::InputError naming `name` on malformed JSON or an unknown key.
[[nodiscard]] UpdateConfig parse_update_config(std::string_view json, std::string_view name);
/// Reads and parses a config file. Throws cp::Error / cp::InputError.
[[nodiscard]] UpdateConfig load_update_config(const std::filesystem::path& file);
/// The official download locations (the content of data/lists-sources.json).
[[nodiscard]] std::string_view default_update_config_json() noexcept;

/// What happened to one list.
struct UpdateOutcome {
    enum class Status : std::uint8_t { updated, unchanged, failed };
    std::string key;
    Status status = Status::failed;
    std::size_t entities = 0;  ///< entities of the list that is current afterwards (0 if none)
    std::string message;       ///< why it failed ("sdn.csv:1234 (byte 56): expected 12 columns..."), or ""
};

/// Name of a status ("updated", "unchanged", "failed").
[[nodiscard]] std::string_view to_string(UpdateOutcome::Status status) noexcept;

/// Options of update_lists().
struct UpdateOptions {
    std::uint32_t timeout_s = 300;  ///< per download
    std::size_t keep_versions = 2;  ///< current + last good
};

/// Updates every source of `config` under `dir` (created if missing), one after the other; a failure of one
/// list does not stop the others. Throws cp::Error only when `dir` itself cannot be written.
[[nodiscard]] std::vector<UpdateOutcome>
update_lists(const std::filesystem::path& dir, const UpdateConfig& config, const UpdateOptions& options = {});

/// Loads the list `key` from the files in `folder` with its loader (the validation step of update_lists).
[[nodiscard]] EntitySet load_source(std::string_view key, const std::filesystem::path& folder,
                                    const std::vector<SourceFile>& files);

}  // namespace cp::lists
