// SPDX-License-Identifier: Apache-2.0
// Romanisation with ICU transforms. OFAC files are pure ASCII (shared/data/README.md), so every name is
// brought to lower-case ASCII Latin. Cyrillic uses BGN/PCGN (OFAC's own spellings: "Zhovnerchik",
// "Vladimirovich"), with the Russian table also applied to Ukrainian and Belarusian names because OFAC often
// spells those the Russian way (cascade pairs "russian-based-spelling"). Arabic-script names (Arabic,
// Persian, Urdu, Pashto) use our own consonant table (arabic.cpp) instead of ICU's. Hangul gets a second,
// McCune-Reischauer-like form ("gimjeongeun" -> "kimjongun"). Armenian and Georgian use BGN/PCGN, Greek both
// BGN/PCGN and Any-Latin. ICU Transliterator objects are not thread-safe:
// one cache per thread.
#include <array>
#include <map>
#include <memory>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include "core/error.hpp"
#include "match/detail/arabic.hpp"
#include "match/detail/chinese.hpp"
#include "match/detail/korean.hpp"
#include "match/detail/normalize.hpp"

namespace cp::match::detail {

namespace {

// Ayn and hamza come out of Any-Latin as modifier letters (U+02BE, U+02BF...): removed, as OFAC writes
// "MARUF" or "MA'RUF" for معروف and the apostrophe is dropped by the tokeniser anyway. BGN/PCGN writes the
// Cyrillic hard sign as U+201D and the soft sign as U+2019 (other tables as primes U+02B9, U+02BA): removed
// too, else "Объединённая" split into "ob yedinennaya" where OFAC writes OBEDINENNAYA or OBYEDINENNAYA.
constexpr std::string_view tail =
    "; Any-Latin; [\\u02B9\\u02BA\\u02BB\\u02BC\\u02BE\\u02BF\\u2019\\u201D] Remove; Latin-ASCII; NFD; "
    "[:Nonspacing Mark:] Remove; Any-Lower";

// The id of NFKC followed by the tail: how a run of text outside the first transform is romanised.
const std::string& nfkc_tail() {
    static const std::string id = "NFKC" + std::string(tail);
    return id;
}

icu::Transliterator& transliterator(const std::string& id) {
    thread_local std::map<std::string, std::unique_ptr<icu::Transliterator>> cache;
    auto it = cache.find(id);
    if (it != cache.end()) return *it->second;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> created(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !created) {
        throw cp::Error("ICU cannot create the transform '" + id + "': " + u_errorName(status));
    }
    return *cache.emplace(id, std::move(created)).first->second;
}

std::string run_transform(const std::string& id, const icu::UnicodeString& source) {
    icu::UnicodeString text(source);
    transliterator(id).transliterate(text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

struct Scripts {
    bool cyrillic = false;
    bool ukrainian = false;   // і ї є ґ
    bool belarusian = false;  // ў
    bool arabic = false;
    bool hebrew = false;
    bool hangul = false;
    bool armenian = false;
    bool georgian = false;
    bool greek = false;
    bool han = false;
};

Scripts detect(const icu::UnicodeString& text) {
    Scripts found;
    for (int32_t pos = 0; pos < text.length();) {
        const UChar32 c = text.char32At(pos);
        pos += U16_LENGTH(c);
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (script == USCRIPT_CYRILLIC) found.cyrillic = true;
        if (script == USCRIPT_ARABIC) found.arabic = true;
        if (script == USCRIPT_HEBREW) found.hebrew = true;
        if (script == USCRIPT_HANGUL) found.hangul = true;
        if (script == USCRIPT_ARMENIAN) found.armenian = true;
        if (script == USCRIPT_GEORGIAN) found.georgian = true;
        if (script == USCRIPT_GREEK) found.greek = true;
        if (script == USCRIPT_HAN) found.han = true;
        if (c == 0x0456 || c == 0x0406 || c == 0x0457 || c == 0x0407 || c == 0x0454 || c == 0x0404 ||
            c == 0x0491 || c == 0x0490) {
            found.ukrainian = true;
        }
        if (c == 0x045E || c == 0x040E) found.belarusian = true;
    }
    return found;
}

// Revised Romanisation -> a McCune-Reischauer-like spelling as used in older and DPRK names (Kim Jong Un,
// Pyongyang): word-initial g/d/b devoiced, "eo" and "eu" written "o" and "u", and rieul before a vowel
// written r as both systems write it (ICU writes l: "golyeo" for KORYO, "lyeonbong" for RYONBONG).
std::string mr_variant(std::string_view rr) {
    std::string out;
    bool word_start = true;
    for (std::size_t pos = 0; pos < rr.size(); ++pos) {
        const char c = rr[pos];
        const bool letter = c >= 'a' && c <= 'z';
        const bool before_vowel = pos + 1 < rr.size() && is_vowel_or_y(rr[pos + 1]);
        if (c == 'l' && before_vowel && (word_start || is_vowel_or_y(rr[pos - 1]))) {
            out += 'r';
        } else if (c == 'e' && pos + 1 < rr.size() && (rr[pos + 1] == 'o' || rr[pos + 1] == 'u')) {
            out += rr[pos + 1];
            ++pos;
        } else if (letter && word_start) {
            out += c == 'g' ? 'k' : c == 'd' ? 't' : c == 'b' ? 'p' : c;
        } else {
            out += c;
        }
        word_start = !letter;
    }
    return out;
}

// Value of a Chinese or Japanese numeral character (digits 0-9, or a unit 10, 100, 1000); -1 otherwise.
int cjk_numeral(UChar32 c) {
    switch (c) {
    case 0x3007:
    case 0x96F6:
        return 0;  // 〇 零
    case 0x4E00:
        return 1;  // 一
    case 0x4E8C:
    case 0x4E24:
        return 2;  // 二 两
    case 0x4E09:
        return 3;
    case 0x56DB:
        return 4;
    case 0x4E94:
        return 5;
    case 0x516D:
        return 6;
    case 0x4E03:
        return 7;
    case 0x516B:
        return 8;
    case 0x4E5D:
        return 9;
    case 0x5341:
        return 10;  // 十
    case 0x767E:
        return 100;  // 百
    case 0x5343:
        return 1000;  // 千
    default:
        return -1;
    }
}

// An ordinal 第 + numeral ("第十八" = No. 18, as Japanese and Chinese vessels and companies are numbered:
// 第八星風丸 is the eighth SEIFU MARU) written as its digits, so that numbers must agree as in Latin names;
// read as words (Any-Latin "di shi ba") 18 and 8 differed by one word.
void ordinals_as_digits(icu::UnicodeString& text) {
    for (int32_t pos = text.indexOf(static_cast<UChar>(0x7B2C)); pos >= 0;
         pos = text.indexOf(static_cast<UChar>(0x7B2C), pos + 1)) {
        int32_t end = pos + 1;
        long total = 0;
        long digit = -1;
        // At most 12 numeral characters: vessel and company numbers are short, and the value must not
        // overflow.
        while (end < text.length() && end - pos <= 12) {
            const int value = cjk_numeral(text.charAt(end));
            if (value < 0) break;
            if (value >= 10) {
                total += (digit < 0 ? 1 : digit) * value;
                digit = -1;
            } else {
                digit = digit < 0 ? value : digit * 10 + value;  // 二〇 (20) written digit by digit
            }
            ++end;
        }
        if (end == pos + 1) continue;
        if (digit > 0) total += digit;
        icu::UnicodeString digits(static_cast<UChar>(' '));
        digits.append(icu::UnicodeString::fromUTF8(std::to_string(total))).append(static_cast<UChar>(' '));
        text.replace(pos, end - pos, digits);
    }
}

// A Chinese company name with its business words in English and each other run of characters romanised as
// one word (chinese.cpp): "shenzhen huaqiang electronic technology co ltd"; "" when it has no such word.
std::string chinese_business_form(const icu::UnicodeString& source) {
    // Hong Kong and Taiwan names are written in traditional characters (電子 for 电子): the table has the
    // simplified ones.
    icu::UnicodeString simplified(source);
    transliterator("Hant-Hans").transliterate(simplified);
    std::string utf8;
    simplified.toUTF8String(utf8);
    const auto pieces = chinese_business_pieces(utf8);
    if (pieces.empty()) return {};
    std::string out;
    for (const auto& piece : pieces) {
        out += ' ';
        if (piece.english) {
            out += piece.text;
            continue;
        }
        const std::string latin = run_transform(nfkc_tail(), icu::UnicodeString::fromUTF8(piece.text));
        for (char c : latin) {
            if (c != ' ') out += c;  // one word per run: HUAQIANG, not "hua qiang"
        }
    }
    return out;
}

// A Hangul name with its business words in English and the rest in McCune-Reischauer-like spelling, one
// word per run (DPRK names: KOREA MINING DEVELOPMENT TRADING, CHOSON TAESONG UNHAENG); "" when it has no
// business word.
std::string korean_business_form(const icu::UnicodeString& source) {
    std::string utf8;  // with ordinals as digits, as the other forms read it
    source.toUTF8String(utf8);
    const auto pieces = korean_business_pieces(utf8);
    std::string out;
    for (const auto& piece : pieces) {
        if (!out.empty()) out += ' ';
        out += piece.english
                   ? piece.text
                   : mr_variant(run_transform(nfkc_tail(), icu::UnicodeString::fromUTF8(piece.text)));
    }
    return out;
}

// A short Hangul name (a person's: 최룡해, 리철) with each syllable its own word in McCune-Reischauer-like
// spelling ("choe ryong hae"), as the lists write Korean names (CHOE, Ryong Hae; RI, Chol); ICU writes the
// syllables of a run as one word ("choelyonghae"). "" for other names.
std::string korean_syllable_form(const icu::UnicodeString& source) {
    constexpr int32_t most_syllables = 5;
    std::string out;
    int32_t syllables = 0;
    for (int32_t pos = 0; pos < source.length();) {
        const UChar32 c = source.char32At(pos);
        pos += U16_LENGTH(c);
        if (c == ' ') continue;
        if (!is_hangul_syllable(c) || ++syllables > most_syllables) return {};
        if (!out.empty()) out += ' ';
        std::string syllable = mr_variant(run_transform(nfkc_tail(), icu::UnicodeString(c)));
        // A final stop is voiceless at the end of a syllable: 박 PAK, not "pag".
        const std::size_t size = syllable.size();
        if (size >= 2 && !(syllable.ends_with("ng"))) {
            char& last = syllable[size - 1];
            last = last == 'g' ? 'k' : last == 'b' ? 'p' : last == 'd' ? 't' : last;
        }
        out += syllable;
    }
    return syllables >= 2 ? out : std::string();
}

// Arabic-script text (its ordinals already digits): our own consonant spelling (arabic.cpp), then the common
// tail for anything else in the name.
std::string arabic_form(const icu::UnicodeString& source, std::optional<bool> persian) {
    const std::string nfkc = run_transform("NFKC", source);
    const std::string latin = arabic_to_latin(nfkc, persian);
    const icu::UnicodeString mapped =
        icu::UnicodeString::fromUTF8(icu::StringPiece(latin.data(), static_cast<int32_t>(latin.size())));
    return run_transform(nfkc_tail(), mapped);
}

bool is_ascii(std::string_view text) {
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

}  // namespace

std::string romanize_arabic_script(std::string_view utf8, std::optional<bool> persian) {
    icu::UnicodeString source =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    ordinals_as_digits(source);
    return arabic_form(source, persian);
}

std::vector<std::string> romanize(std::string_view utf8, bool* abjad) {
    if (abjad != nullptr) *abjad = false;
    if (is_ascii(utf8)) {
        std::string lower(utf8);
        for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        return {lower};
    }
    icu::UnicodeString source =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    ordinals_as_digits(source);
    const Scripts scripts = detect(source);
    std::vector<std::string> ids;
    if (scripts.cyrillic) {
        if (scripts.ukrainian) ids.push_back("NFKC; Ukrainian-Latin/BGN");
        if (scripts.belarusian) ids.push_back("NFKC; Belarusian-Latin/BGN");
        ids.push_back("NFKC; Russian-Latin/BGN");
    } else if (scripts.arabic) {
        // Arabic, Persian, Urdu, Pashto: our own consonant spelling (arabic.cpp), then the common tail
        // for anything else in the name; and a second form with the business words in English.
        if (abjad != nullptr) *abjad = true;
        std::vector<std::string> forms{arabic_form(source, std::nullopt)};
        std::string translated = translate_business_words(forms.front());
        if (!translated.empty()) forms.push_back(std::move(translated));
        return forms;
    } else if (scripts.armenian || scripts.georgian) {
        // BGN/PCGN, as registries and lists write these names (TSATURYAN; Any-Latin gives "caturyan").
        ids.push_back(scripts.armenian ? "NFKC; Armenian-Latin/BGN" : "NFKC; Georgian-Latin/BGN");
    } else if (scripts.greek) {
        // BGN/PCGN (NAVTILIAKI) and the letter-for-letter spelling ship registries also use (NAUTILIAKE).
        ids.push_back("NFKC; Greek-Latin/BGN");
        ids.push_back("NFKC");
    } else {
        ids.push_back("NFKC");
    }
    std::vector<std::string> forms;
    for (const auto& id : ids) {
        std::string form = run_transform(id + std::string(tail), source);
        bool seen = false;
        for (const auto& other : forms) seen = seen || other == form;
        if (!seen) forms.push_back(std::move(form));
    }
    if (scripts.hangul) {
        forms.push_back(mr_variant(forms.front()));
        // A company's name (one with a business word) is no person's: no syllable form then.
        std::string business = korean_business_form(source);
        std::string syllables = business.empty() ? korean_syllable_form(source) : std::string();
        if (!business.empty()) forms.push_back(std::move(business));
        if (!syllables.empty()) forms.push_back(std::move(syllables));
    }
    if (scripts.han) {
        std::string business = chinese_business_form(source);
        if (!business.empty()) forms.push_back(std::move(business));
    }
    if (abjad != nullptr) *abjad = scripts.arabic || scripts.hebrew;
    return forms;
}

}  // namespace cp::match::detail
