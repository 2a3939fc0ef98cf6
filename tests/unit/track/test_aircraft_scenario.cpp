// SPDX-License-Identifier: Apache-2.0
// The demo's aircraft story, driven through AircraftTracker with hand-built messages: an Il-76 flies
// Chkalovsky (UUMU) -> Mehrabad (OIII), stands 3 h 05 min on the ground (transponder off for most of it), and
// flies back. The tracker must tell exactly that: leg, route, stop, leg, route, and nothing else.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_aircraft_support.hpp"
#include "track/track.hpp"

namespace cp::track {
namespace {

constexpr std::int64_t t0 = 1'741'064'400'000;  // 2025-03-04 05:00 UTC
constexpr std::int64_t minute = 60'000;
constexpr std::uint32_t il76 = 0x15211D;  // Russian address block
const geo::LatLon chkalovsky{55.8783, 38.0617};
const geo::LatLon mehrabad{35.6892, 51.3134};

SiteIndex story_sites() {
    SiteIndex index;
    Site uumu;
    uumu.id = "UUMU";
    uumu.name = "Chkalovsky";
    uumu.kind = SiteKind::airbase;
    uumu.country = "RU";
    uumu.center = chkalovsky;
    uumu.radius_m = 5'000;
    uumu.of_concern = true;
    index.add(uumu);
    Site oiii;
    oiii.id = "OIII";
    oiii.name = "Mehrabad";
    oiii.kind = SiteKind::airport;
    oiii.country = "IR";
    oiii.center = mehrabad;
    oiii.radius_m = 5'000;
    oiii.of_concern = true;
    index.add(oiii);
    index.build();
    return index;
}

/// Flies the story through a tracker with `sites`; returns the events.
std::vector<Event> fly_story(const SiteIndex& sites, std::int64_t& landed_ms, std::int64_t& departed_ms,
                             TrackRecorder& recorder) {
    const AircraftDb db = AircraftDb::parse("15211d;RA-78830;IL76;00;Ilyushin Il-76MD\n", "story.csv");
    const IcaoBlocks blocks = IcaoBlocks::bundled();
    std::vector<Event> events;
    AircraftTracker tracker(Context{.sites = &sites,
                                    .icao_blocks = &blocks,
                                    .aircraft_db = &db,
                                    .recorder = &recorder,
                                    .sink = [&](Event&& event) { events.push_back(std::move(event)); }});
    test::FlightScript f(tracker, il76, t0);
    f.send(test::identification(il76, "RFF7712", true));
    f.ground(chkalovsky, 15 * minute, 10);
    f.fly(chkalovsky, mehrabad, 430, 33'000, 4'000);
    landed_ms = f.now_ms();
    f.ground(mehrabad, 8 * minute, 10);
    f.wait(2 * 60 * minute + 45 * minute);  // parked, transponder off
    f.ground(mehrabad, 12 * minute, 10);
    departed_ms = f.now_ms();
    f.fly(mehrabad, chkalovsky, 430, 31'000, 4'000);
    f.ground(chkalovsky, 10 * minute, 10);
    tracker.finish(f.now_ms());
    return events;
}

std::string sites_of(const Event& event) {
    std::string text;
    for (const SiteRef& site : event.sites) text += site.role + ":" + site.id + " ";
    return text;
}

TEST(AircraftScenario, Il76ChkalovskyToMehrabadAndBackTellsTheStory) {
    const SiteIndex sites = story_sites();
    TrackRecorder recorder;
    std::int64_t landed_ms = 0;
    std::int64_t departed_ms = 0;
    const std::vector<Event> events = fly_story(sites, landed_ms, departed_ms, recorder);
    ASSERT_EQ(events.size(), 5U);
    const std::vector<EventKind> kinds = {EventKind::flight_leg, EventKind::site_route,
                                          EventKind::ground_stop, EventKind::flight_leg,
                                          EventKind::site_route};
    for (std::size_t event_idx = 0; event_idx < kinds.size(); ++event_idx) {
        EXPECT_EQ(events[event_idx].kind, kinds[event_idx]) << event_idx << ": " << events[event_idx].summary;
        ASSERT_EQ(events[event_idx].objects.size(), 1U);
        EXPECT_EQ(events[event_idx].objects[0].registration, "RA-78830");
        EXPECT_EQ(events[event_idx].objects[0].name, "RFF7712");
        EXPECT_EQ(events[event_idx].objects[0].country, "Russia");
    }
    EXPECT_EQ(sites_of(events[0]), "from:UUMU to:OIII ");
    EXPECT_EQ(sites_of(events[1]), "from:UUMU to:OIII ");
    EXPECT_EQ(sites_of(events[2]), "at:OIII ");
    EXPECT_EQ(sites_of(events[3]), "from:OIII to:UUMU ");
    EXPECT_EQ(sites_of(events[4]), "from:OIII to:UUMU ");

    const Event& stop = events[2];
    EXPECT_EQ(stop.start_ms, landed_ms);
    EXPECT_EQ(stop.end_ms, departed_ms);
    EXPECT_EQ(stop.end_ms - stop.start_ms, 3 * 60 * minute + 5 * minute);
    EXPECT_EQ(stop.summary,
              "RA-78830 (IL76) on the ground at Mehrabad (OIII) for 3 h 05 min (transponder silent "
              "2 h 45 min)");
    EXPECT_EQ(events[0].end_ms, landed_ms);
    EXPECT_EQ(events[3].start_ms, departed_ms);
    EXPECT_NE(events[0].summary.find("Chkalovsky (UUMU) -> Mehrabad (OIII)"), std::string::npos);
    // The JSON line form carries the rule and its thresholds.
    const nlohmann::json line = to_json(stop);
    EXPECT_EQ(line["kind"], "ground_stop");
    EXPECT_EQ(line["rule"]["thresholds"]["min_ground_stop_s"], 600.0);
    EXPECT_EQ(line["details"]["silent_ms"],
              2 * 60 * minute + 45 * minute + 5'000);  // + the 5 s surface period
    // Accepted positions went to the recorder (thinned), both legs included.
    ASSERT_EQ(recorder.tracks().size(), 1U);
    EXPECT_GT(recorder.tracks()[0].points.size(), 100U);
}

TEST(AircraftScenario, Il76StoryWithTheBundledSites) {
    const SiteIndex sites = bundled_sites();
    TrackRecorder recorder;
    std::int64_t landed_ms = 0;
    std::int64_t departed_ms = 0;
    const std::vector<Event> events = fly_story(sites, landed_ms, departed_ms, recorder);
    ASSERT_EQ(events.size(), 5U);
    EXPECT_EQ(sites_of(events[1]), "from:UUMU to:OIII ");
    EXPECT_EQ(events[2].kind, EventKind::ground_stop);
    EXPECT_EQ(events[2].sites.at(0).id, "OIII");
    EXPECT_EQ(events[2].end_ms - events[2].start_ms, 3 * 60 * minute + 5 * minute);
    EXPECT_EQ(sites_of(events[4]), "from:OIII to:UUMU ");
}

}  // namespace
}  // namespace cp::track
