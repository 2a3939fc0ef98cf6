// SPDX-License-Identifier: Apache-2.0
// Site GeoJSON loading: Point, Polygon and MultiPolygon features with their properties, the loader chosen by
// extension, and errors that name the file and the feature.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "track/sites.hpp"

namespace cp::track {
namespace {

constexpr std::string_view collection = R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [53.35, 36.7833]},
   "properties": {"id": "IRAMD", "name": "Bandar Amirabad", "kind": "port", "country": "IR",
                  "radius_m": 4000, "precision": "UN/LOCODE 1-minute"}},
  {"type": "Feature", "id": "YARD", "geometry": {"type": "Polygon", "coordinates":
     [[[40.0, 10.0], [40.2, 10.0], [40.2, 10.2], [40.0, 10.2], [40.0, 10.0]]]},
   "properties": {"name": "Yard", "kind": "industrial", "of_concern": false}},
  {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates":
     [[[[1.0, 1.0], [1.1, 1.0], [1.1, 1.1]]], [[[5.0, 5.0], [5.1, 5.0], [5.1, 5.1]]]]},
   "properties": {"site_id": "TRI", "kind": "town"}}
]})";

TEST(SitesGeojson, ReadsPointsPolygonsAndMultiPolygons) {
    const auto sites = parse_sites_geojson(collection, "mem.geojson", true);
    ASSERT_EQ(sites.size(), 3u);
    EXPECT_EQ(sites[0].id, "IRAMD");
    EXPECT_EQ(sites[0].kind, SiteKind::port);
    EXPECT_DOUBLE_EQ(sites[0].center.lat_deg, 36.7833);  // GeoJSON writes [lon, lat]
    EXPECT_DOUBLE_EQ(sites[0].center.lon_deg, 53.35);
    EXPECT_DOUBLE_EQ(sites[0].radius_m, 4000);
    EXPECT_TRUE(sites[0].of_concern);
    EXPECT_EQ(sites[1].id, "YARD");          // the feature's own id when properties have none
    EXPECT_EQ(sites[1].polygon.size(), 4u);  // closing position dropped
    EXPECT_NEAR(sites[1].center.lat_deg, 10.1, 1e-9);
    EXPECT_FALSE(sites[1].of_concern);
    EXPECT_EQ(sites[2].id, "TRI");
    EXPECT_EQ(sites[2].polygon.size(), 3u);  // first polygon of the MultiPolygon
    EXPECT_TRUE(sites[2].approximate);

    SiteIndex index;
    for (auto& site : sites) index.add(site);
    index.build();
    EXPECT_EQ(index.best_containing({10.1, 40.1}, {SiteKind::industrial})->id, "YARD");
    EXPECT_TRUE(index.containing({10.3, 40.1}).empty());
}

TEST(SitesGeojson, LoadSitesPicksTheParserByExtension) {
    const auto dir = std::filesystem::temp_directory_path();
    const auto json_path = dir / "cp_test_sites.geojson";
    const auto csv_path = dir / "cp_test_sites.csv";
    std::ofstream(json_path) << collection;
    std::ofstream(csv_path) << "id,lat,lon\nA,1,2\n";
    EXPECT_EQ(load_sites(json_path.string(), false).size(), 3u);
    EXPECT_EQ(load_sites(csv_path.string(), false).size(), 1u);
    std::filesystem::remove(json_path);
    std::filesystem::remove(csv_path);
    EXPECT_THROW((void)load_sites((dir / "cp_no_such_sites.csv").string(), false), Error);
}

void expect_rejected(std::string_view json, std::string_view what) {
    try {
        (void)parse_sites_geojson(json, "bad.geojson", false);
        ADD_FAILURE() << "accepted: " << json;
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("bad.geojson"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(what), std::string::npos) << e.what();
    }
}

TEST(SitesGeojson, RejectsBadInputNamingTheFeature) {
    expect_rejected("{", "invalid JSON");
    expect_rejected(R"({"type": "FeatureCollection", "features": [1e999]})", "invalid JSON");
    expect_rejected("[]", "not a GeoJSON FeatureCollection");
    expect_rejected(R"({"type": "FeatureCollection"})", "no features array");
    const std::string prefix = R"({"type": "FeatureCollection", "features": [)"
                               R"({"geometry": {"type": "Point", "coordinates": [0, 0]}}, )";
    expect_rejected(prefix + R"({"geometry": {"type": "Point", "coordinates": [0, 91]}}]})",
                    "feature 1: position out of range");
    expect_rejected(prefix + R"({"geometry": {"type": "Point", "coordinates": "x"}}]})",
                    "feature 1: a position must be an array");
    expect_rejected(prefix + R"({"geometry": {"type": "LineString", "coordinates": []}}]})",
                    "feature 1: unsupported geometry type 'LineString'");
    expect_rejected(prefix + R"({"geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,1],[0,0]]]}}]})",
                    "feature 1: a polygon ring needs at least 3");
    expect_rejected(prefix + R"({"geometry": {"type": "MultiPolygon", "coordinates": 7}}]})",
                    "feature 1: a MultiPolygon needs");
    expect_rejected(prefix + R"({"geometry": {"type": "Polygon", "coordinates": 7}}]})",
                    "feature 1: a polygon needs an array");
    expect_rejected(prefix + R"({"properties": {}}]})", "feature 1: no geometry");
    expect_rejected(prefix + R"({"geometry": {"type": "Point", "coordinates": [0, 0]},
                                 "properties": {"radius_m": -1}}]})",
                    "feature 1: radius_m");
    expect_rejected(prefix + R"({"geometry": {"type": "Point", "coordinates": [0, 0]},
                                 "properties": {"of_concern": "yes"}}]})",
                    "feature 1: of_concern");
}

}  // namespace
}  // namespace cp::track
