// SPDX-License-Identifier: Apache-2.0
// Name conventions rewritten before comparison: Arabic compound names in Latin letters (arabic_names.cpp) and
// Belarusian and Ukrainian name stems (slavic.cpp), Russian compounds of word stubs (compounds.cpp), Chinese
// business words (chinese.cpp). The .cases files test their effect on scores; these tests pin the rewriting
// itself, including the words it must leave alone.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lists/entity.hpp"
#include "match/detail/arabic.hpp"
#include "match/detail/chinese.hpp"
#include "match/detail/compounds.hpp"
#include "match/detail/normalize.hpp"
#include "match/detail/reference.hpp"
#include "match/detail/slavic.hpp"

namespace {

using cp::match::detail::analyse;
using cp::match::detail::as_russian_spelling;
using cp::match::detail::east_slavic_alike;
using cp::match::detail::east_slavic_as_russian;
using cp::match::detail::east_slavic_ending;
using cp::match::detail::normalise_arabic_name_parts;
using cp::match::detail::place_of_adjective;
using Words = std::vector<std::string>;

Words parts(Words words, bool abjad = false) {
    normalise_arabic_name_parts(words, abjad);
    return words;
}

TEST(ArabicNameParts, AbdAndTheNameWhateverTheArticle) {
    EXPECT_EQ(parts({"abdulrahman"}), (Words{"abd", "rahman"}));
    EXPECT_EQ(parts({"abdelrahman"}), (Words{"abd", "rahman"}));
    EXPECT_EQ(parts({"abdurrahman"}), (Words{"abd", "rahman"}));
    EXPECT_EQ(parts({"abdirahman"}), (Words{"abd", "rahman"}));
    EXPECT_EQ(parts({"abdessalam"}), (Words{"abd", "salam"}));
    EXPECT_EQ(parts({"abd", "al", "rahman"}), (Words{"abd", "rahman"}));
    EXPECT_EQ(parts({"abdul", "rahman"}), (Words{"abd", "rahman"}));
    EXPECT_EQ(parts({"rehman", "abdur"}), (Words{"rehman", "abd"}));
}

TEST(ArabicNameParts, AbdAllahInItsSpellings) {
    for (const char* word : {"abdullah", "abdallah", "abdulah", "abdullahi", "abdoulaye", "abdalla"}) {
        EXPECT_EQ(parts({word}), (Words{"abd", "allah"})) << word;
    }
    EXPECT_EQ(parts({"abdollahpour"}), (Words{"abd", "allah", "pour"}));
}

TEST(ArabicNameParts, OfTheFaithGluedOrApart) {
    EXPECT_EQ(parts({"noureddine"}), (Words{"nour", "din"}));
    EXPECT_EQ(parts({"salahuddin"}), (Words{"salah", "din"}));
    EXPECT_EQ(parts({"nasraldine"}), (Words{"nasr", "din"}));
    EXPECT_EQ(parts({"nur", "al", "din"}), (Words{"nur", "din"}));
    EXPECT_EQ(parts({"shahab", "uddin"}), (Words{"shahab", "din"}));
    EXPECT_EQ(parts({"zaher", "el", "dine"}), (Words{"zaher", "din"}));
}

TEST(ArabicNameParts, AnAssimilatedArticleBeforeItsName) {
    EXPECT_EQ(parts({"ur", "rehman"}), (Words{"rehman"}));
    EXPECT_EQ(parts({"as", "salam"}), (Words{"salam"}));
    EXPECT_EQ(parts({"us", "shipping"}), (Words{"us", "shipping"}));  // US SHIPPING
}

TEST(ArabicNameParts, OtherWordsAreLeftAlone) {
    for (const char* word : {"geraldine", "baldin", "abdi", "abdou", "mullah", "din", "al"}) {
        EXPECT_EQ(parts({word}), (Words{word})) << word;
    }
    EXPECT_EQ(parts({"geraldine", "moss"}), (Words{"geraldine", "moss"}));
}

TEST(ArabicNameParts, RomanisedArabicScriptJoinsOnlyWhatIsApart) {
    EXPECT_EQ(parts({"bd", "al", "rhmn"}, true), (Words{"bd", "rhmn"}));
    EXPECT_EQ(parts({"mhy", "al", "dyn"}, true), (Words{"mhy", "din"}));
    EXPECT_EQ(parts({"nwraldyn"}, true), (Words{"nwraldyn"}));
    EXPECT_EQ(parts({"abdaljbar"}, true), (Words{"abd", "jbar"}));
    EXPECT_EQ(parts({"bdaljbar"}, true), (Words{"bd", "jbar"}));
    EXPECT_EQ(parts({"abdallh"}, true), (Words{"abd", "allah"}));
}

TEST(SlavicNames, GivenNamesAndPatronymicsTakeTheRussianStem) {
    EXPECT_EQ(as_russian_spelling("aleh"), "oleg");
    EXPECT_EQ(as_russian_spelling("siarhei"), "sergei");
    EXPECT_EQ(as_russian_spelling("siarheevich"), "sergeevich");
    EXPECT_EQ(as_russian_spelling("uladzimirauna"), "vladimirauna");
    EXPECT_EQ(as_russian_spelling("volodymyr"), "vladimir");
    EXPECT_EQ(as_russian_spelling("mykolayovych"), "nikolayovych");
    EXPECT_EQ(as_russian_spelling("volha"), "olga");
    EXPECT_EQ(as_russian_spelling("alena"), "yelena");
}

TEST(SlavicNames, BelarusianSurnameEndings) {
    EXPECT_EQ(as_russian_spelling("karpiankou"), "karpiankov");
    EXPECT_EQ(as_russian_spelling("ivanou"), "ivanov");
    EXPECT_EQ(as_russian_spelling("makarevichou"), "makarevichov");
}

TEST(SlavicNames, OtherWordsAreLeftAlone) {
    // A stem followed by anything but a name ending, a name that is only the stem's letters, West African
    // names ending in -ou. (A vowel ending is a given-name ending: Japanese IHARA reads as IHAR-A, IGOR-A.)
    for (const char* word : {"volhov", "alenka", "alen", "mamadou", "hamidou", "sekou", "abdou", "oleg"}) {
        EXPECT_EQ(as_russian_spelling(word), word) << word;
    }
}

TEST(SlavicNames, BelarusianAndUkrainianEndings) {
    for (const char* word : {"viacheslau", "barysau", "mikhailauna", "ryhoravich", "mykolayovych", "ivanivna",
                             "dzianis", "hienadz", "arkadzievich"}) {
        EXPECT_TRUE(east_slavic_ending(word)) << word;
    }
    // West African -ou, Cantonese -au, Russian -yi outside BGN/PCGN, dzh for j.
    for (const char* word : {"mamadou", "sekou", "chau", "proizvodstvennyi", "dzhamal", "hassan", "ivanov"}) {
        EXPECT_FALSE(east_slavic_ending(word)) << word;
    }
}

TEST(SlavicNames, OneMarkedWordMarksTheWholeName) {
    const auto marked = [](const char* text) {
        const auto name = analyse(text, cp::lists::Schema::person, false);
        return !name.tokens.empty() && std::all_of(name.tokens.begin(), name.tokens.end(),
                                                   [](const auto& token) { return token.east_slavic; });
    };
    EXPECT_TRUE(marked("kharaneka, viacheslau"));  // a Belarusian ending
    EXPECT_TRUE(marked("karpiankou, ivan"));       // a surname ending as_russian_spelling rewrites
    EXPECT_TRUE(marked("shevchuk, volodymyr"));    // a Ukrainian given-name stem
    EXPECT_FALSE(marked("khoroneko, vyacheslav"));
    EXPECT_FALSE(marked("diallo, mamadou"));
}

TEST(SlavicNames, BelarusianAndRussianSpellingsOfOneName) {
    EXPECT_TRUE(east_slavic_alike("kharaneka", "khoroneko"));
    EXPECT_TRUE(east_slavic_alike("rassalai", "rossolay"));
    EXPECT_TRUE(east_slavic_alike("halavanau", "golovanov"));
    EXPECT_TRUE(east_slavic_alike("viachaslau", "vyacheslav"));
    EXPECT_TRUE(east_slavic_alike("khadzymuratavich", "khadzimuratovich"));
    EXPECT_TRUE(east_slavic_alike("kanstantsin", "konstantin"));  // ts for a soft t
    EXPECT_EQ(east_slavic_as_russian("halavanau"), "galavanau");
    EXPECT_EQ(east_slavic_as_russian("hienadz"), "gienad");
    EXPECT_EQ(east_slavic_as_russian("dzhamal"), "dzhamal");
}

TEST(SlavicNames, OtherConsonantsAreAnotherName) {
    EXPECT_FALSE(east_slavic_alike("marazau", "mazurov"));    // r and z swapped
    EXPECT_FALSE(east_slavic_alike("kazlou", "kozlovskiy"));  // a consonant more
    EXPECT_FALSE(east_slavic_alike("ivan", "ivan"));          // under five letters: too short to read so
    EXPECT_FALSE(east_slavic_alike("asana", "osono"));        // two consonants
}

TEST(SlavicNames, PlaceAdjectivesGiveThePlace) {
    EXPECT_EQ(place_of_adjective("barnaulskii"), "barnaul");
    EXPECT_EQ(place_of_adjective("uralskaya"), "ural");
    EXPECT_EQ(place_of_adjective("azovski"), "azov");
    EXPECT_EQ(place_of_adjective("nevskiye"), "nevsk");       // a stem of three letters keeps -sk
    EXPECT_EQ(place_of_adjective("metallurgicheskaya"), "");  // not a place
    EXPECT_EQ(place_of_adjective("omsk"), "");
    EXPECT_EQ(place_of_adjective("bluesky"), "");  // an English word in -sky
    EXPECT_EQ(place_of_adjective("whisky"), "");
    EXPECT_EQ(place_of_adjective("omskiy"), "omsk");  // a city in -sk: the stem alone is too short
    EXPECT_EQ(place_of_adjective("izhevsky"), "izhev");
    EXPECT_EQ(place_of_adjective("barnaul"), "");
}

TEST(SlavicNames, PlaceAdjectivesOnlyInOrganisationNames) {
    const auto canon_of = [](std::string_view name, std::optional<cp::lists::Schema> schema,
                             std::size_t idx) { return analyse(name, schema, false).tokens.at(idx).canon; };
    EXPECT_EQ(canon_of("barnaulskii patronnyi zavod", std::nullopt, 0), "barnaul");
    EXPECT_EQ(canon_of("izhevsk electromechanical plant", std::nullopt, 0), "izhev");  // the city: IZHEVSKY
    EXPECT_EQ(canon_of("real estate development llc", std::nullopt, 0), "realty");     // two words, one word
    EXPECT_EQ(canon_of("ostrovsky ivan", cp::lists::Schema::person, 0), "ostrovsky");
    EXPECT_EQ(canon_of("ostrovsky ivan", std::nullopt, 0), "ostrovsky");  // no business word: a person
}

std::string compound(std::string_view word) {
    return cp::match::detail::spelt_out_compound(word, cp::match::detail::reference());
}

TEST(RussianCompounds, StubsAreSpeltOutAndOtherPiecesKept) {
    EXPECT_EQ(compound("kurganmashzavod"), "kurgan mashinostroitelny zavod");
    EXPECT_EQ(compound("uralvagonzavod"), "ural vagon zavod");
    EXPECT_EQ(compound("sibugol"), "sibirsky ugol");
    EXPECT_EQ(compound("rosoboroneksport"), "rossiysky oboronny eksport");
    EXPECT_EQ(compound("kazankompressormash"), "kazan kompressor mashinostroitelny");
}

TEST(RussianCompounds, OtherWordsAreNotSplit) {
    EXPECT_EQ(compound("gazelle"), "");            // one stub only
    EXPECT_EQ(compound("rostov"), "");             // "tov" is too short a piece
    EXPECT_EQ(compound("mashinostroitelny"), "");  // a stub and a long piece: one stub
    EXPECT_EQ(compound("transcendental"), "");
    EXPECT_EQ(compound("gaz"), "");
}

std::string chinese(std::string_view name) {
    std::string out;
    for (const auto& piece : cp::match::detail::chinese_business_pieces(name))
        out += (out.empty() ? "" : "|") + std::string(piece.english ? "=" : "") + piece.text;
    return out;
}

TEST(ChineseBusinessWords, TradeWordsInEnglishAndTheRunsBetweenKept) {
    EXPECT_EQ(chinese("深圳市华强电子科技有限公司"), "深圳|华强|=electronic|=technology|=co ltd");
    EXPECT_EQ(chinese("雾山精密机械股份有限公司"),
              "雾山|=precision|=machinery|=co ltd");  // longest form first
    EXPECT_EQ(chinese("ABC 国际贸易"), "ABC |=international|=trading");
    EXPECT_EQ(chinese("王小明"), "");  // no business word: no such form
    // Broken UTF-8 around a business word is kept as its own piece, not read past.
    EXPECT_EQ(chinese("\xff\xfe电子\xe4"), "\xff\xfe|=electronic|\xe4");
}

}  // namespace
