// SPDX-License-Identifier: Apache-2.0
// Screening cases as data (house style §7): every line of tests/unit/match/cases/*.cases is one test of
// compare(): `query | candidate | expectation [| schema]`, expectation "lo..hi", ">= x", "< x", "match",
// "no-match".
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/text.hpp"
#include "match/match.hpp"
#include "test_data.hpp"

namespace {

struct Case {
    std::string file;
    int line = 0;
    std::string query, candidate, expectation, schema;
};

std::vector<Case> load_cases() {
    std::vector<Case> cases;
    const auto dir = cp::test::source_file("tests/unit/match/cases");
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".cases") continue;
        std::ifstream in(entry.path());
        std::string text;
        int number = 0;
        while (std::getline(in, text)) {
            ++number;
            const auto trimmed = cp::text::trim(text);
            if (trimmed.empty() || trimmed.front() == '#') continue;
            const auto fields = cp::text::split(trimmed, '|');
            Case c{entry.path().filename().string(), number, "", "", "", ""};
            if (fields.size() >= 3) {
                c.query = cp::text::trim(fields[0]);
                c.candidate = cp::text::trim(fields[1]);
                c.expectation = cp::text::trim(fields[2]);
            }
            if (fields.size() >= 4) c.schema = cp::text::trim(fields[3]);
            cases.push_back(std::move(c));
        }
    }
    return cases;
}

bool holds(const std::string& expectation, double score) {
    if (expectation == "match") return score >= cp::match::default_threshold;
    if (expectation == "no-match") return score < cp::match::default_threshold;
    if (expectation.rfind(">=", 0) == 0) return score >= std::stod(expectation.substr(2));
    if (expectation.rfind("<", 0) == 0) return score < std::stod(expectation.substr(1));
    const auto dots = expectation.find("..");
    if (dots == std::string::npos) throw std::runtime_error("bad expectation '" + expectation + "'");
    return score >= std::stod(expectation.substr(0, dots)) &&
           score <= std::stod(expectation.substr(dots + 2));
}

TEST(ScreeningCases, EveryCaseFileLineHoldsItsExpectation) {
    const auto cases = load_cases();
    ASSERT_GE(cases.size(), 30U) << "cases files not found under CP_SOURCE_DIR";
    for (const auto& c : cases) {
        ASSERT_FALSE(c.expectation.empty())
            << c.file << ":" << c.line << ": needs query | candidate | expectation";
        std::optional<cp::lists::Schema> schema;
        if (!c.schema.empty()) schema = cp::lists::parse_schema(c.schema);
        const auto result = cp::match::compare(c.query, c.candidate, schema);
        EXPECT_TRUE(holds(c.expectation, result.score))
            << c.file << ":" << c.line << ": '" << c.query << "' vs '" << c.candidate << "' scored "
            << result.score << ", expected " << c.expectation << "\n  why: " << result.why.summary();
    }
}

}  // namespace
