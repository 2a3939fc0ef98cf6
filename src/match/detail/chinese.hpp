// SPDX-License-Identifier: Apache-2.0
// Chinese company names in Han characters, read as the English names lists give the same companies (see
// chinese.cpp): 深圳市华强电子科技有限公司 = SHENZHEN HUAQIANG ELECTRONIC TECHNOLOGY CO LTD.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cp::match::detail {

/// One piece of a Chinese name: an English rendering of a business word, or a run of other characters (a
/// place or the company's own name) to be romanised as one word.
struct HanPiece {
    std::string text;      ///< UTF-8: English words, or the run's characters
    bool english = false;  ///< `text` is already English
};

/// `utf8` cut into business words (longest first, from chokepoint's table) and the runs between them; empty
/// when the name holds no such word. Characters outside the Han script are kept in their own pieces.
std::vector<HanPiece> chinese_business_pieces(std::string_view utf8);

}  // namespace cp::match::detail
