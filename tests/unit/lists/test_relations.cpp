// SPDX-License-Identifier: Apache-2.0
// Relations between listed parties: OFAC Remarks "Linked To:" on the real SDN set and on small hand-made
// rows (ambiguous and unknown names), FollowTheMoney link entities, merging, and relations_of().
#include <algorithm>

#include <gtest/gtest.h>

#include "lists/detail/ofac_remarks.hpp"
#include "lists/detail/relations.hpp"
#include "lists/lists.hpp"
#include "test_data.hpp"

namespace cp::lists {
namespace {

const Entity* find_named(const EntitySet& set, std::string_view name) {
    const auto it = std::find_if(set.entities.begin(), set.entities.end(),
                                 [&](const Entity& e) { return e.first(Prop::name) == name; });
    return it == set.entities.end() ? nullptr : &*it;
}

std::string ofac_row(std::string_view ent_num, std::string_view name, std::string_view type,
                     std::string_view remarks) {
    return std::string(ent_num) + ",\"" + std::string(name) + "\",\"" + std::string(type) +
           "\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"" + std::string(remarks) + "\"\n";
}

TEST(RelationNames, KeyIgnoresCasePunctuationAndSpacingButKeepsNonLatinBytes) {
    EXPECT_EQ(detail::name_key("Pouya Air."), "POUYA AIR");
    EXPECT_EQ(detail::name_key("  POUYA   AIR "), "POUYA AIR");
    EXPECT_EQ(detail::name_key("AL-QA'IDA"), "AL QA IDA");
    EXPECT_EQ(detail::name_key("\xD0\x9C\xD0\x98\xD0\xA0 1"), "\xD0\x9C\xD0\x98\xD0\xA0 1");
    EXPECT_NE(detail::name_key("POUYA AIR"), detail::name_key("POUYA AIRLINES"));
}

TEST(RelationRemarks, EveryLinkedToStatementGivesOneNameWithoutTheFinalPeriod) {
    std::vector<detail::Remark> remarks;
    std::vector<std::string> linked;
    detail::parse_remarks("DOB 1970; Linked To: ALPHA CO.; alt. Linked To: BETA LTD; Linked To: GAMMA S.A.",
                          remarks, &linked);
    EXPECT_EQ(linked, (std::vector<std::string>{"ALPHA CO", "BETA LTD", "GAMMA S.A"}));
    // The statements also stay as notes: the record's text is unchanged by relation extraction.
    EXPECT_EQ(std::count_if(remarks.begin(), remarks.end(),
                            [](const detail::Remark& r) { return r.prop == Prop::notes; }),
              3);
}

TEST(RelationOfac, ResolvesOnlyUniqueNamesWithinTheSourceAndKeepsTheRest) {
    const std::string csv =
        ofac_row("1", "ALPHA AIR", "-0- ", "Website alpha.example") +
        ofac_row("2", "TWIN CO", "-0- ", "-0- ") + ofac_row("3", "TWIN CO.", "-0- ", "-0- ") +
        ofac_row("4", "EP-XXX", "aircraft", "Linked To: Alpha Air.; Linked To: TWIN CO.") +
        ofac_row("5", "EP-YYY", "aircraft", "Linked To: NOBODY LISTED.");
    const EntitySet set = parse_bytes(Format::ofac_primary, csv, "hand.csv");
    ASSERT_EQ(set.relations.size(), 3u);
    const Relation& alpha = set.relations[0];
    EXPECT_EQ(alpha.from_id, "ofac-sdn:4");
    EXPECT_EQ(alpha.to_id, "ofac-sdn:1");
    EXPECT_EQ(alpha.to_name, "Alpha Air");
    EXPECT_EQ(alpha.kind, "linkedTo");
    EXPECT_EQ(alpha.source, "ofac-sdn");
    EXPECT_EQ(alpha.record, "4");
    EXPECT_EQ(set.relations[1].to_name, "TWIN CO");
    EXPECT_EQ(set.relations[1].to_id, "");  // two entries carry the name: not guessed
    EXPECT_EQ(set.relations[2].to_id, "");  // not on the list
    EXPECT_EQ(set.relations[2].to_name, "NOBODY LISTED");
    EXPECT_EQ(relations_of(set, "ofac-sdn:1").size(), 1u);
    EXPECT_EQ(relations_of(set, "ofac-sdn:4").size(), 2u);
    EXPECT_TRUE(relations_of(set, "").empty());  // unresolved ends are not "everyone's" relations
}

TEST(RelationOfac, MergedSetsKeepRelationsAndTheirIdsPointAtMergedEntities) {
    EntitySet first = parse_bytes(Format::ofac_primary,
                                  ofac_row("1", "ALPHA AIR", "-0- ", "-0- ") +
                                      ofac_row("4", "EP-XXX", "aircraft", "Linked To: ALPHA AIR."),
                                  "a.csv");
    EntitySet second =
        parse_bytes(Format::ftm_jsonl,
                    R"({"id":"p1","schema":"Person","properties":{"name":["Ivan Example"]}})"
                    "\n"
                    R"({"id":"c1","schema":"Company","properties":{"name":["Example LLC"]}})"
                    "\n"
                    R"({"id":"own1","schema":"Ownership","properties":{"owner":["p1"],"asset":["c1"]}})"
                    "\n",
                    "b.ftm.json");
    EntitySet merged;
    merge_into(merged, std::move(first));
    merge_into(merged, std::move(second));
    ASSERT_EQ(merged.relations.size(), 2u);
    for (const Relation& relation : merged.relations) {
        for (const std::string& id : {relation.from_id, relation.to_id}) {
            EXPECT_TRUE(std::any_of(merged.entities.begin(), merged.entities.end(), [&](const Entity& e) {
                return e.id == id;
            })) << id;
        }
    }
}

TEST(RelationFtm, LinkSchemasBecomeRelationsResolvedById) {
    const EntitySet set = parse_bytes(
        Format::ftm_jsonl,
        R"({"id":"own1","schema":"Ownership","properties":{"owner":["p1"],"asset":["c1"]}})"
        "\n"
        R"({"id":"p1","schema":"Person","properties":{"name":["Ivan Example"]}})"
        "\n"
        R"({"id":"c1","schema":"Company","properties":{"name":["Example LLC"]}})"
        "\n"
        R"({"id":"dir1","schema":"Directorship","properties":{"director":["p1"],"organization":["gone"]}})"
        "\n"
        R"({"id":"fam1","schema":"Family","properties":{"person":["missing"],"relative":["p1"]}})"
        "\n"
        R"({"id":"uk1","schema":"UnknownLink","properties":{"subject":["c1"],"object":["p1"]}})"
        "\n"
        R"({"id":"as1","schema":"Associate","properties":{"person":["p1"]}})"
        "\n",
        "links.ftm.json");
    const std::string key = "ftm:links.ftm.json";
    // fam1 starts at an entity that is not loaded, as1 has one end only: neither is a relation.
    ASSERT_EQ(set.relations.size(), 3u);
    EXPECT_EQ(set.relations[0].kind, "Ownership");
    EXPECT_EQ(set.relations[0].from_id, key + ":p1");  // the owner line came before both entities
    EXPECT_EQ(set.relations[0].to_id, key + ":c1");
    EXPECT_EQ(set.relations[0].to_name, "Example LLC");
    EXPECT_EQ(set.relations[0].record, "own1");
    EXPECT_EQ(set.relations[1].kind, "Directorship");
    EXPECT_EQ(set.relations[1].to_id, "");
    EXPECT_EQ(set.relations[1].to_name, "gone");
    EXPECT_EQ(set.relations[2].kind, "UnknownLink");
    EXPECT_EQ(relations_of(set, key + ":p1").size(), 3u);
    EXPECT_EQ(relations_of(set, key + ":c1").size(), 2u);
}

class OfacRelations : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_set = new EntitySet(load_ofac(select_ofac_files(test::shared_data("lists/ofac"))));
    }
    static void TearDownTestSuite() {
        delete s_set;
        s_set = nullptr;
    }
    static EntitySet* s_set;  // NOLINT: loaded once for the suite (the default SDN composition, 4 MB)
};
EntitySet* OfacRelations::s_set = nullptr;

TEST_F(OfacRelations, EveryLinkedToStatementOfSdnCsvIsARelation) {
    // Measured 2026-11-30 on the default composition (sdn.csv 2024-05-03 + alt/add 2025-02 + comments
    // 2024-01) by this test: 6,378 relations. `grep -o "Linked To: " sdn.csv | wc -l` gives 6,375; the
    // other 3 are in the sdn_comments.csv continuations of Remarks cut at 1,000 characters.
    EXPECT_EQ(s_set->relations.size(), 6378u);
    const auto resolved = std::count_if(s_set->relations.begin(), s_set->relations.end(),
                                        [](const Relation& r) { return !r.to_id.empty(); });
    // Measured the same way: 6,367 of 6,378 (99.8%) resolve to one SDN entry. The 11 others name an entry
    // of another snapshot or list (e.g. "PRESIDENCY OF DEFENSE INDUSTRIES" x4, "MINISTRY OF STATE SECURITY"
    // x2, "PUBLIC JOINT STOCK COMPANY GAZPROM"), none of which is a primary name or alias here.
    EXPECT_EQ(static_cast<std::size_t>(resolved), 6367u);
    for (const Relation& relation : s_set->relations) {
        ASSERT_EQ(relation.kind, "linkedTo");
        ASSERT_EQ(relation.source, "ofac-sdn");
        ASSERT_FALSE(relation.to_name.empty());
        ASSERT_NE(relation.from_id, relation.to_id);
    }
}

TEST_F(OfacRelations, AnAircraftAndItsAirlineAreLinkedBothWays) {
    // sdn.csv ent 15431 EP-GOM: "Aircraft Operator YAS AIR; ...; Linked To: POUYA AIR." (ent 13109)
    const Entity* aircraft = find_named(*s_set, "EP-GOM");
    const Entity* airline = find_named(*s_set, "POUYA AIR");
    ASSERT_NE(aircraft, nullptr);
    ASSERT_NE(airline, nullptr);
    EXPECT_EQ(aircraft->id, "ofac-sdn:15431");
    EXPECT_EQ(airline->id, "ofac-sdn:13109");
    const auto from_aircraft = relations_of(*s_set, aircraft->id);
    ASSERT_EQ(from_aircraft.size(), 1u);
    EXPECT_EQ(from_aircraft[0]->from_id, aircraft->id);
    EXPECT_EQ(from_aircraft[0]->to_id, airline->id);
    const auto of_airline = relations_of(*s_set, airline->id);
    EXPECT_TRUE(std::any_of(of_airline.begin(), of_airline.end(),
                            [&](const Relation* r) { return r->from_id == aircraft->id; }));
    EXPECT_EQ(std::count_if(of_airline.begin(), of_airline.end(),
                            [&](const Relation* r) { return r->to_id == airline->id; }),
              11);  // measured: 11 SDN entries say "Linked To: POUYA AIR."
}

TEST_F(OfacRelations, APrimaryNameWinsOverTheSameNameUsedAsAnotherEntrysAlias) {
    // "NATIONAL IRANIAN TANKER COMPANY" is ent 15117's name and an a.k.a. of ent 15119 (alt.csv 2025-02);
    // 130 vessels are "Linked To" it, and all must reach 15117.
    const auto linked = relations_of(*s_set, "ofac-sdn:15117");
    EXPECT_EQ(
        std::count_if(linked.begin(), linked.end(),
                      [](const Relation* r) { return r->to_name == "NATIONAL IRANIAN TANKER COMPANY"; }),
        130);
}

}  // namespace
}  // namespace cp::lists
