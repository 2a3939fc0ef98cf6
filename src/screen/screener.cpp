// SPDX-License-Identifier: Apache-2.0
// Screens one order: parties (names and addresses against the lists as of the order date), items (CHPL by HS
// code and by description), then the red-flag rules; the order's risk is the highest finding, raised to high
// when a CHPL item comes with a medium red flag (docs/screening.md "Risk").
#include <algorithm>

#include <fmt/format.h>

#include "core/time.hpp"
#include "lists/entity.hpp"
#include "match/match.hpp"
#include "screen/detail/items.hpp"
#include "screen/detail/parties.hpp"
#include "screen/detail/rules_impl.hpp"

namespace cp::screen {

namespace {

// The country field that goes with a party field.
Field country_of(Field party) {
    switch (party) {
    case Field::customer:
        return Field::customer_country;
    case Field::consignee:
        return Field::consignee_country;
    case Field::end_user:
        return Field::end_user_country;
    case Field::forwarder:
        return Field::forwarder_country;
    case Field::payer:
        return Field::payer_country;
    default:
        return Field::destination_country;
    }
}

}  // namespace

struct Screener::Impl {
    const Rules::Impl* rules;
    detail::PartyScreen parties;

    Impl(const Rules& r, const match::Index* index)
        : rules(&r.impl()), parties(index, r.impl().party_threshold) {}

    void screen_parties(const OrderLine& head, OrderResult& out);
};

void Screener::Impl::screen_parties(const OrderLine& head, OrderResult& out) {
    if (parties.entities() == nullptr) return;
    const std::string order_day = head.get(Field::order_date).substr(0, 10);
    for (Field field : rules->party_fields) {
        const std::string& name = head.get(field);
        if (name.empty()) continue;
        const std::string country = match::country_code(head.get(country_of(field)));
        const auto& hits = parties.names(name, country);
        // A field that names no one ("LLC", "Co., Ltd.", "!!!") was not screened: said so, not left to read
        // as a clean party.
        if (const std::string& error = parties.name_error(name, country); !error.empty()) {
            out.findings.push_back(
                {FindingKind::party_note, "party_not_screened", Risk::low, std::string(to_string(field)),
                 fmt::format("{} '{}' was not screened: {}", to_string(field), name, error), "", 0});
        }
        for (const detail::PartyMatch& hit : hits) {
            Finding finding;
            finding.kind = FindingKind::party;
            finding.id = parties.entities()->entities[hit.entity_index].id;
            finding.subject = std::string(to_string(field));
            finding.source = parties.source_title(hit.entity_index);
            finding.risk = hit.score >= rules->party_high_at ? Risk::high : Risk::medium;
            finding.evidence =
                fmt::format("{} '{}' matches '{}' {} score {:.2f}: {}", to_string(field), name, hit.matched,
                            parties.describe(hit.entity_index), hit.score, hit.why);
            // Lists as they stood on the order date: a later listing is shown but does not count as a hit.
            if (!hit.listing_date.empty() && hit.listing_date.substr(0, 10) > order_day) {
                finding.kind = FindingKind::party_listed_later;
                finding.risk = Risk::low;
                finding.evidence += fmt::format(" (listed {} after the order date)", hit.listing_date);
            }
            out.findings.push_back(std::move(finding));
        }
    }
}

Screener::Screener(const Rules& rules, const match::Index* index)
    : m_impl(std::make_unique<Impl>(rules, index)) {}
Screener::~Screener() = default;
Screener::Screener(Screener&&) noexcept = default;
Screener& Screener::operator=(Screener&&) noexcept = default;

OrderResult Screener::screen(const Order& order) {
    const OrderLine& head = order.head();
    OrderResult out;
    out.order_id = head.get(Field::order_id);
    out.order_date = head.get(Field::order_date);
    out.customer = head.get(Field::customer);
    out.destination_country = detail::destination_of(head);
    out.first_line = head.line;
    out.line_count = order.lines.size();
    m_impl->screen_parties(head, out);
    std::vector<detail::LineItems> items;
    for (const OrderLine& line : order.lines) {
        items.push_back(detail::classify_items(*m_impl->rules, line, out.findings));
    }
    detail::apply_rules(*m_impl->rules, order, items, m_impl->parties, out.findings);
    bool chpl_item = false;
    bool red_flag = false;
    for (const Finding& finding : out.findings) {
        out.risk = std::max(out.risk, finding.risk);
        chpl_item = chpl_item || finding.kind == FindingKind::item;
        red_flag = red_flag || (finding.kind == FindingKind::rule && finding.risk >= Risk::medium);
    }
    if (chpl_item && red_flag) out.risk = Risk::high;
    return out;
}

std::string_view to_string(FindingKind kind) noexcept {
    switch (kind) {
    case FindingKind::party:
        return "party";
    case FindingKind::party_listed_later:
        return "party_listed_later";
    case FindingKind::party_note:
        return "party_note";
    case FindingKind::item:
        return "item";
    case FindingKind::item_note:
        return "item_note";
    case FindingKind::rule:
        return "rule";
    }
    return "unknown";
}

}  // namespace cp::screen
