// SPDX-License-Identifier: Apache-2.0
// Normalisation: romanisation of several scripts, tokens, legal forms, phonetic keys, Jaro-Winkler.
#include <algorithm>

#include <gtest/gtest.h>

#include "match/detail/normalize.hpp"
#include "match/detail/score.hpp"
#include "match/match.hpp"

namespace {

using namespace cp::match::detail;

bool any_contains(const std::vector<std::string>& forms, const std::string& wanted) {
    return std::any_of(forms.begin(), forms.end(),
                       [&](const auto& f) { return f.find(wanted) != std::string::npos; });
}

TEST(Romanize, CyrillicUsesBgnPcgnSpellingsAsOfac) {
    EXPECT_TRUE(any_contains(romanize("ООО Альбатрос"), "ooo al"));
    EXPECT_TRUE(any_contains(romanize("Жовнерчик"), "zhovnerchik"));
}

TEST(Romanize, UkrainianGetsBothUkrainianAndRussianSpellings) {
    const auto forms = romanize("Василь Іванович");
    EXPECT_TRUE(any_contains(forms, "vasyl"));
    EXPECT_TRUE(any_contains(forms, "ivanovich"));
}

TEST(Romanize, HangulGetsRevisedAndMcCuneReischauerLikeForms) {
    const auto forms = romanize("김정은");
    EXPECT_TRUE(any_contains(forms, "gimjeong"));
    EXPECT_TRUE(any_contains(forms, "kimjong"));
}

TEST(Romanize, ArabicIsMarkedAsAbjad) {
    bool abjad = false;
    const auto forms = romanize("محمد", &abjad);
    EXPECT_TRUE(abjad);
    EXPECT_EQ(forms.front(), "mhmd");
}

TEST(Romanize, AccentsAndCaseAreFolded) {
    EXPECT_EQ(romanize("Société ŁĄCZYŃSKA").front(), "societe laczynska");
}

TEST(Tokens, AbbreviationDotsJoinAndSingleLettersMerge) {
    EXPECT_EQ(split_tokens("f.lli brunaccini s.n.c."),
              (std::vector<std::string>{"flli", "brunaccini", "snc"}));
    EXPECT_EQ(split_tokens("n k bansal & co"), (std::vector<std::string>{"nk", "bansal", "and", "co"}));
    EXPECT_EQ(split_tokens("o'doyle"), (std::vector<std::string>{"odoyle"}));
}

TEST(Tokens, LettersAndDigitsSplitSoNumbersStandAlone) {
    EXPECT_EQ(split_tokens("port olya-4"), (std::vector<std::string>{"port", "olya", "4"}));
    EXPECT_EQ(split_tokens("no.08"), (std::vector<std::string>{"no", "08"}));
}

TEST(Tokens, LegalFormsAcrossLanguagesShareACanonicalForm) {
    const auto polish = analyse("bursztynowa sp. z o.o.", cp::lists::Schema::company, false);
    const auto spelt =
        analyse("bursztynowa spolka z ograniczona odpowiedzialnoscia", cp::lists::Schema::company, false);
    ASSERT_EQ(polish.tokens.size(), 2U);
    ASSERT_EQ(spelt.tokens.size(), 2U);
    EXPECT_EQ(polish.tokens[1].kind, TokenKind::legal_form);
    EXPECT_EQ(polish.tokens[1].canon, spelt.tokens[1].canon);
}

TEST(Tokens, PersonNamesAreNotSearchedForLegalForms) {
    const auto person = analyse("ooo sa", cp::lists::Schema::person, false);
    for (const auto& token : person.tokens) EXPECT_NE(token.kind, TokenKind::legal_form);
}

TEST(Tokens, NumbersLoseLeadingZeros) {
    const auto name = analyse("siam orchid 007", std::nullopt, false);
    EXPECT_EQ(name.tokens.back().kind, TokenKind::number);
    EXPECT_EQ(name.tokens.back().text, "7");
}

TEST(Phonetic, VowelLessRomanisationSharesTheKeyOfTheVowelledOne) {
    EXPECT_EQ(phonetic_key("mhmd"), phonetic_key("mohammed"));
    EXPECT_EQ(skeleton("hsyn"), skeleton("husain"));
    EXPECT_NE(phonetic_key("putin"), phonetic_key("petrov"));
}

TEST(JaroWinkler, MatchesPublishedValues) {
    // Winkler (1990) / common reference values.
    EXPECT_NEAR(jaro_winkler("martha", "marhta"), 0.961, 0.001);
    EXPECT_NEAR(jaro_winkler("dwayne", "duane"), 0.840, 0.001);
    EXPECT_NEAR(jaro_winkler("dixon", "dicksonx"), 0.813, 0.001);
    EXPECT_DOUBLE_EQ(jaro_winkler("abc", "abc"), 1.0);
    EXPECT_DOUBLE_EQ(jaro_winkler("abc", "xyz"), 0.0);
}

TEST(Compare, ExplanationContributionsAddUpToTheScore) {
    const auto result = cp::match::compare("Kisumu Lakeside Motors Ltd", "Kisumu Lakeside Motor Spares Ltd");
    double sum = 0.0;
    for (const auto& part : result.why.tokens) sum += part.contribution;
    for (const auto& q : result.why.qualifiers) sum += q.delta;
    EXPECT_NEAR(sum, result.score, 1e-9);
}

TEST(Compare, AbsurdInputsScoreZeroWithoutCrashing) {
    EXPECT_EQ(cp::match::compare_names(std::string(20000, 'a'), "a"), 0.0);
    EXPECT_EQ(cp::match::compare_names("\x01\x02\xff\xfe", "ACME"), 0.0);
    EXPECT_EQ(cp::match::compare_names("😀😀", "ACME"), 0.0);
}

}  // namespace
