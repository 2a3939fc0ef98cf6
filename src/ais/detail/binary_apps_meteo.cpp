// SPDX-License-Identifier: Apache-2.0
// Type 8, DAC 1 met/hydro reports: IMO SN.1/Circ.236 FID 11 and IMO SN.1/Circ.289 FID 31, as gpsd 3.22
// prints them (its field names, offsets and rounding; "not available" codes stay plain numbers). gpsd
// decodes both at any length. Offsets count from the first bit after the FID (message bit 56). Checked
// against gpsdecode 3.22 on the live AISHub capture (136 FID 11 reports) and random payloads.
#include <array>
#include <cstdint>
#include <string_view>

#include "ais/detail/binary_app_writers.hpp"

namespace cp::ais::detail {
namespace {

constexpr std::array<std::string_view, 4> trends = {"steady", "increasing", "decreasing", "N/A"};
/// WMO 306 code table 4.201, as gpsd lists it.
constexpr std::array<std::string_view, 8> precip_types = {
    "reserved", "rain", "thunderstorm", "freezing rain", "mixed/ice", "snow", "reserved", "N/A",
};
constexpr std::array<std::string_view, 4> ice_states = {"no", "yes", "reserved", "N/A"};

/// `,"key":<raw / 10 with one decimal>` scaled, else the raw value.
void tenths(const AppWriter& app, std::string_view key, std::int64_t raw) {
    if (app.scaled) {
        app.json.fixed(key, static_cast<double>(raw) / 10.0, 1);
    } else {
        app.json.integer(key, raw);
    }
}

/// The current, wave and swell block, identical in both layouts but for its start.
void write_sea_state(const AppWriter& app, std::size_t first) {
    const BitReader& bits = app.bits;
    tenths(app, "cspeed", static_cast<std::int64_t>(bits.u(first, 8)));
    app.json.integer("cdir", bits.u(first + 8, 9));
    tenths(app, "cspeed2", static_cast<std::int64_t>(bits.u(first + 17, 8)));
    app.json.integer("cdir2", bits.u(first + 25, 9));
    app.json.integer("cdepth2", bits.u(first + 34, 5));
    tenths(app, "cspeed3", static_cast<std::int64_t>(bits.u(first + 39, 8)));
    app.json.integer("cdir3", bits.u(first + 47, 9));
    app.json.integer("cdepth3", bits.u(first + 56, 5));
    tenths(app, "waveheight", static_cast<std::int64_t>(bits.u(first + 61, 8)));
    app.json.integer("waveperiod", bits.u(first + 69, 6));
    app.json.integer("wavedir", bits.u(first + 75, 9));
    tenths(app, "swellheight", static_cast<std::int64_t>(bits.u(first + 84, 8)));
    app.json.integer("swellperiod", bits.u(first + 92, 6));
    app.json.integer("swelldir", bits.u(first + 98, 9));
    app.json.integer("seastate", bits.u(first + 107, 4));
}

/// Position, time and wind, identical in both layouts but for the start of the time.
void write_wind(const AppWriter& app, std::size_t first) {
    const BitReader& bits = app.bits;
    app.json.key("timestamp");
    app.json.raw("\"");
    const std::uint64_t parts[3] = {bits.u(first, 5), bits.u(first + 5, 5), bits.u(first + 10, 6)};
    for (int part_idx = 0; part_idx < 3; ++part_idx) {
        if (parts[part_idx] < 10) app.json.raw("0");
        app.json.raw_integer(parts[part_idx]);
        app.json.raw(part_idx == 0 ? "T" : part_idx == 1 ? ":" : "Z\"");
    }
    app.json.integer("wspeed", bits.u(first + 16, 7));
    app.json.integer("wgust", bits.u(first + 23, 7));
    app.json.integer("wdir", bits.u(first + 30, 9));
    app.json.integer("wgustdir", bits.u(first + 39, 9));
}

/// `,"key":"<legend>"` scaled, else `,"key":<raw>`.
template <std::size_t N>
void legend_only(const AppWriter& app, std::string_view key, std::uint64_t raw,
                 const std::array<std::string_view, N>& legends) {
    if (app.scaled) {
        app.json.string(key, legends[raw]);
    } else {
        app.json.integer(key, raw);
    }
}

}  // namespace

void write_meteo_hydro_236(const AppWriter& app) {
    const BitReader& bits = app.bits;
    const bool scaled = app.scaled;
    app.minute3("lat", bits.s(0, 24));
    app.minute3("lon", bits.s(24, 25));
    write_wind(app, 49);
    app.json.integer("humidity", bits.u(108, 7));
    // IMO 236 codes with offsets: air temperature -60.0 + n/10, dew point -20.0 + n/10, pressure 800 + n hPa,
    // water level -10.0 + n/10 m, water temperature -10.0 + n/10
    const auto airtemp = static_cast<std::int64_t>(bits.u(97, 11));
    const auto dewpoint = static_cast<std::int64_t>(bits.u(115, 10));
    const std::uint64_t pressure = bits.u(125, 9);
    tenths(app, "airtemp", scaled ? airtemp - 600 : airtemp);
    tenths(app, "dewpoint", scaled ? dewpoint - 200 : dewpoint);
    app.json.integer("pressure", scaled ? pressure + 800 : pressure);
    legend_only(app, "pressuretend", bits.u(134, 2), trends);
    tenths(app, "visibility", static_cast<std::int64_t>(bits.u(136, 8)));
    const auto waterlevel = static_cast<std::int64_t>(bits.u(144, 9));
    tenths(app, "waterlevel", scaled ? waterlevel - 100 : waterlevel);
    legend_only(app, "leveltrend", bits.u(153, 2), trends);
    write_sea_state(app, 155);
    const auto watertemp = static_cast<std::int64_t>(bits.u(266, 10));
    tenths(app, "watertemp", scaled ? watertemp - 100 : watertemp);
    app.legend("preciptype", "preciptype_text", bits.u(276, 3), precip_types, "");
    tenths(app, "salinity", static_cast<std::int64_t>(bits.u(279, 9)));
    app.legend("ice", "ice_text", bits.u(288, 2), ice_states, "");
}

void write_meteo_hydro_289(const AppWriter& app) {
    const BitReader& bits = app.bits;
    const bool scaled = app.scaled;
    app.minute3("lat", bits.s(25, 24));
    app.minute3("lon", bits.s(0, 25));
    app.json.boolean("accuracy", bits.flag(49));
    write_wind(app, 50);
    app.json.integer("humidity", bits.u(109, 7));
    tenths(app, "airtemp", bits.s(98, 11));
    tenths(app, "dewpoint", bits.s(116, 10));
    const std::uint64_t pressure = bits.u(126, 9);
    app.json.integer("pressure", scaled ? pressure + 799 : pressure);  // IMO 289: 0 = 799 hPa or less
    legend_only(app, "pressuretend", bits.u(135, 2), trends);
    app.json.boolean("visgreater", bits.flag(137));
    tenths(app, "visibility", static_cast<std::int64_t>(bits.u(138, 7)));
    const std::uint64_t waterlevel = bits.u(145, 12);  // -10.00 + n/100 m
    if (scaled) {
        // gpsd subtracts the offset in unsigned arithmetic: levels under 1000 wrap around 2^32
        const auto wrapped = static_cast<std::uint32_t>(waterlevel - 1000);
        app.json.fixed("waterlevel", static_cast<double>(wrapped) / 100.0, 1);
    } else {
        app.json.integer("waterlevel", waterlevel);
    }
    legend_only(app, "leveltrend", bits.u(157, 2), trends);
    write_sea_state(app, 159);
    tenths(app, "watertemp", bits.s(270, 10));
    legend_only(app, "preciptype", bits.u(280, 3), precip_types);
    tenths(app, "salinity", static_cast<std::int64_t>(bits.u(283, 9)));
    legend_only(app, "ice", bits.u(292, 2), ice_states);
}

}  // namespace cp::ais::detail
