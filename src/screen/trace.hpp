// SPDX-License-Identifier: Apache-2.0
// trace: components recovered from wreckage (maker, part number or marking text, date code) matched against a
// distributor's sales ledger. Part numbers are compared at four levels (exact, normalised, base part without
// packaging suffix, family prefix), date codes are checked against the sale date, and the customers and
// consignees of the matched sales are screened through match/ like order parties. Format: docs/trace.md.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "screen/orders.hpp"  // RecodedLines

namespace cp::match {
class Index;
}

namespace cp::screen {

/// How closely a ledger part number matched a component's, strongest first.
enum class PartLevel : std::uint8_t {
    exact,       ///< identical text (trimmed)
    normalised,  ///< equal after case/space/dash folding and distributor prefixes/suffixes are removed
    base,        ///< equal once packaging, reel and lead-free suffixes are removed ("-TR", "#PBF", "/NOPB")
    family,      ///< same family stem ("TMS320", "STM32") and a shared prefix: weak evidence
};
[[nodiscard]] std::string_view to_string(PartLevel level) noexcept;

/// A manufacture week decoded from a lot/date code.
struct DateCode {
    std::int32_t year = 0;  ///< full year, e.g. 2022
    std::int32_t week = 0;  ///< 1..53
};

/// Decodes "YYWW" (4 digits, optional trailing letter, '#' allowed: "#2207", "2225E") or "YWW" (3 digits).
/// The decade of a YWW code is taken as the one that puts the year nearest to `reference_year` (the sale
/// year). nullopt when the text is not a date code or the week is outside 1..53.
[[nodiscard]] std::optional<DateCode> parse_date_code(std::string_view text, std::int32_t reference_year);

/// Why a row of either input was rejected (the rest of the file is still read).
enum class TraceRowError : std::uint8_t {
    bad_quoting,        ///< unbalanced quote, or text after a closing quote
    too_few_columns,    ///< fewer fields than the header
    empty_part_number,  ///< no part number column value and none found in the marking text
    missing_customer,   ///< ledger row without a customer
    bad_date,           ///< ledger sale date missing, not ISO 8601 or impossible
    bad_quantity,       ///< quantity present but not a non-negative number
};
[[nodiscard]] std::string_view to_string(TraceRowError error) noexcept;

/// A rejected row: file line, reason and (truncated) text.
struct TraceRejected {
    std::uint64_t line = 0;
    TraceRowError error = TraceRowError::bad_quoting;
    std::string text;
};

/// One recovered component.
struct Component {
    std::string id;            ///< the file's id column, else "line N"
    std::uint64_t line = 0;    ///< 1-based input line
    std::string manufacturer;  ///< as written
    std::string part_number;   ///< from the part number column, else extracted from the marking
    bool part_from_marking = false;
    std::string date_code;  ///< from the date code column, else a YYWW token of the marking
    std::string marking;
    std::string source;  ///< e.g. the GUR page URL
};

/// One sales ledger line.
struct SaleLine {
    std::uint64_t line = 0;
    std::string date;  ///< ISO date as written
    std::int64_t t_unix_ms = 0;
    std::string customer;
    std::string customer_country;
    std::string consignee;
    std::string consignee_country;
    std::string country;  ///< destination country
    std::string manufacturer;
    std::string part_number;  ///< ordering code as sold
    std::string date_code;    ///< lot or date code shipped, if the ledger records it
    std::optional<double> quantity;
    std::string invoice;
};

/// Rows of one input file plus what was rejected.
template <class Row>
struct TraceTable {
    std::vector<Row> rows;
    std::vector<TraceRejected> rejected;
    RecodedLines recoded;  ///< rows that were not UTF-8, read as Windows-1252
};

/// Maps user column names to trace fields, on top of built-in synonyms (docs/trace.md): JSON
/// `{"columns": {"part_number": "MPN", "date": "Ship Date"}}`. Throws cp::Error on unknown fields or bad
/// JSON.
class TraceColumns {
public:
    TraceColumns() = default;
    [[nodiscard]] static TraceColumns from_json(std::string_view json);
    /// The field name ("part_number", "customer", ...) that header `name` maps to, or "".
    [[nodiscard]] std::string field_for(std::string_view name) const;

private:
    std::vector<std::pair<std::string, std::string>> m_custom;  ///< folded user name -> field
};

/// Reads a components file (CSV or TSV, delimiter detected from the header line). Borrows `content`.
/// Throws cp::InputError when the header has neither a part number nor a marking column.
[[nodiscard]] TraceTable<Component> read_components(std::string_view content, const TraceColumns& columns,
                                                    const std::string& file_name);
/// Reads a sales ledger (CSV or TSV). Throws cp::InputError when date, customer or part number is missing.
[[nodiscard]] TraceTable<SaleLine> read_ledger(std::string_view content, const TraceColumns& columns,
                                               const std::string& file_name);

/// Tuning of trace(); defaults in docs/trace.md.
struct TraceOptions {
    double window_years = 3.0;       ///< a sale more than this long after the date code lowers the score
    double min_score = 0.30;         ///< ledger lines scoring below are not reported
    std::size_t top_k = 10;          ///< at most this many ledger lines per component
    double party_threshold = 0.70;   ///< name score for a list hit (same default as the screen rules)
    double listed_min_score = 0.50;  ///< sales scoring below are leads: their list hits do not count
};

/// A list entity matching a customer or consignee, as of the sale date.
struct PartyHit {
    std::string role;  ///< "customer" or "consignee"
    std::string name;
    std::string entity_id;
    std::string matched;  ///< list name that matched
    std::string entity;   ///< "ofac-sdn:123 (Company; RUSSIA-EO14024)"
    double score = 0.0;
    std::string why;
    bool listed_later = false;  ///< listed only after the sale date: shown, not counted
};

/// One ranked ledger line for a component.
struct SaleMatch {
    std::size_t sale_index = 0;  ///< into the ledger rows
    PartLevel level = PartLevel::family;
    double score = 0.0;                ///< 0..1
    std::vector<std::string> reasons;  ///< part level, maker, date-code checks
    std::vector<PartyHit> hits;        ///< customer/consignee list hits (empty without lists)
};

/// The ranked sales of one component.
struct ComponentTrace {
    std::size_t component_index = 0;
    std::vector<SaleMatch> matches;  ///< best first
    /// A customer or consignee of a reported sale scoring at least TraceOptions::listed_min_score is a list
    /// hit as of the sale date (hits on weaker leads are shown but do not set this).
    bool listed_party = false;
};

/// Matches components against a ledger. Borrows `ledger` and `index` (may be null: no party screening).
class Tracer {
public:
    Tracer(const std::vector<SaleLine>& ledger, const match::Index* index, TraceOptions options = {});
    ~Tracer();
    Tracer(Tracer&&) noexcept;
    Tracer& operator=(Tracer&&) noexcept;
    Tracer(const Tracer&) = delete;
    Tracer& operator=(const Tracer&) = delete;

    /// Ranked ledger lines for `component` (component_index is left for the caller to set).
    [[nodiscard]] ComponentTrace trace(const Component& component);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// One JSON object per component (fields: docs/trace.md).
[[nodiscard]] std::string trace_to_jsonl(const ComponentTrace& trace, const Component& component,
                                         const std::vector<SaleLine>& ledger);
/// CSV header of trace_to_csv_rows().
[[nodiscard]] std::string trace_csv_header();
/// One CSV row per match (a component without matches gets one row with empty sale columns).
[[nodiscard]] std::string trace_to_csv_rows(const ComponentTrace& trace, const Component& component,
                                            const std::vector<SaleLine>& ledger);

}  // namespace cp::screen
