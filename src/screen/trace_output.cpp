// SPDX-License-Identifier: Apache-2.0
// trace results as JSON lines (one object per component, ranked sales inside) and CSV (one row per ranked
// sale). Field names are stable: docs/trace.md "Output".
#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "screen/trace.hpp"

namespace cp::screen {

using text::csv_quote;

namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

std::string hit_text(const PartyHit& hit) {
    return fmt::format("{} '{}' = {} score {:.2f}{}", hit.role, hit.name, hit.entity, hit.score,
                       hit.listed_later ? " (listed after the sale)" : "");
}

}  // namespace

std::string trace_to_jsonl(const ComponentTrace& trace, const Component& component,
                           const std::vector<SaleLine>& ledger) {
    nlohmann::ordered_json out;
    out["component"] = {{"id", component.id},
                        {"line", component.line},
                        {"manufacturer", component.manufacturer},
                        {"part_number", component.part_number},
                        {"part_from_marking", component.part_from_marking},
                        {"date_code", component.date_code},
                        {"marking", component.marking},
                        {"source", component.source}};
    out["listed_party"] = trace.listed_party;
    auto& matches = out["matches"] = nlohmann::ordered_json::array();
    for (std::size_t rank = 0; rank < trace.matches.size(); ++rank) {
        const SaleMatch& match = trace.matches[rank];
        const SaleLine& sale = ledger[match.sale_index];
        nlohmann::ordered_json item = {{"rank", rank + 1},
                                       {"ledger_line", sale.line},
                                       {"date", sale.date},
                                       {"invoice", sale.invoice},
                                       {"customer", sale.customer},
                                       {"customer_country", sale.customer_country},
                                       {"consignee", sale.consignee},
                                       {"country", sale.country},
                                       {"manufacturer", sale.manufacturer},
                                       {"part_number", sale.part_number},
                                       {"date_code", sale.date_code},
                                       {"quantity", sale.quantity ? nlohmann::ordered_json(*sale.quantity)
                                                                  : nlohmann::ordered_json(nullptr)},
                                       {"level", to_string(match.level)},
                                       {"score", match.score},
                                       {"reasons", match.reasons}};
        auto& hits = item["party_hits"] = nlohmann::ordered_json::array();
        for (const PartyHit& hit : match.hits) {
            hits.push_back({{"role", hit.role},
                            {"name", hit.name},
                            {"entity_id", hit.entity_id},
                            {"entity", hit.entity},
                            {"matched", hit.matched},
                            {"score", hit.score},
                            {"why", hit.why},
                            {"listed_after_sale", hit.listed_later}});
        }
        matches.push_back(std::move(item));
    }
    // then each distinct customer and consignee of the reported sales, with its list hits
    auto& parties = out["parties"] = nlohmann::ordered_json::array();
    auto add_party = [&](const std::string& role, const std::string& name, const SaleMatch& match) {
        if (name.empty()) return;
        nlohmann::ordered_json* entry = nullptr;
        for (auto& party : parties) {
            if (party["role"] == role && party["name"] == name) entry = &party;
        }
        if (entry == nullptr) {
            parties.push_back({{"role", role},
                               {"name", name},
                               {"best_score", match.score},
                               {"invoices", nlohmann::ordered_json::array()},
                               {"hits", nlohmann::ordered_json::array()}});
            entry = &parties.back();
        }
        (*entry)["invoices"].push_back(ledger[match.sale_index].invoice);
        for (const PartyHit& hit : match.hits) {
            const bool seen = std::any_of((*entry)["hits"].begin(), (*entry)["hits"].end(),
                                          [&](const auto& known) { return known == hit.entity_id; });
            if (hit.role == role && !seen) (*entry)["hits"].push_back(hit.entity_id);
        }
    };
    for (const SaleMatch& match : trace.matches) {
        add_party("customer", ledger[match.sale_index].customer, match);
        const SaleLine& sale = ledger[match.sale_index];
        if (sale.consignee != sale.customer) add_party("consignee", sale.consignee, match);
    }
    return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string trace_csv_header() {
    return "component_id,component_line,component_part,component_date_code,rank,ledger_line,date,invoice,"
           "customer,consignee,country,ledger_part,ledger_date_code,level,score,reasons,party_hits\n";
}

std::string trace_to_csv_rows(const ComponentTrace& trace, const Component& component,
                              const std::vector<SaleLine>& ledger) {
    const std::string head = fmt::format("{},{},{},{}", csv_quote(component.id), component.line,
                                         csv_quote(component.part_number), csv_quote(component.date_code));
    if (trace.matches.empty()) return head + ",,,,,,,,,,,,,\n";
    std::string out;
    for (std::size_t rank = 0; rank < trace.matches.size(); ++rank) {
        const SaleMatch& match = trace.matches[rank];
        const SaleLine& sale = ledger[match.sale_index];
        std::vector<std::string> hits;
        for (const PartyHit& hit : match.hits) hits.push_back(hit_text(hit));
        out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{:.3f},{},{}\n", head, rank + 1, sale.line,
                           csv_quote(sale.date), csv_quote(sale.invoice), csv_quote(sale.customer),
                           csv_quote(sale.consignee), csv_quote(sale.country), csv_quote(sale.part_number),
                           csv_quote(sale.date_code), to_string(match.level), match.score,
                           csv_quote(join(match.reasons, "; ")), csv_quote(join(hits, "; ")));
    }
    return out;
}

}  // namespace cp::screen
