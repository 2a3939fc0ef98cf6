// SPDX-License-Identifier: Apache-2.0
// Tokenising and classifying romanised names (see normalize.hpp). Everything here works on ASCII produced by
// romanize(), so comparisons below are over code points of the normalised name, not UTF-8 bytes.
#include "match/detail/normalize.hpp"

#include <algorithm>
#include <array>

#include "match/detail/arabic.hpp"
#include "match/detail/further_forms.hpp"
#include "match/detail/korean.hpp"
#include "match/detail/reference.hpp"
#include "match/detail/similarity.hpp"
#include "match/detail/slavic.hpp"

namespace cp::match::detail {

namespace {

constexpr bool is_letter(char c) noexcept {
    return c >= 'a' && c <= 'z';
}
constexpr bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

// Words of the longest legal form of `shortest` words or more spelt exactly from tokens[idx] (0 for none),
// and that form.
std::size_t exact_legal_phrase(const std::vector<std::string>& tokens, std::size_t idx, const Reference& ref,
                               std::size_t shortest, const LegalForm** form) {
    std::string phrase;
    const std::size_t longest = std::min(ref.longest_legal_phrase, tokens.size() - idx);
    std::size_t best = 0;
    for (std::size_t len = 1; len <= longest; ++len) {
        if (len > 1) phrase += ' ';
        phrase += tokens[idx + len - 1];
        if (len < shortest) continue;
        const auto it = ref.legal_forms.find(phrase);
        if (it != ref.legal_forms.end()) {
            best = len;
            *form = &it->second;
        }
    }
    return best;
}

// Whether a legal form of two words or more starts at tokens[idx] (the S of "M & M S. EN C.A.").
bool legal_phrase_at(const std::vector<std::string>& tokens, std::size_t idx, const Reference& ref) {
    const LegalForm* form = nullptr;
    return exact_legal_phrase(tokens, idx, ref, 2, &form) != 0;
}

bool is_single_letter(const std::string& token) {
    return token.size() == 1 && is_letter(token[0]);
}

// Single letters written apart ("N K Bansal", "G. I. E.", "d. o. o.") are one abbreviation. Two letters
// joined by "and" (& or Spanish y: "W AND G ARQUITECTOS", "G Y R ARQUITECTOS", "M & M") are the initials of
// two partners, written as often without the "and" (GR ARQUITECTOS): the "and" is dropped. With `ref`, a run
// stops before a letter that starts a legal form ("M & M S. EN C.A." keeps S. EN C.A. whole).
void merge_single_letters(std::vector<std::string>& tokens, const Reference* ref) {
    std::vector<std::string> merged;
    merged.reserve(tokens.size());
    for (std::size_t idx = 0; idx < tokens.size();) {
        std::string run;
        std::size_t end = idx;
        std::size_t letters = 0;
        bool partners = false;
        while (end < tokens.size() && is_single_letter(tokens[end])) {
            if (ref != nullptr && letters > 0 && legal_phrase_at(tokens, end, *ref)) break;
            run += tokens[end];
            ++letters;
            const bool partner = end + 2 < tokens.size() && is_single_letter(tokens[end + 2]);
            const bool and_word = partner && tokens[end + 1] == "and";
            // Spanish y is a letter too: read as "and" only in exactly three letters, x y z (a legal form
            // after them aside: J Y J S. EN C.).
            const bool y_word = partner && letters == 1 && tokens[end + 1] == "y" &&
                                (end + 3 == tokens.size() || !is_single_letter(tokens[end + 3]) ||
                                 (ref != nullptr && legal_phrase_at(tokens, end + 3, *ref)));
            partners = partners || and_word || y_word;
            end += and_word || y_word ? 2 : 1;
        }
        // A & S is not the Norwegian AS, S & A not S.A., M AND S not the title Ms: partners whose initials
        // spell a legal form, a stop word or a title keep their "and".
        if (partners && ref != nullptr &&
            (ref->legal_forms.count(run) != 0 || ref->stop_words.count(run) != 0 ||
             ref->person_titles.count(run) != 0))
            letters = 0;
        if (letters >= 2) {
            merged.push_back(std::move(run));
            idx = end;
        } else {
            merged.push_back(std::move(tokens[idx]));
            ++idx;
        }
    }
    tokens = std::move(merged);
}

TokenKind classify_word(std::string_view text, const Reference& ref) {
    if (ref.stop_words.count(std::string(text)) != 0 || ref.person_titles.count(std::string(text)) != 0) {
        return TokenKind::stop;
    }
    return TokenKind::word;
}

// The canon of a translated word written with the Persian ezafe glued on ("karkhanejat-e" written
// KARKHANEJATE, "sherkat-e" SHERKATE): the word before it, when that is a translated word of 5 letters or
// more.
const std::string* ezafe_canon(const std::string& text, const Reference& ref) {
    if (text.size() < 6 || text.back() != 'e') return nullptr;
    thread_local std::string bare;
    bare.assign(text, 0, text.size() - (text.ends_with("ye") ? 2 : 1));
    if (bare.size() < 5) return nullptr;
    const auto synonym = ref.synonyms.find(bare);
    return synonym != ref.synonyms.end() && synonym->second != bare ? &synonym->second : nullptr;
}

Token make_token(std::string text, bool abjad, const Reference& ref) {
    Token token;
    token.abjad = abjad;
    bool digits = !text.empty();
    for (char c : text) digits = digits && is_digit(c);
    if (digits) {
        const auto first = text.find_first_not_of('0');
        token.text = first == std::string::npos ? "0" : text.substr(first);
        token.canon = token.text;
        token.kind = TokenKind::number;
        return token;
    }
    token.kind = classify_word(text, ref);
    token.key = phonetic_key(text);
    // Belarusian and Ukrainian name stems are folded as the Russian ones (ALEH = OLEG, slavic.cpp), and
    // mark the name as spelt so (mark_east_slavic).
    if (abjad) {
        token.fold = spelling_fold(text);
    } else {
        const std::string russian = as_russian_spelling(text);
        token.east_slavic = russian != text || east_slavic_ending(text);
        token.fold = spelling_fold(russian);
    }
    const auto synonym = ref.synonyms.find(text);
    if (synonym != ref.synonyms.end()) {
        token.canon = synonym->second;
    } else if (const std::string* stem = stem_canon(token.fold, ref)) {
        token.canon = *stem;  // a case form of a translated Russian word ("gosudarstvennoye" = state)
    } else if (const std::string* singular = plural_canon(text, ref)) {
        token.canon = *singular;  // HELICOPTERS meets VERTOLETY (helicopter)
    } else if (const std::string* bare = ezafe_canon(text, ref)) {
        token.canon = *bare;  // KARKHANEJATE SANAYE meets FACTORY ... INDUSTRIES
    } else {
        token.canon = text;
    }
    token.text = std::move(text);
    set_letters(token);
    return token;
}

// The first of `forms` (long legal forms split into words) that raw[idx...] spells with at most a typo per
// word (Jaro-Winkler >= 0.9 each), or nullptr; sets `length` to its word count.
const LegalForm* close_legal_form(const std::vector<std::string>& raw, std::size_t idx,
                                  const std::vector<std::vector<std::string>>& forms, const Reference& ref,
                                  std::size_t& length) {
    for (const auto& words : forms) {
        if (idx + words.size() > raw.size()) continue;
        bool close = true;
        std::string phrase;
        for (std::size_t pos = 0; pos < words.size() && close; ++pos) {
            close = raw[idx + pos] == words[pos] ||
                    (words[pos].size() >= 5 && jaro_winkler(raw[idx + pos], words[pos]) >= 0.9);
            if (pos > 0) phrase += ' ';
            phrase += words[pos];
        }
        if (!close) continue;
        length = words.size();
        return &ref.legal_forms.at(phrase);
    }
    return nullptr;
}

// A legal form of 3+ words (or 2 long ones) written with typos ("OBSHCHESTVO S OGRANNICHENOY
// OTVETSTSVENNOSTYU"), the first word too ("OBSCHESTVO", "OBSCHCHESTVO": then the closest first word of the
// same two letters is tried).
const LegalForm* fuzzy_legal_form(const std::vector<std::string>& raw, std::size_t idx, const Reference& ref,
                                  std::size_t& length) {
    const auto exact = ref.long_legal_forms.find(raw[idx]);
    if (exact != ref.long_legal_forms.end()) {
        if (const LegalForm* form = close_legal_form(raw, idx, exact->second, ref, length)) return form;
    }
    if (raw[idx].size() < 8) return nullptr;
    const auto bucket = ref.long_legal_first_words.find(raw[idx].substr(0, 2));
    if (bucket == ref.long_legal_first_words.end()) return nullptr;
    // Closest first word first: "obschestvo" is nearest "obshestvo", whose forms may not fit.
    std::array<std::pair<double, const std::string*>, 8> near{};
    std::size_t count = 0;
    for (const auto& first : bucket->second) {
        if (first == raw[idx] || first.size() + 2 < raw[idx].size() || raw[idx].size() + 2 < first.size())
            continue;
        const double sim = jaro_winkler(raw[idx], first);
        if (sim < 0.9 || count == near.size()) continue;
        std::size_t at = count++;  // kept in order of similarity, highest first
        for (; at > 0 && near[at - 1].first < sim; --at) near[at] = near[at - 1];
        near[at] = {sim, &first};
    }
    for (std::size_t pos = 0; pos < count; ++pos) {
        if (const LegalForm* form =
                close_legal_form(raw, idx, ref.long_legal_forms.at(*near[pos].second), ref, length))
            return form;
    }
    return nullptr;
}

}  // namespace

namespace {

// Whether `rest` starts with an English ordinal's ending (st, nd, rd, th) that ends the word.
bool ordinal_ending(std::string_view rest) {
    if (rest.size() < 2 || (rest.size() > 2 && is_letter(rest[2]))) return false;
    const std::string_view ending = rest.substr(0, 2);
    return ending == "st" || ending == "nd" || ending == "rd" || ending == "th";
}

}  // namespace

std::vector<std::string> split_tokens(std::string_view ascii, const Reference* ref) {
    std::vector<std::string> tokens;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) tokens.push_back(std::move(current));
        current.clear();
    };
    for (std::size_t pos = 0; pos < ascii.size(); ++pos) {
        const char c = ascii[pos];
        if (is_letter(c) || is_digit(c)) {
            // An ordinal's ending is no word: 7TH SENSE is SEVENTH SENSE (read_number_words).
            if (!current.empty() && is_digit(current.back()) && ordinal_ending(ascii.substr(pos))) {
                ++pos;
                continue;
            }
            if (!current.empty() && is_digit(current.back()) != is_digit(c)) flush();
            current += c;
        } else if (c == '\'' || c == '`') {
            continue;  // O'Doyle = ODoyle; Arabic ayn and hamza romanise to apostrophes
        } else if (c == '.' && pos > 0 && pos + 1 < ascii.size() && is_letter(ascii[pos - 1]) &&
                   is_letter(ascii[pos + 1]) &&
                   (pos < 3 || !is_letter(ascii[pos - 2]) || !is_letter(ascii[pos - 3]))) {
            continue;  // abbreviations: "S.n.c", "N.K", "F.lli"; not web names ("WWW.SERCUBA.COM")
        } else if (c == '&') {
            flush();
            tokens.emplace_back("and");
        } else {
            flush();
        }
    }
    flush();
    merge_single_letters(tokens, ref);
    return tokens;
}

namespace {

// A Korean personal name written in Latin letters: each word's spelling fold becomes its Korean syllable key,
// the same for Revised Romanisation and McCune-Reischauer ("Gim Jeong-eun" / "KIM, Jong Un"). Equal folds
// pair as phonetic 0.95 and share an "f" candidate key; nothing else needs to know.
void mark_korean(NormalName& name, std::optional<lists::Schema> schema) {
    if (schema && *schema != lists::Schema::person && *schema != lists::Schema::legal_entity) return;
    if (name.tokens.size() < 2 || name.tokens.size() > 5) return;  // looks_korean's bounds, before allocating
    std::vector<std::string_view> words;
    for (const Token& token : name.tokens) {
        if (token.kind != TokenKind::word || token.abjad) return;
        words.push_back(token.text);
    }
    if (!looks_korean(words)) return;
    for (Token& token : name.tokens) {
        char key[korean_fold_capacity];
        const std::size_t length = korean_fold(token.text, key);
        if (length == 0) continue;
        token.fold.assign(key, length);
        set_letters(token);
    }
}

}  // namespace

// Roman numerals after the first word number vessels and special-purpose companies as digits do ("WATTLE
// STAR II" / "WATTLE STAR 2", not "WATTLE STAR III"). Two letters or more: a single I or V is as often an
// initial. XI and VI are also names (Wang Xi), and person names are left alone.
void read_roman_numerals(std::vector<Token>& tokens, const Reference& ref) {
    static constexpr std::array<std::string_view, 18> numerals = {
        "ii", "iii", "iv",   "v",   "vi", "vii", "viii", "ix",    "x",
        "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix"};
    for (std::size_t idx = 1; idx < tokens.size(); ++idx) {
        Token& token = tokens[idx];
        // "II" is also a legal form (Moldovan intreprindere individuala), rarely after a name.
        const bool word = token.kind == TokenKind::word || token.kind == TokenKind::legal_form;
        if (!word || token.text.size() < 2 || token.text == "xi" || token.text == "vi") continue;
        const auto it = std::find(numerals.begin(), numerals.end(), token.text);
        if (it == numerals.end()) continue;
        token = make_token(std::to_string(it - numerals.begin() + 2), false, ref);
    }
}

// English numbers and ordinals written out are the numbers others write in digits (FOURTEEN STAR SHIPPING /
// 14 STAR SHIPPING, SEVENTH SENSE / 7TH SENSE): their canon is the number. They stay words, which give their
// initial to acronyms (FEE BANK = FIRST EAST EXPORT BANK). Not in person names.
void read_number_words(std::vector<Token>& tokens) {
    static constexpr std::array<std::string_view, 20> cardinals = {
        "one",     "two",     "three",     "four",     "five",     "six",      "seven",
        "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    static constexpr std::array<std::string_view, 12> ordinals = {"first", "second", "third",    "fourth",
                                                                  "fifth", "sixth",  "seventh",  "eighth",
                                                                  "ninth", "tenth",  "eleventh", "twelfth"};
    for (Token& token : tokens) {
        if (token.kind != TokenKind::word) continue;
        auto it = std::find(cardinals.begin(), cardinals.end(), token.text);
        std::ptrdiff_t value = it != cardinals.end() ? it - cardinals.begin() + 1 : 0;
        if (value == 0) {
            it = std::find(ordinals.begin(), ordinals.end(), token.text);
            value = it != ordinals.end() ? it - ordinals.begin() + 1 : 0;
        }
        if (value != 0) token.canon = std::to_string(value);
    }
}

// A Russian company names its place by an adjective (BARNAULSKII PATRONNYI ZAVOD, IZHEVSKY), an English one
// by the place (BARNAUL CARTRIDGE PLANT, IZHEVSK): the adjective's canon is the place, unless a translation
// already gave it one (SIBIRSKAYA = siberian), and a city in -sk is read the same way. Organisations only:
// OSTROVSKY is not OSTROV.
void name_places(std::vector<Token>& tokens, const Reference& ref) {
    for (Token& token : tokens) {
        if (token.kind != TokenKind::word || token.abjad || token.canon != token.text) continue;
        std::string place = place_of_adjective(token.text);
        if (place.empty()) place = place_of_city(token.text);
        if (!place.empty()) {
            const auto synonym = ref.synonyms.find(place);
            token.canon = synonym == ref.synonyms.end() ? std::move(place) : synonym->second;
        }
    }
}

// Two words that other languages write as one ("real estate" = NEDVIZHIMOST) become that one word, so that
// its translation meets the other side's word (Reference::phrases).
void join_phrases(std::vector<std::string>& raw, const Reference& ref) {
    if (ref.phrases.empty() || raw.size() < 2) return;
    std::string words;
    for (std::size_t idx = 0; idx + 1 < raw.size(); ++idx) {
        for (std::size_t count : {3, 2}) {  // the longer phrase first (XUAT NHAP KHAU)
            if (idx + count > raw.size()) continue;
            words.assign(raw[idx]);
            for (std::size_t next = idx + 1; next < idx + count; ++next) words.append(" ").append(raw[next]);
            const auto it = ref.phrases.find(words);
            if (it == ref.phrases.end()) continue;
            raw[idx] = it->second;
            raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(idx) + 1,
                      raw.begin() + static_cast<std::ptrdiff_t>(idx + count));
            break;
        }
    }
}

namespace {

// A name with one word in a Belarusian or Ukrainian romanisation is spelt so throughout: KHARANEKA beside
// Viacheslau.
void mark_east_slavic(std::vector<Token>& tokens) {
    // make_token marked the words themselves.
    const bool marked = std::any_of(tokens.begin(), tokens.end(), [](const Token& token) {
        return token.kind == TokenKind::word && token.east_slavic;
    });
    for (auto& token : tokens) token.east_slavic = marked && token.kind == TokenKind::word;
}

}  // namespace

NormalName analyse(std::string_view ascii, std::optional<lists::Schema> schema, bool abjad) {
    const Reference& ref = reference();
    std::vector<std::string> raw = split_tokens(ascii, &ref);
    join_phrases(raw, ref);
    normalise_arabic_name_parts(raw, abjad);
    NormalName name;
    const bool person = schema == lists::Schema::person;
    for (std::size_t idx = 0; idx < raw.size();) {
        std::size_t taken = 0;
        if (!person && raw.size() > 1) {
            const LegalForm* form = nullptr;
            std::size_t best = exact_legal_phrase(raw, idx, ref, 1, &form);
            if (form == nullptr) form = fuzzy_legal_form(raw, idx, ref, best);
            if (form != nullptr && best < raw.size()) {
                Token token;
                token.text = raw[idx];
                for (std::size_t pos = idx + 1; pos < idx + best; ++pos) {
                    token.text += ' ';
                    token.text += raw[pos];
                }
                token.canon = form->display;
                token.generic = form->generic;
                token.kind = TokenKind::legal_form;
                name.tokens.push_back(std::move(token));
                taken = best;
            }
        }
        if (taken == 0) {
            name.tokens.push_back(make_token(std::move(raw[idx]), abjad, ref));
            taken = 1;
        }
        idx += taken;
    }
    if (!person) read_roman_numerals(name.tokens, ref);
    if (!person) read_number_words(name.tokens);
    name.organisation = organisation_like(name.tokens);
    // A ship's type is read as such before a ship's name only: first, in a vessel's name or in one with
    // neither a legal form nor a business word (MV ATLANTIC STAR, TANKER PRINCESS, LNG TSUKUYOMI). NATIONAL
    // IRANIAN TANKER COMPANY is not NATIONAL IRANIAN OIL COMPANY (0.91 when TANKER was a stop word
    // anywhere), and the Vietnamese given name My is a name.
    const bool ship_name = schema == lists::Schema::vessel || (!person && !name.organisation);
    if (ship_name && name.tokens.size() > 1 && name.tokens[0].kind != TokenKind::number &&
        ref.vessel_prefixes.count(name.tokens[0].text) != 0)
        name.tokens[0].kind = TokenKind::stop;
    if (!person && name.organisation) name_places(name.tokens, ref);
    for (const auto& token : name.tokens) {
        if (token.kind != TokenKind::legal_form) continue;
        name.company_form = name.company_form || std::count_if(token.text.begin(), token.text.end(),
                                                               [](char c) { return c != ' '; }) >= 3;
        auto it = ref.legal_form_countries.find(token.text);
        if (it == ref.legal_form_countries.end()) it = ref.legal_form_countries.find(token.canon);
        if (it != ref.legal_form_countries.end()) name.jurisdictions |= it->second;
    }
    mark_korean(name, schema);
    mark_east_slavic(name.tokens);
    name.gh =
        std::any_of(name.tokens.begin(), name.tokens.end(), [](const Token& token) { return token.gh; });
    for (const auto& token : name.tokens) {
        if (!name.form.empty()) name.form += ' ';
        name.form += token.text;
    }
    return name;
}

namespace {

// The words before and after the one comma of a name ("SURNAME, Given names"); none when it has no comma or
// more than one. Split once for the two readers below.
struct CommaParts {
    std::vector<std::string> before;
    std::vector<std::string> after;
};

std::optional<CommaParts> comma_parts(std::string_view ascii) {
    const std::size_t comma = ascii.find(',');
    if (comma == std::string_view::npos || ascii.find(',', comma + 1) != std::string_view::npos) return {};
    return CommaParts{split_tokens(ascii.substr(0, comma)), split_tokens(ascii.substr(comma + 1))};
}

// A name written "SURNAME, Given names" whose surname alone reads as a legal form (KU, SAD, AS) is a
// person's: a company puts its legal form after its name, or after a comma at its end ("ACME TRADING, S.A.").
// Read as an organisation, KU, Cha-hyo'ng lost its surname and its Korean spellings.
bool surname_comma_form(const CommaParts& parts, const Reference& ref) {
    if (parts.before.size() != 1 || ref.legal_forms.count(parts.before[0]) == 0) return false;
    if (parts.after.empty() || parts.after.size() > 4) return false;
    return std::none_of(parts.after.begin(), parts.after.end(),
                        [&ref](const std::string& word) { return ref.legal_forms.count(word) != 0; });
}

// "SURNAME, Given names" as sanctions lists print a person: capitals before the one comma, lower case after
// it (OFAC, UN and UK write companies in capitals throughout: ACME TRADING, S.A.). Such a name is a person's
// even when a given name reads as a legal form (ZHANG, Yu; LEE, Su Ae: YU and AE are legal forms), though
// not when legal forms longer than a syllable are all that follows the comma (ACME TRADING, Ltd).
bool listed_person_case(std::string_view utf8, const CommaParts& parts, const Reference& ref) {
    if (std::all_of(parts.after.begin(), parts.after.end(), [&ref](const std::string& word) {
            return word.size() > 2 && ref.legal_forms.count(word) != 0;
        }))
        return false;
    const std::size_t comma = utf8.find(',');
    if (comma == std::string_view::npos || utf8.find(',', comma + 1) != std::string_view::npos) return false;
    bool upper_before = false;
    for (char c : utf8.substr(0, comma)) {
        if (c >= 'a' && c <= 'z') return false;
        upper_before = upper_before || (c >= 'A' && c <= 'Z');
    }
    bool lower_after = false;
    for (char c : utf8.substr(comma + 1)) lower_after = lower_after || (c >= 'a' && c <= 'z');
    return upper_before && lower_after;
}

// "SURNAME, Given names" of a person: one to three words before the comma, one to four after. Tokens are
// marked by their text (analysis may join or split words, so positions would not carry over).
void mark_surname(const CommaParts& parts, std::optional<lists::Schema> schema, NormalName& name) {
    if (name.organisation || (schema && schema != lists::Schema::person)) return;
    const std::vector<std::string>& before = parts.before;
    const std::vector<std::string>& after = parts.after;
    if (before.empty() || before.size() > 3 || after.empty() || after.size() > 4) return;
    for (Token& token : name.tokens) {
        token.surname = std::find(before.begin(), before.end(), token.text) != before.end() &&
                        std::find(after.begin(), after.end(), token.text) == after.end();
        name.surname_first = name.surname_first || token.surname;
    }
}

}  // namespace

std::vector<NormalName> normalise(std::string_view utf8, std::optional<lists::Schema> schema) {
    bool abjad = false;
    std::vector<NormalName> names;
    for (const auto& form : romanize(utf8, &abjad)) {
        const std::optional<CommaParts> parts = comma_parts(form);
        const bool person_shape =
            !schema && parts &&
            (surname_comma_form(*parts, reference()) || listed_person_case(utf8, *parts, reference()));
        NormalName name = analyse(form, person_shape ? lists::Schema::person : schema, abjad);
        if (parts) mark_surname(*parts, schema, name);
        bool seen = false;
        for (const auto& other : names) seen = seen || other.form == name.form;
        if (seen || name.tokens.empty()) continue;
        std::vector<std::string> spelt_out = spelt_out_forms(name, schema);
        const std::string lookalike = lookalike_form(name, schema);
        const std::string letters = letter_names_form(name, schema);
        names.push_back(std::move(name));
        // The further readings of the name, each flagged with what it read (weaker evidence: score.cpp).
        const auto add_reading = [&](const std::string& text, bool NormalName::*flag) {
            if (text.empty()) return;
            NormalName read = analyse(text, schema, abjad);
            read.*flag = true;
            if (!read.tokens.empty()) names.push_back(std::move(read));
        };
        for (const auto& text : spelt_out) add_reading(text, &NormalName::spelt_out);
        add_reading(lookalike, &NormalName::lookalike);
        add_reading(letters, &NormalName::letter_names);
    }
    return names;
}

bool names_no_one(const NormalName& name, std::optional<lists::Schema> schema) {
    if (name.tokens.empty()) return false;
    const bool frame = std::all_of(name.tokens.begin(), name.tokens.end(), [](const Token& token) {
        return token.kind == TokenKind::legal_form || token.kind == TokenKind::stop;
    });
    // A whole name that is one legal form ("LLC", "LIMITED LIABILITY COMPANY") is read as words by analyse()
    // (a company may be named so); its form is the phrase the table holds.
    return frame || (schema != lists::Schema::person && reference().legal_forms.count(name.form) != 0);
}

bool organisation_like(const std::vector<Token>& tokens) {
    return std::any_of(tokens.begin(), tokens.end(), [](const Token& token) {
        if (skippable_in_acronym(token)) return false;
        return token.kind == TokenKind::legal_form || reference().generic_words.count(token.canon) != 0;
    });
}

float default_weight(const Token& token) {
    switch (token.kind) {
    case TokenKind::legal_form:
        return 0.25F;
    case TokenKind::stop:
        return 0.1F;
    case TokenKind::number:
        return 1.0F;
    case TokenKind::word:
        break;
    }
    if (token.text.size() == 1) return 0.5F;
    return reference().generic_words.count(token.canon) != 0 ? 0.45F : 1.0F;
}

std::size_t initial_letters(std::string_view word) noexcept {
    if (word.starts_with("shch")) return 4;
    static constexpr std::string_view digraphs[] = {"ts", "sh", "ch", "zh", "kh", "yu", "ya", "ye", "yo"};
    for (std::string_view digraph : digraphs) {
        if (word.starts_with(digraph)) return 2;
    }
    return word.empty() ? 0 : 1;
}

bool skippable_in_acronym(const Token& token) noexcept {
    if (token.kind == TokenKind::stop) return true;
    // Kind aside: "of" is also a legal form in the reference tables.
    if (token.kind != TokenKind::word && token.kind != TokenKind::legal_form) return false;
    const std::string_view text = token.text;
    // Every word of a name passes here: by length first, the longest connector having three letters.
    switch (text.size()) {
    case 1:
        return text == "y" || text == "e" || text == "i";
    case 2:
        return text == "of" || text == "de" || text == "la" || text == "et" || text == "di" || text == "da" ||
               text == "do";
    case 3:
        return text == "and" || text == "the" || text == "for" || text == "del" || text == "las" ||
               text == "los" || text == "und" || text == "dos" || text == "das";
    default:
        return false;
    }
}

}  // namespace cp::match::detail
