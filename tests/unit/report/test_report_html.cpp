// SPDX-License-Identifier: Apache-2.0
// report.html: self-contained (no script, nothing fetched), every hostile text escaped, a summary with counts
// per kind, a timeline sorted by start, per event its evidence and thresholds, a well-formed inline SVG map,
// and write_all putting the five files in a directory it creates.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include "core/error.hpp"
#include "report/report.hpp"
#include "report_fixtures.hpp"

namespace {

cp::report::RunSummary sample_summary() {
    cp::report::RunSummary summary;
    summary.title = std::string("watch ") + cp::test::hostile;
    summary.inputs = {"il76.beast (beast)", std::string(cp::test::hostile) + ".nmea (nmea)"};
    summary.messages = 12'345;
    summary.bad_input = 7;
    summary.aircraft = 1;
    summary.vessels = 2;
    summary.first_ms = 1'714'700'000'000;
    summary.last_ms = 1'714'800'600'000;
    summary.generated_by = "chokepoint 0.1.0 replay";
    return summary;
}

std::string html_of_sample() {
    const auto sites = cp::test::sample_sites();
    return cp::report::report_html(sample_summary(), cp::test::sample_events(), cp::test::sample_tracks(),
                                   &sites);
}

TEST(ReportHtml, HostileStringsComeOutEscaped) {
    const std::string html = html_of_sample();
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("alert(1)</"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(html.find("&quot;&#39;&amp;"), std::string::npos);  // the call sign "'&
    EXPECT_NE(html.find("\xEF\xBF\xBD"), std::string::npos);      // \x01 and \xff replaced
    EXPECT_EQ(html.find('\x01'), std::string::npos);
    EXPECT_EQ(html.find('\xff'), std::string::npos);
    // A text detail shows its text, not its JSON quoting.
    EXPECT_NE(
        html.find(
            "<th>&lt;script&gt;alert(1)&lt;/script&gt;</th><td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"),
        std::string::npos);
}

TEST(ReportHtml, PageIsSelfContained) {
    const std::string html = html_of_sample();
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<style>"), std::string::npos);
    EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
    EXPECT_EQ(html.find("src="), std::string::npos);
    EXPECT_EQ(html.find("href=\"http"), std::string::npos);
    EXPECT_EQ(html.find("url("), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("@import"), std::string::npos);
}

TEST(ReportHtml, SummaryCountsMessagesObjectsAndEventsPerKind) {
    const std::string html = html_of_sample();
    EXPECT_NE(html.find("<th>Messages decoded</th><td class=\"num\">12345</td>"), std::string::npos);
    EXPECT_NE(html.find("<th>Bad input (frames/sentences rejected)</th><td class=\"num\">7</td>"),
              std::string::npos);
    EXPECT_NE(html.find("il76.beast (beast)"), std::string::npos);
    EXPECT_NE(html.find("ground_stop</td><td class=\"num\">1</td>"), std::string::npos);
    EXPECT_NE(html.find("encounter</td><td class=\"num\">0</td>"), std::string::npos);
}

TEST(ReportHtml, TimelineIsSortedByStartAndEventsShowEvidenceAndThresholds) {
    const std::string html = html_of_sample();
    const std::size_t timeline = html.find("<h2>Timeline</h2>");
    ASSERT_NE(timeline, std::string::npos);
    // ais_gap (event #2 in detection order) starts first, then ground_stop (#1), then the sighting (#3).
    const std::size_t gap_row = html.find("<a href=\"#event-1\">2</a>", timeline);
    const std::size_t stop_row = html.find("<a href=\"#event-0\">1</a>", timeline);
    const std::size_t sighting_row = html.find("<a href=\"#event-2\">3</a>", timeline);
    ASSERT_NE(gap_row, std::string::npos);
    EXPECT_LT(gap_row, stop_row);
    EXPECT_LT(stop_row, sighting_row);
    const std::size_t section = html.find("<section class=\"event\" id=\"event-0\"");
    ASSERT_NE(section, std::string::npos);
    const std::size_t section_end = html.find("</section>", section);
    const std::string stop = html.substr(section, section_end - section);
    EXPECT_NE(stop.find("threshold min_ground_stop_min</th><td class=\"num\">10</td>"), std::string::npos);
    EXPECT_NE(stop.find("<td class=\"num\">35.689200</td><td class=\"num\">51.313400</td>"),
              std::string::npos);
    EXPECT_NE(stop.find("<td>takeoff</td>"), std::string::npos);
    EXPECT_NE(stop.find("3 h 05 min"), std::string::npos);
    EXPECT_NE(stop.find("Tehran Mehrabad [OIII], of concern"), std::string::npos);
}

TEST(ReportHtml, MapIsWellFormedSvgWithTracksSitesAndLinkedEvents) {
    const std::string html = html_of_sample();
    const std::size_t begin = html.find("<svg");
    const std::size_t end = html.find("</svg>");
    ASSERT_NE(begin, std::string::npos);
    ASSERT_NE(end, std::string::npos);
    const std::string svg = html.substr(begin, end + 6 - begin);
    pugi::xml_document doc;
    const pugi::xml_parse_result result = doc.load_buffer(svg.data(), svg.size());
    ASSERT_TRUE(result) << result.description() << " at " << result.offset;
    std::size_t polylines = 0;
    std::size_t links = 0;
    std::size_t circles = 0;
    for (const pugi::xml_node node : doc.child("svg").children()) {
        polylines += std::string(node.name()) == "polyline";
        links += std::string(node.name()) == "a";
        circles += std::string(node.name()) == "circle";
    }
    EXPECT_EQ(polylines, 3u);
    EXPECT_EQ(links, 3u);
    EXPECT_EQ(circles, 2u);  // the two named sites
}

TEST(ReportHtml, EmptyInputsGiveAValidPageWithNotes) {
    const std::string html = cp::report::report_html({}, {}, {});
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("No positions to map."), std::string::npos);
    EXPECT_NE(html.find("No events."), std::string::npos);
    EXPECT_NE(html.find("</html>\n"), std::string::npos);
}

TEST(ReportHtml, OutputIsByteIdenticalAcrossCalls) {
    EXPECT_EQ(html_of_sample(), html_of_sample());
}

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

TEST(ReportWrite, WriteAllCreatesTheDirectoryAndTheFiveFiles) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("cp_report_test_" + std::to_string(::getpid())) / "a" / "b";
    std::filesystem::remove_all(dir.parent_path().parent_path());
    const auto events = cp::test::sample_events();
    const auto tracks = cp::test::sample_tracks();
    const auto summary = sample_summary();
    cp::report::write_all(dir.string(), summary, events, tracks);
    EXPECT_EQ(read(dir / "events.jsonl"), cp::report::events_jsonl(events));
    EXPECT_EQ(read(dir / "tracks.geojson"), cp::report::tracks_geojson(tracks));
    EXPECT_EQ(read(dir / "events.geojson"), cp::report::events_geojson(events));
    EXPECT_EQ(read(dir / "events.kml"), cp::report::events_kml(events, tracks));
    EXPECT_EQ(read(dir / "report.html"), cp::report::report_html(summary, events, tracks));
    // write_maps leaves an events.jsonl that `watch` appends to alone.
    std::ofstream(dir / "events.jsonl") << "kept\n";
    cp::report::write_maps(dir.string(), summary, {}, {});
    EXPECT_EQ(read(dir / "events.jsonl"), "kept\n");
    EXPECT_EQ(read(dir / "report.html"), cp::report::report_html(summary, {}, {}));
    std::filesystem::remove_all(dir.parent_path().parent_path());
}

TEST(ReportWrite, AnUnwritableDirectoryThrowsCpError) {
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("cp_report_file_" + std::to_string(::getpid()));
    std::ofstream(file) << "x";
    EXPECT_THROW(cp::report::write_all((file / "sub").string(), {}, {}, {}), cp::Error);
    std::filesystem::remove(file);
}

}  // namespace
