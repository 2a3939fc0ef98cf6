// SPDX-License-Identifier: Apache-2.0
// The computable worked examples of "The 1090 MHz Riddle" (riddle_worked_examples.json, 50 values):
// decode fields, CRC remainders, forced Comm-B registers, Comm-B inference and CPR candidates.
// Every entry is checked; none is skipped (the "note" entry is the inference ambiguity it describes).
#include <cmath>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "adsb/cpr.hpp"
#include "adsb/message.hpp"
#include "test_data.hpp"
#include "vector_rows.hpp"

namespace {

using cp::adsb::Message;
using nlohmann::json;

Message decoded(const std::string& hex) {
    auto msg = cp::adsb::decode(cp::test::hex_bytes(hex), {});
    EXPECT_TRUE(msg.has_value()) << hex;
    return msg.has_value() ? *msg : Message{};
}

std::string bds_name(cp::adsb::Bds bds) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%X,%X", bds >> 4, bds & 0xF);
    return buf;
}

json forced(const std::string& hex, const std::string& decoder, const std::string& field) {
    const auto frame = cp::test::hex_bytes(hex);
    Message msg;
    const auto bds = static_cast<cp::adsb::Bds>(std::stoi(decoder.substr(decoder.size() - 2), nullptr, 16));
    EXPECT_TRUE(cp::adsb::decode_commb_as(std::span<const std::uint8_t, 7>(frame.data() + 4, 7), bds, msg));
    const auto& c = msg.commb;
    auto val = [](const auto& v) { return v ? json(*v) : json(); };
    if (field == "supported_bds") {
        json list = json::array();
        std::istringstream words(cp::adsb::supported_bds(c.gicb_capability_bits.value_or(0)));
        for (std::string word; words >> word;) list.push_back(word);
        return list;
    }
    if (field == "callsign") return std::string(msg.flight.data(), msg.flight.data() + 7);
    if (field == "selected_altitude_fms") return val(c.selected_altitude_fms_ft);
    if (field == "selected_altitude_mcp") return val(c.selected_altitude_mcp_ft);
    if (field == "baro_pressure_setting") return val(c.baro_setting_hpa);
    if (field == "roll") return val(c.roll_deg);
    if (field == "true_track") return val(c.true_track_deg);
    if (field == "track_rate") return val(c.track_rate_deg_s);
    if (field == "groundspeed") return val(c.gs_kt);
    if (field == "true_airspeed") return val(c.tas_kt);
    if (field == "magnetic_heading") return val(c.mag_heading_deg);
    if (field == "indicated_airspeed") return val(c.ias_kt);
    if (field == "mach") return val(c.mach);
    if (field == "baro_vertical_rate") return val(c.baro_rate_fpm);
    if (field == "inertial_vertical_rate") return val(c.inertial_rate_fpm);
    if (field == "wind_speed") return val(c.wind_speed_kt);
    if (field == "wind_direction") return val(c.wind_direction_deg);
    if (field == "static_air_temperature") return val(c.static_air_temperature_c);
    ADD_FAILURE() << "unmapped forced field " << field;
    return {};
}

json decode_field(const std::string& hex, const std::string& field) {
    const Message m = decoded(hex);
    auto val = [](const auto& v) { return v ? json(*v) : json(); };
    if (field == "callsign") {
        std::string flight(m.flight.data(), 8);
        while (!flight.empty() && flight.back() == ' ') flight.pop_back();
        return flight;
    }
    if (field == "category") return m.category ? json(*m.category & 0x0F) : json();
    if (field == "typecode") return m.tc;
    if (field == "groundspeed") return val(m.gs_kt);
    if (field == "track") return val(m.track_deg);
    if (field == "vertical_rate") return m.baro_rate_fpm ? val(m.baro_rate_fpm) : val(m.geom_rate_fpm);
    if (field == "airspeed") return m.tas_kt ? val(m.tas_kt) : val(m.ias_kt);
    if (field == "heading") return val(m.heading_deg);
    if (field == "airspeed_type") return m.tas_kt ? "TAS" : "IAS";
    if (field == "icao") {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%06X", m.icao);
        return std::string(buf);
    }
    if (field == "capability") return val(m.capability);
    if (field == "altitude") return val(m.alt_baro_ft);
    if (field == "squawk")
        return m.squawk ? json(std::string(cp::adsb::squawk_text(*m.squawk).data())) : json();
    if (field == "bds") return bds_name(m.bds);
    ADD_FAILURE() << "unmapped field " << field;
    return {};
}

void expect_value(const json& actual, const json& expected, const json& tolerance) {
    if (expected.is_number() && actual.is_number()) {
        // The Riddle prints speeds rounded to whole knots; we keep the exact value.
        const double tol = tolerance.is_number() ? tolerance.get<double>() : 0.5;
        EXPECT_NEAR(actual.get<double>(), expected.get<double>(), tol);
    } else {
        EXPECT_EQ(actual, expected);
    }
}

}  // namespace

TEST(RiddleVectors, EveryComputableWorkedExampleMatches) {
    std::ifstream in(cp::test::shared_data("adsb/vectors/riddle_worked_examples.json"));
    const json entries = json::parse(in);
    ASSERT_EQ(entries.size(), 50U);
    int checked = 0;
    for (const auto& entry : entries) {
        const std::string hex = entry["message_hex"];
        const std::string field = entry["field"];
        const std::string check = entry["check"];
        const json& context = entry["context"];
        SCOPED_TRACE(entry["file"].get<std::string>() + " " + hex + " " + field);
        const auto frame = cp::test::hex_bytes(hex);
        json actual;
        if (check == "decode") {
            actual = decode_field(hex, field);
        } else if (check == "forced") {
            actual = forced(hex, context["forced_decoder"], field);
        } else if (check == "crc") {
            actual = field == "crc_remainder" ? cp::adsb::crc_residual(frame) : decoded(hex).crc_residual;
        } else if (check == "crc_payload") {
            char buf[8];
            std::snprintf(buf, sizeof buf, "%06X", cp::adsb::crc24(std::span(frame).first(frame.size() - 3)));
            actual = std::string(buf);
        } else if (check == "manual") {
            const Message a = decoded(hex);
            const Message b = decoded(context["pair_with"]);
            const Message& even = a.cpr_odd ? b : a;
            const Message& odd = a.cpr_odd ? a : b;
            const bool odd_newer = field == "lat_odd_candidate";
            auto pos = cp::adsb::cpr::global_airborne(even.cpr_lat, even.cpr_lon, odd.cpr_lat, odd.cpr_lon,
                                                      odd_newer);
            ASSERT_TRUE(pos.has_value());
            actual = field == "global_pair_lon" ? pos->lon_deg : pos->lat_deg;
        } else if (check == "airborne_ref" || check == "surface_ref" || check == "surface_pair") {
            const cp::geo::LatLon ref{context["reference"][0], context["reference"][1]};
            const Message m = decoded(hex);
            cp::Result<cp::geo::LatLon, cp::adsb::cpr::CprError> pos =
                cp::adsb::cpr::local(ref, m.cpr_lat, m.cpr_lon, m.cpr_odd, m.cpr_surface);
            if (check == "surface_pair") {
                const Message other = decoded(context["pair_with"]);
                const Message& even = m.cpr_odd ? other : m;
                const Message& odd = m.cpr_odd ? m : other;
                pos = cp::adsb::cpr::global_surface(ref, even.cpr_lat, even.cpr_lon, odd.cpr_lat, odd.cpr_lon,
                                                    true);
            }
            ASSERT_TRUE(pos.has_value());
            actual = field == "latitude" ? pos->lat_deg : pos->lon_deg;
        } else if (check == "note") {
            // "bds_candidates": a DF21 reply that fits both BDS 5,0 and 6,0 (no altitude to tell them
            // apart): we report it as ambiguous, with both candidates and no register fields.
            const Message m = decoded(hex);
            EXPECT_EQ(m.bds_confidence, cp::adsb::Confidence::ambiguous);
            EXPECT_EQ(m.bds, 0);
            json list = json::array();
            for (const cp::adsb::Bds bds : {0x10, 0x17, 0x20, 0x30, 0x40, 0x50, 0x60}) {
                if ((m.commb.candidates & cp::adsb::commb_candidate_bit(bds)) != 0)
                    list.push_back(bds_name(bds));
            }
            actual = list;
        } else {
            ADD_FAILURE() << "unknown check " << check;
            continue;
        }
        expect_value(actual, entry["expected"], entry["tolerance"]);
        ++checked;
    }
    EXPECT_EQ(checked, 50);
}
