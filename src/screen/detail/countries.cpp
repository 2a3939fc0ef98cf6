// SPDX-License-Identifier: Apache-2.0
// Table: ISO 3166-1 alpha-2 codes, common English names, ITU-T E.164 country calling codes (facts).
#include "screen/detail/countries.hpp"

#include <array>

#include "core/text.hpp"

namespace cp::screen::detail {

namespace {

struct Country {
    std::string_view iso2;
    std::string_view names;  ///< '|'-separated, upper case
    std::string_view calling_code;
};

constexpr std::array countries = {
    Country{"RU", "RUSSIA|RUSSIAN FEDERATION", "7"},
    Country{"KZ", "KAZAKHSTAN", "7"},
    Country{"BY", "BELARUS", "375"},
    Country{"IR", "IRAN|ISLAMIC REPUBLIC OF IRAN", "98"},
    Country{"KP", "NORTH KOREA|DPRK|KOREA, NORTH", "850"},
    Country{"SY", "SYRIA", "963"},
    Country{"AM", "ARMENIA", "374"},
    Country{"BR", "BRAZIL", "55"},
    Country{"GE", "GEORGIA", "995"},
    Country{"IN", "INDIA", "91"},
    Country{"IL", "ISRAEL", "972"},
    Country{"KG", "KYRGYZSTAN|KYRGYZ REPUBLIC", "996"},
    Country{"MX", "MEXICO", "52"},
    Country{"NI", "NICARAGUA", "505"},
    Country{"RS", "SERBIA", "381"},
    Country{"ZA", "SOUTH AFRICA", "27"},
    Country{"TW", "TAIWAN", "886"},
    Country{"TJ", "TAJIKISTAN", "992"},
    Country{"AE", "UNITED ARAB EMIRATES|UAE|EMIRATES", "971"},
    Country{"UZ", "UZBEKISTAN", "998"},
    Country{"HK", "HONG KONG", "852"},
    Country{"MO", "MACAU|MACAO", "853"},
    Country{"CN", "CHINA|PRC", "86"},
    Country{"SG", "SINGAPORE", "65"},
    Country{"TR", "TURKEY|TURKIYE", "90"},
    Country{"US", "UNITED STATES|USA|UNITED STATES OF AMERICA", "1"},
    Country{"CA", "CANADA", "1"},
    Country{"GB", "UNITED KINGDOM|UK|GREAT BRITAIN", "44"},
    Country{"DE", "GERMANY", "49"},
    Country{"FR", "FRANCE", "33"},
    Country{"IT", "ITALY", "39"},
    Country{"ES", "SPAIN", "34"},
    Country{"NL", "NETHERLANDS", "31"},
    Country{"BE", "BELGIUM", "32"},
    Country{"CH", "SWITZERLAND", "41"},
    Country{"AT", "AUSTRIA", "43"},
    Country{"PL", "POLAND", "48"},
    Country{"CZ", "CZECHIA|CZECH REPUBLIC", "420"},
    Country{"SE", "SWEDEN", "46"},
    Country{"FI", "FINLAND", "358"},
    Country{"NO", "NORWAY", "47"},
    Country{"DK", "DENMARK", "45"},
    Country{"EE", "ESTONIA", "372"},
    Country{"LV", "LATVIA", "371"},
    Country{"LT", "LITHUANIA", "370"},
    Country{"UA", "UKRAINE", "380"},
    Country{"MD", "MOLDOVA", "373"},
    Country{"AZ", "AZERBAIJAN", "994"},
    Country{"TM", "TURKMENISTAN", "993"},
    Country{"MN", "MONGOLIA", "976"},
    Country{"JP", "JAPAN", "81"},
    Country{"KR", "SOUTH KOREA|KOREA, SOUTH|REPUBLIC OF KOREA", "82"},
    Country{"MY", "MALAYSIA", "60"},
    Country{"TH", "THAILAND", "66"},
    Country{"VN", "VIETNAM|VIET NAM", "84"},
    Country{"ID", "INDONESIA", "62"},
    Country{"PH", "PHILIPPINES", "63"},
    Country{"AU", "AUSTRALIA", "61"},
    Country{"SA", "SAUDI ARABIA", "966"},
    Country{"QA", "QATAR", "974"},
    Country{"OM", "OMAN", "968"},
    Country{"EG", "EGYPT", "20"},
    Country{"IQ", "IRAQ", "964"},
    Country{"PK", "PAKISTAN", "92"},
    Country{"AF", "AFGHANISTAN", "93"},
    Country{"CY", "CYPRUS", "357"},
    Country{"GR", "GREECE", "30"},
    Country{"HU", "HUNGARY", "36"},
    Country{"BG", "BULGARIA", "359"},
    Country{"RO", "ROMANIA", "40"},
    Country{"SK", "SLOVAKIA", "421"},
    Country{"SI", "SLOVENIA", "386"},
    Country{"HR", "CROATIA", "385"},
    Country{"IE", "IRELAND", "353"},
    Country{"PT", "PORTUGAL", "351"},
    Country{"LU", "LUXEMBOURG", "352"},
    Country{"AR", "ARGENTINA", "54"},
    Country{"CL", "CHILE", "56"},
    Country{"VE", "VENEZUELA", "58"},
    Country{"CU", "CUBA", "53"},
    Country{"MM", "MYANMAR|BURMA", "95"},
    Country{"LK", "SRI LANKA", "94"},
};

}  // namespace

std::string country_code(std::string_view text) {
    const std::string upper = cp::text::to_upper_ascii(cp::text::trim(text));
    if (upper.empty()) return {};
    for (const Country& country : countries) {
        if (upper == country.iso2) return std::string(country.iso2);
        for (std::string_view name : cp::text::split(country.names, '|')) {
            if (upper == name) return std::string(country.iso2);
        }
    }
    return {};
}

std::string_view calling_code(std::string_view iso2) {
    for (const Country& country : countries) {
        if (country.iso2 == iso2) return country.calling_code;
    }
    return {};
}

std::string_view phone_calling_code(std::string_view phone) {
    phone = cp::text::trim(phone);
    std::string digits;
    if (phone.substr(0, 1) == "+") {
        phone.remove_prefix(1);
    } else if (phone.substr(0, 2) == "00") {
        phone.remove_prefix(2);
    } else {
        return {};  // national format: no country code to compare
    }
    for (char c : phone) {
        if (c >= '0' && c <= '9') digits += c;
        if (digits.size() == 3) break;
    }
    std::string_view best;
    for (const Country& country : countries) {
        const std::string_view code = country.calling_code;
        if (code.size() > best.size() && digits.compare(0, code.size(), code) == 0) best = code;
    }
    return best;
}

std::string phone_country(std::string_view phone) {
    const std::string_view code = phone_calling_code(phone);
    for (const Country& country : countries) {
        if (!code.empty() && country.calling_code == code) return std::string(country.iso2);
    }
    return {};
}

}  // namespace cp::screen::detail
