// SPDX-License-Identifier: Apache-2.0
// Further forms of a name that normalise() scores beside it (see further_forms.hpp): Russian organisation
// acronyms and stub compounds spelt out, Latin lookalike codes read as the Cyrillic letters they copy.
#include "match/detail/further_forms.hpp"

#include <span>

#include "match/detail/compounds.hpp"
#include "match/detail/reference.hpp"

namespace cp::match::detail {

namespace {

// A code of 3-5 consonants, every one a Latin letter shaped like a Cyrillic one (B С H K M P T X), read as
// the Cyrillic letters (В=v, С=s, Н=n, Р=r, Х=kh; К, М, Т alike), or "" when it is not such a code: OFAC
// lists OOO 'CMT-K' (Cyrillic СМТ-К, SMT-K) so. The code must hold C, X or an H of its own, which no
// romanisation of Russian writes alone: PPT, TPK or KBT are romanised acronyms (ППТ, ТПК, КБТ) and read as
// written. Vowels are left out: a word with them is more often a Latin word (CAKE is not SAKE), and two
// letters are more often a Latin code (HK for Hong Kong in 23 OFAC names).
std::string cyrillic_reading(std::string_view text) {
    if (text.size() < 3 || text.size() > 5) return {};
    std::string out;
    bool cyrillic = false;  // a letter only a lookalike code has
    char before = ' ';
    for (const char c : text) {
        switch (c) {
        case 'k':
        case 'm':
        case 't':
            out += c;
            break;
        case 'b':
            out += 'v';
            break;
        case 'p':
            out += 'r';
            break;
        case 'c':
            out += 's';
            cyrillic = true;
            break;
        case 'x':
            out += "kh";
            cyrillic = true;
            break;
        case 'h':
            out += 'n';
            cyrillic = cyrillic || std::string_view("kszc").find(before) == std::string_view::npos;
            break;
        default:
            return {};
        }
        before = c;
    }
    return cyrillic ? out : std::string();
}

}  // namespace

// The name again with each Russian organisation acronym it holds spelt out in English and each compound of
// word stubs split into its words (KURGANMASHZAVOD): one form per wording of the first acronym found
// (Reference::acronym_expansions; later acronyms take their first wording). None for a person.
std::vector<std::string> spelt_out_forms(const NormalName& name, std::optional<lists::Schema> schema) {
    const Reference& ref = reference();
    std::vector<std::string> out;
    if (schema == lists::Schema::person) return out;
    // Per token: its acronym's wordings, or its compound split, or nothing.
    thread_local std::vector<std::span<const std::string>> spelt;  // reused: every name of a build comes here
    spelt.assign(name.tokens.size(), {});
    thread_local std::vector<std::string> splits;
    splits.assign(name.tokens.size(), std::string());
    std::size_t first = name.tokens.size();  // the first token with several wordings
    bool any = false;
    const bool cis = (name.jurisdictions & ref.cis_jurisdictions).any();
    for (std::size_t idx = 0; idx < name.tokens.size(); ++idx) {
        const Token& token = name.tokens[idx];
        // A legal form too: rigour reads NPO as a non-profit organisation, Russian names mean nauchno-
        // proizvodstvennoye obyedineniye by it.
        if (token.kind == TokenKind::number) continue;
        const std::vector<std::string>* wordings = nullptr;
        if (const auto it = ref.acronym_expansions.find(token.text); it != ref.acronym_expansions.end()) {
            wordings = &it->second;
        } else if (const auto cis_it = ref.cis_acronym_expansions.find(token.text);
                   cis && cis_it != ref.cis_acronym_expansions.end()) {
            wordings = &cis_it->second;
        }
        if (wordings != nullptr) {
            spelt[idx] = *wordings;
            if (first == name.tokens.size() && wordings->size() > 1) first = idx;
            any = true;
        } else if (token.kind == TokenKind::word && !token.abjad) {
            splits[idx] = spelt_out_compound(token.text, ref);
            if (!splits[idx].empty()) {
                spelt[idx] = std::span<const std::string>(&splits[idx], 1);
                any = true;
            }
        }
    }
    if (!any) return out;
    const std::size_t wordings = first < name.tokens.size() ? spelt[first].size() : 1;
    for (std::size_t wording = 0; wording < wordings; ++wording) {
        std::string text;
        for (std::size_t idx = 0; idx < name.tokens.size(); ++idx) {
            if (!text.empty()) text += ' ';
            if (spelt[idx].empty()) {
                text += name.tokens[idx].text;
            } else {
                text += spelt[idx][idx == first ? wording : 0];
            }
        }
        out.push_back(std::move(text));
    }
    return out;
}

// The name with its lookalike codes read as Cyrillic (cyrillic_reading), or "" when it has none or is not a
// company of a CIS country (a legal form of one: OOO, AO, TOV...). Elsewhere CMT MARINE is not SMT MARINE,
// and a person's initials merged into one token ("C. H." = "ch") are no code.
std::string lookalike_form(const NormalName& name, std::optional<lists::Schema> schema) {
    if (schema == lists::Schema::person || name.surname_first) return {};
    if ((name.jurisdictions & reference().cis_jurisdictions).none()) return {};
    std::string text;
    bool any = false;
    for (const Token& token : name.tokens) {
        if (!text.empty()) text += ' ';
        const std::string reading =
            token.kind == TokenKind::word && !token.abjad ? cyrillic_reading(token.text) : std::string();
        any = any || !reading.empty();
        text += reading.empty() ? token.text : reading;
    }
    return any ? text : std::string();
}

}  // namespace cp::match::detail
