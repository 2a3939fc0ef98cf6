// SPDX-License-Identifier: Apache-2.0
// Real data: the 82k-message AISHub capture (3 minutes of a live feed, no tag-block times) through the NMEA
// assembler, the decoder and the vessel tracker, with a time that advances evenly over its lines. Three
// minutes are too short for a gap, an encounter, loitering or a port visit: none may appear. Position jumps
// that do fire were checked one by one (see the test).
#include <cmath>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "io/io.hpp"
#include "io/line_reader.hpp"
#include "test_data.hpp"
#include "test_vessel_support.hpp"

namespace cp::test {
namespace {

using track::EventKind;

struct ReplayResult {
    std::vector<track::Event> events;
    std::size_t vessels = 0;
    std::size_t messages = 0;
    std::uint64_t lone_bad_fixes = 0;
};

ReplayResult replay_sample() {
    const std::string text = io::read_file(shared_data("ais/samples/ais-nmea-sample.log").string());
    std::size_t total_lines = 0;
    for (const char c : text) total_lines += c == '\n' ? 1 : 0;
    const track::SiteIndex sites = track::bundled_sites();
    const track::MidFlags flags = track::MidFlags::bundled();
    ReplayResult result;
    track::Context ctx;
    ctx.sites = &sites;
    ctx.mid_flags = &flags;
    ctx.sink = [&](track::Event&& e) { result.events.push_back(std::move(e)); };
    track::VesselTracker tracker(ctx);

    ais::Assembler assembler;
    ais::PayloadBits bits;
    io::LineCursor cursor(text);
    io::LineView line;
    std::int64_t t = t0_ms;
    while (cursor.next(line)) {
        // 180 s spread evenly over the lines: the capture has no reception times.
        t = t0_ms + static_cast<std::int64_t>(line.number) * 180'000 / static_cast<std::int64_t>(total_lines);
        const auto fed = assembler.feed(line.text, {line.number, line.byte_offset});
        ais::Notice notice;
        while (assembler.next_notice(notice)) {
        }
        if (!fed || !*fed) continue;
        const ais::NmeaPayload& payload = assembler.payload();
        if (!ais::dearmor(payload.armored, payload.fill_bits, bits)) continue;
        const auto msg = ais::decode(bits.view());
        if (!msg) continue;
        tracker.update(*msg, t);
        ++result.messages;
    }
    tracker.finish(t);
    result.vessels = tracker.size();
    result.lone_bad_fixes = tracker.lone_bad_fixes();
    return result;
}

std::string fmt_points(const track::Event& e) {
    std::string out;
    for (const auto& p : e.evidence)
        out += std::to_string(p.position.lat_deg) + "," + std::to_string(p.position.lon_deg) + " ";
    return out;
}

/// Why a position_jump of the capture is real, or "" when the test cannot say.
std::string explain_jump(const track::Event& e, const std::map<std::string, int>& names_per_mmsi) {
    const std::string& mmsi = e.objects[0].id;
    const geo::LatLon held = e.evidence.at(0).position;
    const geo::LatLon jumped = e.evidence.at(1).position;
    // Placeholder MMSIs (fewer than 9 digits, repeated digits, xx0000000) are set by many transmitters.
    const bool placeholder = mmsi.size() < 9 || mmsi.find_first_not_of(mmsi[0]) == std::string::npos ||
                             mmsi.substr(3) == "000000" || mmsi == "123456789" || mmsi == "412123456";
    if (placeholder) return "placeholder MMSI shared by several ships";
    const auto names = names_per_mmsi.find(mmsi);
    if (names != names_per_mmsi.end() && names->second >= 1) return "MMSI announced with several names";
    if (std::stoi(detail(e, "rejected")) >= 2) {
        return "reports alternate between two places: two ships on one MMSI";
    }
    // One coordinate kept to 1/1000 degree while the other is far off: one field of the report is corrupt
    // (inland transponders around Rotterdam/Antwerp send longitudes near 0.007 or lone bad latitudes).
    if (std::fabs(held.lon_deg - jumped.lon_deg) < 0.01 || std::fabs(held.lat_deg - jumped.lat_deg) < 0.01 ||
        std::fabs(held.lon_deg) < 0.01 || std::fabs(jumped.lon_deg) < 0.01 || std::fabs(held.lat_deg) < 0.1) {
        return "one coordinate corrupt";
    }
    // Checked by hand: one report 12 km off near Antwerp, contradicted by the next (a bad fix).
    if (mmsi == "205203390" && detail(e, "rejected") == "1") return "single bad fix";
    return "";
}

TEST(VesselReplay, RealCaptureGivesNoInventedEvents) {
    const ReplayResult r = replay_sample();
    EXPECT_GT(r.messages, 80'000U);
    EXPECT_GT(r.vessels, 1'000U);
    std::map<EventKind, int> counts;
    std::map<std::string, int> names_per_mmsi;
    for (const auto& e : r.events) {
        ++counts[e.kind];
        if (e.kind == EventKind::identity_change && detail(e, "field") == "\"name\"")
            ++names_per_mmsi[e.objects[0].id];
    }
    std::vector<std::string> unexplained;
    for (const auto& e : r.events) {
        if (e.kind == EventKind::port_visit) std::printf("%s\n", track::to_json_line(e).c_str());
        if (e.kind != EventKind::position_jump) continue;
        ASSERT_EQ(e.evidence.size(), 2U);
        const std::string why = explain_jump(e, names_per_mmsi);
        if (why.empty()) unexplained.push_back(e.objects[0].id + ": " + e.summary + " | " + fmt_points(e));
    }
    for (const auto& line : unexplained) std::printf("unexplained jump %s\n", line.c_str());
    EXPECT_EQ(counts[EventKind::ais_gap], 0);
    EXPECT_EQ(counts[EventKind::encounter], 0);
    EXPECT_EQ(counts[EventKind::loitering], 0);
    EXPECT_EQ(counts[EventKind::port_visit], 0);
    // 65 jump episodes: 43 are one report far off the track that the next report contradicts (bad fixes: no
    // event, counted), 22 are shared MMSIs, repeated bad fixes or unresolved jumps, each explained above.
    EXPECT_EQ(counts[EventKind::position_jump], 22);
    EXPECT_EQ(r.lone_bad_fixes, 43U);
    EXPECT_EQ(counts[EventKind::identity_change], 18);
    EXPECT_EQ(unexplained.size(), 0U);
}

}  // namespace
}  // namespace cp::test
