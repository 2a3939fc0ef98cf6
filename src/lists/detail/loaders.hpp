// SPDX-License-Identifier: Apache-2.0
// The loaders over bytes in memory. Each returns a one-source EntitySet or throws cp::InputError naming
// `name` and the line; none returns a partial set.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "lists/detail/ods.hpp"
#include "lists/entity.hpp"

namespace cp::lists::detail {

/// The four files of an OFAC set, read into memory. An empty name means the file is absent.
struct OfacBytes {
    std::string primary, alt, add, comments;
    std::string primary_name, alt_name, add_name, comments_name;
};

[[nodiscard]] EntitySet parse_ofac(const OfacBytes& files, std::string_view key);
[[nodiscard]] EntitySet parse_un_xml(std::string_view bytes, const std::string& name);
/// The EU Financial Sanctions Files XML 1.1; a record without any name is listed in EntitySet::skipped.
[[nodiscard]] EntitySet parse_eu_xml(std::string_view bytes, const std::string& name);
[[nodiscard]] EntitySet parse_uk_csv(std::string_view bytes, const std::string& name);
/// The FCDO .ods (zip bytes), and its content.xml alone (what the fuzzer feeds).
[[nodiscard]] EntitySet parse_uk_ods(std::string_view zip, const std::string& name);
[[nodiscard]] EntitySet parse_uk_ods_content(std::string_view content_xml, const std::string& name);
/// The FCDO sheet already read by parse_ods_sheet() (first row: the header).
[[nodiscard]] EntitySet parse_uk_sheet(std::vector<SheetRow> rows, const std::string& name);
/// True when `row` is the header of the FCDO short layout ("Unique ID", "OFSI Group ID", "Name", ...).
[[nodiscard]] bool is_uk_header(const std::vector<std::string>& row);
[[nodiscard]] EntitySet parse_bis_dpl(std::string_view bytes, const std::string& name);
[[nodiscard]] EntitySet parse_csl(std::string_view bytes, const std::string& name);
[[nodiscard]] EntitySet parse_ftm_jsonl(std::string_view bytes, const std::string& name);

/// Location (1-based line) of byte `offset` in `bytes`, for parsers that report offsets.
[[nodiscard]] SourceLocation locate(std::string_view bytes, std::size_t offset, const std::string& name);

/// Throws cp::InputError at the first invalid UTF-8 sequence of `bytes`.
void require_utf8(std::string_view bytes, const std::string& name);

}  // namespace cp::lists::detail
