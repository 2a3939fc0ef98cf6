// SPDX-License-Identifier: Apache-2.0
// Watchlist: matching by each key with its normal form, the kind,value,label CSV and its errors, and the
// vessels and aircraft of the real OFAC SDN set (2024-05-03 composition, as loaded in test_ofac.cpp).
#include <algorithm>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "lists/lists.hpp"
#include "test_data.hpp"
#include "track/watchlist.hpp"

namespace cp::track {
namespace {

std::vector<std::string> labels(const std::vector<const WatchEntry*>& hits) {
    std::vector<std::string> out;
    for (const auto* hit : hits) out.push_back(hit->label);
    std::sort(out.begin(), out.end());
    return out;
}

Watchlist sample() {
    return parse_watchlist_csv("kind,value,label\n"
                               "icao,73 0a1b,bad spacing\n",
                               "never.csv");
}

TEST(Watchlist, MatchesAircraftByEachKey) {
    Watchlist list;
    EXPECT_TRUE(list.add({WatchKey::icao, "730a1b", "by icao", ""}));
    EXPECT_TRUE(list.add({WatchKey::registration, "ep-icd", "by reg", ""}));
    EXPECT_TRUE(list.add({WatchKey::callsign_prefix, "IRM", "Mahan", ""}));
    EXPECT_TRUE(list.add({WatchKey::aircraft_country, "Iran", "by country", ""}));
    EXPECT_EQ(list.size(), 4u);
    EXPECT_EQ(labels(list.match_aircraft(0x730A1B, "", "", "")), std::vector<std::string>{"by icao"});
    EXPECT_EQ(labels(list.match_aircraft(0x123456, "EPICD", "", "")), std::vector<std::string>{"by reg"});
    EXPECT_EQ(labels(list.match_aircraft(0x123456, "EP-ICD", "", "")), std::vector<std::string>{"by reg"});
    EXPECT_EQ(labels(list.match_aircraft(0x123456, "", "IRM1171 ", "")), std::vector<std::string>{"Mahan"});
    EXPECT_TRUE(list.match_aircraft(0x123456, "", "XIRM", "").empty());  // a prefix, not a substring
    EXPECT_EQ(labels(list.match_aircraft(0x123456, "", "", "IRAN")), std::vector<std::string>{"by country"});
    EXPECT_EQ(labels(list.match_aircraft(0x730A1B, "EP-ICD", "irm0001", "Iran")),
              (std::vector<std::string>{"Mahan", "by country", "by icao", "by reg"}));
    EXPECT_TRUE(list.match_aircraft(0x730A1C, "EP-ICE", "", "").empty());
    EXPECT_TRUE(list.match_vessel(0, 0, "EP-ICD", "").empty());  // keys do not cross
}

TEST(Watchlist, MatchesVesselsByEachKey) {
    Watchlist list;
    EXPECT_TRUE(list.add({WatchKey::mmsi, "273312000", "by mmsi", ""}));
    EXPECT_TRUE(list.add({WatchKey::imo, "IMO 9123456", "by imo", ""}));
    EXPECT_TRUE(list.add({WatchKey::vessel_name, "  port  olya 4 ", "by name", ""}));
    EXPECT_TRUE(list.add({WatchKey::call_sign, "ucm 7", "by call sign", ""}));
    EXPECT_EQ(list.entries()[1].value, "9123456");
    EXPECT_EQ(list.entries()[2].value, "PORT OLYA 4");
    EXPECT_EQ(labels(list.match_vessel(273312000, 0, "", "")), std::vector<std::string>{"by mmsi"});
    EXPECT_EQ(labels(list.match_vessel(0, 9123456, "", "")), std::vector<std::string>{"by imo"});
    EXPECT_EQ(labels(list.match_vessel(0, 0, "Port Olya  4", "")), std::vector<std::string>{"by name"});
    EXPECT_TRUE(list.match_vessel(0, 0, "PORT OLYA", "").empty());
    EXPECT_EQ(labels(list.match_vessel(0, 0, "", "UCM7")), std::vector<std::string>{"by call sign"});
    EXPECT_TRUE(list.match_vessel(0, 0, "", "").empty());
    EXPECT_TRUE(list.match_aircraft(273312, "", "", "").empty());
}

TEST(Watchlist, RefusesMalformedValues) {
    Watchlist list;
    EXPECT_FALSE(list.add({WatchKey::icao, "73A1B", "", ""}));
    EXPECT_FALSE(list.add({WatchKey::icao, "73A1BG", "", ""}));
    EXPECT_FALSE(list.add({WatchKey::mmsi, "27331200", "", ""}));
    EXPECT_FALSE(list.add({WatchKey::imo, "912345", "", ""}));
    EXPECT_FALSE(list.add({WatchKey::vessel_name, "   ", "", ""}));
    EXPECT_EQ(list.size(), 0u);
}

TEST(WatchlistCsv, ReadsKindValueLabel) {
    const auto list = parse_watchlist_csv("kind,value,label\n"
                                          "icao,730A1B,Iran Air Force IL-76\n"
                                          "registration,RA-78830,\"Russian AF Il-76, Chkalovsky\"\n"
                                          "callsign_prefix,RFF,Russian Air Force\n"
                                          "mmsi,273312000,listed\n"
                                          "imo,9123456,listed\n"
                                          "vessel_name,PORT OLYA 4,listed\n"
                                          "call_sign,UCM7,listed\n"
                                          "aircraft_country,Iran,all Iranian aircraft\n",
                                          "watch.csv");
    ASSERT_EQ(list.size(), 8u);
    EXPECT_EQ(list.entries()[1].label, "Russian AF Il-76, Chkalovsky");
    EXPECT_EQ(list.entries()[1].source, "watch.csv:3");
    EXPECT_EQ(list.match_aircraft(0x123456, "ra78830", "", "").size(), 1u);
    const auto no_label = parse_watchlist_csv("value,kind\n730A1B,icao\n", "two.csv");
    EXPECT_EQ(no_label.match_aircraft(0x730A1B, "", "", "").size(), 1u);
}

void expect_rejected(std::string_view csv, std::string_view what) {
    try {
        (void)parse_watchlist_csv(csv, "watch.csv");
        ADD_FAILURE() << "accepted: " << csv;
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find(what), std::string::npos) << e.what();
    }
}

TEST(WatchlistCsv, RejectsBadRowsNamingFileAndLine) {
    expect_rejected("kind,value\nicao,730A1B\nship,X\n", "watch.csv:3 (byte 23): unknown kind 'ship'");
    expect_rejected("kind,value\nicao,730A1\n", "watch.csv:2 (byte 11): icao must be 6 hex digits");
    expect_rejected("kind,value\nmmsi,2733120000\n", "watch.csv:2 (byte 11): mmsi must be 9 digits");
    expect_rejected("kind,value\nimo,IMO 91234567\n", "watch.csv:2 (byte 11): imo must be 7 digits");
    expect_rejected("kind,value\nvessel_name,\n", "watch.csv:2 (byte 11): vessel_name must be a non-empty");
    expect_rejected("kind,value\nicao\n", "watch.csv:2 (byte 11): expected 2 fields");
    expect_rejected("type,value\nicao,730A1B\n", "watch.csv:1 (byte 0): header must name");
    expect_rejected("", "watch.csv:1");
    EXPECT_THROW((void)sample(), InputError);
    EXPECT_THROW((void)load_watchlist_csv("/nonexistent/watch.csv"), Error);
}

class OfacWatchlist : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const auto set = lists::load_ofac(lists::select_ofac_files(test::shared_data("lists/ofac")));
        s_list = new Watchlist();
        s_added = add_list_entities(*s_list, set);
    }
    static void TearDownTestSuite() {
        delete s_list;
        s_list = nullptr;
    }
    static std::size_t count(WatchKey key) {
        return static_cast<std::size_t>(std::count_if(s_list->entries().begin(), s_list->entries().end(),
                                                      [&](const WatchEntry& e) { return e.key == key; }));
    }
    static Watchlist* s_list;  // NOLINT: loaded once for the suite (4 MB of CSV)
    static std::size_t s_added;
};
Watchlist* OfacWatchlist::s_list = nullptr;
std::size_t OfacWatchlist::s_added = 0;

TEST_F(OfacWatchlist, TakesEveryVesselImoAndTailNumber) {
    EXPECT_EQ(s_added, s_list->size());
    // test_ofac.cpp: 844 vessels carry a valid IMO, every one of the 376 aircraft a registration (159 as a
    // tail number in the remarks, 217 as their name; one value each).
    EXPECT_EQ(count(WatchKey::imo), 844u);
    EXPECT_EQ(count(WatchKey::registration), 376u);
    EXPECT_GE(count(WatchKey::mmsi), 150u);
    EXPECT_GE(count(WatchKey::vessel_name), 851u);  // every vessel has a name, many have former names
}

TEST_F(OfacWatchlist, FindsAListedVesselByImoAndName) {
    // The first listed IMO number of the 9xxxxxx series (ships numbered since the 1990s).
    const WatchEntry* first_imo = nullptr;
    for (const auto& entry : s_list->entries()) {
        if (entry.key == WatchKey::imo && entry.value.starts_with('9')) {
            first_imo = &entry;
            break;
        }
    }
    ASSERT_NE(first_imo, nullptr);
    EXPECT_EQ(first_imo->value.size(), 7u);
    EXPECT_TRUE(first_imo->source.starts_with("ofac-sdn:")) << first_imo->source;
    const auto imo = static_cast<std::uint32_t>(std::stoul(first_imo->value));
    const auto hits = s_list->match_vessel(0, imo, "", "");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front()->label, first_imo->label);
    EXPECT_NE(first_imo->label.find('('), std::string::npos) << first_imo->label;  // names the programme
    // The same entity's name matches too, after normalisation.
    for (const auto& entry : s_list->entries()) {
        if (entry.key == WatchKey::vessel_name && entry.source == first_imo->source) {
            std::string lower = entry.value;
            for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            EXPECT_FALSE(s_list->match_vessel(0, 0, lower, "").empty()) << lower;
            break;
        }
    }
}

TEST_F(OfacWatchlist, FindsAListedAircraftByTailNumberWithoutDash) {
    const auto it = std::find_if(s_list->entries().begin(), s_list->entries().end(),
                                 [](const WatchEntry& e) { return e.key == WatchKey::registration; });
    ASSERT_NE(it, s_list->entries().end());
    EXPECT_EQ(it->value.find('-'), std::string::npos);
    EXPECT_FALSE(s_list->match_aircraft(0, it->value, "", "").empty());
    // EP-MNS (Mahan Air) is listed by its registration alone, with no tail number in its remarks.
    const auto mahan = s_list->match_aircraft(0, "EP-MNS", "", "");
    ASSERT_FALSE(mahan.empty());
    EXPECT_EQ(mahan.front()->source, "ofac-sdn:15467");
}

}  // namespace
}  // namespace cp::track
