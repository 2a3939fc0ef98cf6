// SPDX-License-Identifier: Apache-2.0
// OFAC Remarks mini-language (sdn.csv / cons_prim.csv column 12, continued in sdn_comments.csv):
// "; "-separated statements such as `DOB 12 Mar 1965`, `POB Tehran, Iran`, `nationality Iran`,
// `Vessel Registration Identification IMO 9187629`, `MMSI 572469210`, `a.k.a. 'BNC'`,
// `Aircraft Manufacturer's Serial Number (MSN) 1023409321`, `Linked To: POUYA AIR`, each possibly prefixed
// by "alt. ". Statements that are not understood are kept whole as notes.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lists/entity.hpp"

namespace cp::lists::detail {

/// One property parsed out of a Remarks field.
struct Remark {
    Prop prop;
    std::string text;
};

/// Parses a full Remarks text (Remarks + sdn_comments continuation) into `out` (appended).
/// a.k.a. -> weakAlias (OFAC lists strong aliases in alt.csv), f.k.a. -> previousName, n.k.a. -> alias.
/// Each `Linked To: NAME.` statement stays a note and, when `linked_to` is given, NAME (final period
/// dropped) is appended to it: the caller turns these into EntitySet::relations.
void parse_remarks(std::string_view remarks, std::vector<Remark>& out,
                   std::vector<std::string>* linked_to = nullptr);

}  // namespace cp::lists::detail
