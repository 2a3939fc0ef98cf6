// SPDX-License-Identifier: Apache-2.0
// The red-flag checks that rules of the rules file select by "kind" (docs/screening.md lists their
// parameters). Order-level checks read the first line of the order; item-level ones look at every line.
#include <algorithm>

#include <fmt/format.h>

#include "core/time.hpp"
#include "match/match.hpp"
#include "screen/detail/countries.hpp"
#include "screen/detail/items.hpp"

namespace cp::screen::detail {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

struct Context {
    const Rule& rule;
    const Order& order;
    const std::vector<LineItems>& items;
    PartyScreen& parties;
    std::vector<Finding>& findings;
    const std::string& destination;

    void add(std::string subject, std::string evidence, std::uint64_t line = 0) const {
        findings.push_back({FindingKind::rule, rule.id, rule.risk, std::move(subject),
                            rule.description + ": " + evidence, rule.source, line});
    }
    [[nodiscard]] const OrderLine& head() const { return order.head(); }
};

void check_logistics(const Context& ctx) {
    for (Field field : ctx.rule.fields) {
        const std::string name = lower(ctx.head().get(field));
        if (name.empty()) continue;
        for (const std::string& keyword : ctx.rule.words) {
            if (name.find(keyword) != std::string::npos) {
                ctx.add(std::string(to_string(field)), fmt::format("{} '{}' contains '{}'", to_string(field),
                                                                   ctx.head().get(field), keyword));
                break;
            }
        }
    }
    const std::string& forwarder = ctx.head().get(Field::forwarder);
    if (!forwarder.empty() && lower(forwarder) == lower(ctx.head().get(Field::consignee))) {
        ctx.add("consignee", fmt::format("the freight forwarder '{}' is also the consignee", forwarder));
    }
}

void check_payer(const Context& ctx) {
    const std::string payer = match::country_code(ctx.head().get(Field::payer_country));
    const std::string customer = match::country_code(ctx.head().get(Field::customer_country));
    if (payer.empty() || payer == customer || payer == ctx.destination) return;
    ctx.add("payer", fmt::format("payer '{}' in {} pays for a customer in {} shipping to {}",
                                 ctx.head().get(Field::payer), payer, customer.empty() ? "?" : customer,
                                 ctx.destination.empty() ? "?" : ctx.destination));
}

void check_phone(const Context& ctx) {
    const std::string& phone = ctx.head().get(Field::phone);
    const std::string_view code = phone_calling_code(phone);
    const std::string_view expected = calling_code(ctx.destination);
    if (code.empty() || expected.empty() || code == expected) return;
    ctx.add("phone", fmt::format("phone {} has calling code +{} ({}), destination {} is +{}", phone, code,
                                 phone_country(phone), ctx.destination, expected));
}

void check_email(const Context& ctx) {
    const std::string email = lower(ctx.head().get(Field::email));
    const std::size_t at = email.rfind('@');
    if (at == std::string::npos) return;
    const std::string domain = email.substr(at + 1);
    if (contains(ctx.rule.words, domain))
        ctx.add("email", fmt::format("e-mail {} uses the free domain {}", email, domain));
}

void check_addresses(const Context& ctx) {
    if (ctx.parties.entities() == nullptr) return;
    for (Field field : ctx.rule.fields) {
        const std::string& address = ctx.head().get(field);
        if (address.size() < 8) continue;
        for (const PartyMatch& hit : ctx.parties.addresses(address, ctx.rule.number)) {
            ctx.add(std::string(to_string(field)),
                    fmt::format("'{}' ~ '{}' of {} ({})", address, hit.matched,
                                ctx.parties.describe(hit.entity_index), hit.why));
        }
    }
}

void check_new_customer(const Context& ctx) {
    const std::string& since = ctx.head().get(Field::customer_since);
    if (since.empty()) return;
    const auto since_ms = time::parse_iso8601(since);
    if (!since_ms) return;
    const double age_days = static_cast<double>(ctx.head().order_t_unix_ms - *since_ms) / 86'400'000.0;
    if (age_days > ctx.rule.number) return;
    for (std::size_t idx = 0; idx < ctx.items.size(); ++idx) {
        const auto& chpl = ctx.items[idx].chpl;
        if (chpl && contains(ctx.rule.words, chpl->tier)) {
            ctx.add(fmt::format("line {}", ctx.order.lines[idx].line),
                    fmt::format("customer since {} ({:.0f} days before the order) orders tier {} item HS {}",
                                since, age_days, chpl->tier, chpl->hs6),
                    ctx.order.lines[idx].line);
        }
    }
}

void check_business(const Context& ctx) {
    const std::string business = lower(ctx.head().get(Field::customer_business));
    if (business.empty()) return;
    for (const auto& [keyword, prefixes] : ctx.rule.businesses) {
        if (business.find(keyword) == std::string::npos) continue;
        for (std::size_t idx = 0; idx < ctx.items.size(); ++idx) {
            const auto& chpl = ctx.items[idx].chpl;
            if (!chpl) continue;
            const bool fits = std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& prefix) {
                return chpl->hs6.compare(0, prefix.size(), prefix) == 0;
            });
            if (!fits) {
                ctx.add(fmt::format("line {}", ctx.order.lines[idx].line),
                        fmt::format("a '{}' business orders CHPL tier {} item HS {} ({})",
                                    ctx.head().get(Field::customer_business), chpl->tier, chpl->hs6,
                                    chpl->description),
                        ctx.order.lines[idx].line);
            }
        }
        return;
    }
}

void check_price(const Context& ctx) {
    for (const OrderLine& line : ctx.order.lines) {
        if (!line.unit_price || !line.reference_price || *line.reference_price <= 0) continue;
        const double ratio = *line.unit_price / *line.reference_price;
        if (ratio > ctx.rule.number) {
            ctx.add(fmt::format("line {}", line.line),
                    fmt::format("unit price {} is {:.1f} times the reference {}", line.get(Field::unit_price),
                                ratio, line.get(Field::reference_price)),
                    line.line);
        }
    }
}

}  // namespace

void apply_rules(const Rules::Impl& rules, const Order& order, const std::vector<LineItems>& items,
                 PartyScreen& parties, std::vector<Finding>& findings) {
    const std::string destination = destination_of(order.head());
    for (const Rule& rule : rules.rules) {
        const Context ctx{rule, order, items, parties, findings, destination};
        switch (rule.kind) {
        case RuleKind::country_in_list: {
            const std::string code = match::country_code(order.head().get(rule.field));
            const std::string value = rule.field == Field::destination_country ? destination : code;
            if (!value.empty() && contains(rule.words, value)) {
                ctx.add(std::string(to_string(rule.field)),
                        fmt::format("{} is {}", to_string(rule.field), value));
            }
            break;
        }
        case RuleKind::logistics_consignee:
            check_logistics(ctx);
            break;
        case RuleKind::payer_third_country:
            check_payer(ctx);
            break;
        case RuleKind::phone_country_mismatch:
            check_phone(ctx);
            break;
        case RuleKind::email_domain_in_list:
            check_email(ctx);
            break;
        case RuleKind::address_similar_to_listed:
            check_addresses(ctx);
            break;
        case RuleKind::new_customer_tier:
            check_new_customer(ctx);
            break;
        case RuleKind::line_of_business:
            check_business(ctx);
            break;
        case RuleKind::rerouted: {
            const std::string previous = match::country_code(order.head().get(Field::previous_destination));
            if (!previous.empty() && previous != destination && contains(rule.words, previous)) {
                ctx.add("previous_destination",
                        fmt::format("previously destined for {}, now for {}", previous,
                                    destination.empty() ? "?" : destination));
            }
            break;
        }
        case RuleKind::price_above_reference:
            check_price(ctx);
            break;
        }
    }
}

}  // namespace cp::screen::detail
