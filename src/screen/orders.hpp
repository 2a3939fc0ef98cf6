// SPDX-License-Identifier: Apache-2.0
// Orders as read from a user's ERP export: CSV (RFC 4180, quoted fields may span lines) or JSON lines, with
// column names mapped to chokepoint's fields by a small JSON config. Lines of one order must be consecutive
// (ERP exports write them so); each input row is one order line. Columns: docs/screening.md.
#pragma once

#include <array>
#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace cp::screen {

/// Every field chokepoint reads. Order fields come from the first line of an order.
enum class Field : std::uint8_t {
    order_id,
    order_date,
    customer,
    customer_country,
    customer_address,
    customer_since,
    customer_business,
    consignee,
    consignee_country,
    consignee_address,
    end_user,
    end_user_country,
    end_user_address,
    forwarder,
    forwarder_country,
    destination_country,
    previous_destination,
    phone,
    email,
    payer,
    payer_country,
    hs_code,
    part_number,
    manufacturer,
    description,
    quantity,
    unit_price,
    reference_price,
    count_  ///< number of fields, not a field
};
inline constexpr std::size_t field_count = static_cast<std::size_t>(Field::count_);
/// Canonical snake_case name of a field ("order_id", "end_user_country", ...).
[[nodiscard]] std::string_view to_string(Field field) noexcept;
[[nodiscard]] std::optional<Field> parse_field(std::string_view name) noexcept;

/// Why an input row was rejected (the rest of the file is still screened).
enum class RowError : std::uint8_t {
    bad_quoting,       ///< unbalanced quote, or text after a closing quote
    bad_json,          ///< a JSON line that does not parse or is not an object
    missing_order_id,  ///< empty order id
    missing_customer,  ///< empty customer name
    bad_date,          ///< order date missing, not ISO 8601, or impossible (2024-02-30)
    bad_quantity,      ///< quantity present but not a non-negative number
    bad_price,         ///< unit or reference price present but not a non-negative number
    bad_hs_code,       ///< HS code present but not 4 to 10 digits (dots and spaces allowed)
    too_few_columns,   ///< fewer fields than the header
};
[[nodiscard]] std::string_view to_string(RowError error) noexcept;

/// A rejected row: its first line, the reason and (truncated) text.
struct RejectedRow {
    std::uint64_t line = 0;
    RowError error = RowError::bad_quoting;
    std::string text;
};

/// One order line: all fields as text (trimmed), plus the parsed numbers.
struct OrderLine {
    std::array<std::string, field_count> fields;
    std::uint64_t line = 0;  ///< 1-based first line of the row in the input
    std::int64_t order_t_unix_ms = 0;
    std::optional<double> quantity;
    std::optional<double> unit_price;
    std::optional<double> reference_price;

    [[nodiscard]] const std::string& get(Field field) const noexcept {
        return fields[static_cast<std::size_t>(field)];
    }
};

/// Consecutive lines with the same order id.
struct Order {
    std::vector<OrderLine> lines;
    [[nodiscard]] const OrderLine& head() const noexcept { return lines.front(); }
};

/// Maps the user's column names to fields. Default: each field's canonical name (case-insensitive).
class ColumnMap {
public:
    ColumnMap() = default;
    /// From JSON `{"columns": {"order_id": "Order No", "customer": "Sold-To", ...}}`; throws cp::Error on an
    /// unknown field name or malformed JSON.
    [[nodiscard]] static ColumnMap from_json(std::string_view json);
    /// The field that header `name` maps to, if any.
    [[nodiscard]] std::optional<Field> field_for(std::string_view name) const;

private:
    std::vector<std::pair<std::string, Field>> m_custom;  ///< upper-cased user name -> field
};

/// CSV rows that were not UTF-8 and were read as Windows-1252 (a spreadsheet's "ANSI" CSV).
struct RecodedLines {
    std::uint64_t count = 0;
    std::uint64_t first_line = 0;  ///< 1-based; 0 when count is 0
};

/// The line users see about such rows, "FILE:LINE: not UTF-8; N rows read as Windows-1252 (Latin-1)", or ""
/// when there were none (shared by `screen` and `trace`).
[[nodiscard]] std::string describe(const RecodedLines& recoded, std::string_view file);

/// Reads orders from an in-memory file, one order at a time. Borrows `content`.
class OrderReader {
public:
    enum class Format : std::uint8_t { csv, jsonl };
    /// Throws cp::InputError when a CSV has no header or lacks order_id, order_date or customer columns.
    OrderReader(std::string_view content, Format format, const ColumnMap& columns, std::string file_name);
    /// The reader borrows `content`: a temporary std::string would be gone before the first record is read.
    template <class Text>
    requires std::same_as<Text, std::string> OrderReader(Text&& content, Format format,
                                                         const ColumnMap& columns, std::string file_name)
    = delete;
    ~OrderReader();
    OrderReader(OrderReader&&) noexcept;
    OrderReader& operator=(OrderReader&&) noexcept;
    OrderReader(const OrderReader&) = delete;
    OrderReader& operator=(const OrderReader&) = delete;

    /// Next order into `order`; false at the end. Bad rows are skipped and recorded in rejected().
    bool next(Order& order);
    [[nodiscard]] const std::vector<RejectedRow>& rejected() const noexcept;
    [[nodiscard]] std::uint64_t lines_read() const noexcept;  ///< good order lines so far
    [[nodiscard]] std::uint64_t bytes_read() const noexcept;  ///< for progress bars
    /// CSV rows read as Windows-1252 because they were not UTF-8 (their names would have lost their accented
    /// letters): the caller says so.
    [[nodiscard]] RecodedLines recoded() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Guesses the format from the file name (".jsonl", ".ndjson", ".json" -> jsonl) or the first byte ('{').
[[nodiscard]] OrderReader::Format guess_format(std::string_view file_name, std::string_view content) noexcept;

}  // namespace cp::screen
