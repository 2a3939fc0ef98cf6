// SPDX-License-Identifier: Apache-2.0
// EU Financial Sanctions Files XML 1.1 on the hand-made fixture tests/unit/lists/data/eu/ (see its README:
// invented records in the published layout): schemas, names by strength and script, partial dates,
// documents and addresses, provenance, sniffing in load_directory, and rejection of bad input.
#include <algorithm>
#include <unistd.h>

#include <gtest/gtest.h>

#include "io/io.hpp"
#include "lists/lists.hpp"
#include "location_of.hpp"
#include "test_data.hpp"

namespace cp::lists {
namespace {

namespace fs = std::filesystem;
using Texts = std::vector<std::string_view>;
using test_support::location_of;

const std::string fixture = "tests/unit/lists/data/eu/xmlFullSanctionsList_1_1.xml";

const Entity& get(const EntitySet& set, std::string_view id) {
    const auto it =
        std::find_if(set.entities.begin(), set.entities.end(), [&](const Entity& e) { return e.id == id; });
    if (it == set.entities.end()) throw std::runtime_error("no entity " + std::string(id));
    return *it;
}

bool has(const Texts& texts, std::string_view text) {
    return std::find(texts.begin(), texts.end(), text) != texts.end();
}

// One sanctionEntity inside an export root; `root` lets a test change the root's name and namespace.
std::string file_of(const std::string& records,
                    const std::string& root = R"(export xmlns="http://eu.europa.ec/fpi/fsd/export")") {
    const std::string end = root.substr(0, root.find(' '));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + ">\n" + records + "\n</" + end + ">\n";
}

TEST(EuXml, LoadsPersonsAndEnterprisesWithTheirSourceAndRecordIds) {
    const EntitySet set = load_eu_xml(test::source_file(fixture));
    ASSERT_EQ(set.sources.size(), 1u);
    EXPECT_EQ(set.sources.front().key, "eu");
    EXPECT_EQ(set.sources.front().records, 3u);
    ASSERT_EQ(set.entities.size(), 3u);
    EXPECT_EQ(get(set, "eu:EU.9001.01").schema, Schema::person);
    EXPECT_EQ(get(set, "eu:EU.9002.02").schema, Schema::legal_entity);  // subjectType "enterprise"
    const Entity& no_reference = get(set, "eu:900303");                 // no euReferenceNumber: logicalId
    EXPECT_EQ(no_reference.schema, Schema::person);
    for (const Value& value : get(set, "eu:EU.9001.01").values) EXPECT_EQ(value.from.record_id, "EU.9001.01");
    for (const Value& value : no_reference.values) EXPECT_EQ(value.from.record_id, "900303");
    EXPECT_TRUE(set.skipped.empty());
}

TEST(EuXml, TakesTheFirstStrongLatinNameAsNameAndKeepsOtherScriptsAndWeakNames) {
    const EntitySet set = load_eu_xml(test::source_file(fixture));
    const Entity& person = get(set, "eu:EU.9001.01");
    EXPECT_EQ(person.all(Prop::name), (Texts{"Ivan Petrovich FICTIONOV"}));
    // The second name has no wholeName: first, middle and last name joined.
    EXPECT_EQ(person.all(Prop::alias),
              (Texts{"Ivan Petrovich FIKTSIONOV",
                     "\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80"
                     "\xD0\xBE\xD0\xB2\xD0\xB8\xD1\x87 \xD0\xA4\xD0\x98\xD0\x9A\xD0\xA6"
                     "\xD0\x98\xD0\x9E\xD0\x9D\xD0\x9E\xD0\x92"}));
    EXPECT_EQ(person.all(Prop::weak_alias), (Texts{"Vanya"}));  // strong="false"
    const Entity& company = get(set, "eu:EU.9002.02");
    EXPECT_EQ(company.all(Prop::name), (Texts{"Fictional Shipping LLC"}));
    EXPECT_EQ(company.all(Prop::alias).size(), 1u);  // its Cyrillic name
    // Only weak names: the first becomes the name, so the record can still be screened.
    const Entity& weak_only = get(set, "eu:900303");
    EXPECT_EQ(weak_only.all(Prop::name), (Texts{"Abu Fiction"}));
    EXPECT_EQ(weak_only.all(Prop::weak_alias), (Texts{"Fiction the Elder"}));
    EXPECT_TRUE(weak_only.all(Prop::alias).empty());
}

TEST(EuXml, KeepsPartialBirthDatesWithoutInventingADay) {
    const EntitySet set = load_eu_xml(test::source_file(fixture));
    EXPECT_EQ(get(set, "eu:EU.9001.01").all(Prop::birth_date), (Texts{"1961", "1962-03"}));
    EXPECT_EQ(get(set, "eu:900303").all(Prop::birth_date), (Texts{"1970-01-02"}));
    // The country "00" / "UNKNOWN" of the second birth date adds no place.
    EXPECT_EQ(get(set, "eu:EU.9001.01").all(Prop::birth_place), (Texts{"Tver, RUSSIAN FEDERATION"}));
    EXPECT_EQ(get(set, "eu:900303").all(Prop::birth_place), (Texts{"Imaginary Valley"}));
}

TEST(EuXml, MapsPersonDetailsDocumentsAndRegulations) {
    const EntitySet set = load_eu_xml(test::source_file(fixture));
    const Entity& person = get(set, "eu:EU.9001.01");
    EXPECT_EQ(person.all(Prop::gender), (Texts{"male"}));                           // M on three names, once
    EXPECT_EQ(person.all(Prop::nationality), (Texts{"RUSSIAN FEDERATION", "BY"}));  // ISO code when no name
    EXPECT_EQ(person.all(Prop::id_number), (Texts{"Passport 000000001 (RUSSIAN FEDERATION)"}));
    EXPECT_EQ(person.all(Prop::programme), (Texts{"RUS"}));            // two regulations, one programme
    EXPECT_EQ(person.all(Prop::listing_date), (Texts{"2022-02-23"}));  // the earlier publication
    const Texts notes = person.all(Prop::notes);
    EXPECT_TRUE(has(notes, "Fictional person for tests."));
    EXPECT_TRUE(has(notes, "Function: Deputy Minister of Imaginary Affairs"));
    EXPECT_TRUE(has(notes, "Title: General"));
    const Entity& weak_only = get(set, "eu:900303");
    EXPECT_TRUE(has(weak_only.all(Prop::notes), "UN Reference Number QDi.999"));
    EXPECT_TRUE(has(weak_only.all(Prop::notes), "Leader of a fictional armed group."));
    EXPECT_EQ(weak_only.all(Prop::listing_date), (Texts{"2010-05-04"}));
}

TEST(EuXml, MapsEnterpriseAddressesRegistrationAndImoNumbers) {
    const EntitySet set = load_eu_xml(test::source_file(fixture));
    const Entity& company = get(set, "eu:EU.9002.02");
    EXPECT_EQ(company.all(Prop::address),
              (Texts{"1 Imaginary Quay, Novorossiysk, 353900, Krasnodar Krai, RUSSIAN FEDERATION"}));
    EXPECT_EQ(company.all(Prop::country), (Texts{"RUSSIAN FEDERATION"}));
    EXPECT_EQ(company.all(Prop::id_number), (Texts{"Registration Number 1000000000001 (RUSSIAN FEDERATION)",
                                                   "Other identification number IMO 9123453"}));
    EXPECT_EQ(company.all(Prop::registration_number), (Texts{"1000000000001"}));
    EXPECT_EQ(company.all(Prop::imo_number), (Texts{"9123453"}));
    EXPECT_EQ(company.all(Prop::programme), (Texts{"RUS", "UKR"}));
    EXPECT_EQ(company.all(Prop::listing_date), (Texts{"2014-07-31"}));
}

TEST(EuXml, ReadsPrefixedElementsAndIgnoresUnknownOnes) {
    const std::string xml =
        file_of(R"(<fsd:sanctionEntity euReferenceNumber="EU.1.1" logicalId="1" newAttr="x">
  <fsd:subjectType code="vessel" classificationCode="V"/>
  <fsd:futureElement value="ignored"><fsd:nameAlias wholeName="NOT A NAME"/></fsd:futureElement>
  <fsd:nameAlias wholeName="SEA FICTION I" strong="false"/>
  <fsd:nameAlias wholeName="SEA FICTION" strong="" nameLanguage="en"/>
  <fsd:identification number="IMO 9123454" identificationTypeCode="imo"/>
</fsd:sanctionEntity>)",
                R"(fsd:export xmlns:fsd="http://eu.europa.ec/fpi/fsd/export")");
    const EntitySet set = parse_bytes(Format::eu_xml, xml, "eu.xml");
    ASSERT_EQ(set.entities.size(), 1u);
    const Entity& ship = set.entities.front();
    EXPECT_EQ(ship.schema, Schema::legal_entity);             // an unknown subject type
    EXPECT_EQ(ship.all(Prop::name), (Texts{"SEA FICTION"}));  // strong="" counts as absent: strong
    EXPECT_EQ(ship.all(Prop::weak_alias), (Texts{"SEA FICTION I"}));
    EXPECT_TRUE(ship.all(Prop::imo_number).empty());                   // wrong check digit
    EXPECT_EQ(ship.all(Prop::id_number), (Texts{"imo IMO 9123454"}));  // the document is kept
}

TEST(EuXml, SkipsARecordWithoutAnyNameAndSaysWhere) {
    const std::string xml = file_of(R"(<sanctionEntity euReferenceNumber="EU.1.1" logicalId="1">
  <nameAlias wholeName="A FICTION"/>
</sanctionEntity>
<sanctionEntity euReferenceNumber="EU.2.2" logicalId="2">
  <nameAlias wholeName="" firstName="" lastName=""/>
</sanctionEntity>)");
    const EntitySet set = parse_bytes(Format::eu_xml, xml, "eu.xml");
    EXPECT_EQ(set.sources.front().records, 2u);
    ASSERT_EQ(set.entities.size(), 1u);
    ASSERT_EQ(set.skipped.size(), 1u);
    EXPECT_NE(set.skipped.front().find("eu.xml:6"), std::string::npos) << set.skipped.front();
    EXPECT_NE(set.skipped.front().find("EU.2.2"), std::string::npos) << set.skipped.front();
}

TEST(EuXml, RejectsTruncatedFilesOtherRootsInvalidUtf8AndRecordsWithoutId) {
    const std::string xml = io::read_file(test::source_file(fixture).string());
    const std::string cut = xml.substr(0, xml.find("<sanctionEntity", xml.find("EU.9002.02")) - 20);
    const SourceLocation where = location_of([&] { (void)parse_bytes(Format::eu_xml, cut, "eu.xml"); });
    EXPECT_EQ(where.file, "eu.xml");
    EXPECT_GE(where.line, 30u);  // where parsing stopped, near the end of the cut
    EXPECT_EQ(location_of([] {
                  (void)parse_bytes(Format::eu_xml, "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST/>",
                                    "un.xml");
              }).line,
              2u);
    const std::string latin1 = file_of("<sanctionEntity logicalId=\"1\">\n<nameAlias wholeName=\"Ren\xE9\"/>"
                                       "</sanctionEntity>");
    EXPECT_EQ(location_of([&] { (void)parse_bytes(Format::eu_xml, latin1, "eu.xml"); }).line, 4u);
    const std::string no_id = file_of("<sanctionEntity>\n<nameAlias wholeName=\"X\"/></sanctionEntity>");
    EXPECT_EQ(location_of([&] { (void)parse_bytes(Format::eu_xml, no_id, "eu.xml"); }).line, 3u);
}

TEST(EuXml, LoadDirectorySniffsTheFileAndMergesItAfterTheUkList) {
    // tests/unit/lists/data holds the FCDO full-layout fixture and this one; README.md is not a list.
    const EntitySet set = load_directory(test::source_file("tests/unit/lists/data"));
    ASSERT_EQ(set.sources.size(), 2u);
    EXPECT_EQ(set.sources[0].key, "uk");
    EXPECT_EQ(set.sources[1].key, "eu");
    EXPECT_EQ(set.entities.size(), 3u + 3u);
    EXPECT_EQ(get(set, "eu:EU.9002.02").values.front().from.source, 1u);
    LoadOptions only_eu;
    only_eu.only_sources = {"eu"};
    EXPECT_EQ(load_directory(test::source_file("tests/unit/lists/data"), only_eu).entities.size(), 3u);
}

TEST(EuXml, LoadDirectoryTellsTheEuFileFromTheUnOneByContentNotName) {
    const fs::path dir = fs::temp_directory_path() / ("cp_lists_eu_sniff_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    io::write_file_atomic((dir / "list_a.xml").string(), io::read_file(test::source_file(fixture).string()));
    io::write_file_atomic(
        (dir / "list_b.xml").string(),
        "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME>"
        "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
    // An `export` root in another namespace is not the EU list.
    io::write_file_atomic((dir / "other.xml").string(), "<export xmlns=\"urn:example\"><item/></export>");
    const EntitySet set = load_directory(dir);
    fs::remove_all(dir);
    ASSERT_EQ(set.sources.size(), 2u);
    EXPECT_EQ(set.sources[0].key, "un");
    EXPECT_EQ(set.sources[1].key, "eu");
    EXPECT_EQ(set.skipped.size(), 1u);
}

}  // namespace
}  // namespace cp::lists
