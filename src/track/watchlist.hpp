// SPDX-License-Identifier: Apache-2.0
// Watchlists (which aircraft and vessels to follow) and the reference tables that give an object its
// identity: country of an ICAO 24-bit address block, flag of an MMSI's MID, registration of an address from
// an aircraft database in tar1090-db's CSV format.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lists/entity.hpp"

namespace cp::track {

/// What a watchlist entry matches on.
enum class WatchKey : std::uint8_t {
    icao,              ///< aircraft 24-bit address (6 hex digits)
    registration,      ///< aircraft tail ("EP-ICD", "RA-78830"); compared without '-' and case
    callsign_prefix,   ///< operator ICAO prefix of the callsign ("IRM" Mahan Air, "RFF" Russian AF)
    aircraft_country,  ///< country of registration from the ICAO address block ("Iran")
    mmsi,              ///< vessel MMSI (9 digits)
    imo,               ///< vessel IMO number (7 digits)
    vessel_name,       ///< vessel name, compared after upper-casing and collapsing spaces
    call_sign,         ///< vessel call sign
};
[[nodiscard]] std::string_view to_string(WatchKey key) noexcept;
[[nodiscard]] std::optional<WatchKey> parse_watch_key(std::string_view text) noexcept;

struct WatchEntry {
    WatchKey key = WatchKey::icao;
    std::string value;   ///< normalised as the key compares it
    std::string label;   ///< why it is watched ("Mahan Air (OFAC SDGT)", "listed vessel PORT OLYA 4")
    std::string source;  ///< "file.csv:12" or "ofac-sdn:36092"
};

/// A set of watch entries with hashed lookups per key.
class Watchlist {
public:
    /// Normalises entry.value for its key (detail/watchlist_normalise.hpp) and adds it; false (nothing added)
    /// when the value is not well-formed for the key (an 8-digit MMSI, an empty name).
    bool add(WatchEntry entry);
    [[nodiscard]] std::size_t size() const noexcept { return m_entries.size(); }
    [[nodiscard]] const std::vector<WatchEntry>& entries() const noexcept { return m_entries; }

    /// Entries matching an aircraft (any of the given identifiers; empty strings are ignored).
    [[nodiscard]] std::vector<const WatchEntry*> match_aircraft(std::uint32_t icao,
                                                                std::string_view registration,
                                                                std::string_view callsign,
                                                                std::string_view country) const;
    /// Entries matching a vessel (mmsi 0 / imo 0 / empty strings are ignored).
    [[nodiscard]] std::vector<const WatchEntry*> match_vessel(std::uint32_t mmsi, std::uint32_t imo,
                                                              std::string_view name,
                                                              std::string_view call_sign) const;

private:
    /// Appends the entries of `key` equal to the normal form of `raw` (nothing for an empty or bad value).
    void collect(WatchKey key, std::string_view raw, std::vector<const WatchEntry*>& out) const;

    std::vector<WatchEntry> m_entries;
    std::unordered_multimap<std::string, std::uint32_t> m_by_key;  ///< "<key>:<value>" -> entry index
    std::vector<std::uint32_t> m_prefixes;                         ///< callsign_prefix entries
};

/// Reads a watchlist CSV: header `kind,value[,label]` where kind is a WatchKey name (icao, registration,
/// callsign_prefix, aircraft_country, mmsi, imo, vessel_name, call_sign). Throws cp::InputError (file:line)
/// on an unknown kind or a malformed value (icao not 6 hex digits, mmsi not 9 digits, imo not 7 digits).
[[nodiscard]] Watchlist load_watchlist_csv(const std::string& path);
[[nodiscard]] Watchlist parse_watchlist_csv(std::string_view text, const std::string& name);
/// Adds the vessels and aircraft of sanctions lists: IMO numbers, MMSIs, vessel names and call signs of
/// Vessel entities; tail numbers, Mode S addresses (icao24) of Airplane entities; labels name the entity and
/// programme. Returns the number of entries added.
std::size_t add_list_entities(Watchlist& watchlist, const lists::EntitySet& set);

/// ICAO 24-bit address blocks -> country (the JSON of xoolive/rs1090: {"registers":[{"start","end","country",
/// "pattern"}...]}). Bundled copy compiled in.
class IcaoBlocks {
public:
    [[nodiscard]] static IcaoBlocks bundled();
    [[nodiscard]] static IcaoBlocks parse(std::string_view json_text, const std::string& name);
    /// Country of the smallest block holding `icao`, empty if none.
    [[nodiscard]] std::string_view country(std::uint32_t icao) const noexcept;

private:
    struct Block {
        std::uint32_t start = 0;
        std::uint32_t end = 0;
        std::string country;
    };
    std::vector<Block> m_blocks;  ///< sorted by size, smallest first
};

/// Maritime Identification Digits -> flag state (mid_flags.csv: `prefix,country`). Bundled copy compiled in.
class MidFlags {
public:
    [[nodiscard]] static MidFlags bundled();
    [[nodiscard]] static MidFlags parse(std::string_view csv_text, const std::string& name);
    /// Flag of a ship station MMSI (MID = first 3 digits); of 98MIDxxxx/99MIDxxxx and 111MIDxxx/00MID/0MID
    /// forms the MID is taken where ITU-R M.585 puts it. Empty if unknown.
    [[nodiscard]] std::string_view flag(std::uint32_t mmsi) const noexcept;

private:
    std::unordered_map<std::uint16_t, std::string> m_by_mid;
};

/// An aircraft database in tar1090-db's CSV format: `icao;registration;type;flags;description...` (';'
/// separated, no header, address in hex). Only what events need is kept.
class AircraftDb {
public:
    struct Entry {
        std::string registration;
        std::string type;  ///< ICAO type designator ("IL76")
        std::string description;
    };
    [[nodiscard]] static AircraftDb load(const std::string& path);
    [[nodiscard]] static AircraftDb parse(std::string_view text, const std::string& name);
    [[nodiscard]] const Entry* find(std::uint32_t icao) const noexcept;
    [[nodiscard]] std::size_t size() const noexcept { return m_by_icao.size(); }

private:
    std::unordered_map<std::uint32_t, Entry> m_by_icao;
};

}  // namespace cp::track
