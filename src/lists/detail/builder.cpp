// SPDX-License-Identifier: Apache-2.0
// SetBuilder and date normalisation shared by the loaders.
#include "lists/detail/builder.hpp"

#include <array>

#include <fmt/format.h>

#include "core/imo.hpp"
#include "core/text.hpp"

namespace cp::lists::detail {

SetBuilder::SetBuilder(std::string key, std::string title, std::string path) {
    m_set.sources.push_back(Source{std::move(key), std::move(title), std::move(path), {}, 0});
}

Entity& SetBuilder::entity(std::string_view record_id, Schema schema) {
    auto [it, inserted] = m_index.try_emplace(std::string(record_id), m_set.entities.size());
    if (inserted) {
        Entity& created = m_set.entities.emplace_back();
        created.id = fmt::format("{}:{}", m_set.sources.front().key, record_id);
        created.schema = schema;
        return created;
    }
    return m_set.entities[it->second];
}

Entity* SetBuilder::find(std::string_view record_id) {
    const auto it = m_index.find(std::string(record_id));
    return it == m_index.end() ? nullptr : &m_set.entities[it->second];
}

void SetBuilder::add(Entity& entity, Prop prop, std::string_view text, std::string_view record_id) {
    text = text::trim(text);
    if (text.empty()) return;
    for (const Value& value : entity.values) {
        if (value.prop == prop && value.text == text) return;
    }
    entity.values.push_back(Value{prop, std::string(text), Provenance{0, std::string(record_id)}});
}

bool all_digits(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (const char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

std::string join_nonempty(std::initializer_list<std::string_view> parts, std::string_view separator) {
    std::string out;
    for (std::string_view part : parts) {
        part = text::trim(part);
        if (part.empty()) continue;
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

namespace {

int month_number(std::string_view name) noexcept {
    static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (name.size() < 3) return 0;
    for (std::size_t idx = 0; idx < months.size(); ++idx) {
        if (name.substr(0, 3) == months[idx]) return static_cast<int>(idx) + 1;
    }
    return 0;
}

}  // namespace

std::string normalize_date(std::string_view text) {
    text = text::trim(text);
    if (text.substr(0, 6) == "circa ") text = text::trim(text.substr(6));
    const auto parts = text::split(text, ' ');
    if (parts.size() == 1 && all_digits(text) && text.size() == 4) return std::string(text);
    if (parts.size() == 2 && month_number(parts[0]) > 0 && all_digits(parts[1]) && parts[1].size() == 4) {
        return fmt::format("{}-{:02}", parts[1], month_number(parts[0]));
    }
    if (parts.size() == 3 && all_digits(parts[0]) && parts[0].size() <= 2 && month_number(parts[1]) > 0 &&
        all_digits(parts[2]) && parts[2].size() == 4) {
        return fmt::format("{}-{:02}-{:0>2}", parts[2], month_number(parts[1]), parts[0]);
    }
    // dd-mm-yyyy (UK FCDO), mm/dd/yyyy (BIS DPL); yyyy-mm-dd is already ISO.
    if (text.size() == 10 && all_digits(text.substr(0, 2)) && all_digits(text.substr(3, 2)) &&
        all_digits(text.substr(6, 4))) {
        if (text[2] == '-' && text[5] == '-') {
            return fmt::format("{}-{}-{}", text.substr(6, 4), text.substr(3, 2), text.substr(0, 2));
        }
        if (text[2] == '/' && text[5] == '/') {
            return fmt::format("{}-{}-{}", text.substr(6, 4), text.substr(0, 2), text.substr(3, 2));
        }
    }
    return std::string(text);
}

bool valid_imo(std::string_view digits) noexcept {
    return imo::valid(digits);
}

}  // namespace cp::lists::detail
