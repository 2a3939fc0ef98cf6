// SPDX-License-Identifier: Apache-2.0
// How each watchlist key compares: the normal form of a value, shared by Watchlist::add and its loaders.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "track/watchlist.hpp"

namespace cp::track::detail {

/// The normal form of `value` for `key`, or nullopt when it is not a well-formed value of that key
/// (icao: 6 hex digits -> upper case; mmsi: 9 digits; imo: 7 digits, an "IMO" prefix allowed; registration:
/// upper case without '-' and spaces; vessel_name: upper case, spaces collapsed; others upper case, trimmed).
[[nodiscard]] std::optional<std::string> normalise_watch_value(WatchKey key, std::string_view value);

/// "%06X" of an ICAO address; "%09u" of an MMSI; "%07u" of an IMO number.
[[nodiscard]] std::string icao_text(std::uint32_t icao);
[[nodiscard]] std::string mmsi_text(std::uint32_t mmsi);
[[nodiscard]] std::string imo_text(std::uint32_t imo);

}  // namespace cp::track::detail
