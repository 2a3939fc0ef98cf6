// SPDX-License-Identifier: Apache-2.0
// Normalisation: romanisation of several scripts, tokens, legal forms, phonetic keys, Jaro-Winkler.
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "match/detail/normalize.hpp"
#include "match/detail/score.hpp"
#include "match/detail/similarity.hpp"
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

TEST(Romanize, HardAndSoftSignsJoinTheWord) {
    // BGN/PCGN writes them as quotes; OFAC writes OBEDINENNAYA / OBYEDINENNAYA, one word.
    EXPECT_TRUE(any_contains(romanize("Объединённая"), "obyedinennaya"));
    EXPECT_TRUE(any_contains(romanize("Подъём"), "podyem"));
    EXPECT_TRUE(any_contains(romanize("Сибирь"), "sibir"));
}

TEST(Romanize, PersianAndArabicBusinessWordsGetAnEnglishForm) {
    // The consonant spelling stays first; a second form has the business words in English.
    const auto persian = romanize("شرکت هواپیمایی ماهان");
    ASSERT_EQ(persian.size(), 2U);
    EXPECT_EQ(persian[0], "shrkt hwapymayy mahan");
    EXPECT_EQ(persian[1], "company airline mahan");
    // A phrase split by a zero-width non-joiner (بین‌المللی, "international") is one entry.
    const auto phrase = romanize("بانک بین‌المللی کیش");
    ASSERT_EQ(phrase.size(), 2U);
    EXPECT_EQ(phrase[1], "bank international kysh");
    // Arabic: the article of a translated word goes with it, the others stay.
    const auto arabic = romanize("مؤسسة الحرمين الخيرية");
    ASSERT_EQ(arabic.size(), 2U);
    EXPECT_EQ(arabic[1], "institution al hrmyn charitable");  // the article goes with the translated word
    // A person's name holds no business word: one form.
    EXPECT_EQ(romanize("حسين موسوي").size(), 1U);
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

TEST(Romanize, HangulNamesGetTheirSyllablesOrTheirBusinessWordsAsWords) {
    // A person: one word per syllable, rieul before a vowel as r, a final stop voiceless.
    EXPECT_TRUE(any_contains(romanize("최룡해"), "choe ryong hae"));
    EXPECT_TRUE(any_contains(romanize("박봉주"), "pak pong ju"));
    // A company: business words in English, the rest one word per run.
    const auto company = romanize("조선련봉총회사");
    EXPECT_EQ(company.back(), "korea ryonbong general corporation");
    EXPECT_TRUE(any_contains(romanize("고려항공"), "koryo air"));
    EXPECT_FALSE(any_contains(romanize("고려항공"), "ko ryo"));  // a company gets no syllable form
    // A long run is no person's name and holds no business word: no further form.
    EXPECT_EQ(romanize("가나다라마바사").size(), 2U);
}

TEST(Romanize, ArabicIsMarkedAsAbjad) {
    bool abjad = false;
    const auto forms = romanize("محمد", &abjad);
    EXPECT_TRUE(abjad);
    EXPECT_EQ(forms.front(), "mhmd");
}

TEST(Romanize, ArabicScriptUsesEnglishConsonantSpellings) {
    bool abjad = false;
    // Word-initial ayn is a vowel in English spellings (OMAR, ALI); ICU's Arabic-Latin dropped it.
    EXPECT_EQ(romanize("عمر علي", &abjad).front(), "amr aly");
    EXPECT_TRUE(abjad);
    // The article is written apart, as in the lists (AL-TIKRITI); "Allah" stays one word.
    EXPECT_EQ(romanize("التكريتي").front(), "al tkryty");
    EXPECT_EQ(romanize("عبد الله").front(), "abd allah");
    EXPECT_EQ(romanize("والجهاد").front(), "wa al jhad");
    // Digraphs as the lists write them; Persian and Pashto letters; presentation forms (NFKC).
    EXPECT_EQ(romanize("خالد شريف ثامر ذياب").front(), "khald shryf thamr dhyab");
    EXPECT_EQ(romanize("حقانی ځدران").front(), "hqany zdran");
    EXPECT_EQ(romanize("\uFEE1\uFEA4\uFEE4\uFEAA").front(), "mhmd");
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

std::string canon_of(std::string_view word) {
    const auto name = analyse(word, cp::lists::Schema::company, false);
    return name.tokens.size() == 1 ? name.tokens[0].canon : "";
}

TEST(Tokens, RussianCaseFormsShareTheCanonOfTheirEnglishTranslation) {
    // Every case and gender of the adjective, in the spellings lists print, meets the English word.
    for (const char* form : {"gosudarstvennoye", "gosudarstvennoe", "gosudarstvennaya", "gosudarstvennyy",
                             "gosudarstvennogo", "gosudarstvennykh"})
        EXPECT_EQ(canon_of(form), canon_of("state")) << form;
    for (const char* form : {"obedinennaya", "obyedinennaya", "obedinennoye", "obiedinennyi"})
        EXPECT_EQ(canon_of(form), canon_of("united")) << form;
    EXPECT_EQ(canon_of("zemelnye"), canon_of("land"));
    EXPECT_EQ(canon_of("tekhnologii"), canon_of("technologies"));
    EXPECT_EQ(canon_of("mashinostroitelny"), canon_of("machine"));
    // The noun "obedinenie" is an association, not "united": whole-word rows win over stems.
    EXPECT_EQ(canon_of("obedinenie"), canon_of("association"));
}

TEST(Tokens, StemsNeedACaseEndingAfterThem) {
    // A stem followed by more than a case ending is another word: no translation.
    EXPECT_EQ(canon_of("morskovski"), "morskovski");
    EXPECT_EQ(canon_of("glavnik"), "glavnik");
    EXPECT_EQ(canon_of("yuzhnyy"), canon_of("south"));
}

TEST(Tokens, PersianArabicTurkishAndPinyinBusinessWordsMeetTheirTranslation) {
    EXPECT_EQ(canon_of("sanaye"), canon_of("industries"));
    EXPECT_EQ(canon_of("saderat"), canon_of("export"));
    EXPECT_EQ(canon_of("sharikat"), canon_of("company"));
    EXPECT_EQ(canon_of("denizcilik"), canon_of("maritime"));
    EXPECT_EQ(canon_of("maoyi"), canon_of("trading"));
}

TEST(Tokens, PersonNamesAreNotSearchedForLegalForms) {
    const auto person = analyse("ooo sa", cp::lists::Schema::person, false);
    for (const auto& token : person.tokens) EXPECT_NE(token.kind, TokenKind::legal_form);
}

TEST(Tokens, ASurnameBeforeACommaIsNotALegalFormEvenWithoutASchema) {
    // KU and SAD alone are legal forms; before a comma and given names they are surnames.
    for (const char* text : {"KU, Cha-hyong", "SAD, Karim Latif"}) {
        const auto forms = normalise(text, std::nullopt);
        ASSERT_FALSE(forms.empty()) << text;
        EXPECT_EQ(forms[0].tokens[0].kind, TokenKind::word) << text;
    }
    // A legal form after the comma, at the end of a company's name, stays one.
    const auto company = normalise("ALBATROS TRADING, LTD", std::nullopt);
    ASSERT_FALSE(company.empty());
    EXPECT_EQ(company[0].tokens.back().kind, TokenKind::legal_form);
}

TEST(Tokens, TheWordsBeforeThePersonsCommaAreItsSurname) {
    const auto forms = normalise("AL-SARAJI, Hashim Finyan", std::nullopt);
    ASSERT_FALSE(forms.empty());
    EXPECT_TRUE(forms[0].surname_first);
    for (const auto& token : forms[0].tokens)
        EXPECT_EQ(token.surname, token.text == "al" || token.text == "saraji") << token.text;
    // No comma, two commas or a company: nothing is known of the roles.
    for (const char* text : {"Hashim Al-Saraji", "SARAJI, Hashim, Finyan", "ALBATROS TRADING, LTD"}) {
        const auto other = normalise(text, std::nullopt);
        ASSERT_FALSE(other.empty()) << text;
        EXPECT_FALSE(other[0].surname_first) << text;
        for (const auto& token : other[0].tokens) EXPECT_FALSE(token.surname) << text;
    }
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

TEST(Abjad, ShortVowelsAndDoubledConsonantsAreFree) {
    EXPECT_NEAR(abjad_similarity("mhmd", "muhammad"), 0.95, 1e-9);
    EXPECT_NEAR(abjad_similarity("hsyn", "hussein"), 0.95, 1e-9);
    EXPECT_NEAR(abjad_similarity("amr", "omar"), 0.95, 1e-9);
    // A written long vowel costs a little when the other spelling has it as a diphthong.
    EXPECT_LT(abjad_similarity("mhmd", "mahmoud"), 0.95);
    EXPECT_GT(abjad_similarity("mhmd", "mahmoud"), 0.8);
    // The article assimilated before a sun letter: "shms al dyn" = SHAMSUDDIN.
    EXPECT_GT(abjad_similarity("shmsaldyn", "shamsuddin"), 0.85);
    // Different consonants are different names.
    EXPECT_LT(abjad_similarity("mhmd", "ahmad"), 0.7);
    EXPECT_LT(abjad_similarity("hsn", "husam"), 0.6);
    EXPECT_EQ(abjad_similarity("", "ali"), 0.0);
}

TEST(Abjad, AFloorGivesTheSameAnswerOrZero) {
    // The floor only stops the alignment early: a pair above it keeps its similarity, one below is 0.
    EXPECT_DOUBLE_EQ(abjad_similarity("mhmd", "mahmoud", 0.6), abjad_similarity("mhmd", "mahmoud"));
    EXPECT_DOUBLE_EQ(abjad_similarity("shmsaldyn", "shamsuddin", 0.85),
                     abjad_similarity("shmsaldyn", "shamsuddin"));
    EXPECT_EQ(abjad_similarity("mhmd", "ahmad", 0.7), 0.0);
    EXPECT_EQ(abjad_similarity("hsn", "husam", 0.6), 0.0);
    EXPECT_EQ(abjad_similarity("mhmd", "muhammad", 0.96), 0.0);  // 0.95 is the most it gives
}

TEST(Tokens, WebNamesSplitAtTheirDots) {
    EXPECT_EQ(split_tokens("www.sercuba.com"), (std::vector<std::string>{"www", "sercuba", "com"}));
    EXPECT_EQ(split_tokens("s.n.c"), (std::vector<std::string>{"snc"}));
    EXPECT_EQ(split_tokens("f.lli rossi"), (std::vector<std::string>{"flli", "rossi"}));
}

TEST(SpellingFold, RomanisationVariantsFoldTogether) {
    EXPECT_EQ(spelling_fold("alexander"), "aleksander");
    EXPECT_EQ(spelling_fold("yuriy"), spelling_fold("yuri"));
    EXPECT_EQ(spelling_fold("mikhail"), spelling_fold("mihail"));
    EXPECT_EQ(spelling_fold("dzhakhangir"), spelling_fold("jahangir"));  // Russian spelling of j
    EXPECT_EQ(spelling_fold("djamel"), spelling_fold("jamel"));          // French spelling of j
    EXPECT_EQ(spelling_fold("hassan"), spelling_fold("hasan"));
    EXPECT_EQ(spelling_fold("qasim"), spelling_fold("kasim"));
    EXPECT_NE(spelling_fold("yang"), spelling_fold("iang"));                   // a first y stays a consonant
    EXPECT_EQ(spelling_fold("sovcomflot"), spelling_fold("sovkomflot"));       // a hard c is a k
    EXPECT_NE(spelling_fold("cesar"), spelling_fold("kesar"));                 // a soft one is not
    EXPECT_EQ(spelling_fold("spetselservis"), spelling_fold("specelservis"));  // Slavic c before e, i, y
    EXPECT_EQ(spelling_fold("tsentr"), spelling_fold("centr"));
    EXPECT_NE(spelling_fold("tsai"), spelling_fold("cai"));        // not before a
    EXPECT_EQ(spelling_fold("htun"), spelling_fold("tun"));        // Burmese aspirated t
    EXPECT_EQ(spelling_fold("zhanna"), spelling_fold("janna"));    // Russian zh written j
    EXPECT_EQ(spelling_fold("rostec"), spelling_fold("rostekh"));  // a final tec, tech or tekh
    EXPECT_EQ(spelling_fold("rostech"), spelling_fold("rostekh"));
    EXPECT_EQ(spelling_fold("promteh"), spelling_fold("promtekh"));
    EXPECT_NE(spelling_fold("fateh"), spelling_fold("fatek"));      // a short -teh is an Arabic name's
    EXPECT_NE(spelling_fold("tecnica"), spelling_fold("tehnica"));  // only at the end
    EXPECT_EQ(spelling_fold("istec"), spelling_fold("istek"));      // still a k (ISTEC / ITSEC: one slip)
    EXPECT_NE(spelling_fold("zhi"), spelling_fold("ji"));           // pinyin: different syllables
    EXPECT_NE(spelling_fold("hsu"), spelling_fold("su"));           // Wade-Giles hs is pinyin x: another name
    EXPECT_NE(spelling_fold("chen"), spelling_fold("khen"));
    EXPECT_EQ(spelling_fold("euromicrotech"),
              spelling_fold("evromikrotekh"));  // Russian eu -> ev, tech -> tekh
    EXPECT_EQ(spelling_fold("eugeny"), spelling_fold("evgeny"));
    EXPECT_NE(spelling_fold("euan"), spelling_fold("evan"));  // not before a vowel
}

TEST(SpellingFold, FrenchChOfArabicNamesIsASecondSpellingButNotInPinyin) {
    EXPECT_EQ(ch_as_sh(spelling_fold("chaar")), spelling_fold("shaar"));  // AL-CHAAR / AL-SHAAR
    EXPECT_EQ(ch_as_sh(spelling_fold("hicham")), spelling_fold("hisham"));
    EXPECT_EQ(ch_as_sh(spelling_fold("schmidt")), spelling_fold("shmidt"));  // German sch
    EXPECT_EQ(ch_as_sh(spelling_fold("shaar")), "");                         // nothing to rewrite
    EXPECT_EQ(ch_as_sh(spelling_fold("chen")), "");                          // pinyin: CHEN is not SHEN
    EXPECT_EQ(ch_as_sh(spelling_fold("chuang")), "");
    EXPECT_EQ(ch_as_sh(spelling_fold("chiao")), "");
    // The comparison that scoring uses agrees with the string it does not build.
    for (std::string_view word : {"chaar", "hicham", "schmidt", "aicha", "chch"}) {
        const std::string with_ch = spelling_fold(word);
        const std::string rewritten = ch_as_sh(with_ch);
        EXPECT_TRUE(ch_as_sh_equals(with_ch, rewritten)) << word;
        EXPECT_FALSE(ch_as_sh_equals(with_ch, rewritten + "a")) << word;
        EXPECT_FALSE(ch_as_sh_equals(with_ch, with_ch)) << word;
    }
}

TEST(Compare, OneTypoInALongWordStaysAMatch) {
    // Jaro-Winkler pairs the repeated o's greedily; the edit distance (one letter in sixteen) decides.
    EXPECT_GE(cp::match::compare_names("ROSOBORANEKSPORT", "ROSOBORONEKSPORT"), 0.9);  // 1 - 1/16
    EXPECT_LT(cp::match::compare_names("ROSOBORANEKSPORT", "ROSTEKHNOLOGII"), 0.3);
}

TEST(Calibrate, MapsTheKneeToTheDefaultThresholdAndKeepsOrder) {
    EXPECT_NEAR(calibrate(0.9, 0.9), cp::match::default_threshold, 1e-12);
    EXPECT_DOUBLE_EQ(calibrate(0.0, 0.9), 0.0);
    EXPECT_DOUBLE_EQ(calibrate(1.0, 0.9), 1.0);
    EXPECT_LT(calibrate(0.85, 0.9), calibrate(0.86, 0.9));
    EXPECT_LT(calibrate(0.95, 0.9), calibrate(0.96, 0.9));
    EXPECT_DOUBLE_EQ(calibrate(0.42, 0.0), 0.42);  // no knee: raw score
}

// The textbook full table, as a reference for the banded one.
std::size_t full_osa(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

TEST(Letters, CountsUpToThreeAsTwoBitPlanes) {
    const auto name = analyse("kassandra", std::nullopt, false);  // fold "kasandra": a x3, s, n, d, r, k
    ASSERT_EQ(name.tokens.size(), 1U);
    const Token& token = name.tokens[0];
    ASSERT_TRUE(token.counts_exact);
    const auto count = [&](char c) {
        const unsigned bit = static_cast<unsigned char>(c) & 31U;
        return ((token.count_low >> bit) & 1U) + 2 * ((token.count_high >> bit) & 1U);
    };
    EXPECT_EQ(count('a'), 3U);
    EXPECT_EQ(count('s'), 1U);
    EXPECT_EQ(count('z'), 0U);
    EXPECT_EQ(token.letters, letter_set(token.fold));
    // Four of a letter do not fit in two bits: the bound falls back to counting the letters.
    EXPECT_FALSE(analyse("abababab", std::nullopt, false).tokens[0].counts_exact);
}

TEST(EditDistance, BandedTableAgreesWithTheFullOneUpToItsLimit) {
    EXPECT_EQ(osa_distance("rosoboraneksport", "rosoboroneksport", 2), 1U);
    EXPECT_EQ(osa_distance("saivz", "saviz", 2), 1U);  // a swap is one edit
    EXPECT_EQ(osa_distance("abc", "abcdef", 2), 3U);   // beyond the limit: limit + 1
    std::mt19937 rng(5);
    for (int round = 0; round < 20000; ++round) {
        std::string a(rng() % 9, 'a');
        std::string b(rng() % 9, 'a');
        for (char& c : a) c = static_cast<char>('a' + rng() % 3);
        for (char& c : b) c = static_cast<char>('a' + rng() % 3);
        for (std::size_t limit : {1U, 2U, 3U}) {
            const std::size_t want = std::min(full_osa(a, b), limit + 1);
            ASSERT_EQ(osa_distance(a, b, limit), want) << a << " / " << b << " limit " << limit;
        }
    }
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

TEST(Compare, LegalFormsOfOtherCountriesAreAQualifierThatAddsUp) {
    const auto result = cp::match::compare("Brenvik Industrial GmbH", "Brenvik Industrial Sdn. Bhd.");
    ASSERT_EQ(result.why.qualifiers.size(), 1U);
    EXPECT_EQ(result.why.qualifiers[0].what, "legal forms of other countries");
    double sum = 0.0;
    for (const auto& part : result.why.tokens) sum += part.contribution;
    EXPECT_NEAR(sum + result.why.qualifiers[0].delta, result.score, 1e-9);
    // An international form translates a national one; two forms of one country are one jurisdiction.
    EXPECT_TRUE(cp::match::compare("Sorvano Trade OOO", "Sorvano Trade LLC").why.qualifiers.empty());
    EXPECT_TRUE(
        cp::match::compare("Brenvik Industrial GmbH", "Brenvik Industrial AG").why.qualifiers.empty());
}

TEST(Compare, AbsurdInputsScoreZeroWithoutCrashing) {
    EXPECT_EQ(cp::match::compare_names(std::string(20000, 'a'), "a"), 0.0);
    EXPECT_EQ(cp::match::compare_names("\x01\x02\xff\xfe", "ACME"), 0.0);
    EXPECT_EQ(cp::match::compare_names("😀😀", "ACME"), 0.0);
    // A run of ordinal numerals far longer than any number (its value would overflow) is read in part.
    std::string ordinal = "第";
    for (int idx = 0; idx < 40; ++idx) ordinal += "九";
    const double score = cp::match::compare_names(ordinal + "丸", ordinal + "丸");
    EXPECT_GE(score, 0.9);
}

TEST(AcronymForms, ARussianOrganisationAcronymIsAlsoReadSpeltOut) {
    std::vector<std::string> forms;
    for (const auto& name : normalise("ЗАО НПО Эшелон", std::nullopt)) forms.push_back(name.form);
    ASSERT_EQ(forms.size(), 3U);  // as written, and in both English wordings
    EXPECT_EQ(forms[1], "zao scientific production association eshelon");
    EXPECT_EQ(forms[2], "zao research and production association eshelon");
    // Later acronyms of the name take their first wording.
    const auto alabuga = normalise("AO OEZ PPT ALABUGA", cp::lists::Schema::company);
    ASSERT_EQ(alabuga.size(), 2U);
    EXPECT_EQ(alabuga[1].form, "ao special economic zone industrial production alabuga");
    // Not in a person's name.
    EXPECT_EQ(normalise("NII, Okb", cp::lists::Schema::person).size(), 1U);
}

TEST(LookalikeForms, ACodeOfCyrillicShapedLatinLettersIsAlsoReadAsCyrillic) {
    // OFAC lists OOO 'CMT-K' beside SMT-K: Cyrillic СМТ-К written with the Latin letters it looks like.
    const auto names = normalise("OOO 'CMT-K'", std::nullopt);
    ASSERT_EQ(names.size(), 2U);
    EXPECT_FALSE(names[0].lookalike);
    EXPECT_EQ(names[1].form, "ooo smt k");
    EXPECT_TRUE(names[1].lookalike);
    EXPECT_EQ(normalise("OOO PCK PROEKT", std::nullopt).at(1).form, "ooo rsk proekt");
    // Not a romanised acronym (KBT is КБТ, KH is Х), not outside a company of a CIS country, not two letters
    // (HK), not words with vowels, not a person.
    EXPECT_EQ(normalise("OOO KBT PROEKT", std::nullopt).size(), 1U);
    EXPECT_EQ(normalise("OOO TKHM", std::nullopt).size(), 1U);
    EXPECT_EQ(normalise("CMT MARINE LTD", std::nullopt).size(), 1U);
    EXPECT_EQ(normalise("OOO HK PROEKT", std::nullopt).size(), 1U);
    EXPECT_EQ(normalise("OOO CAKE", std::nullopt).size(), 1U);
    EXPECT_EQ(normalise("OOO KBT", cp::lists::Schema::person).size(), 1U);
}

TEST(LetterNameForms, EnglishLetterNamesAsRussianSpellsThemAreAlsoReadAsTheLetters) {
    using cp::match::detail::letter_names_reading;
    // Words spelt of three letter names or more (ООО "ЮЭСЭМ" is USM, АО "ЭНПИВИ ИНЖИНИРИНГ" NPV ENGINEERING).
    EXPECT_EQ(letter_names_reading("yuesem"), "usm");
    EXPECT_EQ(letter_names_reading("enpivi"), "npv");
    EXPECT_EQ(letter_names_reading("esefdzhi"), "sfg");
    EXPECT_EQ(letter_names_reading("aitisi"), "itc");
    // Two letter names are names and words (ESEN, EMEL, BIBI); other words do not split into letter names.
    EXPECT_EQ(letter_names_reading("esen"), "");
    EXPECT_EQ(letter_names_reading("bibi"), "");
    EXPECT_EQ(letter_names_reading("metalloinvest"), "");
    EXPECT_EQ(letter_names_reading("yuesemx"), "");
    const auto names = normalise("YUESEM METALLOINVEST OOO", std::nullopt);
    ASSERT_EQ(names.size(), 2U);
    EXPECT_FALSE(names[0].letter_names);
    EXPECT_EQ(names[1].form, "usm metalloinvest ooo");
    EXPECT_TRUE(names[1].letter_names);
    // Names written apart, in a run of two with a long one (DZHI, KYU) or of three: EI is a legal form too.
    EXPECT_EQ(normalise("EI SI DZHI FAINENS LIMITED", std::nullopt).at(1).form, "acg fainens limited");
    EXPECT_EQ(normalise("AI KYU KOMPONENTS", std::nullopt).at(1).form, "iq komponents");
    EXPECT_EQ(normalise("EL EN VALLE", std::nullopt).size(), 1U);  // two short ones: Spanish, Catalan words
    EXPECT_EQ(normalise("YUESEM, Ivan", cp::lists::Schema::person).size(), 1U);
}

}  // namespace
