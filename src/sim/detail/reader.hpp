// SPDX-License-Identifier: Apache-2.0
// Scenario JSON reading helpers: typed field access that throws cp::InputError naming the file, the line and
// the JSON pointer of the bad field ("il76.json:14 (byte 312): /aircraft/0/steps/2/fly_to: unknown site").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/geo.hpp"
#include "track/sites.hpp"

namespace cp::sim::detail {

/// Byte offset of the value at JSON pointer `pointer` ("/a/0/b") in the valid JSON `text`, or of the
/// deepest existing ancestor when the value is missing.
[[nodiscard]] std::size_t locate(std::string_view text, std::string_view pointer) noexcept;

/// A place named in a scenario: a site id resolved in the site index, or [lat, lon].
struct Place {
    geo::LatLon pos;
    std::string site;  ///< empty for coordinates
};

/// Field access over one scenario document; every error is an InputError at the field's JSON pointer.
class Reader {
public:
    Reader(std::string_view text, const std::string& name, const track::SiteIndex& sites)
        : m_text(text), m_name(name), m_sites(sites) {}

    /// Throws cp::InputError at `path` with `what`.
    [[noreturn]] void fail(const std::string& path, const std::string& what) const;

    /// The member `key` of object `obj`, or null when absent (or `obj` is no object).
    [[nodiscard]] const nlohmann::json* find(const nlohmann::json& obj, const char* key) const;
    /// The member `key` of object `obj` at `path`; fails when it is missing.
    [[nodiscard]] const nlohmann::json& need(const nlohmann::json& obj, const char* key,
                                             const std::string& path) const;

    /// A string value.
    [[nodiscard]] std::string text(const nlohmann::json& value, const std::string& path) const;
    /// A finite number in [min, max].
    [[nodiscard]] double number(const nlohmann::json& value, const std::string& path, double min,
                                double max) const;
    /// A whole number (or a string of digits: IMO and MMSI are often quoted) in [0, max].
    [[nodiscard]] std::uint64_t integer(const nlohmann::json& value, const std::string& path,
                                        std::uint64_t max) const;
    /// A duration string ("3h05m") or a number of seconds.
    [[nodiscard]] std::int64_t duration_ms(const nlohmann::json& value, const std::string& path) const;
    /// An ISO 8601 time.
    [[nodiscard]] std::int64_t time_ms(const nlohmann::json& value, const std::string& path) const;
    /// A site id or [lat, lon].
    [[nodiscard]] Place place(const nlohmann::json& value, const std::string& path) const;
    /// A Mode A code of 4 octal digits ("7700").
    [[nodiscard]] std::uint16_t squawk(const nlohmann::json& value, const std::string& path) const;
    /// Fails on members of `obj` not in `known` (a typo would otherwise be silently ignored).
    void only(const nlohmann::json& obj, std::initializer_list<std::string_view> known,
              const std::string& path) const;

private:
    std::string_view m_text;
    const std::string& m_name;
    const track::SiteIndex& m_sites;
};

}  // namespace cp::sim::detail
