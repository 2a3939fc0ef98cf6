// SPDX-License-Identifier: Apache-2.0
// CHPL classification of order lines. HS codes map by their first six digits (national 8/10-digit codes
// included); descriptions map through the keyword hints of the rules file, with the reason shown, and a
// description that points at a CHPL code the declared HS code does not is reported as an inconsistency.
#include "screen/detail/items.hpp"

#include <fmt/format.h>

#include "match/match.hpp"

namespace cp::screen::detail {

namespace {

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// `keyword` occurs in `text` (both lower case) as whole words.
bool contains_words(std::string_view text, std::string_view keyword) {
    for (std::size_t pos = text.find(keyword); pos != std::string_view::npos;
         pos = text.find(keyword, pos + 1)) {
        const bool start_ok = pos == 0 || !is_word_char(text[pos - 1]);
        const std::size_t end = pos + keyword.size();
        const bool end_ok = end == text.size() || !is_word_char(text[end]);
        if (start_ok && end_ok) return true;
    }
    return false;
}

Risk tier_risk(const std::string& tier) {
    return tier == "1" || tier == "2" ? Risk::medium : Risk::low;
}

std::string where(const OrderLine& line) {
    return line.get(Field::part_number).empty()
               ? fmt::format("line {}", line.line)
               : fmt::format("line {} ({})", line.line, line.get(Field::part_number));
}

}  // namespace

const ItemHint* hint_for(const Rules::Impl& rules, std::string_view description, std::string* keyword) {
    if (description.empty()) return nullptr;
    std::string lower(description);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    for (const ItemHint& hint : rules.hints) {
        for (const std::string& word : hint.keywords) {
            if (contains_words(lower, word)) {
                if (keyword != nullptr) *keyword = word;
                return &hint;
            }
        }
    }
    return nullptr;
}

LineItems classify_items(const Rules::Impl& rules, const OrderLine& line, std::vector<Finding>& findings) {
    LineItems out;
    const std::string& hs = line.get(Field::hs_code);
    std::string keyword;
    const ItemHint* hint = hint_for(rules, line.get(Field::description), &keyword);
    const ChplEntry* hinted = hint != nullptr ? &rules.chpl.at(hint->hs6) : nullptr;
    std::string digits;
    for (char c : hs) {
        if (c >= '0' && c <= '9') digits += c;
    }
    const auto found =
        digits.size() >= 6 ? rules.chpl.find(std::string_view(digits).substr(0, 6)) : rules.chpl.end();
    const std::string subject = where(line);
    if (found != rules.chpl.end()) {
        out.chpl = found->second;
        findings.push_back({FindingKind::item, "chpl", tier_risk(found->second.tier), subject,
                            fmt::format("HS {} is CHPL tier {} ({}: {})", hs, found->second.tier,
                                        found->second.hs6, found->second.description),
                            "Common High Priority List (BIS/EU, Feb 2024)", line.line});
        if (hinted != nullptr && hinted->hs6.substr(0, 4) != found->second.hs6.substr(0, 4)) {
            findings.push_back(
                {FindingKind::item_note, "hs_description_mismatch", Risk::low, subject,
                 fmt::format("description '{}' suggests HS {} (tier {}: '{}' - {}), declared {}",
                             line.get(Field::description), hinted->hs6, hinted->tier, keyword, hint->why, hs),
                 "item hints of the rules file", line.line});
        }
        return out;
    }
    if (hinted == nullptr) return out;
    out.chpl = *hinted;
    const std::string reason =
        fmt::format("description '{}' matches '{}': {}", line.get(Field::description), keyword, hint->why);
    findings.push_back({FindingKind::item, "chpl_by_description", tier_risk(hinted->tier), subject,
                        fmt::format("likely CHPL tier {} (HS {}); {}", hinted->tier, hinted->hs6, reason),
                        "Common High Priority List (BIS/EU, Feb 2024); item hints of the rules file",
                        line.line});
    if (hs.empty()) {
        findings.push_back({FindingKind::item_note, "hs_missing", Risk::low, subject,
                            "no HS code given; classified by its description only", "", line.line});
    } else {
        // A declared code outside the CHPL for a CHPL-like description is how misdeclared parts slip through.
        findings.push_back({FindingKind::item_note, "hs_inconsistent", Risk::medium, subject,
                            fmt::format("declared HS {} is not on the CHPL but the description suggests {}",
                                        hs, hinted->hs6),
                            "FIN-2023-GLOBALEXPORT: commodities of concern; BIS KYC red flags", line.line});
    }
    return out;
}

std::string destination_of(const OrderLine& head) {
    for (Field field : {Field::destination_country, Field::consignee_country, Field::end_user_country,
                        Field::customer_country}) {
        std::string code = match::country_code(head.get(field));
        if (!code.empty()) return code;
    }
    return {};
}

}  // namespace cp::screen::detail
