// SPDX-License-Identifier: Apache-2.0
// Components and sales ledger files: CSV (RFC 4180, through the module's CsvReader) or TSV (IANA
// text/tab-separated-values: no quoting, one record per line), told apart by the header line. Header names
// map to fields through built-in synonyms (GUR's component_id, name_marking, source_url) and a user column
// map.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "screen/detail/csv_reader.hpp"
#include "screen/detail/part_number.hpp"
#include "screen/trace.hpp"

namespace cp::screen {

namespace {

// Every trace field with the header names it takes without a column map (folded: lower case, '_').
constexpr std::array<std::pair<std::string_view, std::string_view>, 40> synonyms = {{
    {"id", "id"},
    {"component_id", "id"},
    {"item_id", "id"},
    {"manufacturer", "manufacturer"},
    {"maker", "manufacturer"},
    {"mfr", "manufacturer"},
    {"brand", "manufacturer"},
    {"part_number", "part_number"},
    {"part", "part_number"},
    {"mpn", "part_number"},
    {"part_no", "part_number"},
    {"ordering_code", "part_number"},
    {"date_code", "date_code"},
    {"datecode", "date_code"},
    {"lot", "date_code"},
    {"lot_code", "date_code"},
    {"marking", "marking"},
    {"name_marking", "marking"},
    {"marking_text", "marking"},
    {"description", "marking"},
    {"source", "source"},
    {"source_url", "source"},
    {"date", "date"},
    {"sale_date", "date"},
    {"invoice_date", "date"},
    {"ship_date", "date"},
    {"order_date", "date"},
    {"customer", "customer"},
    {"sold_to", "customer"},
    {"customer_country", "customer_country"},
    {"consignee", "consignee"},
    {"ship_to", "consignee"},
    {"consignee_country", "consignee_country"},
    {"country", "country"},
    {"destination_country", "country"},
    {"quantity", "quantity"},
    {"qty", "quantity"},
    {"invoice", "invoice"},
    {"invoice_id", "invoice"},
    {"order_id", "invoice"},
}};

std::string fold_header(std::string_view name) {
    std::string out;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (c == ' ' || c == '-' || c == '.') {
            out += '_';
        } else if (c != '"' && c != '\r') {
            out += c;
        }
    }
    return out;
}

std::string trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return std::string(text);
}

// One record source over CSV or TSV content.
class Records {
public:
    explicit Records(std::string_view content) : m_content(content), m_csv(content) {
        const std::string_view header = content.substr(0, content.find('\n'));
        m_tsv =
            std::count(header.begin(), header.end(), '\t') > std::count(header.begin(), header.end(), ',');
        if (m_tsv && content.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;  // UTF-8 byte-order mark
    }

    // A record whose fields are not all UTF-8 is read as Windows-1252 (a spreadsheet's "ANSI" export) and
    // counted, rather than matched with its accented letters dropped.
    detail::CsvReader::Status next(std::vector<std::string>& fields, std::uint64_t& line) {
        const detail::CsvReader::Status status = next_raw(fields, line);
        if (status != detail::CsvReader::Status::ok) return status;
        if (text::recode_windows1252_row(fields) && m_recoded.count++ == 0) m_recoded.first_line = line;
        return status;
    }

    [[nodiscard]] RecodedLines recoded() const noexcept { return m_recoded; }

    [[nodiscard]] std::string_view last_text() const noexcept {
        return m_tsv ? m_text.substr(0, 200) : m_csv.last_text();
    }

private:
    detail::CsvReader::Status next_raw(std::vector<std::string>& fields, std::uint64_t& line) {
        if (!m_tsv) return m_csv.next(fields, line);
        while (m_pos < m_content.size() && (m_content[m_pos] == '\n' || m_content[m_pos] == '\r')) {
            if (m_content[m_pos] == '\n') ++m_line;
            ++m_pos;
        }
        if (m_pos >= m_content.size()) return detail::CsvReader::Status::end;
        const std::size_t eol = std::min(m_content.find('\n', m_pos), m_content.size());
        m_text = m_content.substr(m_pos, eol - m_pos);
        fields.clear();
        std::size_t start = 0;
        while (true) {
            const std::size_t tab = m_text.find('\t', start);
            fields.push_back(trim(m_text.substr(start, tab == std::string_view::npos ? tab : tab - start)));
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
        line = m_line++;
        m_pos = eol + 1;
        return detail::CsvReader::Status::ok;
    }

    std::string_view m_content;
    detail::CsvReader m_csv;
    bool m_tsv = false;
    std::size_t m_pos = 0;
    std::uint64_t m_line = 1;
    std::string_view m_text;
    RecodedLines m_recoded;
};

std::string fmt_missing(std::string_view field) {
    return "missing column '" + std::string(field) +
           "' (docs/trace.md lists the names it takes; map others with --columns)";
}

// Reads the header and maps each column to a field name ("" = ignored).
std::vector<std::string> read_header(Records& records, const TraceColumns& columns, const std::string& file) {
    std::vector<std::string> fields;
    std::uint64_t line = 0;
    if (records.next(fields, line) != detail::CsvReader::Status::ok) {
        throw InputError({file, line == 0 ? 1 : line, 0}, "no header line");
    }
    std::vector<std::string> mapped;
    for (const std::string& name : fields) mapped.push_back(columns.field_for(name));
    return mapped;
}

bool has(const std::vector<std::string>& mapped, std::string_view field) {
    return std::find(mapped.begin(), mapped.end(), field) != mapped.end();
}

// Calls `row(get)` for every record with as many fields as the header; `get(field)` is the trimmed value.
template <class Row, class Make>
TraceTable<Row> read_table(std::string_view content, const TraceColumns& columns, const std::string& file,
                           const std::vector<std::string_view>& required, Make make) {
    Records records(content);
    const std::vector<std::string> mapped = read_header(records, columns, file);
    for (std::string_view field : required) {
        if (!has(mapped, field)) throw InputError({file, 1, 0}, fmt_missing(field));
    }
    TraceTable<Row> table;
    std::vector<std::string> fields;
    std::uint64_t line = 0;
    while (true) {
        const auto status = records.next(fields, line);
        if (status == detail::CsvReader::Status::end) break;
        if (status == detail::CsvReader::Status::bad_quoting) {
            table.rejected.push_back({line, TraceRowError::bad_quoting, std::string(records.last_text())});
            continue;
        }
        if (fields.size() < mapped.size()) {
            table.rejected.push_back(
                {line, TraceRowError::too_few_columns, std::string(records.last_text())});
            continue;
        }
        auto get = [&](std::string_view field) {
            for (std::size_t col = 0; col < mapped.size(); ++col) {
                if (mapped[col] == field) return trim(fields[col]);
            }
            return std::string();
        };
        Row row;
        row.line = line;
        const std::optional<TraceRowError> error = make(get, row);
        if (error) {
            table.rejected.push_back({line, *error, std::string(records.last_text())});
        } else {
            table.rows.push_back(std::move(row));
        }
    }
    table.recoded = records.recoded();
    return table;
}

}  // namespace

std::string_view to_string(TraceRowError error) noexcept {
    switch (error) {
    case TraceRowError::bad_quoting:
        return "bad_quoting";
    case TraceRowError::too_few_columns:
        return "too_few_columns";
    case TraceRowError::empty_part_number:
        return "empty_part_number";
    case TraceRowError::missing_customer:
        return "missing_customer";
    case TraceRowError::bad_date:
        return "bad_date";
    case TraceRowError::bad_quantity:
        return "bad_quantity";
    }
    return "unknown";
}

TraceColumns TraceColumns::from_json(std::string_view json) {
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("columns") ||
        !parsed["columns"].is_object()) {
        throw Error("column map: expected {\"columns\": {\"field\": \"header name\", ...}}");
    }
    TraceColumns columns;
    for (const auto& item : parsed["columns"].items()) {
        // not a structured binding: clang 14 cannot capture one in the lambda below
        const std::string& field = item.key();
        const auto& name = item.value();
        const bool known = std::any_of(synonyms.begin(), synonyms.end(),
                                       [&](const auto& entry) { return entry.second == field; });
        if (!known || !name.is_string())
            throw Error("column map: unknown field or non-text name '" + field + "'");
        columns.m_custom.emplace_back(fold_header(name.get<std::string>()), field);
    }
    return columns;
}

std::string TraceColumns::field_for(std::string_view name) const {
    const std::string folded = fold_header(trim(name));
    for (const auto& [custom, field] : m_custom) {
        if (custom == folded) return field;
    }
    for (const auto& [synonym, field] : synonyms) {
        if (synonym == folded) return std::string(field);
    }
    return {};
}

TraceTable<Component> read_components(std::string_view content, const TraceColumns& columns,
                                      const std::string& file_name) {
    Records probe(content);
    const std::vector<std::string> mapped = read_header(probe, columns, file_name);
    if (!has(mapped, "part_number") && !has(mapped, "marking")) {
        throw InputError(
            {file_name, 1, 0},
            "no part number or marking column (docs/trace.md lists the names it takes; map others "
            "with --columns)");
    }
    return read_table<Component>(content, columns, file_name, {},
                                 [](auto& get, Component& row) -> std::optional<TraceRowError> {
                                     row.id = get("id");
                                     if (row.id.empty()) row.id = "line " + std::to_string(row.line);
                                     row.manufacturer = get("manufacturer");
                                     row.part_number = get("part_number");
                                     row.date_code = get("date_code");
                                     row.marking = get("marking");
                                     row.source = get("source");
                                     if (row.part_number.empty()) {
                                         row.part_number = detail::part_from_marking(row.marking);
                                         row.part_from_marking = !row.part_number.empty();
                                     }
                                     if (row.date_code.empty())
                                         row.date_code = detail::date_code_from_marking(row.marking);
                                     if (detail::part_keys(row.part_number).base.empty())
                                         return TraceRowError::empty_part_number;
                                     return std::nullopt;
                                 });
}

TraceTable<SaleLine> read_ledger(std::string_view content, const TraceColumns& columns,
                                 const std::string& file_name) {
    return read_table<SaleLine>(content, columns, file_name, {"date", "customer", "part_number"},
                                [](auto& get, SaleLine& row) -> std::optional<TraceRowError> {
                                    row.date = get("date");
                                    const auto t = time::parse_iso8601(row.date);
                                    if (!t) return TraceRowError::bad_date;
                                    row.t_unix_ms = *t;
                                    row.customer = get("customer");
                                    if (row.customer.empty()) return TraceRowError::missing_customer;
                                    row.part_number = get("part_number");
                                    if (detail::part_keys(row.part_number).base.empty())
                                        return TraceRowError::empty_part_number;
                                    row.customer_country = get("customer_country");
                                    row.consignee = get("consignee");
                                    row.consignee_country = get("consignee_country");
                                    row.country = get("country");
                                    row.manufacturer = get("manufacturer");
                                    row.date_code = get("date_code");
                                    row.invoice = get("invoice");
                                    const std::string quantity = get("quantity");
                                    if (!quantity.empty()) {
                                        double value = 0.0;
                                        const auto [end, ec] = std::from_chars(
                                            quantity.data(), quantity.data() + quantity.size(), value);
                                        if (ec != std::errc{} || end != quantity.data() + quantity.size() ||
                                            value < 0.0 || !std::isfinite(value)) {
                                            return TraceRowError::bad_quantity;
                                        }
                                        row.quantity = value;
                                    }
                                    return std::nullopt;
                                });
}

}  // namespace cp::screen
