// SPDX-License-Identifier: Apache-2.0
// events.jsonl and the GeoJSON files: they parse, follow RFC 7946 ([lon, lat], LineString >= 2 positions,
// closed polygon rings), round to 6 decimals, keep times as ISO strings, and are identical across calls.
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "report/report.hpp"
#include "report_fixtures.hpp"

namespace {

using nlohmann::json;

TEST(ReportJson, EventsJsonlHasOneParsableLinePerEventInDetectionOrder) {
    const auto events = cp::test::sample_events();
    const std::string text = cp::report::events_jsonl(events);
    std::istringstream in(text);
    std::string line;
    std::size_t idx = 0;
    while (std::getline(in, line)) {
        ASSERT_LT(idx, events.size());
        EXPECT_EQ(line, cp::track::to_json_line(events[idx]));
        const json j = json::parse(line);
        EXPECT_EQ(j["kind"], cp::track::to_string(events[idx].kind));
        ++idx;
    }
    EXPECT_EQ(idx, events.size());
    EXPECT_EQ(text.back(), '\n');
}

TEST(ReportJson, EmptyInputsGiveEmptyDocuments) {
    EXPECT_EQ(cp::report::events_jsonl({}), "");
    for (const std::string& text : {cp::report::tracks_geojson({}), cp::report::events_geojson({})}) {
        const json j = json::parse(text);
        EXPECT_EQ(j["type"], "FeatureCollection");
        EXPECT_TRUE(j["features"].is_array());
        EXPECT_TRUE(j["features"].empty());
    }
}

TEST(ReportJson, TracksAreLineStringsWithLonLatOrderSixDecimalsAndTimes) {
    const json j = json::parse(cp::report::tracks_geojson(cp::test::sample_tracks()));
    ASSERT_EQ(j["type"], "FeatureCollection");
    const json& features = j["features"];
    ASSERT_EQ(features.size(), 3u);  // the track without points is left out
    const json& il76 = features[0];
    EXPECT_EQ(il76["type"], "Feature");
    EXPECT_EQ(il76["geometry"]["type"], "LineString");
    const json& coordinates = il76["geometry"]["coordinates"];
    ASSERT_EQ(coordinates.size(), 3u);
    EXPECT_DOUBLE_EQ(coordinates[0][0].get<double>(), 38.061235);  // lon first, rounded to 6 decimals
    EXPECT_DOUBLE_EQ(coordinates[0][1].get<double>(), 55.88);
    EXPECT_DOUBLE_EQ(coordinates[2][0].get<double>(), 51.3134);
    const json& properties = il76["properties"];
    EXPECT_EQ(properties["id"], "152d1a");
    EXPECT_EQ(properties["kind"], "aircraft");
    EXPECT_EQ(properties["name"], "RFF7081");
    EXPECT_EQ(properties["registration"], "RA-78830");
    ASSERT_EQ(properties["times"].size(), 3u);
    EXPECT_EQ(properties["times"][0], "2024-05-03T09:53:20Z");
    EXPECT_EQ(properties["alt_ft"][1], 33'000);
    EXPECT_EQ(properties["alt_ft"][2], 0);  // on the ground
}

TEST(ReportJson, ATrackWithOnePositionIsAPoint) {
    const json j = json::parse(cp::report::tracks_geojson(cp::test::sample_tracks()));
    const json& vessel = j["features"][1];
    EXPECT_EQ(vessel["geometry"]["type"], "Point");
    EXPECT_DOUBLE_EQ(vessel["geometry"]["coordinates"][0].get<double>(), 50.2);
    EXPECT_DOUBLE_EQ(vessel["geometry"]["coordinates"][1].get<double>(), 42.1);
    EXPECT_EQ(vessel["properties"]["kind"], "vessel");
    EXPECT_EQ(vessel["properties"]["imo"], "9000001");
    EXPECT_FALSE(vessel["properties"].contains("alt_ft"));
}

TEST(ReportJson, EventFeaturesCarryTheEventAndItsEvidenceGeometry) {
    auto events = cp::test::sample_events();
    cp::track::Event unlocated;
    unlocated.kind = cp::track::EventKind::identity_change;
    events.push_back(unlocated);
    const json j = json::parse(cp::report::events_geojson(events));
    const json& features = j["features"];
    ASSERT_EQ(features.size(), 4u);  // no SiteIndex: no site features
    EXPECT_EQ(features[0]["geometry"]["type"], "LineString");
    EXPECT_DOUBLE_EQ(features[0]["geometry"]["coordinates"][0][0].get<double>(), 51.3134);
    EXPECT_DOUBLE_EQ(features[0]["geometry"]["coordinates"][0][1].get<double>(), 35.6892);
    EXPECT_EQ(features[0]["properties"]["kind"], "ground_stop");
    EXPECT_EQ(features[0]["properties"]["feature"], "event");
    EXPECT_EQ(features[0]["properties"]["index"], 0);
    EXPECT_EQ(features[0]["properties"]["rule"]["thresholds"]["min_ground_stop_min"], 10);
    EXPECT_EQ(features[1]["properties"]["details"]["likely_disabled"], true);
    EXPECT_EQ(features[2]["geometry"]["type"], "Point");
    EXPECT_EQ(features[2]["properties"]["objects"][0]["name"], cp::test::hostile);  // JSON keeps text as is
    EXPECT_TRUE(features[3]["geometry"].is_null());
    EXPECT_EQ(features[3]["properties"]["kind"], "identity_change");
}

TEST(ReportJson, SitesNamedByEventsBecomeFeaturesWhenTheIndexKnowsThem) {
    const auto sites = cp::test::sample_sites();
    const json j = json::parse(cp::report::events_geojson(cp::test::sample_events(), &sites));
    const json& features = j["features"];
    ASSERT_EQ(features.size(), 5u);
    const json& mehrabad = features[3];
    EXPECT_EQ(mehrabad["properties"]["feature"], "site");
    EXPECT_EQ(mehrabad["properties"]["id"], "OIII");
    EXPECT_EQ(mehrabad["properties"]["events"], 1);
    EXPECT_EQ(mehrabad["geometry"]["type"], "Point");
    EXPECT_DOUBLE_EQ(mehrabad["geometry"]["coordinates"][0].get<double>(), 51.3134);
    const json& outline = features[4];
    EXPECT_EQ(outline["geometry"]["type"], "Polygon");
    const json& ring = outline["geometry"]["coordinates"][0];
    ASSERT_EQ(ring.size(), 4u);
    EXPECT_EQ(ring.front(), ring.back());  // closed ring
    EXPECT_EQ(outline["properties"]["approximate"], true);
}

TEST(ReportJson, OutputsAreByteIdenticalAcrossCalls) {
    const auto events = cp::test::sample_events();
    const auto tracks = cp::test::sample_tracks();
    const auto sites = cp::test::sample_sites();
    EXPECT_EQ(cp::report::events_jsonl(events), cp::report::events_jsonl(events));
    EXPECT_EQ(cp::report::tracks_geojson(tracks), cp::report::tracks_geojson(tracks));
    EXPECT_EQ(cp::report::events_geojson(events, &sites), cp::report::events_geojson(events, &sites));
}

}  // namespace
