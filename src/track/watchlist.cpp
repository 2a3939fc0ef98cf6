// SPDX-License-Identifier: Apache-2.0
// Watchlist: entries hashed by "<key>:<normal form>"; callsign prefixes are few and checked one by one.
// Tested in tests/unit/track/test_watchlist.cpp (every key, OFAC SDN vessels and aircraft).
#include "track/watchlist.hpp"

#include <array>

#include "core/text.hpp"
#include "track/detail/watchlist_normalise.hpp"

namespace cp::track {

namespace {

constexpr std::array<std::pair<WatchKey, std::string_view>, 8> key_names{{
    {WatchKey::icao, "icao"},
    {WatchKey::registration, "registration"},
    {WatchKey::callsign_prefix, "callsign_prefix"},
    {WatchKey::aircraft_country, "aircraft_country"},
    {WatchKey::mmsi, "mmsi"},
    {WatchKey::imo, "imo"},
    {WatchKey::vessel_name, "vessel_name"},
    {WatchKey::call_sign, "call_sign"},
}};

std::string hash_key(WatchKey key, std::string_view value) {
    std::string out(to_string(key));
    out.push_back(':');
    out.append(value);
    return out;
}

}  // namespace

std::string_view to_string(WatchKey key) noexcept {
    for (const auto& [k, name] : key_names) {
        if (k == key) return name;
    }
    return "icao";
}

std::optional<WatchKey> parse_watch_key(std::string_view text) noexcept {
    for (const auto& [key, name] : key_names) {
        if (name == text) return key;
    }
    return std::nullopt;
}

bool Watchlist::add(WatchEntry entry) {
    auto value = detail::normalise_watch_value(entry.key, entry.value);
    if (!value) return false;
    entry.value = std::move(*value);
    const auto index = static_cast<std::uint32_t>(m_entries.size());
    if (entry.key == WatchKey::callsign_prefix) {
        m_prefixes.push_back(index);
    } else {
        m_by_key.emplace(hash_key(entry.key, entry.value), index);
    }
    m_entries.push_back(std::move(entry));
    return true;
}

void Watchlist::collect(WatchKey key, std::string_view raw, std::vector<const WatchEntry*>& out) const {
    if (text::trim(raw).empty()) return;
    const auto value = detail::normalise_watch_value(key, raw);
    if (!value) return;
    const auto [first, last] = m_by_key.equal_range(hash_key(key, *value));
    for (auto it = first; it != last; ++it) out.push_back(&m_entries[it->second]);
}

std::vector<const WatchEntry*> Watchlist::match_aircraft(std::uint32_t icao, std::string_view registration,
                                                         std::string_view callsign,
                                                         std::string_view country) const {
    std::vector<const WatchEntry*> out;
    if (m_entries.empty()) return out;
    collect(WatchKey::icao, detail::icao_text(icao), out);
    collect(WatchKey::registration, registration, out);
    collect(WatchKey::aircraft_country, country, out);
    const std::string call = text::to_upper_ascii(text::trim(callsign));
    if (!call.empty()) {
        for (std::uint32_t index : m_prefixes) {
            if (call.starts_with(m_entries[index].value)) out.push_back(&m_entries[index]);
        }
    }
    return out;
}

std::vector<const WatchEntry*> Watchlist::match_vessel(std::uint32_t mmsi, std::uint32_t imo,
                                                       std::string_view name,
                                                       std::string_view call_sign) const {
    std::vector<const WatchEntry*> out;
    if (m_entries.empty()) return out;
    if (mmsi != 0) collect(WatchKey::mmsi, detail::mmsi_text(mmsi), out);
    if (imo != 0) collect(WatchKey::imo, detail::imo_text(imo), out);
    collect(WatchKey::vessel_name, name, out);
    collect(WatchKey::call_sign, call_sign, out);
    return out;
}

}  // namespace cp::track
