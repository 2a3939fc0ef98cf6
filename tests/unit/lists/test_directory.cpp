// SPDX-License-Identifier: Apache-2.0
// load_directory over all bundled lists: one snapshot per list, provenance on every value, filters, and
// the entity model's FtM names.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "lists/lists.hpp"
#include "test_data.hpp"

namespace cp::lists {
namespace {

TEST(LoadDirectory, LoadsEveryBundledListOnceWithProvenanceOnEveryValue) {
    const EntitySet set = load_directory(test::shared_data("lists"));
    std::vector<std::string> keys;
    for (const Source& source : set.sources) keys.push_back(source.key);
    EXPECT_EQ(keys, (std::vector<std::string>{"ofac-sdn", "ofac-cons", "un", "uk", "bis-dpl", "csl"}));
    // 14,965 SDN + 442 non-SDN + 1,003 UN + 5,302 UK + 459 BIS (2022-09) + 13 CSL (2025-06).
    EXPECT_EQ(set.entities.size(), 14965u + 442u + 1003u + 5302u + 459u + 13u);
    std::set<std::string> ids;
    for (const Entity& entity : set.entities) {
        ids.insert(entity.id);
        ASSERT_FALSE(entity.values.empty()) << entity.id;
        const std::uint16_t source = entity.values.front().from.source;
        ASSERT_LT(source, set.sources.size());
        EXPECT_EQ(entity.id.rfind(set.sources[source].key + ":", 0), 0u) << entity.id;
        for (const Value& value : entity.values) {
            EXPECT_EQ(value.from.source, source);
            EXPECT_FALSE(value.text.empty());
        }
    }
    EXPECT_EQ(ids.size(), set.entities.size());  // ids are unique across lists
    // Older BIS and CSL snapshots and the non-list files are reported, not loaded.
    EXPECT_TRUE(std::any_of(set.skipped.begin(), set.skipped.end(), [](const std::string& s) {
        return s.find("dpl_2019-06.txt") != std::string::npos;
    }));
}

TEST(LoadDirectory, FiltersSourcesAndLoadsAllSnapshotsOnRequest) {
    LoadOptions options;
    options.only_sources = {"bis-dpl"};
    options.all_snapshots = true;
    const EntitySet set = load_directory(test::shared_data("lists"), options);
    ASSERT_EQ(set.sources.size(), 2u);
    EXPECT_NE(set.sources[0].path.find("dpl_2019-06"), std::string::npos);
    EXPECT_NE(set.sources[1].path.find("dpl_2022-09"), std::string::npos);
}

TEST(LoadDirectory, TakesExplicitOfacFilesOverDiscovery) {
    LoadOptions options;
    options.only_sources = {"ofac-sdn"};
    options.ofac_files.primary = test::shared_data("lists/ofac/watchman_2019-01/sdn.csv");
    const EntitySet set = load_directory(test::shared_data("lists/ofac"), options);
    ASSERT_EQ(set.sources.size(), 1u);
    EXPECT_EQ(set.sources.front().files.size(), 1u);
    EXPECT_GT(set.entities.size(), 5000u);
}

TEST(LoadDirectory, ThrowsForAMissingFolder) {
    EXPECT_THROW((void)load_directory("/nonexistent/lists"), Error);
}

TEST(EntityModel, SpellsSchemasAndPropertiesAsFollowTheMoneyAndParsesThemBack) {
    for (const Schema schema : {Schema::legal_entity, Schema::person, Schema::company, Schema::organization,
                                Schema::vessel, Schema::airplane}) {
        EXPECT_EQ(parse_schema(to_string(schema)), schema);
    }
    EXPECT_EQ(to_string(Schema::airplane), "Airplane");
    for (int idx = 0; idx <= static_cast<int>(Prop::icao24); ++idx) {
        const auto prop = static_cast<Prop>(idx);
        EXPECT_EQ(parse_prop(to_string(prop)), prop) << to_string(prop);
    }
    EXPECT_EQ(to_string(Prop::weak_alias), "weakAlias");
    EXPECT_EQ(to_string(Prop::imo_number), "imoNumber");
    EXPECT_EQ(to_string(Prop::operator_name), "operator");
    EXPECT_EQ(parse_prop("programme"), Prop::programme);
    EXPECT_FALSE(parse_prop("topics").has_value());
    EXPECT_FALSE(parse_schema("Address").has_value());
}

TEST(EntityModel, AnswersAllAndFirstInLoadOrder) {
    Entity entity;
    entity.values = {{Prop::name, "A", {}}, {Prop::alias, "B", {}}, {Prop::alias, "C", {}}};
    EXPECT_EQ(entity.first(Prop::alias), "B");
    EXPECT_EQ(entity.all(Prop::alias), (std::vector<std::string_view>{"B", "C"}));
    EXPECT_FALSE(entity.first(Prop::mmsi).has_value());
    EXPECT_TRUE(entity.all(Prop::mmsi).empty());
}

}  // namespace
}  // namespace cp::lists
