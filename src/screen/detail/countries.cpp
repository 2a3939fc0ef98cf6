// SPDX-License-Identifier: Apache-2.0
// Table: ISO 3166-1 alpha-2 codes and ITU-T E.164 country calling codes (facts). Country names are read by
// match::country_code (ICU's English names and the lists' forms).
#include "screen/detail/countries.hpp"

#include <array>

#include "core/text.hpp"

namespace cp::screen::detail {

namespace {

struct Country {
    std::string_view iso2;
    std::string_view calling_code;
};

constexpr std::array countries = {
    Country{"RU", "7"},   Country{"KZ", "7"},   Country{"BY", "375"}, Country{"IR", "98"},
    Country{"KP", "850"}, Country{"SY", "963"}, Country{"AM", "374"}, Country{"BR", "55"},
    Country{"GE", "995"}, Country{"IN", "91"},  Country{"IL", "972"}, Country{"KG", "996"},
    Country{"MX", "52"},  Country{"NI", "505"}, Country{"RS", "381"}, Country{"ZA", "27"},
    Country{"TW", "886"}, Country{"TJ", "992"}, Country{"AE", "971"}, Country{"UZ", "998"},
    Country{"HK", "852"}, Country{"MO", "853"}, Country{"CN", "86"},  Country{"SG", "65"},
    Country{"TR", "90"},  Country{"US", "1"},   Country{"CA", "1"},   Country{"GB", "44"},
    Country{"DE", "49"},  Country{"FR", "33"},  Country{"IT", "39"},  Country{"ES", "34"},
    Country{"NL", "31"},  Country{"BE", "32"},  Country{"CH", "41"},  Country{"AT", "43"},
    Country{"PL", "48"},  Country{"CZ", "420"}, Country{"SE", "46"},  Country{"FI", "358"},
    Country{"NO", "47"},  Country{"DK", "45"},  Country{"EE", "372"}, Country{"LV", "371"},
    Country{"LT", "370"}, Country{"UA", "380"}, Country{"MD", "373"}, Country{"AZ", "994"},
    Country{"TM", "993"}, Country{"MN", "976"}, Country{"JP", "81"},  Country{"KR", "82"},
    Country{"MY", "60"},  Country{"TH", "66"},  Country{"VN", "84"},  Country{"ID", "62"},
    Country{"PH", "63"},  Country{"AU", "61"},  Country{"SA", "966"}, Country{"QA", "974"},
    Country{"OM", "968"}, Country{"EG", "20"},  Country{"IQ", "964"}, Country{"PK", "92"},
    Country{"AF", "93"},  Country{"CY", "357"}, Country{"GR", "30"},  Country{"HU", "36"},
    Country{"BG", "359"}, Country{"RO", "40"},  Country{"SK", "421"}, Country{"SI", "386"},
    Country{"HR", "385"}, Country{"IE", "353"}, Country{"PT", "351"}, Country{"LU", "352"},
    Country{"AR", "54"},  Country{"CL", "56"},  Country{"VE", "58"},  Country{"CU", "53"},
    Country{"MM", "95"},  Country{"LK", "94"},
};

}  // namespace

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
