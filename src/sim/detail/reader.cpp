// SPDX-License-Identifier: Apache-2.0
// Typed scenario field access and the JSON pointer -> byte offset locator (see reader.hpp). nlohmann::json
// keeps no source positions, so locate() walks the (already validated) text once more for the error message.
#include "sim/detail/reader.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/time.hpp"
#include "sim/scenario.hpp"

namespace cp::sim::detail {
namespace {

void skip_ws(std::string_view text, std::size_t& pos) noexcept {
    while (pos < text.size() &&
           (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r')) {
        ++pos;
    }
}

// Skips a string starting at its opening quote; returns its raw content (escapes kept).
std::string_view skip_string(std::string_view text, std::size_t& pos) noexcept {
    const std::size_t start = ++pos;
    while (pos < text.size() && text[pos] != '"') pos += text[pos] == '\\' ? 2 : 1;
    const std::size_t end = std::min(pos, text.size());
    ++pos;
    return text.substr(start, end - start);
}

void skip_value(std::string_view text, std::size_t& pos) noexcept {
    skip_ws(text, pos);
    if (pos >= text.size()) return;
    if (text[pos] == '"') {
        skip_string(text, pos);
        return;
    }
    if (text[pos] == '{' || text[pos] == '[') {
        int depth = 0;
        while (pos < text.size()) {
            const char ch = text[pos];
            if (ch == '"') {
                skip_string(text, pos);
                continue;
            }
            if (ch == '{' || ch == '[') ++depth;
            if (ch == '}' || ch == ']') --depth;
            ++pos;
            if (depth == 0) return;
        }
        return;
    }
    while (pos < text.size() && text[pos] != ',' && text[pos] != '}' && text[pos] != ']') ++pos;
}

// Moves `pos` to the member/element `token` of the object/array at `pos`; false when it is not there.
bool enter(std::string_view text, std::size_t& pos, std::string_view token) noexcept {
    skip_ws(text, pos);
    if (pos >= text.size() || (text[pos] != '{' && text[pos] != '[')) return false;
    const bool object = text[pos] == '{';
    ++pos;
    for (std::size_t index = 0;; ++index) {
        skip_ws(text, pos);
        if (pos >= text.size() || text[pos] == '}' || text[pos] == ']') return false;
        bool match = false;
        if (object) {
            match = skip_string(text, pos) == token;
            skip_ws(text, pos);
            ++pos;  // ':'
        } else {
            match = std::to_string(index) == token;
        }
        skip_ws(text, pos);
        if (match) return true;
        skip_value(text, pos);
        skip_ws(text, pos);
        if (pos < text.size() && text[pos] == ',') ++pos;
    }
}

}  // namespace

std::size_t locate(std::string_view text, std::string_view pointer) noexcept {
    std::size_t pos = 0;
    skip_ws(text, pos);
    while (!pointer.empty() && pointer.front() == '/') {
        pointer.remove_prefix(1);
        const std::size_t slash = pointer.find('/');
        const std::string_view token = pointer.substr(0, slash);
        std::size_t inner = pos;
        if (!enter(text, inner, token)) return pos;
        pos = inner;
        pointer = slash == std::string_view::npos ? std::string_view() : pointer.substr(slash);
    }
    return pos;
}

void Reader::fail(const std::string& path, const std::string& what) const {
    const std::size_t offset = std::min(locate(m_text, path), m_text.size());
    const auto line = static_cast<std::uint64_t>(std::count(
                          m_text.begin(), m_text.begin() + static_cast<std::ptrdiff_t>(offset), '\n')) +
                      1;
    throw InputError({m_name, line, offset}, fmt::format("{}: {}", path.empty() ? "/" : path, what));
}

const nlohmann::json* Reader::find(const nlohmann::json& obj, const char* key) const {
    if (!obj.is_object()) return nullptr;
    const auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

const nlohmann::json& Reader::need(const nlohmann::json& obj, const char* key,
                                   const std::string& path) const {
    if (!obj.is_object()) fail(path, "expected an object");
    const nlohmann::json* value = find(obj, key);
    if (value == nullptr) fail(path, fmt::format("missing \"{}\"", key));
    return *value;
}

std::string Reader::text(const nlohmann::json& value, const std::string& path) const {
    if (!value.is_string()) fail(path, "expected a string");
    return value.get<std::string>();
}

double Reader::number(const nlohmann::json& value, const std::string& path, double min, double max) const {
    if (!value.is_number()) fail(path, "expected a number");
    const double number = value.get<double>();
    if (!std::isfinite(number) || number < min || number > max) {
        fail(path, fmt::format("{} is outside [{}, {}]", number, min, max));
    }
    return number;
}

std::uint64_t Reader::integer(const nlohmann::json& value, const std::string& path, std::uint64_t max) const {
    if (value.is_number_unsigned()) {
        const auto number = value.get<std::uint64_t>();
        if (number > max) fail(path, fmt::format("{} is above {}", number, max));
        return number;
    }
    if (value.is_string()) {
        const std::string digits = value.get<std::string>();
        if (!digits.empty() && digits.size() <= 12 &&
            std::all_of(digits.begin(), digits.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
            const std::uint64_t number = std::stoull(digits);
            if (number <= max) return number;
        }
    }
    fail(path, fmt::format("expected a whole number from 0 to {}", max));
}

std::int64_t Reader::duration_ms(const nlohmann::json& value, const std::string& path) const {
    constexpr std::int64_t max_ms = 14LL * 24 * 3'600'000;  // no script runs longer (parse_scenario)
    if (value.is_number()) return static_cast<std::int64_t>(number(value, path, 0, max_ms / 1000.0) * 1000.0);
    if (value.is_string()) {
        const auto ms = parse_duration(value.get<std::string>());
        if (ms && *ms > max_ms) fail(path, "longer than 14 days");
        if (ms) return *ms;
    }
    fail(path, "expected a duration such as \"3h05m\", \"40m\", \"90s\" or a number of seconds");
}

std::int64_t Reader::time_ms(const nlohmann::json& value, const std::string& path) const {
    if (value.is_string()) {
        if (const auto ms = time::parse_iso8601(value.get<std::string>())) return *ms;
    }
    fail(path, "expected an ISO 8601 UTC time such as \"2025-03-10T04:00:00Z\"");
}

Place Reader::place(const nlohmann::json& value, const std::string& path) const {
    if (value.is_array()) {
        if (value.size() != 2) fail(path, "expected [lat, lon]");
        return {{number(value[0], path + "/0", -89.9, 89.9), number(value[1], path + "/1", -180, 180)}, {}};
    }
    if (!value.is_string()) fail(path, "expected a site id or [lat, lon]");
    const std::string id = value.get<std::string>();
    const track::Site* site = m_sites.find_id(id);
    if (site == nullptr)
        fail(path, fmt::format("unknown site \"{}\" (not in the bundled or --sites sites)", id));
    return {site->center, site->id};
}

std::uint16_t Reader::squawk(const nlohmann::json& value, const std::string& path) const {
    if (value.is_string()) {
        const std::string digits = value.get<std::string>();
        if (digits.size() == 4 &&
            std::all_of(digits.begin(), digits.end(), [](char ch) { return ch >= '0' && ch <= '7'; })) {
            return static_cast<std::uint16_t>(std::stoul(digits, nullptr, 8));
        }
    }
    fail(path, "expected a Mode A code of 4 octal digits such as \"7700\"");
}

void Reader::only(const nlohmann::json& obj, std::initializer_list<std::string_view> known,
                  const std::string& path) const {
    if (!obj.is_object()) fail(path, "expected an object");
    for (const auto& item : obj.items()) {
        if (std::find(known.begin(), known.end(), item.key()) == known.end()) {
            fail(path + "/" + item.key(), fmt::format("unknown field \"{}\"", item.key()));
        }
    }
}

}  // namespace cp::sim::detail
