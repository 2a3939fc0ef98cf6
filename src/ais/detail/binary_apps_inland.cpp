// SPDX-License-Identifier: Apache-2.0
// Regional applications gpsd 3.22 decodes, each only at its exact length: inland AIS (DAC 200; CCNR
// Inland AIS standard ed. 2: ETA/RTA at lock, persons on board, inland static data, EMMA warning, water
// levels, signal status) and the UK/Ireland GLA AtoN monitoring report (DAC 235/250 FID 10). Offsets count
// from the first bit after the FID. Checked against gpsdecode 3.22 (650 inland static reports of the live
// AISHub capture, random payloads).
#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>

#include <fmt/format.h>

#include "ais/detail/binary_app_writers.hpp"

namespace cp::ais::detail {
namespace {

/// Inland ship types (ERI codes) with the IMO type gpsd also matches, in gpsd's search order.
struct InlandShipType {
    std::uint16_t code;
    std::uint16_t imo;
    std::string_view text;
};
constexpr std::array<InlandShipType, 41> inland_ship_types = {{
    {8000, 99, "Vessel, type unknown"},
    {8010, 79, "Motor freighter"},
    {8020, 89, "Motor tanker"},
    {8021, 80, "Motor tanker, liquid cargo, type N"},
    {8022, 80, "Motor tanker, liquid cargo, type C"},
    {8023, 89, "Motor tanker, dry cargo as if liquid (e.g. cement)"},
    {8030, 79, "Container vessel"},
    {8040, 80, "Gas tanker"},
    {8050, 79, "Motor freighter, tug"},
    {8060, 89, "Motor tanker, tug"},
    {8070, 79, "Motor freighter with one or more ships alongside"},
    {8080, 89, "Motor freighter with tanker"},
    {8090, 79, "Motor freighter pushing one or more freighters"},
    {8100, 89, "Motor freighter pushing at least one tank-ship"},
    {8110, 79, "Tug, freighter"},
    {8120, 89, "Tug, tanker"},
    {8130, 31, "Tug freighter, coupled"},
    {8140, 31, "Tug, freighter/tanker, coupled"},
    {8150, 99, "Freightbarge"},
    {8160, 99, "Tankbarge"},
    {8161, 90, "Tankbarge, liquid cargo, type N"},
    {8162, 90, "Tankbarge, liquid cargo, type C"},
    {8163, 99, "Tankbarge, dry cargo as if liquid (e.g. cement)"},
    {8170, 99, "Freightbarge with containers"},
    {8180, 90, "Tankbarge, gas"},
    {8210, 79, "Pushtow, one cargo barge"},
    {8220, 79, "Pushtow, two cargo barges"},
    {8230, 79, "Pushtow, three cargo barges"},
    {8240, 79, "Pushtow, four cargo barges"},
    {8250, 79, "Pushtow, five cargo barges"},
    {8260, 79, "Pushtow, six cargo barges"},
    {8270, 79, "Pushtow, seven cargo barges"},
    {8280, 79, "Pushtow, eigth cargo barges"},
    {8290, 79, "Pushtow, nine or more barges"},
    {8310, 80, "Pushtow, one tank/gas barge"},
    {8320, 80, "Pushtow, two barges at least one tanker or gas barge"},
    {8330, 80, "Pushtow, three barges at least one tanker or gas barge"},
    {8340, 80, "Pushtow, four barges at least one tanker or gas barge"},
    {8350, 80, "Pushtow, five barges at least one tanker or gas barge"},
    {8360, 80, "Pushtow, six barges at least one tanker or gas barge"},
    {8370, 80, "Pushtow, seven barges at least one tanker or gas barg"},
}};

std::string_view inland_ship_type_text(std::uint64_t shiptype) noexcept {
    for (const InlandShipType& entry : inland_ship_types) {
        if (entry.code == shiptype || entry.imo == shiptype) return entry.text;
    }
    return "Illegal ship type value.";
}

constexpr std::array<std::string_view, 6> hazard_texts = {
    "0 blue cones/lights", "1 blue cone/light", "2 blue cones/lights",
    "3 blue cones/lights", "4 B-Flag",          "Unknown",
};
constexpr std::array<std::string_view, 3> load_states = {"N/A (default)", "Unloaded", "Loaded"};
constexpr std::array<std::string_view, 4> rta_states = {"Operational", "Limited operation", "Out of order",
                                                        "N/A"};
constexpr std::array<std::string_view, 10> emma_types = {
    "Not Available",    "Wind",  "Rain",        "Snow and ice", "Thunderstorm", "Fog", "Low temperature",
    "High temperature", "Flood", "Forest Fire",
};
constexpr std::array<std::string_view, 3> emma_classes = {"Slight", "Medium", "Strong"};
constexpr std::array<std::string_view, 9> emma_winds = {
    "N/A", "North", "North East", "East", "South East", "South", "South West", "West", "North West",
};
constexpr std::array<std::string_view, 5> signal_directions = {"Unknown", "Upstream", "Downstream",
                                                               "To left bank", "To right bank"};
constexpr std::array<std::string_view, 8> signal_states = {
    "Unknown", "No light", "White", "Yellow", "Green", "Red", "White flashing", "Yellow flashing.",
};
constexpr std::array<std::string_view, 4> racon_states = {"No RACON installed", "RACON not monitored",
                                                          "RACON operational", "RACON ERROR"};
constexpr std::array<std::string_view, 4> light_states = {"No light or no monitoring", "Light ON",
                                                          "Light OFF", "Light ERROR"};

/// The five location texts that open the ETA (FID 21) and RTA (FID 22) at lock/bridge/terminal.
void write_lock_location(const AppWriter& app) {
    app.text("country", 0, 2);
    app.text("locode", 12, 3);
    app.text("section", 30, 5);
    app.text("terminal", 60, 5);
    app.text("hectometre", 90, 5);
    const BitReader& bits = app.bits;
    app.plain_time("eta", bits.u(120, 4), bits.u(124, 5), bits.u(129, 5), bits.u(134, 6));
}

/// Inland static and voyage data (FID 10). gpsd rejects hazard codes over 5 as a false match.
bool write_inland_static(const AppWriter& app) {
    const BitReader& bits = app.bits;
    const std::uint64_t hazard = bits.u(85, 3);
    if (hazard >= hazard_texts.size()) return false;
    app.text("vin", 0, 8);
    app.json.integer("length", bits.u(48, 13));
    app.json.integer("beam", bits.u(61, 10));
    const std::uint64_t shiptype = bits.u(71, 14);
    app.json.integer("shiptype", shiptype);
    app.json.string("shiptype_text", inland_ship_type_text(shiptype));
    app.legend("hazard", "hazard_text", hazard, hazard_texts, "");
    app.json.integer("draught", bits.u(88, 11));
    app.legend("loaded", "loaded_text", bits.u(99, 2), load_states, "INVALID LOAD STATUS");
    app.json.boolean("speed_q", bits.flag(101));
    app.json.boolean("course_q", bits.flag(102));
    app.json.boolean("heading_q", bits.flag(103));
    // bits 104-111: spare
    return true;
}

/// EMMA weather warning (FID 23). gpsd 3.22 prints the start as year-month-hour T minute:day.
void write_emma_warning(const AppWriter& app) {
    const BitReader& bits = app.bits;
    app.json.key("start");
    fmt::format_to(std::back_inserter(app.json.buffer()), "\"{:4}-{:02}-{:02}T{:02}:{:02}\"",
                   bits.u(0, 8) + 2000, bits.u(8, 4), bits.u(34, 5), bits.u(39, 6), bits.u(12, 5));
    app.json.key("end");
    fmt::format_to(std::back_inserter(app.json.buffer()), "\"{:4}-{:02}-{:02}T{:02}:{:02}\"",
                   bits.u(17, 8) + 2000, bits.u(25, 4), bits.u(29, 5), bits.u(45, 5), bits.u(50, 6));
    app.coordinate("start_lon", bits.s(56, 28), latlon4_div, 6);
    app.coordinate("start_lat", bits.s(84, 27), latlon4_div, 6);
    app.coordinate("end_lon", bits.s(111, 28), latlon4_div, 6);
    app.coordinate("end_lat", bits.s(139, 27), latlon4_div, 6);
    app.legend("type", "type_text", bits.u(166, 4), emma_types, "INVALID EMMA TYPE");
    app.json.integer("min", bits.s(170, 9));
    app.json.integer("max", bits.s(179, 9));
    app.legend("class", "class_text", bits.u(188, 2), emma_classes, "INVALID EMMA TYPE");
    app.legend("wind", "wind_text", bits.u(190, 4), emma_winds, "INVALID EMMA WIND DIRECTION");
    // bits 194-199: spare
}

/// Water levels (FID 24): a country and four gauges.
void write_water_levels(const AppWriter& app) {
    const BitReader& bits = app.bits;
    app.text("country", 0, 2);
    app.begin_array("gauges");
    for (std::size_t gauge_idx = 0; gauge_idx < 4; ++gauge_idx) {
        const std::size_t first = 12 + 25 * gauge_idx;
        const std::size_t mark = app.begin_object(gauge_idx == 0);
        app.json.integer("id", bits.u(first, 11));
        app.json.integer("level", bits.s(first + 11, 14));
        app.end_object(mark);
    }
    app.json.raw("]");
}

/// Signal status (FID 40).
void write_signal_status(const AppWriter& app) {
    const BitReader& bits = app.bits;
    app.coordinate("lon", bits.s(0, 28), latlon4_div, 6);
    app.coordinate("lat", bits.s(28, 27), latlon4_div, 6);
    app.json.integer("form", bits.u(55, 4));
    app.json.integer("facing", bits.u(59, 9));
    app.legend("direction", "direction_text", bits.u(68, 3), signal_directions, "INVALID DIRECTION");
    app.legend("status", "status_text", bits.u(71, 30), signal_states, "INVALID STATUS");
    // bits 101-111: spare
}

/// One analogue voltage of the GLA report: 0.05 V steps, printed raw when 0 or unscaled.
void write_voltage(const AppWriter& app, std::string_view key, std::uint64_t raw) {
    if (app.scaled && raw != 0) {
        app.json.fixed(key, static_cast<double>(raw) * 0.05, 2);
    } else {
        app.json.integer(key, raw);
    }
}

}  // namespace

bool write_inland_addressed(std::uint16_t fid, const AppWriter& app) {
    const BitReader& bits = app.bits;
    const std::size_t size = bits.size_bits();
    if (fid == 21 && size == 160) {  // ETA at lock/bridge/terminal
        write_lock_location(app);
        app.json.integer("tugs", bits.u(140, 3));
        app.json.integer("airdraught", bits.u(143, 12));
        return true;
    }
    if (fid == 22 && size == 144) {  // RTA at lock/bridge/terminal
        write_lock_location(app);
        app.legend("status", "status_text", bits.u(140, 2), rta_states, "");
        return true;
    }
    if (fid == 55 && size == 80) {  // number of persons on board
        app.json.integer("crew", bits.u(0, 8));
        app.json.integer("passengers", bits.u(8, 13));
        app.json.integer("personnel", bits.u(21, 8));
        return true;
    }
    return false;
}

bool write_inland_broadcast(std::uint16_t fid, const AppWriter& app) {
    const std::size_t size = app.bits.size_bits();
    if (fid == 10 && size == 112) return write_inland_static(app);
    if (fid == 23 && size == 200) {
        write_emma_warning(app);
        return true;
    }
    if (fid == 24 && size == 112) {
        write_water_levels(app);
        return true;
    }
    if (fid == 40 && size == 112) {
        write_signal_status(app);
        return true;
    }
    return false;
}

bool write_gla_aton_monitoring(std::uint16_t fid, const AppWriter& app) {
    const BitReader& bits = app.bits;
    if (fid != 10 || bits.size_bits() != 48) return false;
    app.json.boolean("off_pos", bits.flag(43));
    app.json.boolean("alarm", bits.flag(34));
    app.json.integer("stat_ext", bits.u(35, 8));
    write_voltage(app, "ana_int", bits.u(0, 10));
    write_voltage(app, "ana_ext1", bits.u(10, 10));
    write_voltage(app, "ana_ext2", bits.u(20, 10));
    app.legend("racon", "racon_text", bits.u(30, 2), racon_states, "");
    app.legend("light", "light_text", bits.u(32, 2), light_states, "");
    // bits 44-47: spare
    return true;
}

}  // namespace cp::ais::detail
