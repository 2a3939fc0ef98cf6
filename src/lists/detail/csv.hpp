// SPDX-License-Identifier: Apache-2.0
// The lists read their CSV files with core's strict RFC 4180 reader (core/csv.hpp: a stray quote or invalid
// UTF-8 in an official list means a broken download); OFAC's own spelling of "no value" is handled here.
#pragma once

#include <string_view>

#include "core/csv.hpp"
#include "core/text.hpp"

namespace cp::lists::detail {

using CsvReader = csv::Reader;
using text::valid_utf8;

/// `s` trimmed; OFAC's "-0-" (its spelling of "no value") becomes empty.
[[nodiscard]] std::string_view clean(std::string_view s) noexcept;

}  // namespace cp::lists::detail
