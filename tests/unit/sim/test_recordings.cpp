// SPDX-License-Identifier: Apache-2.0
// write_recordings(): two runs give identical bytes; every Beast/AVR/hexcsv frame and NMEA sentence written
// decodes with our decoders without an error, in time order, with the counts of the manifest; positions
// decode back to the scripted truth; squawk 7700, transponder gaps and identity changes show in the messages;
// and the two demo stories (data/scenarios) keep their promises: ground stop, 11 h dark, meeting < 300 m
// apart at
// >= 40 km from any bundled port, sizes under 3 MB per file.
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "adsb/adsb.hpp"
#include "ais/ais.hpp"
#include "io/io.hpp"
#include "sim/scenario.hpp"
#include "sim/sim.hpp"
#include "test_data.hpp"
#include "track/sites.hpp"

namespace {

namespace fs = std::filesystem;

const cp::track::SiteIndex& sites() {
    static const cp::track::SiteIndex index = cp::track::bundled_sites();
    return index;
}

cp::sim::Scenario load(const std::string& name) {
    const auto path = cp::test::source_file("data/scenarios/" + name).string();
    return cp::sim::parse_scenario(cp::io::read_file(path), path, sites());
}

fs::path temp_dir(const std::string& tag) {
    const auto dir = fs::temp_directory_path() / ("cp_sim_" + tag + "_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    return dir;
}

struct AdsbSeen {
    std::size_t frames = 0;
    std::int64_t last_ms = 0;
    std::set<std::uint16_t> squawks;
    std::set<std::uint8_t> emergencies;
    std::vector<std::pair<std::int64_t, cp::geo::LatLon>> positions;
    std::size_t rejected = 0;
    std::size_t zone_mismatches = 0;
};

// NL zone boundaries the flights of `aircraft` cross: at most one zone_mismatch each.
int nl_crossings(const cp::sim::Aircraft& aircraft) {
    int crossings = 0;
    for (const auto& leg : aircraft.legs) {
        if (leg.kind == cp::sim::AircraftLeg::Kind::flight) {
            crossings +=
                std::abs(cp::adsb::cpr::nl(leg.from.lat_deg) - cp::adsb::cpr::nl(leg.to.lat_deg)) + 1;
        }
    }
    return crossings;
}

// Decodes adsb.csv (Unix times) through decode() and a PositionDecoder; fails the test on any error.
AdsbSeen read_adsb(const fs::path& csv) {
    AdsbSeen seen;
    cp::adsb::PositionDecoder decoder;
    const std::string text = cp::io::read_file(csv.string());
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string_view line(text.data() + start, end - start);
        start = end + 1;
        const auto frame = cp::adsb::parse_hexcsv_line(line, {});
        EXPECT_TRUE(frame.has_value()) << line;
        if (!frame) continue;
        auto msg = cp::adsb::decode(frame->data(), {});
        EXPECT_TRUE(msg.has_value()) << line;
        if (!msg) continue;
        const auto t_ms = static_cast<std::int64_t>(std::llround(frame->timestamp_unix_s * 1000));
        EXPECT_GE(t_ms, seen.last_ms) << "out of time order: " << line;
        seen.last_ms = t_ms;
        ++seen.frames;
        decoder.update(*msg, t_ms);
        if (msg->squawk) seen.squawks.insert(*msg->squawk);
        if (msg->emergency) seen.emergencies.insert(*msg->emergency);
        if (msg->lat_deg) seen.positions.push_back({t_ms, {*msg->lat_deg, *msg->lon_deg}});
        // An even/odd pair straddling an NL boundary is rejected as real ones are (once per crossing);
        // no pair / no reference happen at the start and after gaps. Anything else is an encoder bug.
        if (msg->has_cpr && msg->position_reject == cp::adsb::PositionReject::zone_mismatch)
            ++seen.zone_mismatches;
        if (msg->has_cpr && !msg->lat_deg && msg->position_reject != cp::adsb::PositionReject::no_pair &&
            msg->position_reject != cp::adsb::PositionReject::no_reference &&
            msg->position_reject != cp::adsb::PositionReject::zone_mismatch) {
            ++seen.rejected;
            ADD_FAILURE() << "position rejected (" << cp::adsb::to_string(msg->position_reject)
                          << "): " << line;
        }
    }
    return seen;
}

struct AisSeen {
    std::size_t messages = 0;
    std::map<std::uint32_t, std::vector<std::pair<std::int64_t, cp::geo::LatLon>>> positions;
    std::map<std::uint32_t, std::set<std::string>> names;
    std::map<std::uint32_t, std::set<std::uint32_t>> imos;
    std::set<std::uint8_t> types;
};

AisSeen read_ais(const fs::path& nmea) {
    AisSeen seen;
    cp::ais::Assembler assembler;
    cp::ais::PayloadBits bits;
    const std::string text = cp::io::read_file(nmea.string());
    std::size_t start = 0;
    std::uint64_t line_no = 0;
    std::int64_t last_ms = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string_view line(text.data() + start, end - start);
        start = end + 1;
        const auto fed = assembler.feed(line, {++line_no, 0});
        EXPECT_TRUE(fed.has_value()) << line;
        cp::ais::Notice notice;
        EXPECT_FALSE(assembler.next_notice(notice)) << line;
        if (!fed || !*fed) continue;
        const auto& payload = assembler.payload();
        EXPECT_TRUE(payload.t_unix_ms.has_value()) << line;
        if (!payload.t_unix_ms) continue;
        EXPECT_GE(*payload.t_unix_ms, last_ms);
        last_ms = *payload.t_unix_ms;
        EXPECT_TRUE(cp::ais::dearmor(payload.armored, payload.fill_bits, bits).has_value());
        const auto msg = cp::ais::decode(bits.view());
        EXPECT_TRUE(msg.has_value()) << line;
        if (!msg) continue;
        ++seen.messages;
        seen.types.insert(msg->type);
        if (const auto* pos = std::get_if<cp::ais::PositionReport>(&msg->body)) {
            seen.positions[msg->mmsi].push_back({last_ms, {pos->lat / 600'000.0, pos->lon / 600'000.0}});
        }
        if (const auto* data = std::get_if<cp::ais::StaticVoyageData>(&msg->body)) {
            seen.names[msg->mmsi].insert(std::string(data->shipname.view()));
            seen.imos[msg->mmsi].insert(data->imo);
        }
    }
    return seen;
}

std::uint64_t manifest_count(const fs::path& dir, const std::string& file) {
    const auto doc = nlohmann::json::parse(cp::io::read_file((dir / "manifest.json").string()));
    for (const auto& entry : doc["files"]) {
        if (entry["path"] == file) return entry["messages"].get<std::uint64_t>();
    }
    return 0;
}

}  // namespace

TEST(SimRecordings, TwoRunsWriteIdenticalBytes) {
    const auto scenario = load("squawk_7700_test.json");
    const auto first = temp_dir("a");
    const auto second = temp_dir("b");
    const auto set = cp::sim::write_recordings(scenario, first.string());
    (void)cp::sim::write_recordings(scenario, second.string());
    ASSERT_EQ(set.files.size(), 4U);
    for (const char* name : {"adsb.beast", "adsb.avr", "adsb.csv", "ais.nmea", "manifest.json"}) {
        EXPECT_EQ(cp::io::read_file((first / name).string()), cp::io::read_file((second / name).string()))
            << name;
    }
    fs::remove_all(first);
    fs::remove_all(second);
}

TEST(SimRecordings, TestScenarioDecodesCleanlyWithItsEvents) {
    const auto scenario = load("squawk_7700_test.json");
    const auto dir = temp_dir("test");
    (void)cp::sim::write_recordings(scenario, dir.string());
    const AdsbSeen adsb = read_adsb(dir / "adsb.csv");
    EXPECT_EQ(adsb.frames, manifest_count(dir, "adsb.csv"));
    EXPECT_EQ(adsb.rejected, 0U);
    EXPECT_LE(adsb.zone_mismatches, static_cast<std::size_t>(nl_crossings(scenario.aircraft[0])));
    EXPECT_TRUE(adsb.squawks.contains(07700));
    EXPECT_TRUE(adsb.squawks.contains(02000));
    EXPECT_TRUE(adsb.emergencies.contains(1));
    ASSERT_FALSE(adsb.positions.empty());
    double worst_m = 0;
    std::int64_t longest_gap_ms = 0;
    for (std::size_t idx = 0; idx < adsb.positions.size(); ++idx) {
        const auto& [t_ms, pos] = adsb.positions[idx];
        worst_m = std::max(worst_m,
                           cp::geo::distance_m(pos, cp::sim::aircraft_state(scenario.aircraft[0], t_ms).pos));
        if (idx > 0) longest_gap_ms = std::max(longest_gap_ms, t_ms - adsb.positions[idx - 1].first);
    }
    EXPECT_LT(worst_m, 10.0);                         // CPR quantisation only
    EXPECT_NEAR(longest_gap_ms, 20 * 60'000, 5'000);  // the silent step
    const AisSeen ais = read_ais(dir / "ais.nmea");
    EXPECT_EQ(ais.messages, manifest_count(dir, "ais.nmea"));
    EXPECT_TRUE(ais.types.contains(1) && ais.types.contains(5) && ais.types.contains(18) &&
                ais.types.contains(24));
    EXPECT_EQ(ais.names.at(273000111), (std::set<std::string>{"OLD NAME", "NEW NAME"}));
    EXPECT_EQ(ais.imos.at(273000111), (std::set<std::uint32_t>{9573165, 9487213}));
    EXPECT_TRUE(ais.positions.contains(273000222));  // continues under the new MMSI
    fs::remove_all(dir);
}

TEST(SimRecordings, BeastAndAvrCarryTheSameFramesAsHexcsv) {
    const auto scenario = load("squawk_7700_test.json");
    const auto dir = temp_dir("frames");
    const auto set = cp::sim::write_recordings(scenario, dir.string());
    const std::string beast = cp::io::read_file((dir / "adsb.beast").string());
    cp::adsb::BeastFramer framer;
    framer.feed({reinterpret_cast<const std::uint8_t*>(beast.data()), beast.size()});
    framer.finish();
    std::size_t beast_frames = 0;
    while (auto frame = framer.next()) {
        ASSERT_TRUE(frame->has_value());
        ++beast_frames;
    }
    const std::string avr = cp::io::read_file((dir / "adsb.avr").string());
    std::size_t avr_frames = 0;
    std::size_t start = 0;
    while (start < avr.size()) {
        const std::size_t end = avr.find('\n', start);
        ASSERT_TRUE(
            cp::adsb::parse_avr_line(std::string_view(avr).substr(start, end - start), {}).has_value());
        ++avr_frames;
        start = end + 1;
    }
    EXPECT_EQ(beast_frames, set.files[0].messages);
    EXPECT_EQ(avr_frames, set.files[0].messages);
    fs::remove_all(dir);
}

TEST(SimRecordings, Il76StoryFliesStandsThreeHoursAndReturns) {
    const auto scenario = load("il76_moscow_tehran.json");
    const auto& aircraft = scenario.aircraft.at(0);
    EXPECT_EQ(aircraft.icao >> 20, 1U);  // Russia's block 0x100000-0x1FFFFF
    ASSERT_EQ(aircraft.legs.size(), 5U);
    EXPECT_EQ(aircraft.legs[2].to_site, "OIII");
    EXPECT_EQ(aircraft.legs[2].time.end_ms - aircraft.legs[2].time.start_ms, (3 * 60 + 5) * 60'000);
    const auto dir = temp_dir("il76");
    (void)cp::sim::write_recordings(scenario, dir.string());
    for (const char* name : {"adsb.beast", "adsb.avr", "adsb.csv"}) {
        EXPECT_LT(fs::file_size(dir / name), 3'000'000U) << name;
    }
    const AdsbSeen adsb = read_adsb(dir / "adsb.csv");
    EXPECT_EQ(adsb.rejected, 0U);
    EXPECT_LE(adsb.zone_mismatches, static_cast<std::size_t>(nl_crossings(aircraft)));
    EXPECT_GT(adsb.positions.size(), 9'000U);  // 6 h 40 min airborne at one position per 2.5 s
    EXPECT_FALSE(adsb.squawks.contains(07700));
    fs::remove_all(dir);
}

TEST(SimRecordings, CaspianStoryGoesDarkAndMeetsFarFromPorts) {
    const auto scenario = load("caspian_cargo.json");
    ASSERT_EQ(scenario.vessels.size(), 2U);
    const auto& trader = scenario.vessels[0];
    const auto& other = scenario.vessels[1];
    EXPECT_EQ(trader.identity.mmsi / 1'000'000, 273U);
    EXPECT_EQ(other.identity.mmsi / 1'000'000, 422U);
    EXPECT_TRUE(cp::sim::valid_imo(trader.identity.imo));
    EXPECT_TRUE(cp::sim::valid_imo(other.identity.imo));
    // The meeting: both drift for 2 h 30 min, < 300 m apart, < 2 kn, >= 40 km from every bundled port.
    const auto& drift = trader.legs.at(3);
    ASSERT_EQ(drift.kind, cp::sim::VesselLeg::Kind::drift);
    for (std::int64_t t_ms = drift.time.start_ms; t_ms < drift.time.end_ms; t_ms += 60'000) {
        const auto a = cp::sim::vessel_state(trader, t_ms);
        const auto b = cp::sim::vessel_state(other, t_ms);
        ASSERT_LT(cp::geo::distance_m(a.pos, b.pos), 300.0) << t_ms;
        ASSERT_LT(std::max(a.sog_kt, b.sog_kt), 2.0);
        ASSERT_GE(sites().distance_to_nearest(a.pos, {cp::track::SiteKind::port}, 100'000), 40'000.0);
    }
    const auto dir = temp_dir("caspian");
    (void)cp::sim::write_recordings(scenario, dir.string());
    EXPECT_LT(fs::file_size(dir / "ais.nmea"), 3'000'000U);
    EXPECT_FALSE(fs::exists(dir / "adsb.beast"));  // no aircraft: no ADS-B files
    const AisSeen ais = read_ais(dir / "ais.nmea");
    const auto& reports = ais.positions.at(trader.identity.mmsi);
    std::int64_t longest_gap_ms = 0;
    for (std::size_t idx = 1; idx < reports.size(); ++idx) {
        longest_gap_ms = std::max(longest_gap_ms, reports[idx].first - reports[idx - 1].first);
        const double truth_m =
            cp::geo::distance_m(reports[idx].second, cp::sim::vessel_state(trader, reports[idx].first).pos);
        ASSERT_LT(truth_m, 10.0);  // 3 m of jitter plus the 0.0001-minute field step
    }
    EXPECT_NEAR(static_cast<double>(longest_gap_ms) / 3.6e6, 11.0, 0.01);
    EXPECT_TRUE(ais.names.at(trader.identity.mmsi).contains("KASPIY TRADER"));
    fs::remove_all(dir);
}
