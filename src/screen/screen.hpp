// SPDX-License-Identifier: Apache-2.0
// screen: order screening. Reads orders (CSV or JSON lines, columns mapped by a small config), screens every
// named party through match/ against the lists as they stood on the order date, classifies items against the
// Common High Priority List (HS codes by prefix, free-text descriptions by keyword) and applies red-flag
// rules loaded from a data file. Each order gets findings with evidence and a risk level. Format:
// docs/screening.md.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/tally.hpp"
#include "screen/orders.hpp"  // IWYU pragma: export

namespace cp::lists {
struct EntitySet;
}
namespace cp::match {
class Index;
}

namespace cp::screen {

/// Risk of a finding or an order, in increasing order.
enum class Risk : std::uint8_t { none, low, medium, high };
[[nodiscard]] std::string_view to_string(Risk risk) noexcept;
/// "low", "medium", "high" (or "none"); nullopt otherwise.
[[nodiscard]] std::optional<Risk> parse_risk(std::string_view text) noexcept;

/// What kind of check produced a finding.
enum class FindingKind : std::uint8_t {
    party,               ///< a named party matched a listed entity
    party_listed_later,  ///< matched an entity listed only after the order date (not counted as a hit)
    party_note,          ///< a party field that names no one ("LLC") or cannot be read: not screened
    item,                ///< an item is on the CHPL (by HS code or by its description)
    item_note,           ///< HS code missing, unknown or inconsistent with the description
    rule,                ///< a red-flag rule fired
};
[[nodiscard]] std::string_view to_string(FindingKind kind) noexcept;

/// One hit with its evidence.
struct Finding {
    FindingKind kind = FindingKind::rule;
    std::string id;  ///< rule id, "chpl", or the list entity id for parties
    Risk risk = Risk::low;
    std::string subject;     ///< the party field, item line or order field concerned ("consignee", "line 3")
    std::string evidence;    ///< what was seen and why it matters
    std::string source;      ///< the rule's source citation, the list, or the CHPL version
    std::uint64_t line = 0;  ///< input line of the order line concerned (0 = whole order)
};

/// The result for one order.
struct OrderResult {
    std::string order_id;
    std::string order_date;
    std::string customer;
    std::string destination_country;
    std::uint64_t first_line = 0;
    std::uint64_t line_count = 0;
    Risk risk = Risk::none;
    std::vector<Finding> findings;
};

/// Loaded CHPL table, item hints and rules. Throws cp::Error on a malformed rules or CHPL file.
class Rules {
public:
    /// `rules_json` as data/rules/red_flags.json, `chpl_csv` as data/trade/chpl.csv (`tier,hs6,description`).
    Rules(std::string_view rules_json, std::string_view chpl_csv);
    /// The copies of data/rules/red_flags.json and data/trade/chpl.csv embedded at build time.
    [[nodiscard]] static Rules bundled();
    ~Rules();
    Rules(Rules&&) noexcept;
    Rules& operator=(Rules&&) noexcept;
    Rules(const Rules&) = delete;
    Rules& operator=(const Rules&) = delete;

    /// Number of red-flag rules, CHPL codes and item hints loaded.
    [[nodiscard]] std::size_t rule_count() const noexcept;
    [[nodiscard]] std::size_t chpl_count() const noexcept;

    struct Impl;
    [[nodiscard]] const Impl& impl() const noexcept { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

/// CHPL classification of one HS code: the tier and six-digit code when its first six digits are listed.
struct ChplEntry {
    std::string tier;  ///< "1", "2", "3.A", "3.B", "4.A", "4.B"
    std::string hs6;
    std::string description;
};
/// Looks `hs_code` up (dots and spaces ignored; national 8/10-digit codes map by their first six digits).
[[nodiscard]] std::optional<ChplEntry> chpl_lookup(const Rules& rules, std::string_view hs_code);

/// Screens orders one at a time. Party results are cached per distinct (name, country), so repeated customers
/// cost one list query. Without an index (no lists), parties are not screened.
class Screener {
public:
    /// Borrows `rules` and `index` (may be null) for the Screener's lifetime.
    Screener(const Rules& rules, const match::Index* index);
    ~Screener();
    Screener(Screener&&) noexcept;
    Screener& operator=(Screener&&) noexcept;
    Screener(const Screener&) = delete;
    Screener& operator=(const Screener&) = delete;

    /// Findings for one order (its lines share the order fields of the first line).
    [[nodiscard]] OrderResult screen(const Order& order);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Totals over a run, for the summary line and the report.
struct Summary {
    std::uint64_t orders = 0;
    std::uint64_t lines = 0;
    std::uint64_t rejected_rows = 0;
    std::array<std::uint64_t, 4> by_risk{};  ///< orders per Risk
    std::uint64_t findings = 0;
};

/// One JSON object per order with findings (stable field names: docs/screening.md).
[[nodiscard]] std::string to_jsonl(const OrderResult& result);
/// CSV header of to_csv_rows().
[[nodiscard]] std::string csv_header();
/// One CSV row per finding of `result` (RFC 4180 quoting).
[[nodiscard]] std::string to_csv_rows(const OrderResult& result);
/// A self-contained HTML report (inline CSS, no scripts or external links) of the flagged orders.
[[nodiscard]] std::string to_html(const std::vector<OrderResult>& flagged, const Summary& summary,
                                  const std::vector<RejectedRow>& rejected, std::string_view title);

}  // namespace cp::screen
