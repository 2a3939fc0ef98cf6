// SPDX-License-Identifier: Apache-2.0
// trace on a ledger whose truth is known: a deterministic generator writes, for each recovered component, the
// sale that supplied it (in an ordering-code variant: dashes, case, reel suffix, distributor wrapper) and
// decoys (same family other part, right part sold before manufacture, right part with another shipped date
// code, right part sold long after manufacture), plus unrelated noise. The top match must be the true sale.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/time.hpp"
#include "io/io.hpp"
#include "lists/lists.hpp"
#include "match/match.hpp"
#include "screen/trace.hpp"
#include "test_data.hpp"

namespace cp::screen {
namespace {

struct PartCase {
    const char* part;
    const char* gur_maker;     // as the component record names the maker
    const char* ledger_maker;  // as the distributor's ledger does
    const char* decoy;         // another part of the same family
};

// Catalogue parts of the kinds found in Shahed wreckage (GUR extract); the decoys are real sibling parts.
const std::vector<PartCase> parts = {
    {"STM32F405RGT6", "STMicroelectronics", "ST", "STM32F407VGT6"},
    {"TMS320F28335PGFA", "Texas Instruments", "TI", "TMS320F28379DPTPT"},
    {"ADXL357BEZ", "Analog Devices", "ADI", "ADXL355BEZ"},
    {"LD1117AS33", "STMicroelectronics", "STMicroelectronics N.V.", "LD1117AS18"},
    {"SN65HVD230D", "Texas Instruments", "Texas Instruments Inc.", "SN65HVD231D"},
    {"LM5117PMH", "National Semiconductor (Texas Instruments)", "TI", "LM5118MH"},
    {"GD32F103TBU6", "GigaDevice", "GigaDevice", "GD32F103C8T6"},
    {"MAX3232EEUE", "Maxim Integrated Products (Analog Devices)", "Maxim", "MAX3233EEWP"},
    {"LT1761ES5-5", "Linear Technology Corporation (Analog Devices)", "Linear", "LT1763CS8"},
    {"ATMEGA328P-AU", "Atmel (Microchip Technology)", "Microchip", "ATMEGA32U4-AU"},
    {"MK64FN1M0VLL12", "NXP Semiconductors", "Freescale", "MK66FN2M0VMD18"},
    {"NEO-M8N-0-10", "U-blox", "u-blox AG", "NEO-M9N-00B"},
    {"IRF540N", "International Rectifier (Infineon Technologies)", "IR", "IRF530N"},
    {"TPS54331D", "Texas Instruments", "TI", "TPS54332D"},
    {"ADM3232EARUZ", "Analog Devices", "Analog Devices", "ADM3222ARUZ"},
    {"AS5600-ASOM", "Ams-OSRAM AG", "ams OSRAM", "AS5601-ASOM"},
    {"XC7A35T-1CSG324C", "Xilinx Inc. (AMD)", "Xilinx", "XC7A50T-1CSG324C"},
    {"W25Q128JVSIQ", "Winbond Electronics Corporation", "Winbond", "W25Q64JVSIQ"},
    {"MPU-6000", "InvenSense", "InvenSense", "MPU-6050"},
    {"SI4463-C2A-GM", "Silicon Labs", "Silicon Labs", "SI4464-C2A-GM"},
};

constexpr std::size_t component_count = 40;  // each part twice, the second batch made four years later
constexpr std::size_t unsold_count = 5;      // components of parts the distributor never sold

std::string iso_day(std::int64_t day) {
    return time::to_iso8601(day * 86'400'000).substr(0, 10);
}

std::string yyww(std::int32_t year, std::int32_t week) {
    return std::to_string(year % 100 / 10) + std::to_string(year % 10) + (week < 10 ? "0" : "") +
           std::to_string(week);
}

// The ordering code as the ledger writes it, by variant.
std::string ordering_code(const std::string& part, std::size_t variant) {
    static const std::vector<std::string> reels = {"-TR", "#TRPBF", "/NOPB", "-REEL7", "TR", "T&R"};
    switch (variant % 5) {
    case 0:
        return part;
    case 1: {  // lower case with a space in the middle and dashes dropped
        std::string out;
        for (char c : part) {
            if (c != '-') out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        return out.substr(0, 4) + " " + out.substr(4);
    }
    case 2:
        return part + reels[variant % reels.size()];
    case 3:
        return "595-" + part;  // Mouser
    default:
        return part + "CT-ND";  // Digi-Key cut tape
    }
}

struct Generated {
    std::string components;
    std::string ledger;
    std::vector<std::uint64_t> truth_line;  // per component: ledger line of the true sale (0 = never sold)
};

Generated generate() {
    Generated out;
    out.components = "component_id,manufacturer,part_number,date_code,name_marking,source_url\n";
    out.ledger =
        "invoice,date,customer,customer_country,consignee,country,manufacturer,part_number,lot,qty\n";
    std::uint64_t ledger_line = 1;
    std::vector<std::string> rows;
    auto sale = [&](const std::string& invoice, std::int64_t day, const std::string& customer,
                    const std::string& maker, const std::string& part, const std::string& lot) {
        rows.push_back(invoice + "," + iso_day(day) + "," + customer + ",DE," + customer + " Logistics,DE," +
                       maker + "," + part + "," + lot + ",100\n");
    };
    for (std::size_t idx = 0; idx < component_count + unsold_count; ++idx) {
        const bool unsold = idx >= component_count;
        const PartCase& pc = parts[idx % parts.size()];
        const std::int32_t year = 2016 + static_cast<std::int32_t>(idx % 5) + (idx % 40 >= 20 ? 4 : 0);
        const std::int32_t week = 1 + static_cast<std::int32_t>((idx * 7) % 50);
        const std::string code = yyww(year, week);
        const std::int64_t made = time::days_from_civil(year, 1, 1) + (week - 1) * 7;
        const std::string id = "c" + std::to_string(idx);
        // unsold components carry a part whose last character differs: only family decoys exist for them
        std::string part = pc.part;
        if (unsold) part.back() = part.back() == '9' ? '8' : '9';
        if (idx % 2 == 0) {
            out.components += id + "," + pc.gur_maker + "," + part + "," + code + ",,src\n";
        } else {  // part number and date code only in the marking text
            out.components +=
                id + ",\"" + pc.gur_maker + "\",,,Microcircuit " + part + " " + code + " X1,src\n";
        }
        const std::string customer = "Customer " + std::to_string(idx);
        const std::int64_t sold = made + 30 + static_cast<std::int64_t>((idx * 11) % 500);
        if (!unsold) {
            out.truth_line.push_back(0);
            sale("T" + id, sold, customer, pc.ledger_maker, ordering_code(pc.part, idx),
                 idx % 3 == 0 ? code : "");
            out.truth_line.back() = rows.size();  // fixed up to a line number below
        } else {
            out.truth_line.push_back(0);
        }
        sale("F" + id, sold, "Family decoy " + std::to_string(idx), pc.ledger_maker, pc.decoy, code);
        sale("B" + id, made - 120, "Before decoy " + std::to_string(idx), pc.ledger_maker, part, "");
        sale("L" + id, sold + 20, "Lot decoy " + std::to_string(idx), pc.ledger_maker, part,
             yyww(year - 1, week));
        sale("O" + id, made + 9 * 365, "Old stock decoy " + std::to_string(idx), pc.ledger_maker, part, "");
        for (std::size_t noise = 0; noise < 4; ++noise) {
            sale("N" + id + "-" + std::to_string(noise), sold + static_cast<std::int64_t>(noise),
                 "Noise " + std::to_string(noise), "Yageo",
                 "RC0603FR-07" + std::to_string(idx + noise) + "KL", "");
        }
    }
    // ledger order is scrambled deterministically so that ranking cannot lean on file order (37 is coprime
    // with the 400 rows, so this is a permutation)
    std::vector<std::size_t> order(rows.size());
    for (std::size_t row_idx = 0; row_idx < rows.size(); ++row_idx)
        order[row_idx] = (row_idx * 37) % rows.size();
    std::vector<std::uint64_t> line_of(rows.size());
    for (std::size_t pos = 0; pos < order.size(); ++pos) {
        out.ledger += rows[order[pos]];
        line_of[order[pos]] = ++ledger_line;
    }
    for (std::uint64_t& truth : out.truth_line) {
        if (truth != 0) truth = line_of[truth - 1];
    }
    return out;
}

TEST(TraceTruth, TopMatchIsTheTrueSaleWithFullPrecisionAndRecall) {
    const Generated data = generate();
    const auto components = read_components(data.components, {}, "components.csv");
    const auto ledger = read_ledger(data.ledger, {}, "ledger.csv");
    ASSERT_TRUE(components.rejected.empty());
    ASSERT_TRUE(ledger.rejected.empty());
    ASSERT_EQ(components.rows.size(), component_count + unsold_count);
    Tracer tracer(ledger.rows, nullptr);
    constexpr double confident = 0.70;  // docs/trace.md: part, maker and date all fit
    std::size_t predicted = 0;
    std::size_t correct = 0;
    std::size_t with_truth = 0;
    for (std::size_t idx = 0; idx < components.rows.size(); ++idx) {
        const ComponentTrace trace = tracer.trace(components.rows[idx]);
        const std::uint64_t truth = data.truth_line[idx];
        with_truth += truth != 0 ? 1 : 0;
        if (trace.matches.empty() || trace.matches.front().score < confident) {
            EXPECT_EQ(truth, 0U) << "component " << idx << " " << components.rows[idx].part_number
                                 << " missed";
            continue;
        }
        ++predicted;
        const SaleLine& top = ledger.rows[trace.matches.front().sale_index];
        if (top.line == truth) {
            ++correct;
        } else {
            ADD_FAILURE() << "component " << idx << " top match is line " << top.line << " (" << top.customer
                          << ", " << top.part_number << "), truth line " << truth;
        }
    }
    const double precision =
        static_cast<double>(correct) / static_cast<double>(std::max<std::size_t>(predicted, 1));
    const double recall = static_cast<double>(correct) / static_cast<double>(with_truth);
    RecordProperty("precision", std::to_string(precision));
    RecordProperty("recall", std::to_string(recall));
    EXPECT_GE(precision, 0.95);
    EXPECT_GE(recall, 0.95);
}

TEST(TraceTruth, EveryDecoyRanksBelowTheTrueSaleAndSaysWhy) {
    const Generated data = generate();
    const auto components = read_components(data.components, {}, "components.csv");
    const auto ledger = read_ledger(data.ledger, {}, "ledger.csv");
    Tracer tracer(ledger.rows, nullptr);
    const ComponentTrace trace = tracer.trace(components.rows[0]);  // STM32F405RGT6, exact code in the ledger
    ASSERT_GE(trace.matches.size(), 5U);
    EXPECT_EQ(ledger.rows[trace.matches[0].sale_index].invoice, "Tc0");
    EXPECT_EQ(trace.matches[0].level, PartLevel::exact);
    for (std::size_t rank = 1; rank < trace.matches.size(); ++rank) {
        const SaleMatch& match = trace.matches[rank];
        const std::string& invoice = ledger.rows[match.sale_index].invoice;
        std::string reasons;
        for (const std::string& reason : match.reasons) reasons += reason + "; ";
        if (invoice == "Bc0") {
            EXPECT_NE(reasons.find("cannot have supplied"), std::string::npos) << reasons;
        } else if (invoice == "Lc0") {
            EXPECT_NE(reasons.find("ledger shipped date code"), std::string::npos) << reasons;
        } else if (invoice == "Oc0") {
            EXPECT_NE(reasons.find("(window"), std::string::npos) << reasons;
        } else if (invoice == "Fc0") {
            EXPECT_EQ(match.level, PartLevel::family) << reasons;
        }
        EXPECT_LT(match.score, trace.matches[0].score);
    }
}

TEST(Trace, ReelSuffixVariantsMatchAtTheBaseLevelAndSayWhatWasRemoved) {
    const std::string ledger_csv = "date,customer,manufacturer,part_number\n"
                                   "2023-01-10,A,ST,LD1117AS33TR\n"
                                   "2023-01-10,B,TI,tps54331dr\n"
                                   "2023-01-10,C,ST,ld1117-as33\n";
    const auto ledger = read_ledger(ledger_csv, {}, "l.csv");
    ASSERT_EQ(ledger.rows.size(), 3U);
    Tracer tracer(ledger.rows, nullptr);
    Component ld;
    ld.part_number = "LD1117AS33";
    ld.manufacturer = "STMicroelectronics";
    const auto ld_trace = tracer.trace(ld);
    ASSERT_EQ(ld_trace.matches.size(), 2U);
    EXPECT_EQ(ld_trace.matches[0].level, PartLevel::normalised);  // dash and case only
    EXPECT_EQ(ld_trace.matches[1].level, PartLevel::base);
    EXPECT_NE(ld_trace.matches[1].reasons[0].find("packaging suffix TR"), std::string::npos);
    Component tps;
    tps.part_number = "TPS54331D";
    tps.manufacturer = "Texas Instruments";
    const auto tps_trace = tracer.trace(tps);
    ASSERT_EQ(tps_trace.matches.size(), 1U);
    EXPECT_EQ(tps_trace.matches[0].level, PartLevel::base);
    EXPECT_NE(tps_trace.matches[0].reasons[0].find("TI reel letter R"), std::string::npos);
}

TEST(Trace, AnotherMakersPartWithTheSameCodeScoresLower) {
    const auto ledger = read_ledger("date,customer,manufacturer,part_number\n2023-01-10,A,TI,LM358\n"
                                    "2023-01-10,B,onsemi,LM358\n",
                                    {}, "l.csv");
    Tracer tracer(ledger.rows, nullptr);
    Component lm;
    lm.part_number = "LM358";
    lm.manufacturer = "National Semiconductor (Texas Instruments)";
    const auto trace = tracer.trace(lm);
    ASSERT_EQ(trace.matches.size(), 2U);
    EXPECT_EQ(ledger.rows[trace.matches[0].sale_index].customer, "A");
    EXPECT_NE(trace.matches[1].reasons[1].find("maker differs"), std::string::npos);
}

TEST(TraceInput, ReadsTheGurExtractAsTsvAndExtractsPartsFromTheMarking) {
    const std::string content =
        io::read_file(test::shared_data("trade/shahed_components_gur_extract.tsv").string());
    const auto table = read_components(content, {}, "gur.tsv");
    EXPECT_EQ(table.rows.size() + table.rejected.size(), 882U);
    const auto tms = std::find_if(table.rows.begin(), table.rows.end(),
                                  [](const Component& c) { return c.id == "gur-6602"; });
    ASSERT_NE(tms, table.rows.end());
    EXPECT_EQ(tms->part_number, "TMS320");
    EXPECT_TRUE(tms->part_from_marking);
    EXPECT_EQ(tms->source, "https://war-sanctions.gur.gov.ua/en/components/6602");
    // "(unspecified)" markings give no part number: rejected with their line, not silently dropped
    EXPECT_GT(table.rejected.size(), 600U);
    EXPECT_EQ(table.rejected.front().error, TraceRowError::empty_part_number);
    EXPECT_EQ(table.rejected.front().line, 2U);
}

TEST(TraceInput, ReadsATsvWithAByteOrderMark) {
    const auto table = read_components("\xEF\xBB\xBFid\tpart_number\n7\tLM358\n", {}, "c.tsv");
    ASSERT_EQ(table.rows.size(), 1U);
    EXPECT_EQ(table.rows[0].id, "7");
    EXPECT_EQ(table.rows[0].line, 2U);
}

TEST(TraceInput, ReadsRowsThatAreNotUtf8AsWindows1252InCsvAndTsv) {
    const auto csv = read_ledger("date,customer,part_number,quantity\n"
                                 "2023-01-10,Soci\xE9t\xE9 Test,LM358,5\n"
                                 "2023-01-11,Plain Ltd,LM358,1\n",
                                 {}, "l.csv");
    ASSERT_EQ(csv.rows.size(), 2U);
    EXPECT_EQ(csv.rows[0].customer, "Soci\u00E9t\u00E9 Test");
    EXPECT_EQ(csv.recoded.count, 1U);
    EXPECT_EQ(csv.recoded.first_line, 2U);
    const auto tsv =
        read_ledger("date\tcustomer\tpart_number\n2023-01-10\tM\xFCller GmbH\tLM358\n", {}, "l.tsv");
    ASSERT_EQ(tsv.rows.size(), 1U);
    EXPECT_EQ(tsv.rows[0].customer, "M\u00FCller GmbH");
    EXPECT_EQ(tsv.recoded.count, 1U);
    EXPECT_TRUE(tsv.rejected.empty());
}

TEST(TraceInput, ReportsBadRowsWithTheirLineAndKeepsTheRest) {
    const std::string ledger_csv = "date,customer,part_number,quantity\n"
                                   "2023-01-10,A,LM358,5\n"
                                   "2023-02-30,B,LM358,5\n"  // impossible date
                                   "2023-01-10,,LM358,5\n"
                                   "2023-01-10,C,,5\n"
                                   "2023-01-10,D,LM358,many\n"
                                   "2023-01-10,\"E,LM358,5\n"
                                   "2023-01-10,F\n"
                                   "2023-01-11,G,LM358,1\n";
    const auto ledger = read_ledger(ledger_csv, {}, "l.csv");
    ASSERT_EQ(ledger.rows.size(), 2U);
    EXPECT_EQ(ledger.rows[1].customer, "G");
    ASSERT_EQ(ledger.rejected.size(), 6U);
    EXPECT_EQ(ledger.rejected[0].line, 3U);
    EXPECT_EQ(ledger.rejected[0].error, TraceRowError::bad_date);
    EXPECT_EQ(ledger.rejected[1].error, TraceRowError::missing_customer);
    EXPECT_EQ(ledger.rejected[2].error, TraceRowError::empty_part_number);
    EXPECT_EQ(ledger.rejected[3].error, TraceRowError::bad_quantity);
    EXPECT_EQ(ledger.rejected[4].error, TraceRowError::bad_quoting);
    EXPECT_EQ(ledger.rejected[5].error, TraceRowError::too_few_columns);
}

TEST(TraceInput, MissingRequiredColumnsAreAnInputErrorAndColumnMapsRenameThem) {
    EXPECT_THROW((void)read_ledger("date,buyer,part_number\n2023-01-10,A,LM358\n", {}, "l.csv"), InputError);
    const TraceColumns columns =
        TraceColumns::from_json(R"({"columns": {"customer": "Buyer", "part_number": "Item"}})");
    const auto ledger = read_ledger("Date,Buyer,Item\n2023-01-10,A,LM358\n", columns, "l.csv");
    ASSERT_EQ(ledger.rows.size(), 1U);
    EXPECT_EQ(ledger.rows[0].customer, "A");
    EXPECT_THROW((void)TraceColumns::from_json(R"({"columns": {"nonsense": "X"}})"), Error);
    EXPECT_THROW((void)read_components("id,maker\n1,TI\n", {}, "c.csv"), InputError);
}

TEST(TraceParties, ScreensTheCustomerAndConsigneeOfAMatchedSaleAsOfTheSaleDate) {
    static const lists::EntitySet entities = lists::load_directory(test::source_file("data/lists"));
    static const match::Index index(entities);
    const auto ledger = read_ledger(
        "date,customer,customer_country,consignee,country,part_number\n"
        "2023-03-01,Joint Stock Company Concern Radio Electronic Technologies,RU,Acme,RU,STM32F405RGT6\n"
        "2023-03-01,Harmless Trading GmbH,DE,Harmless Trading GmbH,DE,STM32F405RGT6\n",
        {}, "l.csv");
    Tracer tracer(ledger.rows, &index);
    Component stm;
    stm.part_number = "STM32F405RGT6";
    const auto trace = tracer.trace(stm);
    ASSERT_EQ(trace.matches.size(), 2U);
    EXPECT_TRUE(trace.listed_party);
    const auto listed = std::find_if(trace.matches.begin(), trace.matches.end(),
                                     [](const SaleMatch& m) { return !m.hits.empty(); });
    ASSERT_NE(listed, trace.matches.end());
    EXPECT_EQ(listed->hits[0].entity_id, "ofac-sdn:16868");
    EXPECT_EQ(listed->hits[0].role, "customer");
    const std::string json = trace_to_jsonl(trace, stm, ledger.rows);
    EXPECT_NE(json.find("\"listed_party\":true"), std::string::npos);
    const auto parsed = nlohmann::json::parse(json);
    ASSERT_EQ(parsed["parties"].size(), 3U);  // a consignee who is the customer is listed once
    EXPECT_EQ(parsed["parties"][0]["name"], "Joint Stock Company Concern Radio Electronic Technologies");
    EXPECT_EQ(parsed["parties"][0]["hits"][0], "ofac-sdn:16868");
    const std::string csv = trace_to_csv_rows(trace, stm, ledger.rows);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 2);
    // a marking that shows only the family stem is a lead: its list hits are shown but do not count
    Component stem;
    stem.part_number = "STM32";
    const auto lead = tracer.trace(stem);
    ASSERT_EQ(lead.matches.size(), 2U);
    EXPECT_EQ(lead.matches[0].level, PartLevel::family);
    EXPECT_LT(lead.matches[0].score, TraceOptions{}.listed_min_score);
    EXPECT_FALSE(lead.listed_party);
    EXPECT_TRUE(std::any_of(lead.matches.begin(), lead.matches.end(),
                            [](const SaleMatch& m) { return !m.hits.empty(); }));
    // A consignee that names no one is said to be unscreened, in the match's reasons.
    const auto bare = read_ledger("date,customer,customer_country,consignee,country,part_number\n"
                                  "2023-03-01,Harmless Trading GmbH,DE,LLC,AE,STM32F405RGT6\n",
                                  {}, "b.csv");
    Tracer bare_tracer(bare.rows, &index);
    const auto unscreened = bare_tracer.trace(stm);
    ASSERT_EQ(unscreened.matches.size(), 1U);
    const auto& reasons = unscreened.matches[0].reasons;
    EXPECT_TRUE(std::any_of(reasons.begin(), reasons.end(), [](const std::string& reason) {
        return reason.find("consignee 'LLC' was not screened") != std::string::npos;
    })) << trace_to_jsonl(unscreened, stm, bare.rows);
}

}  // namespace
}  // namespace cp::screen
