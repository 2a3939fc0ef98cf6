// SPDX-License-Identifier: Apache-2.0
// Type 6, DAC 1: the IMO SN.1/Circ.236 and 289 addressed applications gpsd 3.22 decodes (FIDs 12, 14, 15,
// 16, 18, 20, 25, 28, 30, 32), at any length, with gpsd's JSON names and scaling. Offsets count from the
// first bit after the FID (message bit 88). Checked field by field against gpsdecode 3.22 on random
// payloads of every length (tests/unit/ais/data/binary_apps_cases.jsonl).
#include <array>
#include <string_view>

#include "ais/detail/binary_app_writers.hpp"

namespace cp::ais::detail {
namespace {

constexpr std::array<std::string_view, 8> berth_positions = {
    "Not available", "Port-side to", "Starboard-side to",       "Mediterranean (end-on) mooring",
    "Mooring buoy",  "Anchorage",    "Reserved for future use", "Reserved for future use",
};

/// The 26 two-bit service fields of the berthing data, in message order (IMO 289 Table 11.1).
constexpr std::array<std::string_view, 26> berth_services = {
    "agent",      "fuel",      "chandler",  "stevedore",  "electrical",  "water",          "customs",
    "cartage",    "crane",     "lift",      "medical",    "navrepair",   "provisions",     "shiprepair",
    "surveyor",   "steam",     "tugs",      "solidwaste", "liquidwaste", "hazardouswaste", "ballast",
    "additional", "regional1", "regional2", "future1",    "future2",
};

/// IMO 236 dangerous cargo indication (FID 12). gpsd reads it whatever the length.
void write_dangerous_cargo_236(const AppWriter& app) {
    const BitReader& bits = app.bits;
    app.text("lastport", 0, 5);
    app.padded_time("departure", bits.u(30, 4), bits.u(34, 5), bits.u(39, 5), bits.u(44, 6), "Z");
    app.text("nextport", 50, 5);
    app.padded_time("eta", bits.u(80, 4), bits.u(84, 5), bits.u(89, 5), bits.u(94, 6), "Z");
    app.text("dangerous", 100, 20);
    app.text("imdcat", 220, 4);
    app.json.integer("unid", bits.u(244, 13));
    app.json.integer("amount", bits.u(257, 10));
    app.json.integer("unit", bits.u(267, 2));
    // bits 269-271: spare
}

/// Tidal windows: IMO 236 FID 14 (93-bit entries, lat before lon, 1/10000 min) and IMO 289 FID 32
/// (88-bit entries, lon before lat, 1/1000 min). gpsd divides both by 60000 and keeps adding entries
/// while an entry's first bit is inside the payload (or just past it), so a short last entry reads as
/// zero-padded.
void write_tidal_window(const AppWriter& app, bool imo289) {
    const BitReader& bits = app.bits;
    app.json.integer("month", bits.u(0, 4));
    app.json.integer("day", bits.u(4, 5));
    app.begin_array("tidals");
    const std::size_t entry_bits = imo289 ? 88 : 93;
    for (std::size_t first = 9; first <= bits.size_bits(); first += entry_bits) {
        const std::size_t mark = app.begin_object(first == 9);
        const std::size_t rest = first + (imo289 ? 49 : 55);  // after the position
        app.minute3("lon", imo289 ? bits.s(first, 25) : bits.s(first + 27, 28));
        app.minute3("lat", imo289 ? bits.s(first + 25, 24) : bits.s(first, 27));
        app.json.integer("from_hour", bits.u(rest, 5));
        app.json.integer("from_min", bits.u(rest + 5, 6));
        app.json.integer("to_hour", bits.u(rest + 11, 5));
        app.json.integer("to_min", bits.u(rest + 16, 6));
        app.json.integer("cdir", bits.u(rest + 22, 9));
        const std::uint64_t cspeed = bits.u(rest + 31, imo289 ? 8 : 7);
        if (app.scaled) {
            app.json.fixed("cspeed", static_cast<double>(cspeed) / 10.0, 1);
        } else {
            app.json.integer("cspeed", cspeed);
        }
        app.end_object(mark);
    }
    app.json.raw("]");
}

/// IMO 289 clearance time to enter port (FID 18).
void write_clearance_time(const AppWriter& app) {
    const BitReader& bits = app.bits;
    app.json.integer("linkage", bits.u(0, 10));
    app.padded_time("arrival", bits.u(10, 4), bits.u(14, 5), bits.u(19, 5), bits.u(24, 6), "Z");
    app.text("portname", 30, 20);
    app.text("destination", 150, 5);
    app.minute3("lon", bits.s(180, 25));
    app.minute3("lat", bits.s(205, 24));
    // bits 229-271: spare
}

/// IMO 289 berthing data (FID 20).
void write_berthing_data(const AppWriter& app) {
    const BitReader& bits = app.bits;
    app.json.integer("linkage", bits.u(0, 10));
    app.json.integer("berth_length", bits.u(10, 9));
    app.legend("position", "position_text", bits.u(27, 3), berth_positions, "");
    app.plain_time("arrival", bits.u(30, 4), bits.u(34, 5), bits.u(39, 5), bits.u(44, 6));
    app.json.integer("availability", bits.u(50, 1));
    for (std::size_t service_idx = 0; service_idx < berth_services.size(); ++service_idx) {
        app.json.integer(berth_services[service_idx], bits.u(51 + 2 * service_idx, 2));
    }
    app.text("berth_name", 103, 20);
    app.minute3("berth_lon", bits.s(223, 25));
    app.minute3("berth_lat", bits.s(248, 24));
    const std::uint64_t depth = bits.u(19, 8);  // 0.1 m
    if (app.scaled) {
        app.json.fixed("berth_depth", static_cast<double>(depth) * 0.1, 1);  // gpsd multiplies by 0.1
    } else {
        app.json.integer("berth_depth", depth);
    }
}

/// IMO 289 dangerous cargo indication (FID 25): 17-bit cargo entries while one starts before the end.
void write_dangerous_cargo_289(const AppWriter& app) {
    const BitReader& bits = app.bits;
    app.json.integer("unit", bits.u(0, 2));
    app.json.integer("amount", bits.u(2, 10));
    app.begin_array("cargos");
    for (std::size_t first = 12; first < bits.size_bits(); first += 17) {
        const std::size_t mark = app.begin_object(first == 12);
        app.json.integer("code", bits.u(first, 4));
        app.json.integer("subtype", bits.u(first + 4, 13));
        app.end_object(mark);
    }
    app.json.raw("]");
}

}  // namespace

bool write_imo_addressed(std::uint16_t fid, const AppWriter& app, std::optional<std::uint32_t> dest_mmsi) {
    switch (fid) {
    case 12:
        write_dangerous_cargo_236(app);
        return true;
    case 14:
        write_tidal_window(app, false);
        return true;
    case 15:  // IMO 236 air draught: gpsd 3.22 reads message bits 56-66, inside dest_mmsi
        if (!dest_mmsi) return false;
        app.json.integer("airdraught", (*dest_mmsi >> 3) & 0x7FF);
        return true;
    case 16:  // persons on board: IMO 289 layout at 136 bits, else gpsd reads message bits 55-67
        if (app.bits.size_bits() == 136) {
            app.json.integer("persons", app.bits.u(0, 13));
            return true;
        }
        if (!dest_mmsi) return false;
        app.json.integer("persons", (*dest_mmsi >> 2) & 0x1FFF);
        return true;
    case 18:
        write_clearance_time(app);
        return true;
    case 20:
        write_berthing_data(app);
        return true;
    case 25:
        write_dangerous_cargo_289(app);
        return true;
    case 28:
        write_route_info(app);
        return true;
    case 30:
        app.json.integer("linkage", app.bits.u(0, 10));
        app.end_text("text", 10, 161);
        return true;
    case 32:
        write_tidal_window(app, true);
        return true;
    default:
        return false;  // 23 (area notice) and the rest: raw data in gpsd 3.22
    }
}

}  // namespace cp::ais::detail
