// SPDX-License-Identifier: Apache-2.0
// Type 8, DAC 1: the IMO SN.1/Circ.236 and 289 broadcast applications gpsd 3.22 decodes (FIDs 11, 13, 15,
// 16, 17, 19, 27, 29, 31; met/hydro in binary_apps_meteo.cpp), with gpsd's JSON names and scaling, and
// the route information shared with type 6 FID 28. Offsets count from the first bit after the FID
// (message bit 56). Checked against gpsdecode 3.22 on random payloads of every length.
#include <array>
#include <string_view>

#include "ais/detail/binary_app_writers.hpp"

namespace cp::ais::detail {
namespace {

constexpr std::array<std::string_view, 4> target_id_types = {"mmsi", "imo", "callsign", "other"};

/// IMO 289 marine traffic signals (Table 7.2), as gpsd spells them.
constexpr std::array<std::string_view, 15> traffic_signals = {
    "N/A",
    "Serious emergency \xe2\x80\x93 stop or divert according to instructions.",
    "Vessels shall not proceed.",
    "Vessels may proceed. One way traffic.",
    "Vessels may proceed. Two way traffic.",
    "Vessels shall proceed on specific orders only.",
    "Vessels in main channel shall not proceed.",
    "Vessels in main channel shall proceed on specific orders only.",
    "Vessels in main channel shall proceed on specific orders only.",
    "I = \"in-bound\" only acceptable.",
    "O = \"out-bound\" only acceptable.",
    "F = both \"in- and out-bound\" acceptable.",
    "XI = Code will shift to \"I\" in due time.",
    "XO = Code will shift to \"O\" in due time.",
    "X = Vessels shall proceed only on direction.",
};

/// IMO 289 route types (Table 10.2): 0-5, reserved, 31 = cancel.
constexpr std::string_view route_type_text(std::uint64_t rtype) noexcept {
    constexpr std::array<std::string_view, 6> named = {
        "Undefined (default)",           "Mandatory",       "Recommended", "Alternative",
        "Recommended route through ice", "Ship route plan",
    };
    if (rtype < named.size()) return named[rtype];
    return rtype == 31 ? "Cancel route identified by message linkage" : "Reserved for future use.";
}

/// IMO 236 fairway closed (FID 13). Note gpsd's order: day before month in the message, month first in
/// the JSON times, which carry no 'Z'.
void write_fairway_closed(const AppWriter& app) {
    const BitReader& bits = app.bits;
    app.text("reason", 0, 20);
    app.text("closefrom", 120, 20);
    app.text("closeto", 240, 20);
    app.json.integer("radius", bits.u(360, 10));
    app.json.integer("extunit", bits.u(370, 2));
    app.padded_time("from", bits.u(377, 4), bits.u(372, 5), bits.u(381, 5), bits.u(386, 6), "");
    app.padded_time("to", bits.u(397, 4), bits.u(392, 5), bits.u(401, 5), bits.u(406, 6), "");
    // bits 412-415: spare
}

/// IMO 289 VTS-generated/synthetic targets (FID 17): 122-bit entries while one starts at or before the end
/// (so an empty payload still gives one all-zero target, as gpsd prints it).
void write_vts_targets(const AppWriter& app) {
    const BitReader& bits = app.bits;
    app.begin_array("targets");
    for (std::size_t first = 0; first <= bits.size_bits(); first += 122) {
        const std::size_t mark = app.begin_object(first == 0);
        const std::uint64_t idtype = bits.u(first, 2);
        app.json.integer("idtype", idtype);
        app.json.string("idtype_text", target_id_types[idtype]);
        if (idtype <= 1) {
            // gpsd stores the 42-bit MMSI/IMO in a 32-bit unsigned and prints it as a string
            app.json.key(target_id_types[idtype]);
            app.json.raw("\"");
            app.json.raw_integer(static_cast<std::uint32_t>(bits.u(first + 2, 42)));
            app.json.raw("\"");
        } else {
            app.text(target_id_types[idtype], first + 2, 7);
        }
        // bits +44 to +47: spare
        app.minute3("lat", bits.s(first + 48, 24));
        app.minute3("lon", bits.s(first + 72, 25));
        app.json.integer("course", bits.u(first + 97, 9));
        app.json.integer("second", bits.u(first + 106, 6));
        app.json.integer("speed", bits.u(first + 112, 10));
        app.end_object(mark);
    }
    app.json.raw("]");
}

/// IMO 289 marine traffic signal (FID 19). gpsd prints lon/lat scaled even with -u, and 3.22 omits the
/// comma before "nextsignal_text" and the escapes of the quotes in signal legends: we write valid JSON.
void write_traffic_signal(const AppWriter& app) {
    const BitReader& bits = app.bits;
    app.json.integer("linkage", bits.u(0, 10));
    app.text("station", 10, 20);
    app.json.fixed("lon", static_cast<double>(bits.s(130, 25)) / 60000.0, app.minute3_decimals);
    app.json.fixed("lat", static_cast<double>(bits.s(155, 24)) / 60000.0, app.minute3_decimals);
    app.json.integer("status", bits.u(179, 2));
    app.legend("signal", "signal_text", bits.u(181, 5), traffic_signals, "INVALID SIGNAL TYPE");
    app.json.integer("hour", bits.u(186, 5));
    app.json.integer("minute", bits.u(191, 6));
    app.legend("nextsignal", "nextsignal_text", bits.u(197, 5), traffic_signals, "INVALID SIGNAL TYPE");
    // bits 202-303: spare
}

}  // namespace

void write_route_info(const AppWriter& app) {
    const BitReader& bits = app.bits;
    app.json.integer("linkage", bits.u(0, 10));
    app.json.integer("sender", bits.u(10, 3));
    const std::uint64_t rtype = bits.u(13, 5);
    app.json.integer("rtype", rtype);
    app.json.string("rtype_text", route_type_text(rtype));
    app.padded_time("start", bits.u(18, 4), bits.u(22, 5), bits.u(27, 5), bits.u(32, 6), "Z");
    app.json.integer("duration", bits.u(38, 18));
    app.begin_array("waypoints");
    // gpsd prints as many waypoints as the count says, reading zeros past the end of the payload
    const std::uint64_t waycount = bits.u(56, 5);
    for (std::size_t point_idx = 0; point_idx < waycount; ++point_idx) {
        const std::size_t first = 61 + 55 * point_idx;
        const std::size_t mark = app.begin_object(point_idx == 0);
        app.coordinate("lon", bits.s(first, 28), latlon4_div, 6);
        app.coordinate("lat", bits.s(first + 28, 27), latlon4_div, 6);
        app.end_object(mark);
    }
    app.json.raw("]");
}

bool write_imo_broadcast(std::uint16_t fid, const AppWriter& app) {
    switch (fid) {
    case 11:
        write_meteo_hydro_236(app);
        return true;
    case 13:
        write_fairway_closed(app);
        return true;
    case 15:
        app.json.integer("airdraught", app.bits.u(0, 11));
        return true;
    case 16:
        // IMO 289 (136 bits) or IMO 236 (72 bits) persons on board; gpsd 3.22 prints the field through
        // the type 6 view of its union, which always holds 0 here.
        if (app.bits.size_bits() != 72 && app.bits.size_bits() != 136) return false;
        app.json.integer("persons", 0);
        return true;
    case 17:
        write_vts_targets(app);
        return true;
    case 19:
        write_traffic_signal(app);
        return true;
    case 27:
        write_route_info(app);
        return true;
    case 29:
        app.json.integer("linkage", app.bits.u(0, 10));
        app.end_text("text", 10, 161);
        return true;
    case 31:
        write_meteo_hydro_289(app);
        return true;
    default:
        return false;  // 21, 22, 24, 25, 26 and the rest: raw data in gpsd 3.22
    }
}

}  // namespace cp::ais::detail
