// SPDX-License-Identifier: Apache-2.0
// XML list files (UN, EU, the FCDO .ods content) are read whole with pugixml, one way for all.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace cp::lists::detail {

/// Parses `bytes` into `doc` with `options` (pugi::parse_* flags), after checking that they are UTF-8; throws
/// cp::InputError naming `name` and the line where the text stops being well-formed XML.
void load_xml(pugi::xml_document& doc, std::string_view bytes, const std::string& name,
              unsigned int options = pugi::parse_default);

}  // namespace cp::lists::detail
