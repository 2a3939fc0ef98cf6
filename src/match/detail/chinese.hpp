// SPDX-License-Identifier: Apache-2.0
// Chinese company names in Han characters, read as the English names lists give the same companies (see
// chinese.cpp): 深圳市华强电子科技有限公司 = SHENZHEN HUAQIANG ELECTRONIC TECHNOLOGY CO LTD.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "match/detail/business_words.hpp"

namespace cp::match::detail {

/// `utf8` cut into business words (longest first, from chokepoint's table) and the runs between them; empty
/// when the name holds no such word. Characters outside the Han script are kept in their own pieces.
std::vector<BusinessPiece> chinese_business_pieces(std::string_view utf8);

}  // namespace cp::match::detail
