// SPDX-License-Identifier: Apache-2.0
// Identity tables: ICAO 24-bit address blocks (xoolive/rs1090 JSON), Maritime Identification Digits (ITU-R
// M.585 MMSI forms), and aircraft databases in tar1090-db's ';'-separated CSV. Tested in
// tests/unit/track/test_reference.cpp on the bundled tables.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/csv.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "io/io.hpp"
#include "track/detail/sites_bundled.hpp"
#include "track/detail/sites_common.hpp"
#include "track/watchlist.hpp"

namespace cp::track {

namespace {

/// "0x730000" (rs1090 writes hex strings) or a plain JSON number; -1 when it is neither or above 0xFFFFFF.
/// (An int64 rather than an optional: g++ 12 warns maybe-uninitialized on optionals across the throws below.)
std::int64_t read_address(const nlohmann::json& reg, const char* key) {
    const auto it = reg.find(key);
    if (it == reg.end()) return -1;
    if (it->is_number_unsigned()) {
        const auto number = it->get<std::uint64_t>();
        return number > 0xFFFFFFu ? -1 : static_cast<std::int64_t>(number);
    }
    if (!it->is_string()) return -1;
    std::string_view digits = it->get_ref<const std::string&>();
    if (digits.starts_with("0x") || digits.starts_with("0X")) digits.remove_prefix(2);
    if (digits.empty() || digits.size() > 6) return -1;
    std::int64_t address = 0;
    for (char c : digits) {
        const int nibble = text::hex_value(c);
        if (nibble < 0) return -1;
        address = address * 16 + nibble;
    }
    return address;
}

[[noreturn]] void fail_register(const std::string& name, std::size_t reg_idx, const std::string& what) {
    throw InputError({name, 0, 0}, "register " + std::to_string(reg_idx) + ": " + what);
}

[[noreturn]] void fail_line(const std::string& name, std::uint64_t line_no, std::uint64_t offset,
                            const std::string& what) {
    throw InputError({name, line_no, offset}, what);
}

}  // namespace

IcaoBlocks IcaoBlocks::bundled() {
    static const IcaoBlocks blocks =
        parse(detail::bundled_icao_blocks_json(), "data/geo/icao_address_blocks.json");
    return blocks;
}

IcaoBlocks IcaoBlocks::parse(std::string_view json_text, const std::string& name) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json_text);
    } catch (const nlohmann::json::parse_error& e) {
        throw InputError({name, 0, e.byte}, std::string("invalid JSON: ") + e.what());
    } catch (const nlohmann::json::exception& e) {  // out_of_range: a number too large for a double ("1e999")
        throw InputError({name, 0, 0}, std::string("invalid JSON: ") + e.what());
    }
    const auto registers = doc.is_object() ? doc.find("registers") : doc.end();
    if (!doc.is_object() || registers == doc.end() || !registers->is_array()) {
        throw InputError({name, 0, 0}, "no \"registers\" array");
    }
    IcaoBlocks blocks;
    for (std::size_t reg_idx = 0; reg_idx < registers->size(); ++reg_idx) {
        const auto& reg = (*registers)[reg_idx];
        if (!reg.is_object()) fail_register(name, reg_idx, "not an object");
        // rs1090 lists some registers by registration pattern only (Andorra "^C3-": no address block of its
        // own): nothing to look up.
        if (!reg.contains("start") && !reg.contains("end")) continue;
        const std::int64_t start = read_address(reg, "start");
        const std::int64_t end = read_address(reg, "end");
        if (start < 0 || end < 0) {
            fail_register(name, reg_idx, "start and end must be 24-bit addresses (\"0x730000\")");
        }
        if (end < start) fail_register(name, reg_idx, "end is below start");
        const auto country = reg.find("country");
        if (country == reg.end() || !country->is_string())
            fail_register(name, reg_idx, "country must be a string");
        // "Unassigned (EUR / NAT regions)" blocks are the regional reserves around national allocations: an
        // address there has no country, and nested allocations must not inherit the reserve's name.
        if (country->get_ref<const std::string&>().starts_with("Unassigned")) continue;
        blocks.m_blocks.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                                   country->get<std::string>()});
    }
    // Smallest first, so country() finds the most specific block (some allocations nest inside others).
    std::stable_sort(blocks.m_blocks.begin(), blocks.m_blocks.end(),
                     [](const Block& a, const Block& b) { return a.end - a.start < b.end - b.start; });
    return blocks;
}

std::string_view IcaoBlocks::country(std::uint32_t icao) const noexcept {
    for (const auto& block : m_blocks) {
        if (icao >= block.start && icao <= block.end) return block.country;
    }
    return {};
}

MidFlags MidFlags::bundled() {
    static const MidFlags flags = parse(detail::bundled_mid_flags_csv(), "data/ais/mid_flags.csv");
    return flags;
}

MidFlags MidFlags::parse(std::string_view csv_text, const std::string& name) {
    csv::Reader reader(csv_text, name, csv::ReaderOptions{.quote_in_unquoted_field_is_text = true});
    std::vector<std::string> fields;
    if (!reader.next(fields))
        throw InputError({name, 1, 0}, "empty MID table (header prefix,country needed)");
    if (fields.size() < 2 || csv::header_key(fields[0]) != "prefix" ||
        csv::header_key(fields[1]) != "country") {
        reader.fail("header must be prefix,country");
    }
    MidFlags flags;
    while (reader.next(fields)) {
        if (fields.size() != 2) reader.fail("expected 2 fields, found " + std::to_string(fields.size()));
        const auto mid = text::parse_number<std::uint16_t>(text::trim(fields[0]));
        // MIDs are three digits starting 2-7 (ITU-R M.585 Annex 1, Table 1: Europe 2xx ... South America
        // 7xx).
        if (!mid || *mid < 200 || *mid > 799)
            reader.fail("MID must be 3 digits from 200 to 799: '" + fields[0] + "'");
        flags.m_by_mid[*mid] = std::string(text::trim(fields[1]));
    }
    return flags;
}

std::string_view MidFlags::flag(std::uint32_t mmsi) const noexcept {
    if (mmsi > 999'999'999u) return {};
    // MMSI forms of ITU-R M.585: MIDxxxxxx ship; 0MIDxxxxx group; 00MIDxxxx coast; 111MIDxxx SAR aircraft;
    // 8MIDxxxxx handheld VHF; 98MIDxxxx craft with a parent ship; 99MIDxxxx aid to navigation. 970/972/974
    // (AIS-SART, MOB, EPIRB-AIS) and 000 carry no MID.
    const std::uint32_t d1 = mmsi / 100'000'000u;
    const std::uint32_t d12 = mmsi / 10'000'000u;
    const std::uint32_t d123 = mmsi / 1'000'000u;
    std::uint32_t mid = 0;
    if (d123 == 111) {
        mid = (mmsi / 1'000u) % 1000u;
    } else if (d12 == 98 || d12 == 99 || d12 == 0) {
        mid = (mmsi / 10'000u) % 1000u;
    } else if (d1 == 0 || d1 == 8) {
        mid = (mmsi / 100'000u) % 1000u;
    } else if (d1 >= 2 && d1 <= 7) {
        mid = d123;
    }
    const auto it = m_by_mid.find(static_cast<std::uint16_t>(mid));
    return it != m_by_mid.end() ? std::string_view(it->second) : std::string_view{};
}

AircraftDb AircraftDb::load(const std::string& path) {
    return parse(io::read_file(path), path);
}

AircraftDb AircraftDb::parse(std::string_view text, const std::string& name) {
    AircraftDb db;
    std::uint64_t line_no = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t eol = std::min(text.find('\n', pos), text.size());
        const std::uint64_t offset = pos;
        std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        ++line_no;
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (text::trim(line).empty()) continue;
        const auto fields = text::split(line, ';');
        if (fields.size() < 2)
            fail_line(name, line_no, offset, "expected icao;registration;type;flags;description");
        const auto address = text::trim(fields[0]);
        std::uint32_t icao = 0;
        bool hex_ok = address.size() == 6;
        for (char c : address) {
            const int nibble = text::hex_value(c);
            hex_ok = hex_ok && nibble >= 0;
            icao = icao * 16 + static_cast<std::uint32_t>(std::max(nibble, 0));
        }
        if (!hex_ok)
            fail_line(name, line_no, offset, "address must be 6 hex digits: '" + std::string(address) + "'");
        Entry entry;
        entry.registration = std::string(text::trim(fields[1]));
        if (fields.size() > 2) entry.type = std::string(text::trim(fields[2]));
        if (fields.size() > 4) entry.description = std::string(text::trim(fields[4]));
        db.m_by_icao[icao] = std::move(entry);
    }
    return db;
}

const AircraftDb::Entry* AircraftDb::find(std::uint32_t icao) const noexcept {
    const auto it = m_by_icao.find(icao);
    return it != m_by_icao.end() ? &it->second : nullptr;
}

}  // namespace cp::track
