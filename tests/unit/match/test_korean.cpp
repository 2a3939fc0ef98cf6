// SPDX-License-Identifier: Apache-2.0
// Romanised Korean syllables: Revised Romanisation and McCune-Reischauer spellings fold to one key, and words
// that are not Korean syllables get none.
#include <string>

#include <gtest/gtest.h>

#include "lists/lists.hpp"
#include "match/detail/korean.hpp"
#include "match/match.hpp"
#include "test_data.hpp"

namespace {

std::string fold(std::string_view word) {
    char out[cp::match::detail::korean_fold_capacity];
    const std::size_t length = cp::match::detail::korean_fold(word, out);
    return std::string(out, length);
}

TEST(KoreanFold, RevisedAndMcCuneReischauerSpellingsMeet) {
    EXPECT_EQ(fold("jeong"), fold("jong"));
    EXPECT_EQ(fold("jeong"), fold("chong"));  // CHO'NG: the breve's apostrophe is gone before this
    EXPECT_EQ(fold("gim"), fold("kim"));
    EXPECT_EQ(fold("eun"), fold("un"));
    EXPECT_EQ(fold("gyu"), fold("kyu"));
    EXPECT_EQ(fold("byeong"), fold("pyong"));
    EXPECT_EQ(fold("cheol"), fold("chol"));
    EXPECT_EQ(fold("yeo"), fold("yo"));
    EXPECT_EQ(fold("bok"), fold("pok"));
    EXPECT_EQ(fold("jeongeun"), fold("jongun"));  // written as one word
}

TEST(KoreanFold, DifferentSyllablesStayApart) {
    EXPECT_NE(fold("jong"), fold("jang"));
    EXPECT_NE(fold("kim"), fold("kam"));
    EXPECT_NE(fold("un"), fold("an"));
    EXPECT_NE(fold("chol"), fold("chul"));
}

TEST(KoreanFold, OnlyKoreanPersonalNamesAreReadAsKorean) {
    using cp::match::detail::looks_korean;
    EXPECT_TRUE(looks_korean({"kim", "jong", "un"}));
    EXPECT_TRUE(looks_korean({"gim", "jeong", "eun"}));
    EXPECT_TRUE(looks_korean({"pak", "il", "gyu"}));
    EXPECT_TRUE(looks_korean({"man", "pok", "chong"}));  // surname last
    // Words that parse as syllables, but no Korean surname at either end, or a word of three syllables.
    EXPECT_FALSE(looks_korean({"hassan", "ali"}));
    EXPECT_FALSE(looks_korean({"mohammad", "kim"}));
    EXPECT_FALSE(looks_korean({"kim"}));  // one word: nothing to tell it from a company or a ship
    EXPECT_FALSE(looks_korean({"kim", "smith"}));
}

TEST(KoreanFold, WordsThatAreNotKoreanSyllablesHaveNoKey) {
    EXPECT_EQ(fold("alexander"), "");  // x is no Korean letter
    EXPECT_EQ(fold("smith"), "");      // consonant cluster
    EXPECT_EQ(fold("bill"), "");       // a final l cannot start a syllable
    EXPECT_EQ(fold(""), "");
    EXPECT_EQ(fold("abcdefghijklmnop"), "");  // longer than three syllables can be
}

TEST(KoreanNames, RevisedRomanisationMatchesTheListedSpelling) {
    // The example: "Kim Jong Un" as South Korea writes it.
    EXPECT_GE(cp::match::compare_names("Gim Jeong-eun", "KIM, Jong Un", cp::lists::Schema::person),
              cp::match::default_threshold);
    EXPECT_GE(cp::match::compare_names("PAK, Il-Gyu", "PAK, Il-Kyu", cp::lists::Schema::person),
              cp::match::default_threshold);
    EXPECT_GE(cp::match::compare_names("CHO'NG, Man-pok", "JONG, Man Bok", cp::lists::Schema::person),
              cp::match::default_threshold);
    // Another person with one syllable different.
    EXPECT_LT(cp::match::compare_names("Gim Jeong-eun", "KIM, Jong Chol", cp::lists::Schema::person),
              cp::match::default_threshold);
}

TEST(KoreanNames, AnRrQueryFindsTheMcCuneReischauerEntryInTheBundledLists) {
    // "Gim Yeo-jeong": no word shares a sound key or prefix with KIM, Yo Jong, and hundreds of listed names
    // share the sound keys of its words: only the Korean keys (as folded spellings) make the entry a
    // candidate here (without them, KIM, Yo Jong was not among the hits at any score).
    const auto set = cp::lists::load_directory(cp::test::source_file("data/lists"));
    const cp::match::Index index(set);
    cp::match::MatchOptions options;
    options.threshold = 0.0;
    const auto hits = index.query("Gim Yeo-jeong", options);
    ASSERT_TRUE(hits.has_value());
    ASSERT_FALSE(hits->empty());
    EXPECT_EQ(set.entities[(*hits)[0].entity_index].first(cp::lists::Prop::name).value_or(""),
              "KIM, Yo Jong");
    EXPECT_GE((*hits)[0].score, cp::match::default_threshold);
}

}  // namespace
