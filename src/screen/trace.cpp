// SPDX-License-Identifier: Apache-2.0
// Scores ledger lines for one component: the part-number level sets the base score, the manufacturer and the
// date code adjust it (docs/trace.md "Scoring"), and the parties of every reported line are screened through
// match/ (detail::PartyScreen, shared with order screening) as the lists stood on the sale date.
#include "screen/trace.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <fmt/format.h>

#include "core/time.hpp"
#include "lists/entity.hpp"
#include "match/match.hpp"
#include "screen/detail/part_number.hpp"
#include "screen/detail/parties.hpp"

namespace cp::screen {

namespace {

constexpr std::int64_t ms_per_day = 86'400'000;

struct SaleKeys {
    detail::PartKeys part;
    std::string maker;
};

// Level and base score of a part-number pair; nullopt when the two do not share a family. The level scores
// stay below 1 so that the shipped-lot bonus (x1.12 in date_factor) lifts an exact match with the same lot
// above one without; a family match stays below 0.7 even with it (docs/trace.md "Scoring").
std::optional<std::pair<PartLevel, double>> compare_parts(const detail::PartKeys& component,
                                                          const detail::PartKeys& sale, bool texas,
                                                          std::vector<std::string>& reasons) {
    if (component.exact == sale.exact) {
        reasons.push_back(fmt::format("part {} exact", sale.exact));
        return std::pair{PartLevel::exact, 0.90};
    }
    if (component.normalised == sale.normalised) {
        reasons.push_back(
            fmt::format("part {} = {} after case/space/dash folding", component.exact, sale.exact));
        return std::pair{PartLevel::normalised, 0.86};
    }
    auto removed = [](const detail::PartKeys& keys) {
        std::string out;
        for (const std::string& what : keys.removed) out += (out.empty() ? "" : ", ") + what;
        return out.empty() ? std::string("nothing removed") : out;
    };
    if (component.base == sale.base) {
        reasons.push_back(fmt::format("base part {} ({} vs {}; {}; {})", sale.base, component.exact,
                                      sale.exact, removed(component), removed(sale)));
        return std::pair{PartLevel::base, 0.78};
    }
    // TI orders the same device on large or small reels with a trailing R, T or X ("TPS62130RGTR").
    const std::string& shorter = component.base.size() < sale.base.size() ? component.base : sale.base;
    const std::string& longer = component.base.size() < sale.base.size() ? sale.base : component.base;
    if (texas && longer.size() == shorter.size() + 1 && longer.compare(0, shorter.size(), shorter) == 0 &&
        (longer.back() == 'R' || longer.back() == 'T' || longer.back() == 'X')) {
        reasons.push_back(fmt::format("base part {} with TI reel letter {}", shorter, longer.back()));
        return std::pair{PartLevel::base, 0.75};
    }
    if (component.family.empty() || component.family != sale.family) return std::nullopt;
    std::size_t common = 0;
    while (common < shorter.size() && shorter[common] == longer[common]) ++common;
    // sharing only the stem ("STM32" of STM32G071 and STM32F405) says nothing, unless the stem is all the
    // component shows ("Digital signal processor TMS320")
    if (common <= component.family.size() && component.base != component.family) return std::nullopt;
    double score = 0.20 + 0.30 * static_cast<double>(common) / static_cast<double>(longer.size());
    std::string why = fmt::format("family {}: {} vs {} share {} of {} characters", sale.family,
                                  component.base, sale.base, common, longer.size());
    if (common == component.base.size()) {
        score += 0.10;  // the marking shows only the start of the ordering code: consistent, not different
        why += " (the component's code is a prefix of the ordering code)";
    }
    reasons.push_back(std::move(why));
    return std::pair{PartLevel::family, score};
}

std::int64_t day_of(const DateCode& code) {
    return time::days_from_civil(code.year, 1, 1) + static_cast<std::int64_t>(code.week - 1) * 7;
}

// Date-code checks: manufactured before the sale, within the window, and the same code as shipped.
double date_factor(const Component& component, const SaleLine& sale, double window_years,
                   std::vector<std::string>& reasons) {
    if (component.date_code.empty()) {
        reasons.push_back("no date code on the component: date not checked");
        return 1.0;
    }
    const std::int64_t sale_day = sale.t_unix_ms / ms_per_day;
    const auto sale_year = static_cast<std::int32_t>(1970 + sale_day / 365.2425);
    const auto code = parse_date_code(component.date_code, sale_year);
    if (!code) {
        reasons.push_back(
            fmt::format("date code '{}' not understood (YYWW or YWW expected)", component.date_code));
        return 1.0;
    }
    double factor = 1.0;
    const double years = static_cast<double>(sale_day - day_of(*code)) / 365.2425;
    const std::string made =
        fmt::format("date code {} ({} week {})", component.date_code, code->year, code->week);
    if (years < -7.0 / 365.2425) {
        factor *= 0.4;
        reasons.push_back(
            fmt::format("{} is {:.1f} years after the sale on {}: this sale cannot have supplied it", made,
                        -years, sale.date.substr(0, 10)));
    } else if (years > window_years) {
        factor *= 0.7;
        reasons.push_back(fmt::format("{}: sold {:.1f} years after manufacture (window {:g} years)", made,
                                      years, window_years));
    } else {
        reasons.push_back(fmt::format("{}: sold {:.1f} years after manufacture, inside the {:g}-year window",
                                      made, std::max(years, 0.0), window_years));
    }
    if (!sale.date_code.empty()) {
        const auto shipped = parse_date_code(sale.date_code, sale_year);
        if (shipped && shipped->year == code->year && shipped->week == code->week) {
            reasons.push_back(fmt::format("ledger shipped the same date code {}", sale.date_code));
            factor *= 1.12;
        } else if (shipped) {
            reasons.push_back(
                fmt::format("ledger shipped date code {}, not {}", sale.date_code, component.date_code));
            factor *= 0.6;
        } else if (detail::upper_ascii(sale.date_code) == detail::upper_ascii(component.date_code)) {
            reasons.push_back(fmt::format("ledger shipped the same lot code {}", sale.date_code));
            factor *= 1.12;
        }
    }
    return factor;
}

}  // namespace

std::string_view to_string(PartLevel level) noexcept {
    switch (level) {
    case PartLevel::exact:
        return "exact";
    case PartLevel::normalised:
        return "normalised";
    case PartLevel::base:
        return "base";
    case PartLevel::family:
        return "family";
    }
    return "unknown";
}

struct Tracer::Impl {
    const std::vector<SaleLine>* ledger;
    TraceOptions options;
    detail::PartyScreen parties;
    std::vector<SaleKeys> keys;
    std::unordered_map<std::string, std::vector<std::size_t>> by_family;

    Impl(const std::vector<SaleLine>& l, const match::Index* index, TraceOptions o)
        : ledger(&l), options(o), parties(index, o.party_threshold) {
        keys.reserve(l.size());
        for (std::size_t sale_idx = 0; sale_idx < l.size(); ++sale_idx) {
            keys.push_back({detail::part_keys(l[sale_idx].part_number),
                            detail::canonical_maker(l[sale_idx].manufacturer)});
            by_family[keys.back().part.family].push_back(sale_idx);
        }
    }

    void screen_party(const std::string& role, const std::string& name, const std::string& country,
                      const SaleLine& sale, SaleMatch& match);
};

void Tracer::Impl::screen_party(const std::string& role, const std::string& name, const std::string& country,
                                const SaleLine& sale, SaleMatch& match_out) {
    if (parties.entities() == nullptr || name.empty()) return;
    std::vector<PartyHit>& out = match_out.hits;
    const std::string code = match::country_code(country);
    const auto& found = parties.names(name, code);
    // A name that names no one ("LLC") was not screened: said so, not left to read as a clean party.
    if (const std::string& error = parties.name_error(name, code); !error.empty())
        match_out.reasons.push_back(role + " '" + name + "' was not screened: " + error);
    for (const detail::PartyMatch& match : found) {
        PartyHit hit;
        hit.role = role;
        hit.name = name;
        hit.entity_id = parties.entities()->entities[match.entity_index].id;
        hit.matched = match.matched;
        hit.entity = parties.describe(match.entity_index);
        hit.score = match.score;
        hit.why = match.why;
        // lists as they stood on the sale date: a later listing is shown but not counted
        hit.listed_later =
            !match.listing_date.empty() && match.listing_date.substr(0, 10) > sale.date.substr(0, 10);
        out.push_back(std::move(hit));
    }
}

Tracer::Tracer(const std::vector<SaleLine>& ledger, const match::Index* index, TraceOptions options)
    : m_impl(std::make_unique<Impl>(ledger, index, options)) {}
Tracer::~Tracer() = default;
Tracer::Tracer(Tracer&&) noexcept = default;
Tracer& Tracer::operator=(Tracer&&) noexcept = default;

ComponentTrace Tracer::trace(const Component& component) {
    ComponentTrace out;
    const detail::PartKeys part = detail::part_keys(component.part_number);
    const std::string maker = detail::canonical_maker(component.manufacturer);
    const auto candidates = m_impl->by_family.find(part.family);
    if (part.base.empty() || candidates == m_impl->by_family.end()) return out;
    for (std::size_t sale_idx : candidates->second) {
        const SaleLine& sale = (*m_impl->ledger)[sale_idx];
        const SaleKeys& sale_keys = m_impl->keys[sale_idx];
        SaleMatch match;
        match.sale_index = sale_idx;
        const bool texas = maker == "texas instruments" || sale_keys.maker == "texas instruments";
        const auto level = compare_parts(part, sale_keys.part, texas, match.reasons);
        if (!level) continue;
        match.level = level->first;
        double score = level->second;
        if (!maker.empty() && !sale_keys.maker.empty()) {
            if (detail::same_maker(maker, sale_keys.maker)) {
                match.reasons.push_back(
                    fmt::format("maker {} = {} ({})", component.manufacturer, sale.manufacturer, maker));
            } else {
                score *= 0.6;
                match.reasons.push_back(
                    fmt::format("maker differs: {} vs {}", component.manufacturer, sale.manufacturer));
            }
        }
        score *= date_factor(component, sale, m_impl->options.window_years, match.reasons);
        match.score = std::min(1.0, std::round(score * 1000.0) / 1000.0);
        if (match.score >= m_impl->options.min_score) out.matches.push_back(std::move(match));
    }
    std::sort(out.matches.begin(), out.matches.end(), [&](const SaleMatch& a, const SaleMatch& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.level != b.level) return a.level < b.level;
        return a.sale_index < b.sale_index;
    });
    if (out.matches.size() > m_impl->options.top_k) out.matches.resize(m_impl->options.top_k);
    for (SaleMatch& match : out.matches) {
        const SaleLine& sale = (*m_impl->ledger)[match.sale_index];
        m_impl->screen_party("customer", sale.customer, sale.customer_country, sale, match);
        if (sale.consignee != sale.customer) {
            m_impl->screen_party("consignee", sale.consignee,
                                 sale.consignee_country.empty() ? sale.country : sale.consignee_country, sale,
                                 match);
        }
        if (match.score < m_impl->options.listed_min_score) continue;
        for (const PartyHit& hit : match.hits) out.listed_party = out.listed_party || !hit.listed_later;
    }
    return out;
}

}  // namespace cp::screen
