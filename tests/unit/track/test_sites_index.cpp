// SPDX-License-Identifier: Apache-2.0
// SiteIndex lookups: synthetic sites at grid-cell edges, across the antimeridian, near a pole and with big
// radii (each checked against a brute-force scan), then the bundled sites: Mehrabad, Amirabad, the
// mid-Caspian, and the one-site-per-id rule.
#include <cmath>
#include <limits>
#include <random>

#include <gtest/gtest.h>

#include "track/sites.hpp"

namespace cp::track {
namespace {

Site circle(std::string id, double lat, double lon, double radius_m, SiteKind kind = SiteKind::port,
            bool of_concern = false) {
    Site site;
    site.id = std::move(id);
    site.name = site.id;
    site.kind = kind;
    site.center = {lat, lon};
    site.radius_m = radius_m;
    site.of_concern = of_concern;
    return site;
}

TEST(SiteIndex, FindsSitesJustAcrossACellEdge) {
    SiteIndex index;
    index.add(
        circle("EDGE", 10.2499999, 20.2499999, 2'000));  // cell (10.00-10.25, 20.00-20.25), at its corner
    index.build();
    const geo::LatLon across{10.2600, 20.2600};  // next cell diagonally, ~1.6 km away
    ASSERT_LT(geo::distance_m(across, {10.2499999, 20.2499999}), 2'000);
    ASSERT_EQ(index.containing(across).size(), 1u);
    EXPECT_EQ(index.nearest(across, {SiteKind::port}, 2'000)->id, "EDGE");
    EXPECT_EQ(index.nearest(across, {SiteKind::airport}, 2'000), nullptr);
}

TEST(SiteIndex, WrapsAroundTheAntimeridian) {
    SiteIndex index;
    index.add(circle("EAST", 0.0, 179.99, 5'000));
    index.build();
    const geo::LatLon west{0.0, -179.99};  // 2.2 km from EAST across the date line
    EXPECT_EQ(index.containing(west).size(), 1u);
    EXPECT_NEAR(index.distance_to_nearest(west, {SiteKind::port}, 10'000), 2'224, 5);
}

TEST(SiteIndex, ReachesAcrossManyCellsForBigRadii) {
    SiteIndex index;
    index.add(circle("WIDE", 50.0, 10.0, 300'000));  // a circle spanning ~5 degrees of latitude
    index.add(circle("FAR", 20.0, -60.0, 1'000));
    index.build();
    EXPECT_EQ(index.containing(geo::destination({50.0, 10.0}, 45, 299'000)).size(), 1u);
    EXPECT_TRUE(index.containing(geo::destination({50.0, 10.0}, 45, 301'000)).empty());
    EXPECT_EQ(index.containing(geo::destination({50.0, 10.0}, 45, 301'000), 2'000).size(), 1u);  // margin
    // 7,000 km search from the first site's centre finds the second one.
    const double d = geo::distance_m({50.0, 10.0}, {20.0, -60.0});
    EXPECT_EQ(index.nearest({50.0, 10.0}, {SiteKind::port}, 1.0)->id, "WIDE");
    EXPECT_NEAR(index.distance_to_nearest({20.01, -60.0}, {SiteKind::port}, d), 1'112, 5);
    EXPECT_EQ(index.distance_to_nearest({-60.0, 100.0}, {SiteKind::port}, 1'000'000),
              std::numeric_limits<double>::infinity());
    // An unbounded search finds the other side of the Earth; no site of the kind gives infinity.
    const double inf = std::numeric_limits<double>::infinity();
    EXPECT_EQ(index.nearest({-50.0, -170.0}, {SiteKind::port}, inf)->id, "FAR");
    EXPECT_EQ(index.distance_to_nearest({-50.0, -170.0}, {SiteKind::airport}, inf), inf);
    SiteIndex lone;
    lone.add(circle("LONE", 50.0, 10.0, 1'000));
    lone.build();
    EXPECT_NEAR(lone.distance_to_nearest({-50.0, -170.0}, {SiteKind::port}, inf), 20'015'000,
                1'000);  // antipode
    // Positions that are not numbers find nothing rather than misbehaving.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_TRUE(index.containing({nan, 10.0}).empty());
    EXPECT_EQ(index.nearest({50.0, nan}, {SiteKind::port}, inf), nullptr);
}

TEST(SiteIndex, SearchesAllLongitudesNearAPole) {
    SiteIndex index;
    index.add(circle("NORTH", 89.9, 0.0, 1'000));
    index.build();
    EXPECT_NEAR(index.distance_to_nearest({89.9, 180.0}, {SiteKind::port}, 30'000), 22'239, 10);
}

TEST(SiteIndex, AgreesWithABruteForceScanOnRandomSites) {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> lat(-80, 80), lon(-180, 180), radius(500, 40'000);
    SiteIndex index;
    std::vector<Site> all;
    for (int site_idx = 0; site_idx < 2'000; ++site_idx) {
        all.push_back(circle("S" + std::to_string(site_idx), lat(rng), lon(rng), radius(rng)));
        index.add(all.back());
    }
    index.build();
    for (int query_idx = 0; query_idx < 500; ++query_idx) {
        // Queries near a site so containment is often true; max_m varies from 1 km to 2,000 km.
        const Site& near = all[static_cast<std::size_t>(query_idx) * 3];
        const geo::LatLon p = geo::destination(near.center, query_idx * 7.0, query_idx * 90.0);
        const double max_m = 1'000.0 * (1 + query_idx * 4);
        std::size_t inside = 0;
        double best = std::numeric_limits<double>::infinity();
        for (const Site& site : all) {
            const double d = geo::distance_m(site.center, p);
            if (d <= site.radius_m) ++inside;
            if (d <= max_m) best = std::min(best, d);
        }
        ASSERT_EQ(index.containing(p).size(), inside) << query_idx;
        ASSERT_EQ(index.distance_to_nearest(p, {SiteKind::port}, max_m), best) << query_idx;
    }
}

TEST(SiteIndex, OrdersSitesOfConcernFirstThenByDistance) {
    SiteIndex index;
    index.add(circle("NEAR", 30.0, 50.0, 10'000));
    index.add(circle("CONCERN", 30.03, 50.0, 10'000, SiteKind::port, true));
    index.add(circle("AIR", 30.0, 50.001, 10'000, SiteKind::airport));
    index.build();
    const auto hits = index.containing({30.0, 50.0});
    ASSERT_EQ(hits.size(), 3u);
    EXPECT_EQ(hits[0]->id, "CONCERN");
    EXPECT_EQ(hits[1]->id, "NEAR");
    EXPECT_EQ(hits[2]->id, "AIR");
    EXPECT_EQ(index.best_containing({30.0, 50.0}, {SiteKind::airport})->id, "AIR");
    EXPECT_EQ(index.best_containing({30.0, 50.0}, {SiteKind::town}), nullptr);
}

TEST(SiteIndex, UsesThePolygonWhenThereIsOne) {
    Site yard = circle("YARD", 40.0, 40.0, 0);
    yard.polygon = {{39.99, 39.99}, {39.99, 40.01}, {40.01, 40.01}, {40.01, 39.99}};
    SiteIndex index;
    index.add(yard);
    index.build();
    EXPECT_EQ(index.containing({40.0, 40.0}).size(), 1u);
    EXPECT_TRUE(index.containing({40.02, 40.0}).empty());          // ~1.1 km north of the outline
    EXPECT_EQ(index.containing({40.02, 40.0}, 1'200).size(), 1u);  // within the margin of its north edge
}

TEST(SiteIndex, KeepsTheSiteOfConcernWhenIdsCollide) {
    SiteIndex index;
    index.add(circle("OIII", 35.68917, 51.31439, 5'000, SiteKind::airport, false));
    index.add(circle("OIII", 35.6892, 51.3134, 5'000, SiteKind::airport, true));
    index.add(circle("", 1, 1, 5'000));
    index.add(circle("", 2, 2, 5'000));  // empty ids are never merged
    index.build();
    EXPECT_EQ(index.sites().size(), 3u);
    ASSERT_NE(index.find_id("OIII"), nullptr);
    EXPECT_TRUE(index.find_id("OIII")->of_concern);
    EXPECT_EQ(index.containing({35.69, 51.314}).size(), 1u);
    EXPECT_EQ(index.find_id("NOPE"), nullptr);
}

class BundledSites : public ::testing::Test {
protected:
    static const SiteIndex& sites() {
        static const SiteIndex index = bundled_sites();
        return index;
    }
};

TEST_F(BundledSites, HoldTheSitesOfConcernAirportsAndPortsOncePerId) {
    // 25 sites of concern + 4,904 airports + 4,003 ports; 15 airports and 2 ports (IRBND, IRBSR) repeat a
    // site of concern's id (counted with Python on data/geo/*.csv).
    EXPECT_EQ(sites().sites().size(), 8'915u);
    EXPECT_TRUE(sites().find_id("OIII")->of_concern);
    EXPECT_TRUE(sites().find_id("IRBND")->of_concern);
    EXPECT_FALSE(sites().find_id("EDDF")->of_concern);
    EXPECT_EQ(sites().find_id("EDDF")->kind, SiteKind::airport);
    EXPECT_EQ(sites().find_id("USANP")->kind, SiteKind::port);
    EXPECT_EQ(sites().find_id("USANP")->country, "US");
}

TEST_F(BundledSites, MehrabadContainsAPointTwoKilometresOutButNotTwenty) {
    const Site* mehrabad = sites().find_id("OIII");
    ASSERT_NE(mehrabad, nullptr);
    const auto near = sites().containing(geo::destination(mehrabad->center, 90, 2'000));
    ASSERT_FALSE(near.empty());
    EXPECT_EQ(near.front()->id, "OIII");
    EXPECT_EQ(sites()
                  .best_containing(geo::destination(mehrabad->center, 90, 2'000),
                                   {SiteKind::airport, SiteKind::airbase})
                  ->id,
              "OIII");
    for (const Site* site : sites().containing(geo::destination(mehrabad->center, 90, 20'000))) {
        EXPECT_NE(site->id, "OIII");
    }
}

TEST_F(BundledSites, AmirabadIsAPortOfConcern) {
    const Site* amirabad = sites().find_id("IRAMD");
    ASSERT_NE(amirabad, nullptr);
    EXPECT_EQ(amirabad->kind, SiteKind::port);
    EXPECT_TRUE(amirabad->of_concern);
    EXPECT_EQ(sites().best_containing(amirabad->center, {SiteKind::port}), amirabad);
    EXPECT_EQ(sites().nearest(amirabad->center, {SiteKind::port}, 50'000), amirabad);
}

TEST_F(BundledSites, TheMidCaspianIsFarFromAnyPort) {
    const double d = sites().distance_to_nearest({41.5, 50.5}, {SiteKind::port}, 2'000'000);
    EXPECT_GT(d, 50'000);
    EXPECT_LT(d, 2'000'000);  // but some port is within 2,000 km
}

TEST_F(BundledSites, TownLevelSitesReportApproximate) {
    // The bundled copy types the two Caspian city coordinates as ports (they stand for the ports there), so
    // port visits can use them; their city-level precision keeps them approximate with the wide circle.
    const Site* astrakhan = sites().find_id("RU-ASTRAKHAN");
    ASSERT_NE(astrakhan, nullptr);
    EXPECT_TRUE(astrakhan->approximate);
    EXPECT_EQ(astrakhan->kind, SiteKind::port);
    EXPECT_EQ(sites().find_id("RU-MAKHACHKALA")->kind, SiteKind::port);
    EXPECT_EQ(sites().find_id("RU-YELABUGA")->kind, SiteKind::town);
    EXPECT_DOUBLE_EQ(astrakhan->radius_m, 15'000);
    EXPECT_FALSE(sites().find_id("OIII")->approximate);
}

TEST(SiteKinds, ParseAndPrint) {
    EXPECT_EQ(parse_site_kind("Airport"), SiteKind::airport);
    EXPECT_EQ(parse_site_kind("medium_airport"), SiteKind::airport);
    EXPECT_EQ(parse_site_kind("airbase"), SiteKind::airbase);
    EXPECT_EQ(parse_site_kind("port"), SiteKind::port);
    EXPECT_EQ(parse_site_kind("factory"), SiteKind::industrial);
    EXPECT_EQ(parse_site_kind("SEZ"), SiteKind::industrial);
    EXPECT_EQ(parse_site_kind("city"), SiteKind::town);
    EXPECT_EQ(parse_site_kind("volcano"), SiteKind::other);
    EXPECT_EQ(parse_site_kind(""), SiteKind::other);
    for (auto kind : {SiteKind::airport, SiteKind::airbase, SiteKind::port, SiteKind::industrial,
                      SiteKind::town, SiteKind::other}) {
        EXPECT_EQ(parse_site_kind(to_string(kind)), kind);
    }
}

}  // namespace
}  // namespace cp::track
