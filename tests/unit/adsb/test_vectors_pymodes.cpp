// SPDX-License-Identifier: Apache-2.0
// Every row of pymodes_test_expectations.csv (230 expected values from pyModeS's tests, fields named
// as pyModeS names them) checked against decode(), decode_commb_as() and cpr::local(). The mapping
// from pyModeS names to ours is the table in actual_value() below.
// pyModeS's `icao=` hint (6 rows) is the caller saying who sent a DF20/21 reply: it goes through
// apply_known_address(), and pyModeS's `icao_verified` (the address does not come from the parity
// alone) maps to a supplied address or a confirmed overlay one. That the hint of these rows disagrees
// with the parity (address_confirmed stays false) is checked in test_address.cpp.
#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "adsb/cpr.hpp"
#include "adsb/message.hpp"
#include "test_data.hpp"
#include "vector_rows.hpp"

namespace {

using cp::adsb::Message;
using nlohmann::json;

template <class T>
json opt(const std::optional<T>& value) {
    return value ? json(*value) : json();
}

std::string trimmed_flight(const Message& msg) {
    std::string flight(msg.flight.data(), 8);
    while (!flight.empty() && (flight.back() == ' ' || flight.back() == '#')) flight.pop_back();
    return flight;
}

std::string hex_upper(std::uint32_t icao) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%06X", icao);
    return buf;
}

// pyModeS field -> our value. std::nullopt = no such key ("absent"); json null = key with None.
std::optional<json> actual_value(const Message& m, const std::string& field) {
    const auto& c = m.commb;
    const bool commb = m.df == 20 || m.df == 21;
    if (field == "df") return json(m.df);
    if (field == "icao") return json(hex_upper(m.icao));
    if (field == "typecode") return json(m.tc);
    if (field == "bds") {
        if (m.bds == 0) return json();
        char buf[8];
        std::snprintf(buf, sizeof buf, "%X,%X", m.bds >> 4, m.bds & 0xF);
        return json(std::string(buf));
    }
    if (field == "callsign") return m.has_flight ? json(trimmed_flight(m)) : json();
    if (field == "category") return m.category ? json(*m.category & 0x0F) : json();
    if (field == "wake_vortex") {
        if (commb) return c.wake_vortex ? std::optional<json>(json(*c.wake_vortex)) : std::nullopt;
        return m.category ? json(std::string(cp::adsb::category_description(*m.category))) : json();
    }
    if (field == "capability") return opt(m.capability);
    if (field == "capability_text") return json(std::string(cp::adsb::capability_description(*m.capability)));
    if (field == "crc_valid") return json(m.crc_ok);
    if (field == "altitude") {
        if (m.cpr_surface) return std::nullopt;  // surface messages carry no altitude key in pyModeS
        return opt(m.alt_baro_ft);
    }
    if (field == "cpr_format") return m.has_cpr ? json(m.cpr_odd ? 1 : 0) : json();
    if (field == "cpr_lat") return m.has_cpr ? std::optional<json>(json(m.cpr_lat)) : std::nullopt;
    if (field == "cpr_lon") return m.has_cpr ? std::optional<json>(json(m.cpr_lon)) : std::nullopt;
    if (field == "nic_b") return opt(m.nic_b);
    if (field == "nuc_p") return opt(m.nuc_p);
    if (field == "groundspeed") return commb ? opt(c.gs_kt) : opt(m.gs_kt);
    if (field == "track_status")
        return m.cpr_surface ? std::optional<json>(json(m.track_deg.has_value())) : std::nullopt;
    if (field == "subtype") return opt(m.subtype);
    if (field == "track") return opt(m.track_deg);
    if (field == "vertical_rate") return m.baro_rate_fpm ? opt(m.baro_rate_fpm) : opt(m.geom_rate_fpm);
    if (field == "vr_source") return json(m.baro_rate_fpm ? "BARO" : "GNSS");
    if (field == "geo_minus_baro") return opt(m.gnss_baro_diff_ft);
    if (field == "airspeed") return m.tas_kt ? opt(m.tas_kt) : opt(m.ias_kt);
    if (field == "airspeed_type") return json(m.tas_kt ? "TAS" : "IAS");
    if (field == "heading") return opt(m.heading_deg);
    if (field == "nac_v") return opt(m.nac_v);
    if (field == "emergency_state") return opt(m.emergency);
    if (field == "squawk")
        return m.squawk ? json(std::string(cp::adsb::squawk_text(*m.squawk).data())) : json();
    if (field == "selected_altitude")
        return m.nav_altitude_mcp_ft ? opt(m.nav_altitude_mcp_ft) : opt(m.nav_altitude_fms_ft);
    if (field == "selected_altitude_source") return json(m.nav_altitude_fms_ft ? "FMS" : "MCP/FCU");
    if (field == "baro_pressure_setting") return commb ? opt(c.baro_setting_hpa) : opt(m.nav_qnh_hpa);
    if (field == "selected_heading") return opt(m.nav_heading_deg);
    if (field == "autopilot") return opt(m.autopilot);
    if (field == "vnav_mode") return opt(m.vnav);
    if (field == "altitude_hold_mode") return opt(m.alt_hold);
    if (field == "approach_mode") return opt(m.approach);
    if (field == "tcas_operational") return opt(m.tcas);
    if (field == "lnav_mode") return opt(m.lnav);
    if (field == "nac_p") return opt(m.nac_p);
    if (field == "nic_baro") return opt(m.nic_baro);
    if (field == "sil") return opt(m.sil);
    // BDS 1,0
    if (field == "config") return opt(c.config);
    if (field == "overlay_command_capability") return opt(c.overlay_command_capability);
    if (field == "acas_operational") return opt(c.acas_operational);
    if (field == "mode_s_subnetwork_version") return opt(c.mode_s_subnetwork_version);
    if (field == "transponder_level5") return opt(c.transponder_level5);
    if (field == "mode_s_specific_services") return opt(c.mode_s_specific_services);
    if (field == "uplink_elm_throughput") return opt(c.uplink_elm_throughput);
    if (field == "downlink_elm_throughput") return opt(c.downlink_elm_throughput);
    if (field == "aircraft_identification_capability") return opt(c.aircraft_identification_capability);
    if (field == "squitter_capability") return opt(c.squitter_capability);
    if (field == "surveillance_identifier_code") return opt(c.surveillance_identifier_code);
    if (field == "common_usage_gicb_capability") return opt(c.common_usage_gicb_capability);
    if (field == "acas_hybrid_surveillance") return opt(c.acas_hybrid_surveillance);
    if (field == "acas_resolution_advisory") return opt(c.acas_resolution_advisory);
    if (field == "acas_rtca_version") return opt(c.acas_rtca_version);
    if (field == "dte_status") return opt(c.dte_status);
    if (field == "supported_bds") {
        if (!c.gicb_capability_bits) return json();
        json list = json::array();
        std::istringstream words(cp::adsb::supported_bds(*c.gicb_capability_bits));
        for (std::string word; words >> word;) list.push_back(word);
        return list;
    }
    // BDS 4,0 / 4,4 / 4,5 / 5,0 / 6,0: absent when the status bit says invalid
    auto key = [](const auto& value) -> std::optional<json> {
        if (!value) return std::nullopt;
        return json(*value);
    };
    if (field == "selected_altitude_mcp") return key(c.selected_altitude_mcp_ft);
    if (field == "selected_altitude_fms") return key(c.selected_altitude_fms_ft);
    if (field == "wind_speed") return key(c.wind_speed_kt);
    if (field == "wind_direction") return key(c.wind_direction_deg);
    if (field == "static_air_temperature") return key(c.static_air_temperature_c);
    if (field == "figure_of_merit") return key(c.figure_of_merit);
    if (field == "static_pressure") return key(c.static_pressure_hpa);
    if (field == "humidity") return key(c.humidity_pct);
    if (field == "turbulence") return key(c.turbulence);
    if (field == "wind_shear") return key(c.wind_shear);
    if (field == "microburst") return key(c.microburst);
    if (field == "icing") return key(c.icing);
    if (field == "radio_height") return key(c.radio_height_ft);
    if (field == "roll") return key(c.roll_deg);
    if (field == "true_track") return key(c.true_track_deg);
    if (field == "track_rate") return key(c.track_rate_deg_s);
    if (field == "true_airspeed") return key(c.tas_kt);
    if (field == "magnetic_heading") return key(c.mag_heading_deg);
    if (field == "indicated_airspeed") return key(c.ias_kt);
    if (field == "mach") return key(c.mach);
    if (field == "baro_vertical_rate") return key(c.baro_rate_fpm);
    if (field == "inertial_vertical_rate") return key(c.inertial_rate_fpm);
    // Surveillance header
    if (field == "downlink_request") return opt(m.downlink_request);
    if (field == "utility_message") return opt(m.utility_message);
    if (field == "flight_status") return opt(m.flight_status);
    if (field == "icao_verified") {
        if (m.address_source == cp::adsb::AddressSource::supplied) return json(true);
        if (m.address_source != cp::adsb::AddressSource::overlay) return std::nullopt;
        return json(m.address_confirmed);
    }
    if (field == "latitude") return opt(m.lat_deg);
    if (field == "longitude") return opt(m.lon_deg);
    ADD_FAILURE() << "unmapped pyModeS field " << field;
    return std::nullopt;
}

std::optional<cp::geo::LatLon> airport(const std::string& icao) {
    for (const auto& row :
         cp::test::read_csv(cp::test::shared_data("adsb/reference/airports_large_medium_icao_latlon.csv"))) {
        if (row.at("icao") == icao)
            return cp::geo::LatLon{std::stod(row.at("latitude_deg")), std::stod(row.at("longitude_deg"))};
    }
    return std::nullopt;
}

// Applies the row's context (forced decoder, known address, reference position) to a decoded message.
void apply_context(const json& context, const std::vector<std::uint8_t>& frame, Message& msg) {
    if (context.contains("icao")) {
        // pyModeS accepts exactly 6 hex digits in either case (its hint-validation tests).
        const std::string hint = context["icao"];
        std::uint32_t address = 0;
        ASSERT_EQ(hint.size(), 6U);
        const auto [end, ec] = std::from_chars(hint.data(), hint.data() + hint.size(), address, 16);
        ASSERT_TRUE(ec == std::errc() && end == hint.data() + hint.size()) << hint;
        cp::adsb::apply_known_address(msg, address);
    }
    if (context.contains("forced_decoder")) {
        const std::string name = context["forced_decoder"];
        const auto bds = static_cast<cp::adsb::Bds>(std::stoi(name.substr(name.size() - 2), nullptr, 16));
        msg.commb = {};
        ASSERT_TRUE(
            cp::adsb::decode_commb_as(std::span<const std::uint8_t, 7>(frame.data() + 4, 7), bds, msg));
    }
    std::optional<cp::geo::LatLon> ref;
    if (context.contains("reference"))
        ref = cp::geo::LatLon{context["reference"][0], context["reference"][1]};
    if (context.contains("surface_ref")) {
        const auto& sref = context["surface_ref"];
        ref = sref.is_string() ? airport(sref.get<std::string>()) : cp::geo::LatLon{sref[0], sref[1]};
        ASSERT_TRUE(ref.has_value());
    }
    if (ref) {
        auto pos = cp::adsb::cpr::local(*ref, msg.cpr_lat, msg.cpr_lon, msg.cpr_odd, msg.cpr_surface);
        ASSERT_TRUE(pos.has_value());
        msg.lat_deg = pos->lat_deg;
        msg.lon_deg = pos->lon_deg;
    }
}

void check_row(const cp::test::CsvRow& row, const std::optional<json>& actual) {
    const std::string& op = row.at("op");
    const std::string& field = row.at("field");
    if (op == "present") {
        EXPECT_TRUE(actual.has_value() && !actual->is_null()) << field << " should be present";
        return;
    }
    if (op == "absent") {
        EXPECT_TRUE(!actual.has_value() || actual->is_null())
            << field << " should be absent, is " << actual->dump();
        return;
    }
    ASSERT_TRUE(actual.has_value()) << field << " missing";
    const json expected = json::parse(row.at("expected"));
    if (op == "is_none") {
        EXPECT_TRUE(actual->is_null()) << field << " = " << actual->dump();
    } else if (op == "approx") {
        const std::string& tol_text = row.at("tolerance");
        const double e = expected.get<double>();
        const double tol = tol_text.rfind("pytest", 0) == 0 ? std::fabs(e) * 1e-6 : std::stod(tol_text);
        ASSERT_TRUE(actual->is_number()) << field << " = " << actual->dump();
        EXPECT_NEAR(actual->get<double>(), e, tol) << field;
    } else if (op == "eq" || op == "ne") {
        bool same = *actual == expected;
        if (actual->is_number() && expected.is_number()) {
            // pyModeS rounds ADS-B speeds to whole knots; we keep the exact value.
            const double a = actual->get<double>();
            const double e = expected.get<double>();
            same = std::fabs(a - e) < 1e-6 || (expected.is_number_integer() &&
                                               std::lround(a) == std::lround(e) && std::fabs(a - e) < 0.5);
        }
        EXPECT_EQ(same, op == "eq") << field << ": actual " << actual->dump() << " expected "
                                    << expected.dump();
    } else {
        ADD_FAILURE() << "unknown op " << op;
    }
}

}  // namespace

TEST(PyModeSVectors, EveryRowDecodesToTheExpectedValue) {
    const auto rows = cp::test::read_csv(cp::test::shared_data("adsb/vectors/pymodes_test_expectations.csv"));
    ASSERT_EQ(rows.size(), 230U);
    int checked = 0;
    std::set<std::string> kept_bad_crc;
    for (const auto& row : rows) {
        SCOPED_TRACE(row.at("file") + ":" + row.at("line") + " " + row.at("message_hex") + " " +
                     row.at("field"));
        const auto frame = cp::test::hex_bytes(row.at("message_hex"));
        auto decoded = cp::adsb::decode(frame, {});
        if (!decoded || decoded->corrected_bits != 0) {
            // pyModeS decodes without checking or correcting the parity (its DF18 dispatch row is a
            // DF17 frame with the DF bits changed, its sign-bit row a DF17 frame with one bit flipped):
            // keep_bad_crc without correction does the same and says crc_ok = false.
            cp::adsb::DecodeOptions raw;
            raw.fix_one_bit = false;
            raw.keep_bad_crc = true;
            decoded = cp::adsb::decode(frame, raw);
            ASSERT_TRUE(decoded.has_value());
            EXPECT_FALSE(decoded->crc_ok);
            kept_bad_crc.insert(row.at("message_hex"));
        }
        ASSERT_TRUE(decoded.has_value()) << to_string(decoded.error());
        Message msg = *decoded;
        const std::string& context_text = row.at("context");
        apply_context(context_text.empty() ? json::object() : json::parse(context_text), frame, msg);
        check_row(row, actual_value(msg, row.at("field")));
        ++checked;
    }
    EXPECT_EQ(checked, 230);
    // Synthetic frames of pyModeS's tests with a zero or edited parity field: the DF11 capability
    // rows (PI = 000000), the heading-zero velocity row, the DF18 and sign-bit rows above.
    EXPECT_EQ(kept_bad_crc,
              (std::set<std::string>{"584CA2D4000000", "594CA2D4000000", "5C4CA2D4000000", "5D4CA2D4000000",
                                     "5E4CA2D4000000", "5F4CA2D4000000", "8D4841409B04000CA04400000000",
                                     "8DA05629EA21485EBF3F8CADAEEB", "90406B902015A678D4D220AA4BDA"}));
}
