// SPDX-License-Identifier: Apache-2.0
// country_code(): codes, English names and the forms sanctions lists write countries in; its coverage of the
// country and nationality values of the real lists; and the country qualifier of a query.
#include <map>

#include <gtest/gtest.h>

#include "lists/lists.hpp"
#include "match/match.hpp"
#include "test_data.hpp"
#include "test_entities.hpp"

namespace {

using cp::lists::Prop;
using cp::lists::Schema;
using cp::match::country_code;

TEST(CountryCode, CodesAndEnglishNames) {
    EXPECT_EQ(country_code("RU"), "RU");
    EXPECT_EQ(country_code("ru"), "RU");
    EXPECT_EQ(country_code("RUS"), "RU");
    EXPECT_EQ(country_code("Russia"), "RU");
    EXPECT_EQ(country_code("  united states "), "US");
    EXPECT_EQ(country_code("USA"), "US");
    EXPECT_EQ(country_code("United Kingdom"), "GB");
    EXPECT_EQ(country_code("UK"), "GB");
    EXPECT_EQ(country_code("Germany"), "DE");
    EXPECT_EQ(country_code("Japan"), "JP");
    EXPECT_EQ(country_code("Uzbekistan"), "UZ");
}

TEST(CountryCode, FormsOfTheLists) {
    EXPECT_EQ(country_code("Russian Federation"), "RU");
    EXPECT_EQ(country_code("Iran (Islamic Republic of)"), "IR");
    EXPECT_EQ(country_code("Korea, North"), "KP");
    EXPECT_EQ(country_code("Democratic People's Republic of Korea"), "KP");
    EXPECT_EQ(country_code("Korea, South"), "KR");
    EXPECT_EQ(country_code("Syrian Arab Republic"), "SY");
    EXPECT_EQ(country_code("United Arab Emirates"), "AE");
    EXPECT_EQ(country_code("UAE"), "AE");
    EXPECT_EQ(country_code("Hong Kong"), "HK");
    EXPECT_EQ(country_code("Turkey"), "TR");
    EXPECT_EQ(country_code("Türkiye"), "TR");
    EXPECT_EQ(country_code("Côte d'Ivoire"), "CI");
    EXPECT_EQ(country_code("Bahamas, The"), "BS");
    EXPECT_EQ(country_code("Congo, Democratic Republic of the"), "CD");
    EXPECT_EQ(country_code("Burma"), "MM");
    EXPECT_EQ(country_code("Czech Republic"), "CZ");
    EXPECT_EQ(country_code("Saint Kitts and Nevis"), "KN");
    EXPECT_EQ(country_code("Virgin Islands, British"), "VG");
    EXPECT_EQ(country_code("Venezuela, Bolivarian Republic of"), "VE");
}

TEST(CountryCode, UnknownOrAmbiguousIsEmpty) {
    EXPECT_EQ(country_code(""), "");
    EXPECT_EQ(country_code("   "), "");
    EXPECT_EQ(country_code("Atlantis"), "");
    EXPECT_EQ(country_code("Korea"), "");  // North or South: not guessed
    EXPECT_EQ(country_code("XX"), "");
}

// Every country and nationality value of the bundled OFAC, UN and UK lists that names one country is read:
// a value left unread would make the qualifier silently do nothing for that entity.
TEST(CountryCode, ReadsTheCountriesOfTheRealLists) {
    std::map<std::string, std::size_t> unread;
    std::size_t values = 0;
    for (const char* dir : {"lists/ofac/sdn_2024-05-03_jackdwyer", "lists/un", "lists/uk"}) {
        const auto set = cp::lists::load_directory(cp::test::shared_data(dir).string());
        for (const auto& entity : set.entities) {
            for (const auto& value : entity.values) {
                if (value.prop != Prop::country && value.prop != Prop::nationality) continue;
                ++values;
                if (country_code(value.text).empty()) ++unread[value.text];
            }
        }
    }
    std::size_t unread_values = 0;
    std::string shown;
    for (const auto& [text, count] : unread) {
        unread_values += count;
        shown += text + " (" + std::to_string(count) + "); ";
    }
    ASSERT_GT(values, 5000U);
    // What is left unread is not one country ("Region: Gaza", "undetermined", former states): at most 1%.
    EXPECT_LE(unread_values * 100, values) << shown;
}

using cp::test::entity;

cp::lists::EntitySet qualified_set() {
    cp::lists::EntitySet set;
    set.sources.push_back({"test", "test", "", {}, 0});
    set.entities.push_back(
        entity("t:1", Schema::company, {{Prop::name, "AK MICROTECH"}, {Prop::country, "Russia"}}));
    set.entities.push_back(
        entity("t:2", Schema::vessel, {{Prop::name, "PORT OLYA-4"}, {Prop::flag, "Russia"}}));
    set.entities.push_back(entity("t:3", Schema::company, {{Prop::name, "ALBATROS TRADING"}}));
    set.entities.push_back(
        entity("t:4", Schema::company, {{Prop::name, "GTLK ASIA LIMITED"}, {Prop::country, "China"}}));
    return set;
}

double top_score(const cp::match::Index& index, std::string_view name, const char* country) {
    cp::match::MatchOptions options;
    options.threshold = 0.0;
    if (country != nullptr) options.country = country;
    const auto hits = index.query(name, options);
    return hits && !hits->empty() ? (*hits)[0].score : -1.0;
}

TEST(CountryQualifier, AgreementRaisesAndAnotherCountryLowers) {
    const auto set = qualified_set();
    const cp::match::Index index(set);
    // Not the exact name, whose 1.0 an agreement cannot raise.
    const double plain = top_score(index, "MICROTECH", nullptr);
    ASSERT_LT(plain, 0.97);
    EXPECT_GT(top_score(index, "MICROTECH", "RU"), plain);
    EXPECT_GT(top_score(index, "MICROTECH", "Russian Federation"), plain);
    EXPECT_LT(top_score(index, "MICROTECH", "United States"), plain);
    cp::match::MatchOptions us;
    us.country = "US";
    us.threshold = 0.0;
    const auto hits = index.query("AK MICROTECH", us);
    ASSERT_TRUE(hits && !hits->empty());
    ASSERT_FALSE((*hits)[0].why.qualifiers.empty());
    EXPECT_NE((*hits)[0].why.summary().find("country"), std::string::npos) << (*hits)[0].why.summary();
}

TEST(CountryQualifier, NoEvidenceWhereNothingIsKnown) {
    const auto set = qualified_set();
    const cp::match::Index index(set);
    // The listed entity says no country, or the query's country is not one: the score stays.
    EXPECT_DOUBLE_EQ(top_score(index, "ALBATROS TRADING", "US"),
                     top_score(index, "ALBATROS TRADING", nullptr));
    EXPECT_DOUBLE_EQ(top_score(index, "AK MICROTECH", "Atlantis"), top_score(index, "AK MICROTECH", nullptr));
    // A ship's flag changes with its owner's convenience: another flag is no evidence against it, the same
    // one still agrees.
    EXPECT_DOUBLE_EQ(top_score(index, "PORT OLIA-4", "PA"), top_score(index, "PORT OLIA-4", nullptr));
    EXPECT_GT(top_score(index, "PORT OLIA-4", "RU"), top_score(index, "PORT OLIA-4", nullptr));
    // A Hong Kong company may be listed with its country as China.
    EXPECT_DOUBLE_EQ(top_score(index, "GTLK ASIA LTD", "HK"), top_score(index, "GTLK ASIA LTD", nullptr));
    EXPECT_LT(top_score(index, "GTLK ASIA LTD", "DE"), top_score(index, "GTLK ASIA LTD", nullptr));
}

}  // namespace
