// SPDX-License-Identifier: Apache-2.0
// events.kml: well-formed XML (parsed with pugixml, as Google Earth's parser would reject anything less), the
// KML 2.2 namespace, one placemark per track / event / named site, coordinates "lon,lat", and hostile text
// that stays text after both the XML and the HTML of descriptions are decoded.
#include <string>

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include "report/report.hpp"
#include "report_fixtures.hpp"

namespace {

pugi::xml_node folder(const pugi::xml_node& document, const char* name) {
    for (const pugi::xml_node node : document.children("Folder")) {
        if (std::string(node.child_value("name")) == name) return node;
    }
    return {};
}

std::size_t count_children(const pugi::xml_node& node, const char* name) {
    std::size_t count = 0;
    for (const pugi::xml_node child : node.children(name)) {
        (void)child;
        ++count;
    }
    return count;
}

struct ParsedKml {
    pugi::xml_document doc;
    pugi::xml_parse_result result;
};

void parse(ParsedKml& parsed, const std::string& text) {
    parsed.result = parsed.doc.load_buffer(text.data(), text.size());
}

TEST(ReportKml, DocumentParsesAndHasOnePlacemarkPerTrackEventAndSite) {
    const auto sites = cp::test::sample_sites();
    ParsedKml kml;
    parse(kml, cp::report::events_kml(cp::test::sample_events(), cp::test::sample_tracks(), &sites));
    ASSERT_TRUE(kml.result) << kml.result.description() << " at " << kml.result.offset;
    const pugi::xml_node root = kml.doc.child("kml");
    ASSERT_TRUE(root);
    EXPECT_STREQ(root.attribute("xmlns").value(), "http://www.opengis.net/kml/2.2");
    const pugi::xml_node document = root.child("Document");
    EXPECT_EQ(count_children(document, "Style"), 3u + 12u);  // two tracks, site, one per event kind
    EXPECT_EQ(count_children(folder(document, "Tracks"), "Placemark"), 3u);
    EXPECT_EQ(count_children(folder(document, "Events"), "Placemark"), 3u);
    EXPECT_EQ(count_children(folder(document, "Sites"), "Placemark"), 2u);
}

TEST(ReportKml, EventsAreInTimeOrderWithStylesTimeSpansAndLonLatCoordinates) {
    ParsedKml kml;
    parse(kml, cp::report::events_kml(cp::test::sample_events(), cp::test::sample_tracks()));
    ASSERT_TRUE(kml.result);
    const pugi::xml_node events = folder(kml.doc.child("kml").child("Document"), "Events");
    const pugi::xml_node first = events.child("Placemark");
    EXPECT_STREQ(first.child_value("styleUrl"), "#ev-ais_gap");  // starts before the ground stop
    EXPECT_STREQ(first.child("TimeSpan").child_value("begin"), "2024-05-03T01:33:20Z");
    const pugi::xml_node line = first.child("MultiGeometry").child("LineString");
    EXPECT_STREQ(line.child_value("coordinates"), "50.200000,42.100000 48.100000,42.900000");
    const pugi::xml_node second = first.next_sibling("Placemark");
    EXPECT_STREQ(second.child_value("styleUrl"), "#ev-ground_stop");
    EXPECT_STREQ(second.child_value("name"), "ground_stop: RFF7081");
    const pugi::xml_node tracks = folder(kml.doc.child("kml").child("Document"), "Tracks");
    const std::string track_coordinates =
        tracks.child("Placemark").child("LineString").child_value("coordinates");
    EXPECT_EQ(track_coordinates.substr(0, 20), "38.061235,55.880000 ");
}

TEST(ReportKml, HostileTextStaysTextInNamesAndDescriptions) {
    const auto sites = cp::test::sample_sites();
    const std::string text =
        cp::report::events_kml(cp::test::sample_events(), cp::test::sample_tracks(), &sites);
    EXPECT_EQ(text.find("<script"), std::string::npos);
    ParsedKml kml;
    parse(kml, text);
    ASSERT_TRUE(kml.result) << kml.result.description();
    const pugi::xml_node document = kml.doc.child("kml").child("Document");
    const pugi::xml_node sighting = folder(document, "Events").last_child();
    // The name is plain text: after XML decoding it is the original string.
    EXPECT_EQ(std::string(sighting.child_value("name")),
              std::string("watchlist_sighting: ") + cp::test::hostile);
    // The description is HTML for Google Earth: after XML decoding the user text is still HTML-escaped.
    const std::string description = sighting.child_value("description");
    EXPECT_EQ(description.find("<script"), std::string::npos);
    EXPECT_NE(description.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(description.find("<table>"), std::string::npos);
    // Control characters and broken UTF-8 became U+FFFD instead of breaking the document.
    EXPECT_NE(description.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(ReportKml, EmptyInputsGiveAValidEmptyDocument) {
    ParsedKml kml;
    parse(kml, cp::report::events_kml({}, {}));
    ASSERT_TRUE(kml.result);
    const pugi::xml_node document = kml.doc.child("kml").child("Document");
    EXPECT_EQ(count_children(folder(document, "Tracks"), "Placemark"), 0u);
    EXPECT_EQ(count_children(folder(document, "Events"), "Placemark"), 0u);
}

TEST(ReportKml, OutputIsByteIdenticalAcrossCalls) {
    const auto sites = cp::test::sample_sites();
    const auto events = cp::test::sample_events();
    const auto tracks = cp::test::sample_tracks();
    EXPECT_EQ(cp::report::events_kml(events, tracks, &sites), cp::report::events_kml(events, tracks, &sites));
}

}  // namespace
