// SPDX-License-Identifier: Apache-2.0
// Free text around part numbers: manufacturer names with their acquired brands, and the part number and date
// code hidden in marking text. The marking rules come from the GUR extract
// (../shared/data/trade/shahed_components_gur_extract.tsv): descriptions in English before the code, codes
// split over marking lines ("STM32F405 RGT6", "TMS320 F28335PGFA", "ADXL 357B"), lot and date codes after it.
#include <algorithm>
#include <array>
#include <utility>

#include "screen/detail/part_number.hpp"
#include "screen/trace.hpp"

namespace cp::screen::detail {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

// Folded name (after legal forms are removed) -> canonical maker. Acquisitions: National Semiconductor and
// Burr-Brown (TI), Linear Technology, Maxim and Hittite (ADI), Atmel and Microsemi (Microchip), Freescale
// (NXP), International Rectifier and Cypress (Infineon), Fairchild (onsemi), Intersil and IDT (Renesas).
constexpr std::array<std::pair<std::string_view, std::string_view>, 44> maker_aliases = {{
    {"ti", "texas instruments"},
    {"texas instruments", "texas instruments"},
    {"national semiconductor", "texas instruments"},
    {"national", "texas instruments"},
    {"burr brown", "texas instruments"},
    {"st", "stmicroelectronics"},
    {"stm", "stmicroelectronics"},
    {"stmicroelectronics", "stmicroelectronics"},
    {"st microelectronics", "stmicroelectronics"},
    {"sgs thomson", "stmicroelectronics"},
    {"adi", "analog devices"},
    {"analog devices", "analog devices"},
    {"analog", "analog devices"},
    {"linear technology", "analog devices"},
    {"linear", "analog devices"},
    {"ltc", "analog devices"},
    {"maxim", "analog devices"},
    {"maxim integrated", "analog devices"},
    {"maxim integrated products", "analog devices"},
    {"hittite", "analog devices"},
    {"microchip", "microchip"},
    {"microchip technology", "microchip"},
    {"atmel", "microchip"},
    {"microsemi", "microchip"},
    {"nxp", "nxp"},
    {"nxp semiconductors", "nxp"},
    {"freescale", "nxp"},
    {"freescale semiconductor", "nxp"},
    {"philips semiconductors", "nxp"},
    {"u blox", "u-blox"},
    {"ublox", "u-blox"},
    {"infineon", "infineon"},
    {"infineon technologies", "infineon"},
    {"international rectifier", "infineon"},
    {"ir", "infineon"},
    {"cypress", "infineon"},
    {"cypress semiconductor", "infineon"},
    {"on semiconductor", "onsemi"},
    {"onsemi", "onsemi"},
    {"on semi", "onsemi"},
    {"fairchild", "onsemi"},
    {"fairchild semiconductor", "onsemi"},
    {"intersil", "renesas"},
    {"renesas", "renesas"},
}};

constexpr std::array<std::string_view, 18> legal_forms = {
    "inc",  "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
    "gmbh", "ag",           "sa",   "nv",          "bv", "plc",     "kk",  "srl",     "oy"};

// Lower-case words of `text`, legal forms dropped.
std::string folded_words(std::string_view text) {
    std::string out;
    std::string word;
    auto flush = [&] {
        if (!word.empty() &&
            std::find(legal_forms.begin(), legal_forms.end(), std::string_view(word)) == legal_forms.end()) {
            if (!out.empty()) out += ' ';
            out += word;
        }
        word.clear();
    };
    for (char c : text) {
        if (c >= 'A' && c <= 'Z') {
            word += static_cast<char>(c - 'A' + 'a');
        } else if ((c >= 'a' && c <= 'z') || is_digit(c) || static_cast<unsigned char>(c) >= 0x80) {
            word += c;
        } else if (c != '.') {  // "N.V." is one word
            flush();
        }
    }
    flush();
    return out;
}

std::string_view alias_of(std::string_view folded) {
    for (const auto& [alias, maker] : maker_aliases) {
        if (alias == folded) return maker;
    }
    return {};
}

// Physical quantities and standards that look like codes: "50MHz", "330uF", "3.3V", "120A", "RS-232".
bool is_noise_token(const std::string& token) {
    std::size_t pos = 0;
    while (pos < token.size() && (is_digit(token[pos]) || token[pos] == '.')) ++pos;
    if (pos > 0) {
        const std::string unit = token.substr(pos);
        static constexpr std::array<std::string_view, 20> units = {"V",
                                                                   "A",
                                                                   "W",
                                                                   "MA",
                                                                   "MAH",
                                                                   "HZ",
                                                                   "KHZ",
                                                                   "MHZ",
                                                                   "GHZ",
                                                                   "UF",
                                                                   "NF",
                                                                   "PF",
                                                                   "UH",
                                                                   "MM",
                                                                   "PIN",
                                                                   "PINS",
                                                                   "BIT",
                                                                   "OHM",
                                                                   "\xC2\xB5"
                                                                   "F",
                                                                   "\xCE\xBC"
                                                                   "F"};
        if (std::find(units.begin(), units.end(), unit) != units.end()) return true;
        if (unit.size() > 1 && unit[0] == '-') return true;  // "2-CHANNEL", "32-BIT", "3-AXIS"
    }
    if (token.rfind("RS", 0) == 0 && token.size() <= 6) return true;  // RS-232, RS-422, RS485
    if (token.rfind("CORTEX", 0) == 0) return true;
    return token.find('/') != std::string::npos;  // "3G/4G", "DC/DC", "SD/HD"
}

bool has_letter_and_digit(const std::string& token) {
    const bool letter = std::any_of(token.begin(), token.end(), is_upper);
    const bool digit = std::any_of(token.begin(), token.end(), is_digit);
    return letter && digit;
}

// Marking words, upper-cased, surrounding punctuation trimmed. A word that opened a bracket is marked: it
// starts another marking line ("PS767D301 (OCT AP5L)") and is never glued to the word before it.
struct MarkingTokens {
    std::vector<std::string> words;
    std::vector<bool> bracketed;
};

MarkingTokens marking_tokens(std::string_view marking) {
    MarkingTokens tokens;
    std::string token;
    auto flush = [&] {
        while (!token.empty() && (token.back() == ',' || token.back() == ';' || token.back() == ':' ||
                                  token.back() == ')' || token.back() == '.'))
            token.pop_back();
        const bool bracketed = !token.empty() && token.front() == '(';
        while (!token.empty() && (token.front() == '(' || token.front() == '#')) token.erase(0, 1);
        if (!token.empty()) {
            tokens.words.push_back(upper_ascii(token));
            tokens.bracketed.push_back(bracketed);
        }
        token.clear();
    };
    for (char c : marking) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            flush();
        } else {
            token += c;
        }
    }
    flush();
    return tokens;
}

bool all_letters(const std::string& token) {
    return !token.empty() && std::all_of(token.begin(), token.end(), is_upper);
}

// "RGT6", "CBT6", "PMH": 1-4 letters and at most one digit after them (ST, GigaDevice, TI package codes).
bool is_package_code(const std::string& token) {
    std::size_t letters = 0;
    while (letters < token.size() && is_upper(token[letters])) ++letters;
    if (letters == 0 || letters > 4 || token == "ROHS") return false;
    return token.size() == letters || (token.size() == letters + 1 && is_digit(token.back()));
}

// "F28335PGFA": one letter, digits, letters (a TI C2000 device after its "TMS320" stem).
bool is_device_code(const std::string& token) {
    if (token.size() < 4 || !is_upper(token[0]) || !is_digit(token[1])) return false;
    std::size_t pos = 1;
    while (pos < token.size() && is_digit(token[pos])) ++pos;
    return pos < token.size() &&
           std::all_of(token.begin() + static_cast<std::ptrdiff_t>(pos), token.end(), is_upper);
}

bool is_date_code_token(const std::string& token) {
    return token.size() >= 4 && token.size() <= 5 && is_digit(token[0]) &&
           parse_date_code(token, 2020).has_value();
}

}  // namespace

std::string canonical_maker(std::string_view manufacturer) {
    const std::size_t open = manufacturer.find('(');
    std::string outer = folded_words(manufacturer.substr(0, open));
    if (outer == "not identified" || outer == "unknown" || outer == "n a" || outer == "unspecified")
        return {};
    if (const std::string_view maker = alias_of(outer); !maker.empty()) return std::string(maker);
    if (open != std::string_view::npos) {
        // "Linear Technology Corporation (Analog Devices)": the bracket names the parent company
        const std::size_t close = manufacturer.find(')', open);
        const std::string inner = folded_words(manufacturer.substr(open + 1, close - open - 1));
        if (const std::string_view maker = alias_of(inner); !maker.empty()) return std::string(maker);
    }
    return outer;
}

bool same_maker(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (a.empty()) return false;
    return b.substr(0, a.size()) == a && (b.size() == a.size() || b[a.size()] == ' ');
}

std::string part_from_marking(std::string_view marking) {
    const MarkingTokens marked = marking_tokens(marking);
    const std::vector<std::string>& tokens = marked.words;
    for (std::size_t idx = 0; idx < tokens.size(); ++idx) {
        const std::string& token = tokens[idx];
        const std::string* next =
            idx + 1 < tokens.size() && !marked.bracketed[idx + 1] ? &tokens[idx + 1] : nullptr;
        // "ADXL 357B": a short all-letter prefix printed apart from its number
        if (all_letters(token) && token.size() >= 2 && token.size() <= 5 && next != nullptr &&
            is_digit((*next)[0]) && has_letter_and_digit(*next) && !is_noise_token(*next) &&
            !is_date_code_token(*next)) {
            return token + *next;
        }
        if (!has_letter_and_digit(token) || token.size() < 4 || is_noise_token(token)) continue;
        // "STM32F405 RGT6", "GD32F103 TBU6", "LM5117 PMH": a package/temperature code on the next word;
        // "TMS320 F28335PGFA": a family stem followed by the device. Lot codes ("GAH218", "CS9906") stay
        // apart.
        if (next != nullptr && is_digit(token.back()) && token.find('-') == std::string::npos &&
            (is_package_code(*next) || (family_of(token) == token && is_device_code(*next)))) {
            return token + *next;
        }
        return token;
    }
    return {};
}

std::string date_code_from_marking(std::string_view marking) {
    const std::vector<std::string> tokens = marking_tokens(marking).words;
    // the first token never is the date: it is the description or the part number. Years 2000-2039 only:
    // "7942" in "Integrated circuit 7942" is a part number, not 1979 week 42.
    for (std::size_t idx = 1; idx < tokens.size(); ++idx) {
        const std::string& token = tokens[idx];
        if (token.size() == 4 || (token.size() == 5 && is_upper(token[4]))) {
            if (is_date_code_token(token) && token[0] <= '3') return token;
        }
    }
    return {};
}

}  // namespace cp::screen::detail
