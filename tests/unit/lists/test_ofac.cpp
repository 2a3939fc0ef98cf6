// SPDX-License-Identifier: Apache-2.0
// OFAC loaders on the real bundled snapshots: the counts stated in shared/data/README.md, sample entities,
// snapshot selection, and whole-file rejection of malformed input.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include <gtest/gtest.h>

#include "lists/lists.hpp"
#include "test_data.hpp"

namespace cp::lists {
namespace {

namespace fs = std::filesystem;

const Entity* find_entity(const EntitySet& set, std::string_view id) {
    const auto it =
        std::find_if(set.entities.begin(), set.entities.end(), [&](const Entity& e) { return e.id == id; });
    return it == set.entities.end() ? nullptr : &*it;
}

std::size_t with_prop(const EntitySet& set, Schema schema, Prop prop) {
    return static_cast<std::size_t>(
        std::count_if(set.entities.begin(), set.entities.end(),
                      [&](const Entity& e) { return e.schema == schema && e.first(prop).has_value(); }));
}

class OfacSdn2024 : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const fs::path ofac = test::shared_data("lists/ofac");
        s_set = new EntitySet(load_ofac(select_ofac_files(ofac)));
    }
    static void TearDownTestSuite() {
        delete s_set;
        s_set = nullptr;
    }
    static EntitySet* s_set;  // NOLINT: shared by the suite, loaded once (4 MB of CSV)
};
EntitySet* OfacSdn2024::s_set = nullptr;

TEST_F(OfacSdn2024, DefaultSelectionComposesTheNewestSdnWithTheNearestAliasFiles) {
    const OfacFiles files = select_ofac_files(test::shared_data("lists/ofac"));
    EXPECT_EQ(files.primary.parent_path().filename(), "sdn_2024-05-03_jackdwyer");
    EXPECT_EQ(files.alt.parent_path().filename(), "watchman_2025-02");
    EXPECT_EQ(files.add.parent_path().filename(), "watchman_2025-02");
    EXPECT_EQ(files.comments.parent_path().filename(), "watchman_static_2024-01");
}

TEST_F(OfacSdn2024, HoldsEveryEntityOfSdnCsvByType) {
    EXPECT_EQ(s_set->entities.size(), 14965u);
    EXPECT_EQ(s_set->sources.front().records, 14965u);
    EXPECT_EQ(count(*s_set, Schema::person), 6854u);
    EXPECT_EQ(count(*s_set, Schema::legal_entity), 6884u);
}

TEST_F(OfacSdn2024, CarriesTheVesselIdentifiersTheReadmeCounts) {
    // README: "SDN carries 851 vessels (842 with IMO, 154 with MMSI)". 842 is what the pattern "IMO \d{7}"
    // finds; ents 37032 and 37043 write "IMO  8730455" with two spaces, so 844 vessels carry a valid IMO
    // (all 844 pass the check digit).
    EXPECT_EQ(count(*s_set, Schema::vessel), 851u);
    EXPECT_EQ(with_prop(*s_set, Schema::vessel, Prop::imo_number), 844u);
    EXPECT_EQ(with_prop(*s_set, Schema::vessel, Prop::mmsi), 154u);
}

TEST_F(OfacSdn2024, CarriesTheAircraftIdentifiersTheReadmeCounts) {
    // README: "376 aircraft (158 tail numbers, 326 serial numbers)": the rows that say "Tail Number" and
    // "Serial Number". T7-OKY (ent 36378) gives its tail as "Registration Number T7-OKY (San Marino)", and
    // three business jets (ents 27197, 27198, 27293) give "Aircraft Serial Identification": 159 and 329.
    // The other 217 are named by their registration (EP-MNS), which is then their registration too.
    EXPECT_EQ(count(*s_set, Schema::airplane), 376u);
    EXPECT_EQ(with_prop(*s_set, Schema::airplane, Prop::registration_number), 376u);
    EXPECT_EQ(with_prop(*s_set, Schema::airplane, Prop::serial_number), 329u);
}

TEST_F(OfacSdn2024, JoinsTheAliasesOfAltCsvByEntNum) {
    // README: 7,246 of the 14,965 entities have two or more names (18,018 aliases joined from alt.csv).
    std::size_t aliases = 0;
    std::size_t multi = 0;
    for (const Entity& entity : s_set->entities) {
        std::size_t names = 0;
        for (const Value& value : entity.values) {
            if (value.from.record_id.rfind("alt:", 0) == 0 &&
                (value.prop == Prop::alias || value.prop == Prop::previous_name)) {
                ++aliases;
                ++names;
            }
        }
        if (names > 0) ++multi;
    }
    EXPECT_EQ(multi, 7246u);
    // A few alt rows repeat the primary name or another alias exactly and are stored once.
    EXPECT_LE(aliases, 18018u);
    EXPECT_GE(aliases, 17900u);
}

TEST_F(OfacSdn2024, ParsesTheArtavilTankerWithProvenance) {
    const Entity* vessel = find_entity(*s_set, "ofac-sdn:15036");
    ASSERT_NE(vessel, nullptr);
    EXPECT_EQ(vessel->schema, Schema::vessel);
    EXPECT_EQ(vessel->first(Prop::name), "ARTAVIL");
    EXPECT_EQ(vessel->first(Prop::imo_number), "9187629");
    EXPECT_EQ(vessel->first(Prop::mmsi), "572469210");
    EXPECT_EQ(vessel->first(Prop::call_sign), "T2EU4");
    EXPECT_EQ(vessel->first(Prop::flag), "Iran");
    EXPECT_EQ(vessel->first(Prop::programme), "IRAN");
    // f.k.a. ALPHA from Remarks, then the alt.csv fka rows.
    EXPECT_EQ(vessel->all(Prop::previous_name), (std::vector<std::string_view>{"ALPHA", "ABADAN", "SHONA"}));
    for (const Value& value : vessel->values) {
        EXPECT_EQ(value.from.source, 0);
        EXPECT_FALSE(value.from.record_id.empty());
    }
    EXPECT_EQ(s_set->sources.front().key, "ofac-sdn");
}

TEST_F(OfacSdn2024, ParsesAnIl76WithItsSerialOperatorAndTail) {
    const Entity* plane = find_entity(*s_set, "ofac-sdn:15431");
    ASSERT_NE(plane, nullptr);
    EXPECT_EQ(plane->schema, Schema::airplane);
    EXPECT_EQ(plane->first(Prop::name), "EP-GOM");
    EXPECT_EQ(plane->first(Prop::serial_number), "1023409321");
    EXPECT_EQ(plane->first(Prop::operator_name), "YAS AIR");
    EXPECT_EQ(plane->first(Prop::model), "IL76-TD");
    EXPECT_EQ(plane->first(Prop::build_date), "1992");
    // No "Aircraft Tail Number" in its remarks: its name is its registration.
    EXPECT_EQ(plane->all(Prop::registration_number), (std::vector<std::string_view>{"EP-GOM"}));
}

TEST_F(OfacSdn2024, SplitsMultiProgrammeEntriesAndKeepsRemarksAkasAsWeakAliases) {
    const Entity* bank = find_entity(*s_set, "ofac-sdn:306");
    ASSERT_NE(bank, nullptr);
    EXPECT_EQ(bank->all(Prop::weak_alias), (std::vector<std::string_view>{"BNC"}));
    EXPECT_EQ(bank->all(Prop::alias), (std::vector<std::string_view>{"NATIONAL BANK OF CUBA"}));
    EXPECT_EQ(bank->first(Prop::address), "Zweierstrasse 35, Zurich CH-8022, Switzerland");
}

TEST_F(OfacSdn2024, ContinuesTruncatedRemarksFromSdnComments) {
    // ent 17018: Remarks stop at 1,000 characters inside "Listing Date (EO 14024 Directive 3)"; the
    // 2024-01 sdn_comments.csv row starts with ": 24 Feb 2022".
    const Entity* entity = find_entity(*s_set, "ofac-sdn:17018");
    ASSERT_NE(entity, nullptr);
    const auto dates = entity->all(Prop::listing_date);
    EXPECT_NE(std::find(dates.begin(), dates.end(), "2022-02-24"), dates.end());
}

TEST(OfacSnapshots, ChooseAnOlderFullSetByDate) {
    const fs::path ofac = test::shared_data("lists/ofac");
    const OfacFiles files = select_ofac_files(ofac, "2019-01");
    EXPECT_EQ(files.primary.parent_path().filename(), "watchman_2019-01");
    EXPECT_EQ(files.alt.parent_path().filename(), "watchman_2019-01");
    EXPECT_THROW((void)select_ofac_files(ofac, "watchman"), Error);  // ambiguous
    EXPECT_THROW((void)select_ofac_files(ofac, "1999-01"), Error);   // unknown
    LoadOptions options;
    options.ofac_snapshot = "2021-07";
    const EntitySet set = load_directory(ofac, options);
    ASSERT_EQ(set.sources.size(), 1u);
    EXPECT_EQ(set.sources.front().records, static_cast<std::uint64_t>(set.entities.size()));
    EXPECT_GT(set.entities.size(), 7000u);
}

TEST(OfacCons, LoadsTheNonSdnList) {
    const EntitySet set = load_ofac_cons(test::shared_data("lists/ofac_cons"));
    EXPECT_EQ(set.sources.front().key, "ofac-cons");
    EXPECT_EQ(set.entities.size(), 442u);
    const Entity* haniya = find_entity(set, "ofac-cons:9639");
    ASSERT_NE(haniya, nullptr);
    EXPECT_EQ(haniya->schema, Schema::person);
    EXPECT_EQ(haniya->first(Prop::birth_date), "1962");
    EXPECT_EQ(haniya->first(Prop::programme), "NS-PLC");
}

TEST(OfacBadInput, RejectsAWrongColumnCountWithFileAndLine) {
    const std::string good = "36,\"AERO\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";
    const std::string bad = good + "37,\"SHORT\",-0- ,\"CUBA\"\n";
    try {
        (void)parse_bytes(Format::ofac_primary, bad, "sdn.csv");
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(error.where().file, "sdn.csv");
        EXPECT_EQ(error.where().line, 2u);
    }
    EXPECT_EQ(parse_bytes(Format::ofac_primary, good, "sdn.csv").entities.size(), 1u);
}

TEST(OfacBadInput, RejectsATruncatedRealFileAndANonNumericEntNum) {
    const std::string real =
        "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"\n";
    EXPECT_THROW((void)parse_bytes(Format::ofac_primary, real.substr(0, real.size() - 10), "sdn.csv"),
                 InputError);
    EXPECT_THROW((void)parse_bytes(Format::ofac_primary, "X" + real, "sdn.csv"), InputError);
    EXPECT_THROW((void)parse_bytes(Format::ofac_primary, "1,\"A\",\"robot\",P,,,,,,,,\n", "sdn.csv"),
                 InputError);
}

TEST(OfacBadInput, FailsTheWholeSetWhenAnAliasFileIsBroken) {
    const fs::path dir = fs::temp_directory_path() / ("cp_lists_bad_alt_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "sdn.csv") << "36,\"AERO\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";
    std::ofstream(dir / "alt.csv") << "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \n36,13,\"aka\"\n";
    try {
        (void)load_ofac_sdn(dir);
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(fs::path(error.where().file).filename(), "alt.csv");
        EXPECT_EQ(error.where().line, 2u);
    }
    fs::remove_all(dir);
}

}  // namespace
}  // namespace cp::lists
