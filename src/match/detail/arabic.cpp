// SPDX-License-Identifier: Apache-2.0
// Arabic-script letters (Arabic, Persian, Urdu, Pashto) to the English-convention consonant spelling that the
// romanised lists use ("sh", "kh", "th", "dh", "gh"). ICU's Arabic-Latin is scholarly (ṯ, ḏ, ʿ) and loses
// information once folded to ASCII: word-initial ayn disappears ("عمر" -> "mr", listed OMAR),
// Persian-Latin/BGN drops the alif of the article ("الرحمن" -> "lrhmn") and Urdu heh forms are left out.
// Short vowels are not written in these scripts; the scorer bridges them (detail/score.cpp,
// abjad_similarity), so no vowels are guessed here. The article "al-" and the conjunction "wa-" glued to a
// word are split off, as the lists write them apart ("AL-TIKRITI", "WA AL-JIHAD").
#include "match/detail/arabic.hpp"

#include <vector>

#include <unicode/utf8.h>

namespace cp::match::detail {

namespace {

// Latin spelling of one Arabic-script code point; nullptr = not an Arabic-script letter (kept as is),
// "" = dropped (hamza carriers, vowel marks, tatweel).
const char* latin(UChar32 c, bool word_start, bool persian) {
    // Persian, Urdu and Pashto read these Arabic letters as s and z: ذاکر ZAKIR, رمضان RAMAZAN, فیض FAIZ.
    if (persian) {
        if (c == 0x062B) return "s";
        if (c == 0x0630 || c == 0x0636 || c == 0x0638) return "z";
    }
    switch (c) {
    case 0x0621:
        return "";  // hamza
    case 0x0622:
        return "a";  // alif madda
    case 0x0623:
        return "a";  // alif hamza above
    case 0x0624:
        return "";  // waw hamza
    case 0x0625:
        return "i";  // alif hamza below
    case 0x0626:
        return "y";  // yeh hamza ("al-Samarrai")
    case 0x0627:
        return "a";
    case 0x0628:
        return "b";
    case 0x0629:
        return "a";  // taa marbuta: names end in -a/-ah ("Samira", "Juma")
    case 0x062A:
        return "t";
    case 0x062B:
        return "th";
    case 0x062C:
        return "j";
    case 0x062D:
        return "h";
    case 0x062E:
        return "kh";
    case 0x062F:
        return "d";
    case 0x0630:
        return "dh";
    case 0x0631:
        return "r";
    case 0x0632:
        return "z";
    case 0x0633:
        return "s";
    case 0x0634:
        return "sh";
    case 0x0635:
        return "s";
    case 0x0636:
        return "d";
    case 0x0637:
        return "t";
    case 0x0638:
        return "z";
    // Ayn: a vowel letter in English spellings at the start of a word ("Omar", "Ali", "Abd", "Isam"),
    // silent or an apostrophe inside ("Ma'ruf", "Saad").
    case 0x0639:
        return word_start ? "a" : "";
    case 0x063A:
        return "gh";
    case 0x0640:
        return "";  // tatweel
    case 0x0641:
        return "f";
    case 0x0642:
        return "q";
    case 0x0643:
        return "k";
    case 0x0644:
        return "l";
    case 0x0645:
        return "m";
    case 0x0646:
        return "n";
    case 0x0647:
        return "h";
    case 0x0648:
        return "w";
    case 0x0649:
        return "e";  // alif maksura: final -a in Arabic ("Yahya", "Musa"), final -i in Persian and Urdu
                     // writing ("حقانى" HAQQANI); "e" stands for either (score.cpp letter_cost)
    case 0x064A:
        return "y";
    case 0x0670:
        return "a";  // superscript alif
    case 0x0671:
        return "a";  // alif wasla
    case 0x0679:
        return "t";  // Urdu tteh
    case 0x067C:
        return "t";  // Pashto
    case 0x067E:
        return "p";
    case 0x0681:
        return "z";  // Pashto dze: "ځدران" ZADRAN
    case 0x0685:
        return "ts";
    case 0x0686:
        return "ch";
    case 0x0688:
        return "d";
    case 0x0689:
        return "d";
    case 0x0691:
        return "r";
    case 0x0693:
        return "r";
    case 0x0696:
        return "zh";
    case 0x0698:
        return "zh";
    case 0x069A:
        return "sh";
    case 0x06A9:
        return "k";
    case 0x06AF:
        return "g";
    case 0x06BA:
        return "n";
    case 0x06BC:
        return "n";
    case 0x06BE:
        return "h";  // Urdu heh doachashmee (aspiration)
    case 0x06C0:
        return "a";
    case 0x06C1:
        return "h";  // Urdu heh goal
    case 0x06C3:
        return "a";
    case 0x06CC:
        return "y";  // Persian yeh
    case 0x06CD:
        return "y";
    case 0x06D0:
        return "y";
    case 0x06D2:
        return "e";  // Urdu yeh barree
    case 0x06D5:
        return "a";
    default:
        break;
    }
    if (c >= 0x064B && c <= 0x065F) return "";  // vowel marks, shadda, sukun
    if (c >= 0x0660 && c <= 0x0669) return nullptr;
    return nullptr;
}

// Letters only Persian, Urdu or Pashto write (and the Persian forms of kaf and yeh).
bool is_persian_letter(UChar32 c) {
    switch (c) {
    case 0x067E:
    case 0x0686:
    case 0x0698:
    case 0x06AF:
    case 0x06A9:
    case 0x06CC:
    case 0x0679:
    case 0x0688:
    case 0x0691:
    case 0x06BA:
    case 0x06BE:
    case 0x06C1:
    case 0x06D2:
    case 0x067C:
    case 0x0681:
    case 0x0685:
    case 0x0689:
    case 0x0693:
    case 0x0696:
    case 0x069A:
    case 0x06BC:
    case 0x06CD:
    case 0x06D0:
        return true;
    default:
        return false;
    }
}

bool is_arabic_letter(UChar32 c) {
    return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D5);
}

}  // namespace

std::string arabic_to_latin(std::string_view utf8, std::optional<bool> persian_text) {
    // Pass 1: code points, so that word starts and the article can be seen.
    std::vector<UChar32> cps;
    for (int32_t pos = 0; pos < static_cast<int32_t>(utf8.size());) {
        UChar32 c = 0;
        U8_NEXT(utf8.data(), pos, static_cast<int32_t>(utf8.size()), c);
        cps.push_back(c < 0 ? 0xFFFD : c);
    }
    bool persian = false;
    for (UChar32 c : cps) persian = persian || is_persian_letter(c);
    if (persian_text) persian = *persian_text;
    std::string out;
    bool word_start = true;
    for (std::size_t idx = 0; idx < cps.size(); ++idx) {
        const UChar32 c = cps[idx];
        if (!is_arabic_letter(c) && !(c >= 0x064B && c <= 0x065F) && c != 0x0640) {
            char buf[4];
            int32_t len = 0;
            U8_APPEND_UNSAFE(buf, len, c);
            out.append(buf, static_cast<std::size_t>(len));
            word_start = true;
            continue;
        }
        if (word_start) {
            // "wa" + article: "والجهاد" -> "wa al jhad"; article: "التكريتي" -> "al tkryty". Only before a
            // word of 2+ letters, so that short words beginning with these letters stay whole.
            std::size_t end = idx;
            while (end < cps.size() && is_arabic_letter(cps[end])) ++end;
            std::size_t at = idx;
            if (cps[at] == 0x0648 && end - at >= 5 && cps[at + 1] == 0x0627 && cps[at + 2] == 0x0644) {
                out += "wa ";
                ++at;
            }
            if (end - at >= 4 && (cps[at] == 0x0627 || cps[at] == 0x0671) && cps[at + 1] == 0x0644) {
                // "الله" (Allah) is a word of its own, not article + noun.
                const bool allah = end - at == 4 && cps[at + 2] == 0x0644 && cps[at + 3] == 0x0647;
                if (!allah) {
                    out += "al ";
                    idx = at + 1;
                    word_start = true;
                    continue;
                }
                out += "allah";
                idx = end - 1;
                word_start = false;
                continue;
            }
            idx = at;
        }
        const char* text = latin(cps[idx], word_start, persian);
        if (text != nullptr) out += text;
        word_start = false;
    }
    return out;
}

}  // namespace cp::match::detail
