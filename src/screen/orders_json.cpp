// SPDX-License-Identifier: Apache-2.0
// JSON lines input (one order or one order line per object; an "items" array expands into lines that share
// the order's fields) and the OrderReader front end that groups consecutive lines by order id.
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/text.hpp"
#include "screen/detail/order_reader_impl.hpp"

namespace cp::screen {

namespace {

std::string scalar_text(const nlohmann::json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_null() || value.is_object() || value.is_array()) return {};
    return value.dump();
}

void copy_fields(const nlohmann::json& object, const ColumnMap& columns, OrderLine& line) {
    for (const auto& [key, value] : object.items()) {
        if (const auto field = columns.field_for(key))
            line.fields[static_cast<std::size_t>(*field)] = scalar_text(value);
    }
}

}  // namespace

bool OrderReader::Impl::read_json_line(OrderLine& line) {
    while (true) {
        if (!json_queue.empty()) {
            line = std::move(json_queue.back());
            json_queue.pop_back();
            ++good;
            return true;
        }
        if (json_pos >= content.size()) return false;
        const std::size_t eol = std::min(content.find('\n', json_pos), content.size());
        const std::string_view text = cp::text::trim(content.substr(json_pos, eol - json_pos));
        json_pos = eol + 1;
        ++json_line;
        if (text.empty()) continue;
        const nlohmann::json object = nlohmann::json::parse(text, nullptr, false);
        if (object.is_discarded() || !object.is_object()) {
            reject(json_line, RowError::bad_json, text);
            continue;
        }
        OrderLine head;
        head.line = json_line;
        copy_fields(object, columns, head);
        std::vector<OrderLine> lines;
        const auto items = object.find("items");
        if (items != object.end() && items->is_array() && !items->empty()) {
            for (const auto& item : *items) {
                OrderLine item_line = head;
                if (item.is_object()) copy_fields(item, columns, item_line);
                lines.push_back(std::move(item_line));
            }
        } else {
            lines.push_back(std::move(head));
        }
        bool bad = false;
        for (OrderLine& item_line : lines) {
            if (const auto error = detail::finish_line(item_line)) {
                reject(json_line, *error, text);
                bad = true;
                break;
            }
        }
        if (bad) continue;
        json_queue.assign(std::make_move_iterator(lines.rbegin()), std::make_move_iterator(lines.rend()));
    }
}

OrderReader::OrderReader(std::string_view content, Format format, const ColumnMap& columns,
                         std::string file_name)
    : m_impl(std::make_unique<Impl>()) {
    Impl& impl = *m_impl;
    impl.content = content;
    impl.format = format;
    impl.columns = columns;
    impl.file_name = std::move(file_name);
    if (format == Format::jsonl) return;
    impl.csv = detail::CsvReader(content);
    std::uint64_t header_line = 0;
    if (impl.csv.next(impl.fields, header_line) != detail::CsvReader::Status::ok) {
        throw InputError({impl.file_name, header_line, 0}, "no readable CSV header line");
    }
    bool seen[field_count] = {};
    (void)text::recode_windows1252_row(impl.fields);  // "Désignation" is then mapped by --columns
    for (const std::string& name : impl.fields) {
        impl.header.push_back(columns.field_for(name));
        if (impl.header.back()) seen[static_cast<std::size_t>(*impl.header.back())] = true;
    }
    for (Field required : {Field::order_id, Field::order_date, Field::customer}) {
        if (!seen[static_cast<std::size_t>(required)]) {
            throw InputError({impl.file_name, header_line, 0},
                             "missing column '" + std::string(to_string(required)) +
                                 "' (map your column name with --columns, see docs/screening.md)");
        }
    }
}

OrderReader::~OrderReader() = default;
OrderReader::OrderReader(OrderReader&&) noexcept = default;
OrderReader& OrderReader::operator=(OrderReader&&) noexcept = default;

bool OrderReader::next(Order& order) {
    Impl& impl = *m_impl;
    order.lines.clear();
    if (impl.pending) {
        order.lines.push_back(std::move(*impl.pending));
        impl.pending.reset();
    } else {
        OrderLine first;
        if (!impl.read_line(first)) return false;
        order.lines.push_back(std::move(first));
    }
    while (true) {
        OrderLine line;
        if (!impl.read_line(line)) return true;
        if (line.get(Field::order_id) != order.head().get(Field::order_id)) {
            impl.pending = std::move(line);
            return true;
        }
        order.lines.push_back(std::move(line));
    }
}

const std::vector<RejectedRow>& OrderReader::rejected() const noexcept {
    return m_impl->rejected;
}
std::uint64_t OrderReader::lines_read() const noexcept {
    return m_impl->good;
}
RecodedLines OrderReader::recoded() const noexcept {
    return m_impl->recoded;
}

std::uint64_t OrderReader::bytes_read() const noexcept {
    return m_impl->format == Format::csv ? m_impl->csv.position() : m_impl->json_pos;
}

OrderReader::Format guess_format(std::string_view file_name, std::string_view content) noexcept {
    for (std::string_view ext : {".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz"}) {
        if (file_name.size() >= ext.size() && file_name.substr(file_name.size() - ext.size()) == ext) {
            return OrderReader::Format::jsonl;
        }
    }
    const std::string_view start = cp::text::trim(content.substr(0, 64));
    return !start.empty() && start.front() == '{' ? OrderReader::Format::jsonl : OrderReader::Format::csv;
}

}  // namespace cp::screen
