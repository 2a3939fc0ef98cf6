// SPDX-License-Identifier: Apache-2.0
// Loads the red-flag rules file (data/rules/red_flags.json, format in docs/screening.md) and the CHPL table.
// A malformed file throws cp::Error naming the rule, so a typo never silently disables a check.
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/text.hpp"
#include "match/match.hpp"
#include "screen/detail/countries.hpp"
#include "screen/detail/rules_impl.hpp"

namespace cp::screen {

namespace {

using nlohmann::json;

std::optional<detail::RuleKind> parse_kind(std::string_view kind) {
    using detail::RuleKind;
    static constexpr std::pair<std::string_view, RuleKind> kinds[] = {
        {"country_in_list", RuleKind::country_in_list},
        {"logistics_consignee", RuleKind::logistics_consignee},
        {"payer_third_country", RuleKind::payer_third_country},
        {"phone_country_mismatch", RuleKind::phone_country_mismatch},
        {"email_domain_in_list", RuleKind::email_domain_in_list},
        {"address_similar_to_listed", RuleKind::address_similar_to_listed},
        {"new_customer_tier", RuleKind::new_customer_tier},
        {"line_of_business", RuleKind::line_of_business},
        {"rerouted", RuleKind::rerouted},
        {"price_above_reference", RuleKind::price_above_reference},
    };
    for (const auto& [name, value] : kinds) {
        if (name == kind) return value;
    }
    return std::nullopt;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

Field field_param(const json& value, const std::string& rule_id) {
    const auto field = value.is_string() ? parse_field(value.get<std::string>()) : std::nullopt;
    if (!field) throw Error("rules: rule '" + rule_id + "': unknown field " + value.dump());
    return *field;
}

std::vector<std::string> words_param(const json& rule, const char* key, bool countries) {
    std::vector<std::string> out;
    if (!rule.contains(key)) return out;
    for (const json& item : rule.at(key)) {
        const std::string text = item.get<std::string>();
        out.push_back(countries ? match::country_code(text) : lower(text));
        if (out.back().empty()) throw Error("rules: unknown country '" + text + "'");
    }
    return out;
}

detail::Rule parse_rule(const json& rule) {
    detail::Rule out;
    out.id = rule.at("id").get<std::string>();
    const std::string kind = rule.at("kind").get<std::string>();
    const auto parsed_kind = parse_kind(kind);
    if (!parsed_kind) throw Error("rules: rule '" + out.id + "': unknown kind '" + kind + "'");
    out.kind = *parsed_kind;
    const auto risk = parse_risk(rule.value("risk", "low"));
    if (!risk || *risk == Risk::none)
        throw Error("rules: rule '" + out.id + "': risk must be low, medium or high");
    out.risk = *risk;
    out.description = rule.value("description", "");
    out.source = rule.value("source", "");
    if (rule.contains("field")) out.field = field_param(rule["field"], out.id);
    if (rule.contains("fields")) {
        for (const json& field : rule["fields"]) out.fields.push_back(field_param(field, out.id));
    }
    using detail::RuleKind;
    if (out.kind == RuleKind::country_in_list) out.words = words_param(rule, "countries", true);
    if (out.kind == RuleKind::rerouted) out.words = words_param(rule, "from", true);
    if (out.kind == RuleKind::logistics_consignee) out.words = words_param(rule, "keywords", false);
    if (out.kind == RuleKind::email_domain_in_list) out.words = words_param(rule, "domains", false);
    if (out.kind == RuleKind::new_customer_tier) {
        out.words = words_param(rule, "tiers", false);
        out.number = rule.value("max_age_days", 365.0);
    }
    if (out.kind == RuleKind::address_similar_to_listed) out.number = rule.value("threshold", 0.8);
    if (out.kind == RuleKind::price_above_reference) out.number = rule.value("factor", 2.0);
    if (out.kind == RuleKind::line_of_business && rule.contains("businesses")) {
        for (const auto& [business, prefixes] : rule["businesses"].items()) {
            out.businesses.emplace_back(lower(business), prefixes.get<std::vector<std::string>>());
        }
    }
    return out;
}

void load_chpl(std::string_view csv, Rules::Impl& impl) {
    bool header = true;
    for (std::string_view line : cp::text::split(csv, '\n')) {
        line = cp::text::trim(line);
        if (line.empty()) continue;
        if (header) {
            header = false;
            continue;
        }
        // tier,hs6,"description, possibly with commas"
        const std::size_t first = line.find(',');
        const std::size_t second = first == std::string_view::npos ? first : line.find(',', first + 1);
        if (second == std::string_view::npos) throw Error("CHPL: bad line '" + std::string(line) + "'");
        std::string_view description = line.substr(second + 1);
        if (description.size() >= 2 && description.front() == '"')
            description = description.substr(1, description.size() - 2);
        ChplEntry entry{std::string(line.substr(0, first)),
                        std::string(line.substr(first + 1, second - first - 1)), std::string(description)};
        if (entry.hs6.size() != 6) throw Error("CHPL: HS code is not six digits: '" + entry.hs6 + "'");
        impl.chpl.emplace(entry.hs6, std::move(entry));
    }
}

}  // namespace

std::string_view to_string(Risk risk) noexcept {
    switch (risk) {
    case Risk::none:
        return "none";
    case Risk::low:
        return "low";
    case Risk::medium:
        return "medium";
    case Risk::high:
        return "high";
    }
    return "none";
}

std::optional<Risk> parse_risk(std::string_view text) noexcept {
    for (Risk risk : {Risk::none, Risk::low, Risk::medium, Risk::high}) {
        if (to_string(risk) == text) return risk;
    }
    return std::nullopt;
}

Rules::Rules(std::string_view rules_json, std::string_view chpl_csv) : m_impl(std::make_unique<Impl>()) {
    load_chpl(chpl_csv, *m_impl);
    try {
        const json doc = json::parse(rules_json);
        if (doc.contains("party_screening")) {
            const json& party = doc["party_screening"];
            m_impl->party_threshold = party.value("threshold", m_impl->party_threshold);
            m_impl->party_high_at = party.value("high_at", m_impl->party_high_at);
            if (party.contains("fields")) {
                m_impl->party_fields.clear();
                for (const json& field : party["fields"])
                    m_impl->party_fields.push_back(field_param(field, "party_screening"));
            }
        }
        for (const json& rule : doc.at("rules")) m_impl->rules.push_back(parse_rule(rule));
        for (const json& hint : doc.value("item_hints", json::array())) {
            detail::ItemHint item{words_param(hint, "keywords", false), hint.at("hs6").get<std::string>(),
                                  hint.value("why", "")};
            if (!m_impl->chpl.contains(item.hs6))
                throw Error("rules: item hint points at non-CHPL code " + item.hs6);
            m_impl->hints.push_back(std::move(item));
        }
    } catch (const json::exception& e) {
        throw Error(std::string("rules file: ") + e.what());
    }
}

Rules::~Rules() = default;
Rules::Rules(Rules&&) noexcept = default;
Rules& Rules::operator=(Rules&&) noexcept = default;

std::size_t Rules::rule_count() const noexcept {
    return m_impl->rules.size();
}
std::size_t Rules::chpl_count() const noexcept {
    return m_impl->chpl.size();
}

std::optional<ChplEntry> chpl_lookup(const Rules& rules, std::string_view hs_code) {
    std::string digits;
    for (char c : hs_code) {
        if (c >= '0' && c <= '9') digits += c;
    }
    if (digits.size() < 6) return std::nullopt;
    const auto found = rules.impl().chpl.find(std::string_view(digits).substr(0, 6));
    if (found == rules.impl().chpl.end()) return std::nullopt;
    return found->second;
}

}  // namespace cp::screen
