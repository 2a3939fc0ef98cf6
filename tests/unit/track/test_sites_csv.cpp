// SPDX-License-Identifier: Apache-2.0
// Site CSV loading on the four real layouts of ../shared/data (row counts taken with Python's csv module),
// the precision rules (town/city-level sites are approximate, wider circle), and whole-file rejection of bad
// rows.
#include <algorithm>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "test_data.hpp"
#include "track/sites.hpp"

namespace cp::track {
namespace {

const Site* by_id(const std::vector<Site>& sites, std::string_view id) {
    const auto it = std::find_if(sites.begin(), sites.end(), [&](const Site& s) { return s.id == id; });
    return it == sites.end() ? nullptr : &*it;
}

TEST(SitesCsv, LoadsTheSharedSitesOfConcernWithKindsAndPrecision) {
    const auto sites = load_sites_csv(test::shared_data("geo/sites_of_concern.csv").string(), true);
    ASSERT_EQ(sites.size(), 25u);
    const Site* mehrabad = by_id(sites, "OIII");
    ASSERT_NE(mehrabad, nullptr);
    EXPECT_EQ(mehrabad->kind, SiteKind::airport);
    EXPECT_EQ(mehrabad->country, "IR");
    EXPECT_NEAR(mehrabad->center.lat_deg, 35.6892, 1e-4);
    EXPECT_NEAR(mehrabad->center.lon_deg, 51.3134, 1e-4);
    EXPECT_DOUBLE_EQ(mehrabad->radius_m, SiteRadii{}.airport_m);
    EXPECT_TRUE(mehrabad->of_concern);
    EXPECT_FALSE(mehrabad->approximate);
    EXPECT_EQ(mehrabad->precision, "airport reference point");
    EXPECT_EQ(by_id(sites, "UUMU")->kind, SiteKind::airbase);
    const Site* amirabad = by_id(sites, "IRAMD");
    ASSERT_NE(amirabad, nullptr);
    EXPECT_EQ(amirabad->kind, SiteKind::port);
    EXPECT_DOUBLE_EQ(amirabad->radius_m, SiteRadii{}.port_m);
    EXPECT_NE(amirabad->reference.find("UN/LOCODE"), std::string::npos);
    EXPECT_TRUE(amirabad->source.ends_with("sites_of_concern.csv:19")) << amirabad->source;
    // The shared row has an unquoted comma in its source field; the bundled copy quotes it.
    EXPECT_EQ(amirabad->reference, "UN/LOCODE IR AMD (datasets/un-locode x/un-locode.csv");
    const auto bundled = load_sites_csv(test::source_file("data/geo/sites_of_concern.csv").string(), true);
    EXPECT_EQ(by_id(bundled, "IRAMD")->reference,
              "UN/LOCODE IR AMD (datasets/un-locode x/un-locode.csv, 2014 snapshot)");
    EXPECT_TRUE(by_id(bundled, "IRAMD")->note.empty());
}

TEST(SitesCsv, MarksTownAndCityLevelSitesApproximateWithTheWideCircle) {
    const auto sites = load_sites_csv(test::shared_data("geo/sites_of_concern.csv").string(), true);
    for (std::string_view id : {"RU-YELABUGA", "RU-ASTRAKHAN", "RU-MAKHACHKALA"}) {
        const Site* site = by_id(sites, id);
        ASSERT_NE(site, nullptr) << id;
        EXPECT_TRUE(site->approximate) << id;
        EXPECT_EQ(site->kind, SiteKind::town) << id;  // "town" and "city" both parse as town
        EXPECT_DOUBLE_EQ(site->radius_m, SiteRadii{}.approximate_m) << id;
    }
    const auto approximate =
        std::count_if(sites.begin(), sites.end(), [](const Site& s) { return s.approximate; });
    EXPECT_EQ(approximate, 3);
    SiteRadii radii;
    radii.approximate_m = 20'000;
    EXPECT_DOUBLE_EQ(
        by_id(load_sites_csv(test::shared_data("geo/sites_of_concern.csv").string(), true, radii),
              "RU-ASTRAKHAN")
            ->radius_m,
        20'000);
}

TEST(SitesCsv, LoadsOurAirportsIcaoListAsAirports) {
    const auto sites = load_sites_csv(
        test::shared_data("adsb/reference/airports_large_medium_icao_latlon.csv").string(), false);
    ASSERT_EQ(sites.size(), 4904u);
    EXPECT_TRUE(std::all_of(sites.begin(), sites.end(), [](const Site& s) {
        return s.kind == SiteKind::airport && !s.of_concern && !s.approximate;
    }));
    const Site* chkalovsky = by_id(sites, "UUMU");
    ASSERT_NE(chkalovsky, nullptr);
    EXPECT_NEAR(chkalovsky->center.lat_deg, 55.8783, 1e-6);
    EXPECT_EQ(chkalovsky->name, "UUMU");  // the file has no name column
}

TEST(SitesCsv, LoadsGfwPortsWithSublabelsAndIso3) {
    const auto sites = load_sites_csv(test::shared_data("geo/gfw_ports.csv").string(), false);
    ASSERT_EQ(sites.size(), 3669u);
    EXPECT_TRUE(
        std::all_of(sites.begin(), sites.end(), [](const Site& s) { return s.kind == SiteKind::port; }));
    const Site* bandar_abbas = by_id(sites, "IRN:BANDAR ABBAS");
    ASSERT_NE(bandar_abbas, nullptr);
    EXPECT_EQ(bandar_abbas->country, "IRN");
    EXPECT_NEAR(bandar_abbas->center.lat_deg, 27.15, 1e-9);
}

TEST(SitesCsv, LoadsTheWorldPortIndexDespiteItsBomQuotesAndCrlf) {
    const auto sites = load_sites_csv(test::shared_data("geo/world_port_index.csv").string(), false);
    ASSERT_EQ(sites.size(), 3803u);
    const Site* annapolis = by_id(sites, "WPI-8225");
    ASSERT_NE(annapolis, nullptr);
    EXPECT_EQ(annapolis->name, "Annapolis");
    EXPECT_EQ(annapolis->kind, SiteKind::port);
    EXPECT_EQ(annapolis->country, "United States");  // the WPI's "Country Code" column holds names
    EXPECT_NEAR(annapolis->center.lat_deg, 38.983333, 1e-6);
    EXPECT_NEAR(annapolis->center.lon_deg, -76.483333, 1e-6);
    const Site* bandar_abbas = by_id(sites, "WPI-48520");
    ASSERT_NE(bandar_abbas, nullptr);
    EXPECT_EQ(bandar_abbas->name, "Bandar Abbas");
}

TEST(SitesCsv, ReadsRadiusNoteAndQuotedFields) {
    const auto sites = parse_sites_csv("id,name,kind,lat,lon,radius_m,note\n\n"
                                       "X1,\"Port, \"\"North\"\"\",port,10,20,1500,\"two\nlines\"\r\n"
                                       "X2,Plant,factory,11,21,,\n",
                                       "mem.csv", false);
    ASSERT_EQ(sites.size(), 2u);
    EXPECT_EQ(sites[0].name, "Port, \"North\"");
    EXPECT_DOUBLE_EQ(sites[0].radius_m, 1500);
    EXPECT_EQ(sites[0].note, "two\nlines");
    EXPECT_EQ(sites[1].kind, SiteKind::industrial);
    EXPECT_DOUBLE_EQ(sites[1].radius_m, SiteRadii{}.other_m);
    EXPECT_EQ(sites[1].source, "mem.csv:5");  // a blank line and a quoted line break before it
}

void expect_rejected(std::string_view csv, std::string_view where, std::string_view what) {
    try {
        (void)parse_sites_csv(csv, "bad.csv", false);
        ADD_FAILURE() << "accepted: " << csv;
    } catch (const InputError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find(where), std::string::npos) << message;
        EXPECT_NE(message.find(what), std::string::npos) << message;
    }
}

TEST(SitesCsv, RejectsMalformedRowsNamingTheLine) {
    expect_rejected("id,lat,lon\nA,1,2\nB,91,2\n", "bad.csv:3", "latitude out of range");
    expect_rejected("id,lat,lon\nA,1,-180.5\n", "bad.csv:2", "longitude out of range");
    expect_rejected("id,lat,lon\nA,1,2\nB,north,2\n", "bad.csv:3", "latitude is not a number");
    expect_rejected("id,lat,lon\nA,1\n", "bad.csv:2", "expected 3 fields");
    expect_rejected("id,lat,lon\nA,1,2,x\n", "bad.csv:2", "found 4");
    expect_rejected("id,lat,lon\nA,,2\n", "bad.csv:2", "latitude is not a number");
    expect_rejected("id,lat,lon\nA,nan,2\n", "bad.csv:2", "latitude out of range");
    expect_rejected("id,lat,lon,radius_m\nA,1,2,-5\n", "bad.csv:2", "radius_m");
    expect_rejected("id,lat,lon\nA,1,\"2\n", "bad.csv:2", "unterminated quoted field");
    expect_rejected("id,lat,lon\n\"A\"x,1,2\n", "bad.csv:2", "unexpected character after a closing quote");
    expect_rejected("id,name,x\nA,1,2\n", "bad.csv:1", "no lat/latitude");
    expect_rejected("", "bad.csv:1", "empty sites file");
}

}  // namespace
}  // namespace cp::track
