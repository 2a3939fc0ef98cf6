// SPDX-License-Identifier: Apache-2.0
// Order input: column mapping, per-row validation (bad rows are recorded with their line and skipped), and
// grouping of consecutive rows into orders.
#include "screen/orders.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "screen/detail/order_reader_impl.hpp"

namespace cp::screen {

namespace {

constexpr std::array<std::string_view, field_count> field_names = {"order_id",
                                                                   "order_date",
                                                                   "customer",
                                                                   "customer_country",
                                                                   "customer_address",
                                                                   "customer_since",
                                                                   "customer_business",
                                                                   "consignee",
                                                                   "consignee_country",
                                                                   "consignee_address",
                                                                   "end_user",
                                                                   "end_user_country",
                                                                   "end_user_address",
                                                                   "forwarder",
                                                                   "forwarder_country",
                                                                   "destination_country",
                                                                   "previous_destination",
                                                                   "phone",
                                                                   "email",
                                                                   "payer",
                                                                   "payer_country",
                                                                   "hs_code",
                                                                   "part_number",
                                                                   "manufacturer",
                                                                   "description",
                                                                   "quantity",
                                                                   "unit_price",
                                                                   "reference_price"};

std::optional<double> parse_amount(std::string_view text) {
    std::string cleaned;
    for (char c : text) {
        if (c != ' ' && c != '\'' && c != '_') cleaned += c;  // "1 000", "1'000"
    }
    const auto value = cp::text::parse_number<double>(cleaned);
    if (!value || *value < 0 || !(*value < 1e15)) return std::nullopt;
    return value;
}

bool valid_hs_code(std::string_view code) {
    std::size_t digits = 0;
    for (char c : code) {
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c != '.' && c != ' ') {
            return false;
        }
    }
    if (digits < 4 || digits > 10) return false;
    // HS chapters run 01..97 (77 is reserved): "0000" or "9912" is not a code
    std::string chapter;
    for (char c : code) {
        if (c >= '0' && c <= '9' && chapter.size() < 2) chapter += c;
    }
    const int number = (chapter[0] - '0') * 10 + (chapter[1] - '0');
    return number >= 1 && number <= 97 && number != 77;
}

// An ISO date that prints back as written: parse_iso8601 alone rolls 2024-02-30 over to March.
std::optional<std::int64_t> parse_date(std::string_view text) {
    const auto t = cp::time::parse_iso8601(text);
    if (!t || text.size() < 10 || cp::time::to_iso8601(*t).substr(0, 10) != text.substr(0, 10)) {
        return std::nullopt;
    }
    return t;
}

}  // namespace

namespace detail {
std::optional<RowError> finish_line(OrderLine& line) {
    for (std::string& value : line.fields) {
        const std::string_view trimmed = cp::text::trim(value);
        if (trimmed.size() != value.size()) value = std::string(trimmed);
    }
    if (line.get(Field::order_id).empty()) return RowError::missing_order_id;
    if (line.get(Field::customer).empty()) return RowError::missing_customer;
    const auto t = parse_date(line.get(Field::order_date));
    if (!t) return RowError::bad_date;
    line.order_t_unix_ms = *t;
    if (!line.get(Field::customer_since).empty() && !parse_date(line.get(Field::customer_since))) {
        return RowError::bad_date;
    }
    if (!line.get(Field::quantity).empty()) {
        line.quantity = parse_amount(line.get(Field::quantity));
        if (!line.quantity) return RowError::bad_quantity;
    }
    for (auto [field, slot] : {std::pair{Field::unit_price, &line.unit_price},
                               std::pair{Field::reference_price, &line.reference_price}}) {
        if (line.get(field).empty()) continue;
        *slot = parse_amount(line.get(field));
        if (!*slot) return RowError::bad_price;
    }
    if (!line.get(Field::hs_code).empty() && !valid_hs_code(line.get(Field::hs_code)))
        return RowError::bad_hs_code;
    return std::nullopt;
}
}  // namespace detail

std::string_view to_string(Field field) noexcept {
    const auto idx = static_cast<std::size_t>(field);
    return idx < field_count ? field_names[idx] : "unknown";
}

std::optional<Field> parse_field(std::string_view name) noexcept {
    for (std::size_t idx = 0; idx < field_count; ++idx) {
        if (field_names[idx] == name) return static_cast<Field>(idx);
    }
    return std::nullopt;
}

std::string_view to_string(RowError error) noexcept {
    switch (error) {
    case RowError::bad_quoting:
        return "bad_quoting";
    case RowError::bad_json:
        return "bad_json";
    case RowError::missing_order_id:
        return "missing_order_id";
    case RowError::missing_customer:
        return "missing_customer";
    case RowError::bad_date:
        return "bad_date";
    case RowError::bad_quantity:
        return "bad_quantity";
    case RowError::bad_price:
        return "bad_price";
    case RowError::bad_hs_code:
        return "bad_hs_code";
    case RowError::too_few_columns:
        return "too_few_columns";
    }
    return "unknown";
}

ColumnMap ColumnMap::from_json(std::string_view json) {
    ColumnMap map;
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception& e) {
        throw Error(std::string("column map: ") + e.what());
    }
    if (!doc.is_object() || !doc.contains("columns") || !doc["columns"].is_object()) {
        throw Error("column map: expected {\"columns\": {\"<field>\": \"<your column name>\", ...}}");
    }
    for (const auto& [field_name, user_name] : doc["columns"].items()) {
        const auto field = parse_field(field_name);
        if (!field) throw Error("column map: unknown field '" + field_name + "' (see docs/screening.md)");
        if (!user_name.is_string())
            throw Error("column map: the column for '" + field_name + "' must be a string");
        map.m_custom.emplace_back(cp::text::to_upper_ascii(cp::text::trim(user_name.get<std::string>())),
                                  *field);
    }
    return map;
}

std::optional<Field> ColumnMap::field_for(std::string_view name) const {
    const std::string upper = cp::text::to_upper_ascii(cp::text::trim(name));
    for (const auto& [user_name, field] : m_custom) {
        if (user_name == upper) return field;
    }
    for (std::size_t idx = 0; idx < field_count; ++idx) {
        if (cp::text::to_upper_ascii(field_names[idx]) == upper) return static_cast<Field>(idx);
    }
    return std::nullopt;
}

bool OrderReader::Impl::read_line(OrderLine& line) {
    return format == Format::csv ? read_csv_line(line) : read_json_line(line);
}

bool OrderReader::Impl::read_csv_line(OrderLine& line) {
    while (true) {
        std::uint64_t first_line = 0;
        const auto status = csv.next(fields, first_line);
        if (status == detail::CsvReader::Status::end) return false;
        if (status == detail::CsvReader::Status::bad_quoting) {
            reject(first_line, RowError::bad_quoting, csv.last_text());
            continue;
        }
        if (fields.size() < header.size()) {
            reject(first_line, RowError::too_few_columns, csv.last_text());
            continue;
        }
        if (cp::text::recode_windows1252_row(fields) && recoded.count++ == 0) recoded.first_line = first_line;
        for (std::string& value : line.fields) value.clear();
        line.quantity.reset();
        line.unit_price.reset();
        line.reference_price.reset();
        for (std::size_t col = 0; col < header.size(); ++col) {
            if (header[col]) line.fields[static_cast<std::size_t>(*header[col])].swap(fields[col]);
        }
        line.line = first_line;
        if (const auto error = detail::finish_line(line)) {
            reject(first_line, *error, csv.last_text());
            continue;
        }
        ++good;
        return true;
    }
}

std::string describe(const RecodedLines& recoded, std::string_view file) {
    if (recoded.count == 0) return {};
    return fmt::format("{}:{}: not UTF-8; {} rows read as Windows-1252 (Latin-1)", file, recoded.first_line,
                       recoded.count);
}

}  // namespace cp::screen
