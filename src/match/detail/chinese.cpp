// SPDX-License-Identifier: Apache-2.0
// A Chinese company name is [place][own name][trade words][form]: 深圳市 华强 电子 科技 有限公司. Lists give
// such companies in English (SHENZHEN HUAQIANG ELECTRONIC TECHNOLOGY CO., LTD.) or in pinyin written by word
// (SHENZHEN HUAQIANG DIANZI KEJI YOUXIAN GONGSI); ICU's Han-Latin reads one syllable per character ("shen
// zhen hua qiang dian zi..."), which meets neither. The trade words and forms are translated from this
// table (chokepoint's, written from the words' dictionary meanings, not from any list) and the place and the
// own name are left to be romanised as one word each.
#include "match/detail/chinese.hpp"

#include <unicode/uscript.h>

namespace cp::match::detail {

namespace {

// Business words of company names, with the English the lists use. An empty English drops the word: the
// "city" of 深圳市 is not written in English names.
// clang-format off
constexpr ScriptWord han_words[] = {
    {"股份有限公司", "co ltd"}, {"有限责任公司", "co ltd"}, {"有限公司", "co ltd"}, {"分公司", "branch"}, {"公司", "company"},
    {"集团", "group"}, {"控股", "holding"}, {"科技", "technology"}, {"技术", "technology"}, {"电子", "electronic"},
    {"贸易", "trading"}, {"商贸", "trading"}, {"国际", "international"}, {"进出口", "import export"},
    {"实业", "industrial"}, {"工业", "industrial"}, {"发展", "development"}, {"物流", "logistics"},
    {"航运", "shipping"}, {"海运", "shipping"}, {"船务", "shipping"}, {"远洋", "ocean"}, {"精密", "precision"},
    {"机械", "machinery"}, {"设备", "equipment"}, {"仪器", "instrument"}, {"仪表", "instrument"}, {"香港", "hong kong"},
    {"供应链", "supply chain"}, {"半导体", "semiconductor"}, {"元器件", "components"}, {"通讯", "communication"},
    {"通信", "communication"}, {"光电", "optoelectronic"}, {"航空", "aviation"}, {"航天", "aerospace"},
    {"电气", "electric"}, {"新能源", "new energy"}, {"能源", "energy"}, {"化工", "chemical"}, {"化学", "chemical"},
    {"材料", "materials"}, {"投资", "investment"}, {"管理", "management"}, {"咨询", "consulting"}, {"服务", "services"},
    {"网络", "network"}, {"软件", "software"}, {"信息", "information"}, {"智能", "intelligent"}, {"汽车", "automobile"},
    {"制造", "manufacturing"}, {"工程", "engineering"}, {"建设", "construction"}, {"石油", "petroleum"},
    {"医药", "pharmaceutical"}, {"生物", "biological"}, {"电力", "power"}, {"无人机", "uav"}, {"导航", "navigation"},
    {"卫星", "satellite"}, {"研究所", "research institute"}, {"研究院", "research institute"}, {"大学", "university"},
    {"中国", "china"}, {"代表处", "representative office"}, {"电器", "electrical"}, {"光学", "optical"},
    {"微电子", "microelectronics"}, {"集成电路", "integrated circuit"}, {"自动化", "automation"}, {"系统", "systems"},
    {"工贸", "industry and trade"}, {"企业", "enterprise"}, {"货运", "freight"}, {"运输", "transport"},
    {"环球", "global"}, {"亚洲", "asia"}, {"创新", "innovation"}, {"开发", "development"}, {"联合", "united"},
    {"东方", "oriental"}, {"五金", "hardware"}, {"商行", "trading"}, {"市", ""}, {"省", ""},
};
// clang-format on

bool is_han(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status) == USCRIPT_HAN && U_SUCCESS(status);
}

}  // namespace

std::vector<BusinessPiece> chinese_business_pieces(std::string_view utf8) {
    return business_pieces(utf8, han_words, is_han);
}

}  // namespace cp::match::detail
