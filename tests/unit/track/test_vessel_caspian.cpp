// SPDX-License-Identifier: Apache-2.0
// The Caspian story of the issue, scripted message by message: a cargo ship leaves Amirabad (IRAMD), goes
// dark for 11 hours mid-Caspian, meets another ship (both < 2 kn within 500 m for 2.5 h, 40+ km from any
// port) and calls at Makhachkala (an approximate, city-level site). The tracker must tell it in that order.
#include <gtest/gtest.h>

#include "test_vessel_support.hpp"

namespace cp::test {
namespace {

using track::EventKind;

constexpr std::uint32_t cargo = 273'310'870;    // Russia (MID 273)
constexpr std::uint32_t partner = 422'060'300;  // Iran (MID 422)
const geo::LatLon amirabad{36.7833, 53.35};
const geo::LatLon makhachkala{42.983, 47.504};
const geo::LatLon meeting{39.3, 51.5};  // mid-Caspian, > 150 km from every port

/// Reports of one ship sailing from `from` to `to` at `kt`, every `step_ms`, starting at `t`; returns the
/// arrival time.
std::int64_t sail(VesselHarness& h, std::uint32_t mmsi, geo::LatLon from, geo::LatLon to, double kt,
                  std::int64_t t, std::int64_t step_ms) {
    const double total_m = geo::distance_m(from, to);
    const double bearing = geo::bearing_deg(from, to);
    const double step_m = kt * 1'852.0 * static_cast<double>(step_ms) / 3.6e6;
    double done = 0;
    for (; done < total_m; done += step_m, t += step_ms) {
        h.tracker.update(position(mmsi, geo::destination(from, bearing, done), kt), t);
    }
    h.tracker.update(position(mmsi, to, kt), t);
    return t;
}

/// Reports every 6 minutes at `where`, drifting at `kt`, for `duration_ms`; returns the end time.
std::int64_t stay(VesselHarness& h, std::uint32_t mmsi, geo::LatLon where, double kt, std::int64_t t,
                  std::int64_t duration_ms, std::int64_t offset_ms = 0) {
    const std::int64_t end = t + duration_ms;
    for (; t <= end; t += 6 * minute_ms) h.tracker.update(position(mmsi, where, kt), t + offset_ms);
    return end;
}

TEST(VesselCaspianStory, AmirabadGapMeetingMakhachkalaInOrder) {
    track::SiteIndex sites;
    sites.add(port("IRAMD", "Bandar Amirabad", amirabad, 3'000, false));
    sites.add(port("RU-MAKHACHKALA", "Makhachkala", makhachkala, 15'000, true));
    sites.add(port("IRBND", "Bandar Anzali", {37.4725, 49.4622}, 3'000, false));
    sites.build();
    const track::MidFlags flags = track::MidFlags::bundled();
    VesselHarness h(&sites, {}, nullptr, &flags);

    std::int64_t t = t0_ms;
    h.tracker.update(voyage(cargo, "VOLGO-DON 5071", "UBVD7", 8'866'305), t);
    h.tracker.update(voyage(partner, "SHAHR-E KORD", "EPBX9", 9'283'019), t);
    // At the berth in Amirabad for 10 h, then out to sea.
    t = stay(h, cargo, geo::destination(amirabad, 0, 500), 0.0, t, 10 * hour_ms);
    const geo::LatLon offshore = geo::destination(amirabad, 330, 120'000);
    t = sail(h, cargo, geo::destination(amirabad, 0, 500), offshore, 10, t + 6 * minute_ms, 6 * minute_ms);
    // Dark for 11 hours: the next report comes from the meeting area.
    t += 11 * hour_ms;
    const std::int64_t dark_end = t;
    // Both ships drift within ~300 m for 2.5 h at about 1 kn; the cargo ship then lingers alone 2 h more.
    const geo::LatLon partner_spot = geo::destination(meeting, 45, 300);
    stay(h, partner, geo::destination(meeting, 200, 20'000), 9.0, t - hour_ms, 30 * minute_ms);
    for (std::int64_t s = 0; s <= 150 * minute_ms; s += 6 * minute_ms) {
        h.tracker.update(position(cargo, meeting, 0.8), t + s);
        h.tracker.update(position(partner, partner_spot, 1.1), t + s + 2 * minute_ms);
    }
    t += 150 * minute_ms;
    h.tracker.update(position(partner, geo::destination(meeting, 45, 6'000), 11), t + 30 * minute_ms);
    t = stay(h, cargo, meeting, 0.5, t + 6 * minute_ms, 2 * hour_ms);
    // To Makhachkala, 6 h alongside, and away again.
    const geo::LatLon berth = geo::destination(makhachkala, 90, 6'000);
    t = sail(h, cargo, meeting, berth, 10, t + 6 * minute_ms, 6 * minute_ms);
    t = stay(h, cargo, berth, 0.0, t + 6 * minute_ms, 6 * hour_ms);
    t = sail(h, cargo, berth, geo::destination(makhachkala, 90, 30'000), 8, t + 6 * minute_ms, 6 * minute_ms);
    h.tracker.finish(t + hour_ms);

    std::vector<const track::Event*> story;
    for (const auto& e : h.events) {
        const bool involves_cargo =
            std::any_of(e.objects.begin(), e.objects.end(),
                        [](const track::ObjectRef& o) { return o.id == "273310870"; });
        if (involves_cargo) story.push_back(&e);
    }
    std::vector<EventKind> kinds;
    for (const auto* e : story) kinds.push_back(e->kind);
    const std::vector<EventKind> expected{EventKind::port_visit, EventKind::ais_gap, EventKind::encounter,
                                          EventKind::loitering, EventKind::port_visit};
    ASSERT_EQ(kinds, expected);

    EXPECT_EQ(story[0]->sites.at(0).id, "IRAMD");
    EXPECT_FALSE(story[0]->sites.at(0).approximate);
    EXPECT_EQ(story[0]->objects.at(0).name, "VOLGO-DON 5071");
    EXPECT_EQ(story[0]->objects.at(0).country, "Russian Federation");

    const auto& gap = *story[1];
    EXPECT_GE(gap.end_ms - gap.start_ms, 11 * hour_ms);
    EXPECT_LT(gap.end_ms - gap.start_ms, 11 * hour_ms + 10 * minute_ms);
    EXPECT_EQ(gap.end_ms, dark_end);
    EXPECT_EQ(detail(gap, "likely_disabled"), "true");

    const auto& encounter = *story[2];
    ASSERT_EQ(encounter.objects.size(), 2U);
    EXPECT_EQ(encounter.objects[1].name, "SHAHR-E KORD");
    EXPECT_GE(encounter.end_ms - encounter.start_ms, 2 * hour_ms + 25 * minute_ms);
    EXPECT_EQ(detail(encounter, "median_distance_m"), "300");

    const auto& loiter = *story[3];
    EXPECT_GE(loiter.end_ms - loiter.start_ms, 4 * hour_ms);

    EXPECT_EQ(story[4]->sites.at(0).id, "RU-MAKHACHKALA");
    EXPECT_TRUE(story[4]->sites.at(0).approximate);
    EXPECT_EQ(detail(*story[4], "stopped"), "true");
}

}  // namespace
}  // namespace cp::test
