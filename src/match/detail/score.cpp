// SPDX-License-Identifier: Apache-2.0
// Name score = sum over aligned token pairs of similarity x (query weight + list weight), divided by the
// total weight of both names (unmatched list tokens optionally discounted), times a penalty when numbers
// disagree. The alignment is greedy on similarity, one-to-one, with glued spans ("JSCARGUMENT" = "JSC
// ARGUMENT") as one side of a pair.
#include "match/detail/score.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

#include "match/detail/similarity.hpp"
#include "match/detail/spans.hpp"

namespace cp::match::detail {

namespace {

double span_weight(const std::vector<Token>& tokens, std::size_t begin, std::size_t len) {
    double sum = 0.0;
    for (std::size_t pos = begin; pos < begin + len; ++pos) sum += tokens[pos].weight;
    return sum;
}

std::string span_text(const std::vector<Token>& tokens, std::size_t begin, std::size_t len) {
    std::string out;
    for (std::size_t pos = begin; pos < begin + len; ++pos) {
        if (!out.empty()) out += ' ';
        out += tokens[pos].text;
    }
    return out;
}

// The chosen pairs, in a buffer reused by the next call of this thread.
const std::vector<Pair>& align(const NormalName& query, const NormalName& candidate) {
    thread_local std::vector<Pair> pairs;  // reused: scoring runs for every candidate of every query
    pairs.clear();
    add_token_pairs(query, candidate, pairs);
    add_glued(query.tokens, candidate.tokens, true, pairs);
    add_glued(candidate.tokens, query.tokens, false, pairs);
    // Most names write no gh: the pass for q / gh spellings is skipped for them (2% of a query's instructions
    // when it was a test inside add_glued's loop).
    if (query.gh || candidate.gh) {
        add_glued_gh(query.tokens, candidate.tokens, true, pairs);
        add_glued_gh(candidate.tokens, query.tokens, false, pairs);
    }
    // A person's name written "SURNAME, Given" is not spelt by initials (ARK is not AL-RUBA, Dr. Khadim).
    // Nor are the words of a compound spelt out (RNT is not ROSNEFT TRADING read as ROSSIYSKY NEFT TRADING).
    // Nor is an aircraft's registration (EP-MNS is no MARINE NAVIGATION SYSTEMS). Nor are letters read from
    // their names the initials of other words: ESDIES (OOO "ЭСДИЭС") is SDS, but no SRPSKA DEMOKRATSKA
    // STRANKA.
    const bool letters = query.letter_names || candidate.letter_names;
    if (!candidate.surname_first && !candidate.spelt_out && !candidate.identifier && !letters)
        add_acronyms(query.tokens, candidate.tokens, candidate.organisation, true, pairs);
    if (!query.surname_first && !query.spelt_out && !candidate.identifier && !letters)
        add_acronyms(candidate.tokens, query.tokens, query.organisation, false, pairs);
    // Words already spelt alike on the other side (most words of most candidates) are no abbreviation.
    std::uint32_t q_paired = 0;
    std::uint32_t c_paired = 0;
    for (const Pair& pair : pairs) {
        if (pair.q_len != 1 || pair.c_len != 1 || pair.sim < 0.9) continue;
        q_paired |= 1U << pair.q_begin;
        c_paired |= 1U << pair.c_begin;
    }
    add_syllable_abbreviations(query.tokens, candidate.tokens, candidate.organisation, true, q_paired, pairs);
    add_syllable_abbreviations(candidate.tokens, query.tokens, query.organisation, false, c_paired, pairs);
    // Sorted with the position as last key: same order as a stable sort, without its buffer allocation.
    for (std::size_t pos = 0; pos < pairs.size(); ++pos) pairs[pos].order = static_cast<std::uint16_t>(pos);
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
        if (a.sim != b.sim) return a.sim > b.sim;
        if (a.q_len + a.c_len != b.q_len + b.c_len) return a.q_len + a.c_len > b.q_len + b.c_len;
        return a.order < b.order;
    });
    std::array<bool, max_tokens> q_used{};
    std::array<bool, max_tokens> c_used{};
    thread_local std::vector<Pair> chosen;
    chosen.clear();
    for (const Pair& pair : pairs) {
        bool free = true;
        for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos)
            free = free && !q_used[pos];
        for (std::size_t pos = pair.c_begin; pos < pair.c_begin + pair.c_len; ++pos)
            free = free && !c_used[pos];
        if (!free) continue;
        for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos) q_used[pos] = true;
        for (std::size_t pos = pair.c_begin; pos < pair.c_begin + pair.c_len; ++pos) c_used[pos] = true;
        chosen.push_back(pair);
    }
    return chosen;
}

struct Unmatched {
    double query_weight = 0.0;
    double list_weight = 0.0;
    bool query_number = false;
    bool list_number = false;
};

// A number, or a final "I" after a name (SINO IRON I, the first of a series whose second is SINO IRON II: a
// lone I is not read as a numeral, as it is mostly an initial).
bool numeral(const std::vector<Token>& tokens, std::size_t pos) {
    const Token& token = tokens[pos];
    return token.kind == TokenKind::number || (pos > 0 && pos + 1 == tokens.size() && token.text == "i");
}

Unmatched unmatched_parts(const NormalName& query, const NormalName& candidate,
                          const std::vector<Pair>& pairs, Explanation* why) {
    std::array<bool, max_tokens> q_used{};
    std::array<bool, max_tokens> c_used{};
    for (const Pair& pair : pairs) {
        for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos) q_used[pos] = true;
        for (std::size_t pos = pair.c_begin; pos < pair.c_begin + pair.c_len; ++pos) c_used[pos] = true;
    }
    Unmatched out;
    for (std::size_t pos = 0; pos < std::min(query.tokens.size(), max_tokens); ++pos) {
        if (q_used[pos]) continue;
        const Token& token = query.tokens[pos];
        out.query_weight += token.weight;
        out.query_number = out.query_number || numeral(query.tokens, pos);
        if (why != nullptr)
            why->tokens.push_back({token.text, "", Method::unmatched, 0.0, token.weight, 0.0});
    }
    for (std::size_t pos = 0; pos < std::min(candidate.tokens.size(), max_tokens); ++pos) {
        if (c_used[pos]) continue;
        const Token& token = candidate.tokens[pos];
        out.list_weight += token.weight;
        out.list_number = out.list_number || numeral(candidate.tokens, pos);
        if (why != nullptr)
            why->tokens.push_back({"", token.text, Method::unmatched, 0.0, token.weight, 0.0});
    }
    return out;
}

}  // namespace

double calibrate(double raw, double knee) noexcept {
    if (knee <= 0.0 || knee >= 1.0) return raw;
    if (raw <= knee) return default_threshold * raw / knee;
    return default_threshold + (1.0 - default_threshold) * (raw - knee) / (1.0 - knee);
}

namespace {

// A pair's similarity as scored: a loose spelling of one word by another of different rarity counts less
// (ScoreParams::rarity_scaled).
double scored_similarity(const Pair& pair, double query_weight, double list_weight,
                         const ScoreParams& params) {
    const bool loose = pair.method == Method::jaro_winkler || pair.method == Method::phonetic;
    if (!params.rarity_scaled || !loose || pair.q_len != 1 || pair.c_len != 1) return pair.sim;
    if (query_weight >= params.unknown_word_weight) return pair.sim;
    const double sum = query_weight + list_weight;
    if (sum <= 0.0) return pair.sim;
    return pair.sim * std::sqrt(2.0 * std::min(query_weight, list_weight) / sum);
}

// A query of one word of `min_weight` or more and four letters or more, besides legal forms; of a query
// romanised from another script, only legal forms of three letters or more (a two-letter form there is as
// often a syllable of a name: a Chinese YU, a Korean SO).
bool single_rare_word(const NormalName& query, double min_weight, bool romanised) {
    const Token* word = nullptr;
    for (const Token& token : query.tokens) {
        switch (token.kind) {
        case TokenKind::word:
        case TokenKind::number:
            if (word != nullptr) return false;
            word = &token;
            break;
        case TokenKind::legal_form:
            if (romanised && token.text.size() < 3) return false;
            break;
        case TokenKind::stop:
            break;
        }
    }
    return word != nullptr && word->kind == TokenKind::word && word->text.size() >= 4 &&
           word->weight >= min_weight;
}

}  // namespace

double score_names(const NormalName& query, const NormalName& candidate, const ScoreParams& params,
                   Explanation* why, std::uint32_t* paired) {
    if (paired != nullptr) *paired = 0;
    if (query.tokens.empty() || candidate.tokens.empty()) return 0.0;
    const std::vector<Pair>& pairs = align(query, candidate);
    if (paired != nullptr) {
        for (const Pair& pair : pairs) {
            for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos) *paired |= 1U << pos;
        }
    }
    double matched = 0.0;
    double pair_total = 0.0;
    double query_matched = 0.0;  // the query's side of `matched`
    double query_paired = 0.0;
    bool name_pair = false;  // a pair of words or numbers, not only of legal forms
    for (const Pair& pair : pairs) {
        const double query_weight = span_weight(query.tokens, pair.q_begin, pair.q_len);
        const double list_weight = span_weight(candidate.tokens, pair.c_begin, pair.c_len);
        const double weight = query_weight + list_weight;
        const double sim = scored_similarity(pair, query_weight, list_weight, params);
        matched += sim * weight;
        pair_total += weight;
        query_matched += sim * query_weight;
        query_paired += query_weight;
        name_pair = name_pair || pair.method != Method::legal_form;
    }
    const Unmatched rest = unmatched_parts(query, candidate, pairs, why);
    // Extra words on one side only are mostly annotations, ports, patronymics or former names; distinct
    // words on both sides are mostly a sibling company or ship (cascade pairs "sibling-one-word").
    const double list_rest = params.unmatched_list_factor * rest.list_weight;
    const double one_sided = std::max(rest.query_weight, list_rest);
    const double two_sided = std::min(rest.query_weight, list_rest);
    const double total =
        pair_total + params.one_sided_factor * one_sided + params.two_sided_factor * two_sided;
    double factor = params.name_factor;
    if (rest.query_number && rest.list_number) factor *= params.number_penalty;
    const bool other_jurisdiction = query.jurisdictions.any() && candidate.jurisdictions.any() &&
                                    (query.jurisdictions & candidate.jurisdictions).none();
    if (other_jurisdiction) factor *= params.jurisdiction_penalty;
    const bool spelt_out = query.spelt_out || candidate.spelt_out;
    const bool lookalike = query.lookalike || candidate.lookalike;
    const bool letter_names = query.letter_names || candidate.letter_names;
    if (spelt_out || lookalike || letter_names) factor *= params.spelt_out_factor;
    const double name_score = total > 0.0 ? matched / total : 0.0;
    // A query found whole in a longer name (KONTROLES for KONTROLES ELECTRONICOS DE BAJA CALIFORNIA, S.A. DE
    // C.V.) is better evidence than a loose spelling of a short one (KONTUR OOO), however many words the
    // list adds: the share of the query that pairs, scaled below the calibration knee so that it ranks
    // without reaching the threshold alone (LOO seeds 7, 11 and 23: recall@1 +0.002 to +0.004).
    const double query_total = query_paired + rest.query_weight;
    // Legal forms alone are no name found: "S.A.S. E.U." is not inside CRIADERO LA LUISA E.U.
    double contained =
        query_total > 0.0 && name_pair ? params.containment_factor * query_matched / query_total : 0.0;
    if (params.single_word_contained > 0.0 && name_pair && query_matched >= 0.97 * query_total &&
        single_rare_word(query, params.single_word_rarity, params.query_romanised)) {
        const double knee = params.calibration_knee;
        contained = std::max(contained, knee + (1.0 - knee) * params.single_word_contained * name_score);
    }
    const double ranked = calibrate(factor * std::max(name_score, contained), params.calibration_knee);
    // A company's name (one with a legal form: BAKERIES AND PASTRIES JAMMOUL SARL) met by a listed person's
    // (JUMUL, Ali) is the weaker reading, as a person's met by a company's (LOO seed 7 +1 alias, held out
    // +1 / +1 / 0; synthetic negatives unchanged).
    const bool person_met = query.surname_first && candidate.other_kind;
    const bool company_met = query.company_form && candidate.listed_person;
    const bool other_kind = person_met || company_met;
    const double score = other_kind ? ranked * params.person_shape_factor : ranked;
    if (why == nullptr) return score;
    // Contributions add up to the calibrated name score; the number penalty is a qualifier.
    const double name_calibrated = calibrate(name_score, params.calibration_knee);
    const double scale = name_score > 0.0 ? name_calibrated / name_score : 0.0;
    for (const Pair& pair : pairs) {
        const double query_weight = span_weight(query.tokens, pair.q_begin, pair.q_len);
        const double list_weight = span_weight(candidate.tokens, pair.c_begin, pair.c_len);
        const double weight = query_weight + list_weight;
        const double sim = scored_similarity(pair, query_weight, list_weight, params);
        Method method = pair.method;
        if (method == Method::exact && params.query_romanised) method = Method::translit;
        why->tokens.push_back({span_text(query.tokens, pair.q_begin, pair.q_len),
                               span_text(candidate.tokens, pair.c_begin, pair.c_len), method, sim, weight,
                               scale * sim * weight / total});
    }
    if (factor < 1.0) {
        std::string reasons;
        const auto add = [&reasons](std::string_view reason) {
            if (!reasons.empty()) reasons += "; ";
            reasons += reason;
        };
        if (rest.query_number && rest.list_number) add("numbers disagree");
        if (other_jurisdiction) add("legal forms of other countries");
        if (spelt_out) add("acronym or compound read as its words");
        if (lookalike) add("Latin letters read as the Cyrillic ones they resemble");
        if (letter_names) add("letter names spelt out read as the letters");
        if (params.name_factor < 1.0) add("words from several names of the entity");
        why->qualifiers.push_back(
            {std::move(reasons), calibrate(factor * name_score, params.calibration_knee) - name_calibrated});
    }
    if (contained > name_score) {
        const double below = calibrate(factor * name_score, params.calibration_knee);
        why->qualifiers.push_back({"the query's words found in a longer name", ranked - below});
    }
    if (score != ranked)
        why->qualifiers.push_back({person_met ? "a person's name (SURNAME, Given) met by another kind's"
                                              : "a company's name (with a legal form) met by a person's",
                                   score - ranked});
    std::stable_partition(why->tokens.begin(), why->tokens.end(),
                          [](const TokenMatch& part) { return part.method != Method::unmatched; });
    why->list_form = candidate.form;
    why->query_form = query.form;
    return score;
}

bool complete_name(const NormalName& query, const NormalName& best, std::uint32_t best_paired,
                   const NormalName* const* others, std::size_t other_count, NormalName& out) {
    constexpr double completion_floor = 0.85;
    const std::size_t nq = std::min(query.tokens.size(), max_tokens);
    // The pairs of `best` are those it was scored with: aligning it again was half the cost of completion.
    std::array<bool, max_tokens> q_paired{};
    for (std::size_t pos = 0; pos < nq; ++pos) q_paired[pos] = (best_paired >> pos & 1U) != 0;
    // What to add is decided first: most leading names gain nothing, and copying their tokens (five strings
    // each) only to find that out was most of the cost of completion.
    struct Addition {
        const NormalName* name;
        std::uint8_t begin;
        std::uint8_t length;
    };
    std::array<Addition, max_tokens> additions{};
    std::size_t addition_count = 0;
    std::size_t token_count = best.tokens.size();
    for (std::size_t other = 0; other < other_count; ++other) {
        if (std::find(q_paired.begin(), q_paired.begin() + nq, false) == q_paired.begin() + nq) break;
        const NormalName& name = *others[other];
        for (const Pair& pair : align(query, name)) {
            if (pair.sim < completion_floor || token_count + pair.c_len > max_tokens) continue;
            bool free = true;
            for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos)
                free = free && !q_paired[pos];
            if (!free || addition_count == additions.size()) continue;
            for (std::size_t pos = pair.q_begin; pos < pair.q_begin + pair.q_len; ++pos) q_paired[pos] = true;
            additions[addition_count++] = {&name, pair.c_begin, pair.c_len};
            token_count += pair.c_len;
        }
    }
    if (addition_count == 0) return false;
    out.tokens = best.tokens;
    out.form = best.form;
    out.gh = best.gh;  // and any added word's name that writes gh (below)
    for (std::size_t idx = 0; idx < addition_count; ++idx) {
        const Addition& addition = additions[idx];
        out.form += idx > 0 ? " " : " + ";
        out.form += span_text(addition.name->tokens, addition.begin, addition.length);
        for (std::size_t pos = addition.begin; pos < addition.begin + addition.length; ++pos)
            out.tokens.push_back(addition.name->tokens[pos]);
        out.gh = out.gh || addition.name->gh;
    }
    out.organisation = organisation_like(out.tokens);  // the added words may make it read as one
    out.jurisdictions = best.jurisdictions;
    out.spelt_out = best.spelt_out;
    out.lookalike = best.lookalike;
    out.letter_names = best.letter_names;
    out.identifier = best.identifier;
    out.other_kind = best.other_kind;
    out.listed_person = best.listed_person;
    out.company_form = best.company_form;
    return true;
}

double score_completed(const NormalName& query, const NormalName& completed, const ScoreParams& params,
                       Explanation* why) {
    ScoreParams weaker = params;
    weaker.name_factor = params.name_factor * params.completed_factor;
    return score_names(query, completed, weaker, why);
}

}  // namespace cp::match::detail
