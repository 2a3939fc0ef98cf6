// SPDX-License-Identifier: Apache-2.0
// Normal forms of watchlist values (see watchlist_normalise.hpp). Tested in test_watchlist.cpp.
#include "track/detail/watchlist_normalise.hpp"

#include <fmt/format.h>

#include "core/text.hpp"

namespace cp::track::detail {

namespace {

std::string upper_collapsed(std::string_view value) {
    std::string out;
    bool space = false;
    for (char c : text::trim(value)) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

std::string upper_without(std::string_view value, std::string_view drop) {
    std::string out;
    for (char c : value) {
        if (drop.find(c) != std::string_view::npos) continue;
        out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

bool all_digits(std::string_view s, std::size_t count) {
    if (s.size() != count) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

}  // namespace

std::optional<std::string> normalise_watch_value(WatchKey key, std::string_view value) {
    value = text::trim(value);
    switch (key) {
    case WatchKey::icao: {
        if (value.starts_with("0x") || value.starts_with("0X")) value.remove_prefix(2);
        if (value.size() != 6) return std::nullopt;
        for (char c : value) {
            if (text::hex_value(c) < 0) return std::nullopt;
        }
        return text::to_upper_ascii(value);
    }
    case WatchKey::mmsi: {
        if (!all_digits(value, 9)) return std::nullopt;
        return std::string(value);
    }
    case WatchKey::imo: {
        std::string digits = upper_without(value, " ");
        if (digits.starts_with("IMO")) digits.erase(0, 3);
        if (!all_digits(digits, 7)) return std::nullopt;
        return digits;
    }
    case WatchKey::registration:
    case WatchKey::call_sign: {
        std::string out = upper_without(value, key == WatchKey::registration ? "- \t" : " \t");
        if (out.empty()) return std::nullopt;
        return out;
    }
    case WatchKey::callsign_prefix:
    case WatchKey::aircraft_country:
    case WatchKey::vessel_name: {
        std::string out = upper_collapsed(value);
        if (out.empty()) return std::nullopt;
        return out;
    }
    }
    return std::nullopt;
}

std::string icao_text(std::uint32_t icao) {
    return fmt::format("{:06X}", icao & 0xFFFFFFu);
}
std::string mmsi_text(std::uint32_t mmsi) {
    return fmt::format("{:09}", mmsi);
}
std::string imo_text(std::uint32_t imo) {
    return fmt::format("{:07}", imo);
}

}  // namespace cp::track::detail
