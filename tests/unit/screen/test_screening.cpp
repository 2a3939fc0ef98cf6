// SPDX-License-Identifier: Apache-2.0
// Screening: CHPL by HS code and description, each red-flag rule, and the bundled synthetic order book
// against the real OFAC lists (data/orders/README.md says which order shows what).
#include <algorithm>
#include <map>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "io/io.hpp"
#include "lists/lists.hpp"
#include "match/match.hpp"
#include "screen/screen.hpp"
#include "test_data.hpp"

namespace cp::screen {
namespace {

const std::string header =
    "order_id,order_date,customer,customer_country,customer_since,customer_business,consignee,consignee_"
    "country,"
    "forwarder,destination_country,previous_destination,phone,email,payer,payer_country,hs_code,description,"
    "unit_price,reference_price\n";

OrderResult screen_csv(const std::string& rows, const match::Index* index = nullptr) {
    static const Rules rules = Rules::bundled();
    const std::string content = header + rows;
    OrderReader reader(content, OrderReader::Format::csv, ColumnMap{}, "t.csv");
    Order order;
    EXPECT_TRUE(reader.next(order));
    EXPECT_TRUE(reader.rejected().empty());
    Screener screener(rules, index);
    return screener.screen(order);
}

bool has(const OrderResult& result, std::string_view id) {
    return std::any_of(result.findings.begin(), result.findings.end(),
                       [&](const Finding& finding) { return finding.id == id; });
}

TEST(Chpl, MapsNationalCodesByTheirFirstSixDigits) {
    const Rules rules = Rules::bundled();
    EXPECT_EQ(rules.chpl_count(), 50U);
    EXPECT_EQ(chpl_lookup(rules, "8542.31.9000")->tier, "1");
    EXPECT_EQ(chpl_lookup(rules, "85423190")->hs6, "854231");
    EXPECT_EQ(chpl_lookup(rules, "8807 30 00")->tier, "3.B");
    EXPECT_FALSE(chpl_lookup(rules, "9403.60").has_value());
    EXPECT_FALSE(chpl_lookup(rules, "8542").has_value());  // heading only: not enough to decide
}

TEST(Screener, LeavesAnOrdinaryOrderClear) {
    const auto result = screen_csv("1,2024-03-01,Acme,DE,2010-01-01,,Acme,DE,,DE,,+49 30 1,a@acme.example,,,"
                                   "9403.60,Table legs,10,10\n");
    EXPECT_EQ(result.risk, Risk::none);
    EXPECT_TRUE(result.findings.empty());
}

TEST(Screener, ClassifiesByDescriptionWhenTheHsCodeIsMissingAndSaysSo) {
    const auto result = screen_csv("1,2024-03-01,Acme,DE,,,,,,DE,,,,,,,STM32 microcontroller,,\n");
    EXPECT_TRUE(has(result, "chpl_by_description"));
    EXPECT_TRUE(has(result, "hs_missing"));
}

TEST(Screener, FlagsAnHsCodeInconsistentWithTheDescription) {
    const auto result = screen_csv("1,2024-03-01,Acme,DE,,,,,,DE,,,,,,8544.42,GNSS receiver module,,\n");
    EXPECT_TRUE(has(result, "hs_inconsistent"));
    EXPECT_EQ(result.risk, Risk::medium);
}

TEST(Screener, FiresEachOrderLevelRedFlag) {
    const auto result = screen_csv("1,2024-03-01,Altyn,KG,2024-01-10,agriculture,Silk Road Logistics FZE,AE,"
                                   "Silk Road Logistics FZE,AE,RU,+7 495 1,altyn@yandex.ru,Golden Bridge,HK,"
                                   "8526.91,GNSS receiver module,90,20\n");
    for (std::string_view id :
         {"transshipment_destination", "forwarder_as_consignee", "payer_in_third_country",
          "phone_country_mismatch", "free_email_domain", "new_customer_priority_items",
          "line_of_business_mismatch", "rerouted_from_russia", "price_far_above_market"}) {
        EXPECT_TRUE(has(result, id)) << id;
    }
    EXPECT_EQ(result.risk, Risk::high);
}

TEST(Screener, ReadsAnyCountryByCodeOrName) {
    // Seychelles and Belize are no country of the calling-code table: a payer there is still a third country.
    const auto coded =
        screen_csv("1,2024-03-01,Acme,AE,2014-01-10,electronics,Acme,AE,,AE,,+971 4 1,"
                   "po@acme.example,Silverline Holdings,SC,8526.91,GNSS receiver module,20,20\n");
    EXPECT_TRUE(has(coded, "payer_in_third_country"));
    const auto named =
        screen_csv("1,2024-03-01,Acme,AE,2014-01-10,electronics,Acme,AE,,AE,,+971 4 1,"
                   "po@acme.example,Silverline Holdings,Belize,8526.91,GNSS receiver module,20,20\n");
    EXPECT_TRUE(has(named, "payer_in_third_country"));
    const auto same =
        screen_csv("1,2024-03-01,Acme,AE,2014-01-10,electronics,Acme,AE,,AE,,+971 4 1,"
                   "po@acme.example,Acme,United Arab Emirates,8526.91,GNSS receiver module,20,20\n");
    EXPECT_FALSE(has(same, "payer_in_third_country"));
}

TEST(Screener, KeepsQuietWhenTheRedFlagConditionsAreNotMet) {
    // Customer of ten years, company e-mail, phone and payer of the destination, price at the reference.
    const auto result = screen_csv("1,2024-03-01,Acme,AE,2014-01-10,electronics,Acme,AE,,AE,,+971 4 1,"
                                   "po@acme.example,Acme,AE,8526.91,GNSS receiver module,20,20\n");
    for (std::string_view id :
         {"forwarder_as_consignee", "payer_in_third_country", "phone_country_mismatch", "free_email_domain",
          "new_customer_priority_items", "line_of_business_mismatch", "rerouted_from_russia",
          "price_far_above_market"}) {
        EXPECT_FALSE(has(result, id)) << id;
    }
    EXPECT_TRUE(has(result, "transshipment_destination"));
    EXPECT_TRUE(has(result, "chpl"));
}

class SampleOrderBook : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_entities = new lists::EntitySet(lists::load_directory(test::source_file("data/lists")));
        s_index = new match::Index(*s_entities);
    }
    static void TearDownTestSuite() {
        delete s_index;
        delete s_entities;
    }
    static lists::EntitySet* s_entities;
    static match::Index* s_index;
};
lists::EntitySet* SampleOrderBook::s_entities = nullptr;
match::Index* SampleOrderBook::s_index = nullptr;

TEST_F(SampleOrderBook, FindsTheListedPartiesAndLeavesTheCleanOrdersClear) {
    const std::string content = io::read_file(test::source_file("data/orders/sample_orders.csv").string());
    OrderReader reader(content, OrderReader::Format::csv, ColumnMap{}, "sample_orders.csv");
    const Rules rules = Rules::bundled();
    Screener screener(rules, s_index);
    std::map<std::string, OrderResult> results;
    Order order;
    while (reader.next(order)) {
        OrderResult result = screener.screen(order);
        results[result.order_id] = std::move(result);
    }
    EXPECT_TRUE(reader.rejected().empty());
    auto party_ids = [&](const std::string& order_id) {
        std::vector<std::string> ids;
        for (const Finding& finding : results[order_id].findings) {
            if (finding.kind == FindingKind::party) ids.push_back(finding.id);
        }
        return ids;
    };
    auto contains = [](const std::vector<std::string>& ids, std::string_view suffix) {
        return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
            return id.size() >= suffix.size() &&
                   id.compare(id.size() - suffix.size(), suffix.size(), suffix) == 0;
        });
    };
    EXPECT_TRUE(contains(party_ids("SO-1010"), ":16868")) << "KRET as consignee";
    EXPECT_TRUE(contains(party_ids("SO-1011"), ":22407")) << "Oboronlogistika LLC as end user";
    EXPECT_TRUE(contains(party_ids("SO-1013"), ":37864")) << "GTLK Asia Ltd";
    EXPECT_TRUE(contains(party_ids("SO-1022"), ":16418")) << "Qods Aviation Industries";
    EXPECT_TRUE(has(results["SO-1012"], "address_similar_to_listed"));
    // A party field that names no one is said to be unscreened, not left to read as clean.
    // The reader borrows its text: kept alive here.
    const std::string bare_rows = header + "9,2024-03-01,LLC,AE,2014-01-10,electronics,Co. Ltd.,AE,,AE,,,,,,"
                                           "9403.60,Table legs,10,10\n";
    OrderReader bare_reader(bare_rows, OrderReader::Format::csv, ColumnMap{}, "bare.csv");
    Order bare_order;
    ASSERT_TRUE(bare_reader.next(bare_order));
    const OrderResult bare = screener.screen(bare_order);
    std::size_t notes = 0;
    for (const Finding& finding : bare.findings) {
        if (finding.kind != FindingKind::party_note) continue;
        ++notes;
        EXPECT_EQ(finding.id, "party_not_screened");
        EXPECT_NE(finding.evidence.find("names no one"), std::string::npos) << finding.evidence;
    }
    EXPECT_EQ(notes, 2U) << to_jsonl(bare);
    EXPECT_EQ(bare.risk, Risk::low);
    // A party's country is compared with the listed ones as ISO codes: KRET's consignee in RU meets "Russia".
    const std::string kret = to_jsonl(results["SO-1010"]);
    EXPECT_NE(kret.find("country Russia agrees"), std::string::npos) << kret;
    for (const char* clean : {"SO-1001", "SO-1003", "SO-1004", "SO-1021"}) {
        EXPECT_EQ(results[clean].risk, Risk::none) << clean << ": " << to_jsonl(results[clean]);
    }
    // CHPL tier 3 items (connectors, ball bearings) for long-standing customers in their line of business:
    // low
    for (const char* low : {"SO-1002", "SO-1020"}) {
        EXPECT_EQ(results[low].risk, Risk::low) << low << ": " << to_jsonl(results[low]);
    }
    for (const char* high : {"SO-1010", "SO-1011", "SO-1012", "SO-1013", "SO-1022"}) {
        EXPECT_EQ(results[high].risk, Risk::high) << high;
    }
    // outputs carry the findings
    const auto doc = nlohmann::json::parse(to_jsonl(results["SO-1010"]));
    EXPECT_EQ(doc["risk"], "high");
    EXPECT_FALSE(doc["findings"].empty());
    EXPECT_NE(to_csv_rows(results["SO-1010"]).find("SO-1010,2024-03-11"), std::string::npos);
    const std::string html = to_html({results["SO-1010"]}, Summary{}, {}, "t <&>");
    EXPECT_NE(html.find("t &lt;&amp;&gt;"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
}

/// The message a malformed rules or CHPL file is rejected with (empty if it loads).
std::string rejection(std::string_view rules_json, std::string_view chpl_csv) {
    try {
        (void)Rules(rules_json, chpl_csv);
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

TEST(Rules, MalformedRulesOrChplFilesAreRejectedWithTheRuleOrLineAtFault) {
    constexpr std::string_view chpl = "tier,hs6,description\n1,854231,Processors\n";
    constexpr std::string_view no_rules = R"({"version": 1, "rules": []})";
    EXPECT_TRUE(rejection(no_rules, chpl).empty());
    EXPECT_NE(rejection(R"({"version": 1, "rules": [)", chpl).find("rules file"), std::string::npos);
    EXPECT_NE(rejection(R"({"version": 1, "rules": [{"id": "x", "kind": "nope", "risk": "high"}]})", chpl)
                  .find("rule 'x': unknown kind 'nope'"),
              std::string::npos);
    EXPECT_NE(rejection(no_rules, "tier,hs6,description\n1,8542,Processors\n").find("not six digits"),
              std::string::npos);
    EXPECT_NE(rejection(no_rules, "tier,hs6,description\nnonsense\n").find("CHPL: bad line 'nonsense'"),
              std::string::npos);
}

}  // namespace
}  // namespace cp::screen
