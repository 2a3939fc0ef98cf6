// SPDX-License-Identifier: Apache-2.0
// Korean company names in Hangul are written without spaces (조선광업개발무역회사, Korea Mining Development
// Trading Corporation): ICU reads them as one or two long words that meet neither the English names nor the
// McCune-Reischauer ones the lists give (KOREA RYONBONG GENERAL CORPORATION, CHOSON TAESONG UNHAENG). The
// business words are cut out and translated from this table (chokepoint's, written from the words' dictionary
// meanings and DPRK usage, not from any list); the place and the own name are left to be romanised.
#include "match/detail/business_words.hpp"
#include "match/detail/korean.hpp"

namespace cp::match::detail {

namespace {

// Words of two syllables or more: one syllable is too often part of a name.
// clang-format off
constexpr ScriptWord hangul_words[] = {
    {"조선", "korea"},  // the North's name for Korea (in the South's company names also shipbuilding)
    {"주식회사", "company"}, {"총회사", "general corporation"}, {"회사", "company"}, {"무역", "trading"},
    {"교역", "trading"}, {"상사", "trading"}, {"은행", "bank"}, {"항공", "air"}, {"해운", "shipping"},
    {"해사", "maritime"}, {"선박", "ship"}, {"광업", "mining"}, {"개발", "development"}, {"그룹", "group"},
    {"공사", "corporation"}, {"공업", "industry"}, {"산업", "industries"}, {"기술", "technology"},
    {"합영", "joint venture"}, {"합작", "joint venture"}, {"연합", "association"}, {"련합", "association"},
    {"기업소", "enterprise"}, {"기업", "enterprise"}, {"수출입", "import export"}, {"건설", "construction"},
    {"공장", "factory"}, {"총국", "general bureau"}, {"위원회", "committee"}, {"물류", "logistics"},
    {"전자", "electronics"}, {"기계", "machinery"}, {"화학", "chemical"}, {"석유", "oil"},
    {"에네르기", "energy"}, {"에너지", "energy"}, {"투자", "investment"}, {"금융", "finance"},
    {"보험", "insurance"}, {"국제", "international"}, {"정보", "information"}, {"통신", "communications"},
    {"대학", "university"}, {"연구소", "research institute"}, {"연구원", "research institute"},
    {"과학원", "academy of sciences"}, {"군수", "munitions"},
};
// clang-format on

}  // namespace

std::vector<BusinessPiece> korean_business_pieces(std::string_view utf8) {
    return business_pieces(utf8, hangul_words, is_hangul_syllable);
}

}  // namespace cp::match::detail
