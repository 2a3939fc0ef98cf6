// SPDX-License-Identifier: Apache-2.0
// CPR maths, table-driven: readsb's cprtests.c (80 rows, tolerance 1e-6), pyModeS's CPR position
// (18) and NL (9) vectors, the NL transition table against its closed form, and PositionDecoder's
// pairing window, surface reference and rejection reasons. No row is skipped.
#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "adsb/cpr.hpp"
#include "adsb/message.hpp"
#include "test_data.hpp"
#include "vector_rows.hpp"

namespace {

namespace cpr = cp::adsb::cpr;
using cp::geo::LatLon;

struct RawCpr {
    std::uint32_t lat = 0;
    std::uint32_t lon = 0;
    bool odd = false;
    bool surface = false;
};

// "8D40..." frame or "cpr_lat=8192,cpr_lon=0" raw values.
RawCpr cpr_of(const std::string& cell, bool odd, bool surface) {
    if (cell.rfind("cpr_lat=", 0) == 0) {
        const auto comma = cell.find(',');
        return {static_cast<std::uint32_t>(std::stoul(cell.substr(8, comma - 8))),
                static_cast<std::uint32_t>(std::stoul(cell.substr(comma + 9))), odd, surface};
    }
    const auto frame = cp::test::hex_bytes(cell);
    auto msg = cp::adsb::decode(frame, {});
    EXPECT_TRUE(msg.has_value()) << cell;
    if (!msg) return {};
    EXPECT_TRUE(msg->has_cpr) << cell;
    EXPECT_EQ(msg->cpr_odd, odd) << cell;
    return {msg->cpr_lat, msg->cpr_lon, msg->cpr_odd, msg->cpr_surface};
}

}  // namespace

TEST(Cpr, NlTransitionTableMatchesTheClosedForm) {
    for (int nl_value = 2; nl_value <= 59; ++nl_value) {
        const double pi = std::numbers::pi;
        const double lat =
            std::acos(std::sqrt((1 - std::cos(pi / 30.0)) / (1 - std::cos(2 * pi / nl_value)))) * 180.0 / pi;
        EXPECT_EQ(cpr::nl(lat - 1e-9), nl_value) << lat;
        EXPECT_EQ(cpr::nl(lat + 1e-9), nl_value - 1) << lat;
        EXPECT_EQ(cpr::nl(-lat + 1e-9), nl_value) << lat;
    }
    EXPECT_EQ(cpr::nl(90.0), 1);
    EXPECT_EQ(cpr::nl(-90.0), 1);
}

TEST(Cpr, NlMatchesEveryPyModeSVector) {
    const auto rows = cp::test::read_csv(cp::test::shared_data("adsb/vectors/cpr_nl_vectors.csv"));
    ASSERT_EQ(rows.size(), 9U);
    for (const auto& row : rows) {
        EXPECT_EQ(cpr::nl(std::stod(row.at("latitude_deg"))), std::stoi(row.at("expected_NL")))
            << row.at("latitude_deg");
    }
}

TEST(Cpr, EveryReadsbCprTestRowDecodesWithinOneMicroDegree) {
    const auto rows = cp::test::read_csv(cp::test::shared_data("adsb/vectors/readsb_cprtests.csv"));
    ASSERT_EQ(rows.size(), 80U);
    auto u = [](const std::string& s) { return static_cast<std::uint32_t>(std::stoul(s)); };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.at("line") + " " + row.at("kind") + " ref " + row.at("ref_lat") + "," +
                     row.at("ref_lon") + " newer " + row.at("newer") + row.at("fflag"));
        const std::string& kind = row.at("kind");
        cp::Result<LatLon, cpr::CprError> result = cp::unexpected(cpr::CprError::bad_latitude);
        const bool odd_newer = row.at("newer") == "odd";
        if (kind == "global_airborne") {
            result = cpr::global_airborne(u(row.at("even_cprlat")), u(row.at("even_cprlon")),
                                          u(row.at("odd_cprlat")), u(row.at("odd_cprlon")), odd_newer);
        } else {
            const LatLon ref{std::stod(row.at("ref_lat")), std::stod(row.at("ref_lon"))};
            if (kind == "global_surface") {
                result = cpr::global_surface(ref, u(row.at("even_cprlat")), u(row.at("even_cprlon")),
                                             u(row.at("odd_cprlat")), u(row.at("odd_cprlon")), odd_newer);
            } else {
                result = cpr::local(ref, u(row.at("cprlat")), u(row.at("cprlon")), row.at("fflag") == "1",
                                    kind == "relative_surface");
            }
        }
        ASSERT_EQ(row.at("expected_result"), "0");
        ASSERT_TRUE(result.has_value());
        EXPECT_NEAR(result->lat_deg, std::stod(row.at("expected_lat")), 1e-6);
        EXPECT_NEAR(result->lon_deg, std::stod(row.at("expected_lon")), 1e-6);
    }
}

TEST(Cpr, EveryPyModeSPositionVectorDecodesOrIsRejectedAsExpected) {
    const auto rows = cp::test::read_csv(cp::test::shared_data("adsb/vectors/cpr_position_vectors.csv"));
    ASSERT_EQ(rows.size(), 18U);
    for (const auto& row : rows) {
        SCOPED_TRACE(row.at("line") + " " + row.at("kind") + " " + row.at("note"));
        const std::string& kind = row.at("kind");
        const bool surface = kind.rfind("surface", 0) == 0;
        const bool odd_newer = row.at("newer") == "odd";
        std::optional<LatLon> ref;
        if (!row.at("ref_lat").empty())
            ref = LatLon{std::stod(row.at("ref_lat")), std::stod(row.at("ref_lon"))};
        cp::Result<LatLon, cpr::CprError> result = cp::unexpected(cpr::CprError::bad_latitude);
        if (kind.ends_with("_ref")) {
            const bool odd = row.at("even_hex").empty();
            const RawCpr one = cpr_of(odd ? row.at("odd_hex") : row.at("even_hex"), odd, surface);
            ASSERT_TRUE(ref.has_value());
            result = cpr::local(*ref, one.lat, one.lon, one.odd, surface);
        } else {
            const RawCpr even = cpr_of(row.at("even_hex"), false, surface);
            const RawCpr odd = cpr_of(row.at("odd_hex"), true, surface);
            if (surface) {
                ASSERT_TRUE(ref.has_value());
                result = cpr::global_surface(*ref, even.lat, even.lon, odd.lat, odd.lon, odd_newer);
            } else {
                result = cpr::global_airborne(even.lat, even.lon, odd.lat, odd.lon, odd_newer);
            }
        }
        if (row.at("expect_none") == "1") {
            EXPECT_FALSE(result.has_value()) << result->lat_deg << "," << result->lon_deg;
            continue;
        }
        ASSERT_TRUE(result.has_value()) << to_string(result.error());
        const double tol = std::stod(row.at("tolerance_deg"));
        EXPECT_NEAR(result->lat_deg, std::stod(row.at("expected_lat")), tol);
        EXPECT_NEAR(result->lon_deg, std::stod(row.at("expected_lon")), tol);
    }
}

namespace {

cp::adsb::Message frame(const char* hex) {
    auto msg = cp::adsb::decode(cp::test::hex_bytes(hex), {});
    EXPECT_TRUE(msg.has_value()) << hex;
    return *msg;
}

}  // namespace

TEST(PositionDecoder, PairsEvenAndOddFramesInsideTenSecondsAndReportsTheNewerPosition) {
    cp::adsb::PositionDecoder decoder;
    auto odd = frame("8D40093F5893F696E3FE74F04E96");
    decoder.update(odd, 1000);
    EXPECT_FALSE(odd.lat_deg.has_value());
    EXPECT_EQ(odd.position_reject, cp::adsb::PositionReject::no_pair);
    auto even = frame("8D40093F5897A3226409EFF5ACB6");
    decoder.update(even, 2000);
    ASSERT_TRUE(even.lat_deg.has_value());
    EXPECT_NEAR(*even.lat_deg, 46.70151, 1e-5);
    EXPECT_NEAR(*even.lon_deg, 8.95084, 1e-5);
}

TEST(PositionDecoder, DoesNotPairFramesFurtherApartThanTheAirborneWindow) {
    cp::adsb::PositionDecoder decoder;
    auto odd = frame("8D40093F5893F696E3FE74F04E96");
    decoder.update(odd, 0);
    auto even = frame("8D40093F5897A3226409EFF5ACB6");
    decoder.update(even, 23'000);  // the Riddle's example of a pair 23 s apart giving a wrong fix
    EXPECT_FALSE(even.lat_deg.has_value());
    EXPECT_EQ(even.position_reject, cp::adsb::PositionReject::no_pair);
}

TEST(PositionDecoder, NeverPairsASurfaceFrameWithAnAirborneOne) {
    cp::adsb::PositionDecoder decoder;
    auto even = frame("8F485A33397C737A27D1B18072CD");
    auto odd = frame("8D485A33581D663872E86A3BBFFF");
    // The pair mixes a surface frame (TC 7) and an airborne one: never paired.
    decoder.update(even, 0);
    decoder.update(odd, 1000);
    EXPECT_FALSE(odd.lat_deg.has_value());
    EXPECT_NE(odd.position_reject, cp::adsb::PositionReject::none);
}

TEST(PositionDecoder, DecodesASurfacePairAgainstTheReceiverAndThenSingleFramesLocally) {
    cp::adsb::PositionOptions options;
    options.receiver = LatLon{43.63, 1.37};  // Toulouse-Blagnac
    cp::adsb::PositionDecoder decoder(options);
    auto even = frame("903A23FF426A38565950432EBF95");
    decoder.update(even, 0);
    auto odd = frame("903A23FF426A4E65F7487A775D17");
    decoder.update(odd, 1000);
    ASSERT_TRUE(odd.lat_deg.has_value());
    EXPECT_NEAR(*odd.lat_deg, 43.62646, 1e-3);
    EXPECT_NEAR(*odd.lon_deg, 1.37476, 1e-3);
    auto again = frame("903A23FF426A4E65F7487A775D17");
    decoder.update(again, 70'000);  // pair too old: local decode against the last fix
    ASSERT_TRUE(again.lat_deg.has_value());
    EXPECT_NEAR(*again.lat_deg, 43.62646, 1e-3);
}

TEST(PositionDecoder, ReportsNoReferenceForASurfaceFrameWithoutReceiverPosition) {
    cp::adsb::PositionDecoder decoder;
    auto odd = frame("903A23FF426A4E65F7487A775D17");
    decoder.update(odd, 0);
    EXPECT_EQ(odd.position_reject, cp::adsb::PositionReject::no_reference);
}

TEST(PositionDecoder, RejectsAJumpFasterThanTheAircraftCanFly) {
    cp::adsb::PositionDecoder decoder;
    auto odd = frame("8D40058B58C904A87F402D3B8C59");
    decoder.update(odd, 0);
    auto even = frame("8D40058B58C901375147EFD09357");
    decoder.update(even, 1000);
    ASSERT_TRUE(even.lat_deg.has_value());
    // A frame of another aircraft's position (Riddle example, 52.26 N 3.92 E, ~300 km away) under the
    // same address one second later: a local decode against the last fix lands far off and is rejected.
    auto jump = frame("8D40621D58C382D690C8AC2863A7");
    jump.icao = even.icao;
    decoder.update(jump, 2000);
    EXPECT_FALSE(jump.lat_deg.has_value());
    EXPECT_NE(jump.position_reject, cp::adsb::PositionReject::none);
}

TEST(PositionDecoder, ConfirmsAnOverlayAddressOnlyAfterItWasHeardWithGoodParity) {
    cp::adsb::PositionDecoder decoder;
    auto commb = frame("A000083E202CC371C31DE0AA1CCF");
    decoder.update(commb, 0);
    EXPECT_FALSE(commb.address_confirmed);
    auto squitter = frame("8D406B902015A678D4D220AA4BDA");
    squitter.icao = commb.icao;  // pretend the same aircraft sent a squitter with good parity
    decoder.update(squitter, 1);
    EXPECT_TRUE(decoder.seen(commb.icao));
    auto again = frame("A000083E202CC371C31DE0AA1CCF");
    decoder.update(again, 2);
    EXPECT_TRUE(again.address_confirmed);
}
