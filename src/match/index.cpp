// SPDX-License-Identifier: Apache-2.0
// Answering a query: its romanised forms are scored against their candidates (candidates.cpp) and the best
// name of each entity kept, completed with words of its other names when that scores higher; identifiers are
// exact lookups that score 1.0; a party's country and birth date are evidence for or against.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "match/detail/birth.hpp"
#include "match/detail/country.hpp"
#include "match/detail/index_impl.hpp"
#include "match/detail/keys.hpp"
#include "match/detail/score.hpp"
#include "match/detail/similarity.hpp"

namespace cp::match {

namespace {

// Leading entities that may complete their best name with words of their other names (candidates.cpp).
constexpr std::size_t completion_candidates = 4;
// An entity's second name is completed too when its best scores under runner_up_below and the second is
// within runner_up_within of it (raw scores).
constexpr double runner_up_below = 0.95;
constexpr double runner_up_within = 0.2;

bool is_ascii(std::string_view text) {
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

}  // namespace

void Index::Impl::identifier_hits(std::string_view text, std::vector<Hit>& hits) const {
    std::vector<std::string> wanted{detail::compact_identifier(text)};
    std::string digits;
    for (std::size_t pos = 0; pos <= text.size(); ++pos) {
        if (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            digits += text[pos];
            continue;
        }
        if (digits.size() == 7 || digits.size() == 9) wanted.push_back(digits);  // IMO, MMSI
        digits.clear();
    }
    for (const auto& id : wanted) {
        const auto it = identifiers.find(id);
        if (id.size() < 4 || it == identifiers.end()) continue;
        for (const auto& ref : it->second) {
            const lists::Value& value = set->entities[ref.entity].values[ref.value];
            Hit hit;
            hit.entity_index = ref.entity;
            hit.matched_name = value.text;
            hit.matched_prop = value.prop;
            hit.score = 1.0;
            hit.why.qualifiers.push_back(
                {std::string(lists::to_string(value.prop)) + " " + value.text + " exact", 1.0});
            hits.push_back(std::move(hit));
        }
    }
}

void Index::Impl::add_qualifiers(const MatchOptions& options, Hit& hit) const {
    const lists::Entity& entity = set->entities[hit.entity_index];
    const auto apply = [&hit](std::optional<Qualifier> evidence) {
        if (!evidence) return;
        hit.score = std::clamp(hit.score + evidence->delta, 0.0, 1.0);
        hit.why.qualifiers.push_back(std::move(*evidence));
    };
    if (options.birth_date && !options.birth_date->empty())
        apply(detail::birth_evidence(*options.birth_date, entity));
    if (options.country && !options.country->empty())
        apply(detail::country_evidence(*options.country, entity));
}

namespace {

Result<std::vector<detail::NormalName>, QueryError> prepare(std::string_view name,
                                                            const MatchOptions& options) {
    if (name.size() > max_query_bytes) return unexpected(QueryError::too_long);
    bool blank = true;
    for (char c : name) blank = blank && (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F);
    if (blank) return unexpected(QueryError::empty);
    auto forms = detail::normalise(name, options.schema);
    if (forms.empty()) return unexpected(QueryError::no_letters);
    return forms;
}

}  // namespace

Result<std::vector<Hit>, QueryError> Index::query(std::string_view name, const MatchOptions& options) const {
    auto prepared = prepare(name, options);
    if (!prepared) return unexpected(prepared.error());
    std::vector<detail::NormalName>& forms = *prepared;
    for (auto& form : forms) {
        for (auto& token : form.tokens) token.weight = m_impl->token_weight(token);
    }
    detail::ScoreParams params;
    params.query_romanised = !is_ascii(name);
    // A rare word spelt like a common one is more often another word: loose pairs scaled by the square root
    // of the share their rarities have in common (LOO recall@1 seeds 7 / 11 / 23 +1 / +2 / +2 aliases,
    // held-out +2 / 0 / +1, typos unchanged; the share to the power 0.35, 0.7 or 1 lost aliases; with the
    // knee below, recall at the threshold up with no more synthetic false positives; docs/accuracy.md).
    params.rarity_scaled = true;
    params.unknown_word_weight = static_cast<float>(m_impl->rarity(0.5));  // as token_weight stores it
    params.unmatched_list_factor = 0.6;
    // Extra words on one side count fully: at 0.8 a two-word query met by a one-word list name scored
    // 0.71 ("Pier Ravaglioli" / PIER), above the threshold (tuned on validation_negatives_us.csv and LOO
    // seed 11; docs/accuracy.md).
    params.one_sided_factor = 1.0;
    // Raw score 0.88 is reported as the default threshold 0.70: the lowest raw level (0.86 ... 0.90 tried)
    // at which no row group of either synthetic-negative file matched more listed names than at the knee
    // 0.90 before rarity_scaled (global even / odd rows 0.6% / 0.4% both then and now; US 0.4% / 0% then,
    // 0.2% / 0% now); the odd rows were kept for checking (docs/accuracy.md, "False positives").
    params.calibration_knee = 0.88;
    // A query found whole in a longer name ranks above loose spellings of short ones, at most at raw 0.8
    // (reported 0.62): tried 0.4 to 0.89 on LOO seeds 7, 11 and 23 (docs/accuracy.md).
    params.containment_factor = 0.8;
    // But one rare word found whole is a hit: ALABUGA for ALABUGA DEVELOPMENT OOO, MADO (a maker named in
    // Shahed wreckage) for OJE PARVAZ MADO NAFAR COMPANY, KUPOL for AO IEMZ KUPOL scored 0.62-0.65. Reported
    // 0.70 + 0.06 x the name score. A word in at most about one name in a thousand (rarity 7: 45 of the
    // 49,288 bundled names). LOO found first at the threshold +0.003 to +0.006 on the six samples, recall@1
    // unchanged (YAKU E.U. now finds PARQUE YAKU; SOVFRAKHT finds MANAGEMENT COMPANY SOVFRAKHT LTD before
    // OJSC SOVFRACHT); synthetic negatives unchanged; GUR makers +1 hit, MADO, a true one (docs/accuracy.md).
    params.single_word_contained = 0.2;
    params.single_word_rarity = 7.0;
    // A query written "SURNAME, Given" is a person's name: a listed company, organisation, vessel or aircraft
    // (OFAC lists companies as LegalEntity) whose name is not so written is the weaker reading of it.
    // KAPIDZIC, Eso is KAPIDZIC, Esad before HIZBALLAH ESO. 0.8 (tried 0.5-0.95 on LOO seeds 7, 11 and 23:
    // recall@1 +0.001 to +0.002 from 0.9 down, nothing more below 0.8; synthetic negatives unchanged).
    params.person_shape_factor = 0.8;
    struct Best {
        double score;
        std::uint32_t entity;
        std::uint32_t name_id;
        std::uint32_t form;
        std::uint32_t order;     // first scored wins ties, as a map keyed by entity would keep it
        std::uint32_t paired;    // query tokens the name pairs (detail::score_names), for completion
        bool completed = false;  // name_id completed with words of the entity's other names
    };
    thread_local std::vector<Best> ranked;  // every scored name, then the best name per entity
    thread_local std::vector<std::uint32_t> chosen;
    ranked.clear();
    const detail::PairMemo memo(forms);
    for (std::uint32_t form_idx = 0; form_idx < forms.size(); ++form_idx) {
        m_impl->gather(forms[form_idx], options, chosen);
        m_impl->add_same_forms(forms[form_idx], options, chosen);
        const auto& names = m_impl->names;
        // Candidates lie anywhere in memory and scoring one is short: most of its time was waiting for its
        // record and tokens. Ask for every record now, and for the next candidate's tokens ahead of use.
        for (std::uint32_t name_id : chosen) __builtin_prefetch(&names[name_id]);
        for (std::size_t pos = 0; pos < chosen.size(); ++pos) {
            if (pos + 1 < chosen.size()) {
                const auto& next = names[chosen[pos + 1]].name.tokens;
                const char* begin = reinterpret_cast<const char*>(next.data());
                const char* end = reinterpret_cast<const char*>(next.data() + next.size());
                for (const char* line = begin; line < end; line += 64) __builtin_prefetch(line);
            }
            const std::uint32_t name_id = chosen[pos];
            const detail::IndexedName& indexed = names[name_id];
            std::uint32_t paired = 0;
            const double score = detail::score_names(forms[form_idx], indexed.name, params, nullptr, &paired);
            ranked.push_back({score, indexed.entity, name_id, form_idx,
                              static_cast<std::uint32_t>(ranked.size()), paired});
        }
    }
    // Of an entity's names that score alike, the shortest as written explains the hit best (ALBATROS OOO
    // rather than OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU ALBATROS); then the first scored.
    const auto& names = m_impl->names;
    std::sort(ranked.begin(), ranked.end(), [&names](const Best& a, const Best& b) {
        if (a.entity != b.entity) return a.entity < b.entity;
        if (a.score != b.score) return a.score > b.score;
        const std::size_t a_size = names[a.name_id].name.form.size();
        const std::size_t b_size = names[b.name_id].name.form.size();
        return a_size != b_size ? a_size < b_size : a.order < b.order;
    });
    // Each entity's second name, kept for completion below (it may complete better than the best).
    thread_local std::vector<Best> runner_ups;
    runner_ups.clear();
    for (std::size_t pos = 1; pos < ranked.size(); ++pos) {
        if (ranked[pos].entity == ranked[pos - 1].entity &&
            (pos < 2 || ranked[pos - 2].entity != ranked[pos].entity))
            runner_ups.push_back(ranked[pos]);
    }
    ranked.erase(std::unique(ranked.begin(), ranked.end(),
                             [](const Best& a, const Best& b) { return a.entity == b.entity; }),
                 ranked.end());
    const auto by_score = [](const Best& a, const Best& b) {
        return a.score != b.score ? a.score > b.score : a.entity < b.entity;
    };
    std::sort(ranked.begin(), ranked.end(), by_score);
    // Aliases recombine the parts of other aliases ("LAREDO, Antonio" for LAREDO DON JUAN, Job a.k.a.
    // RODRIGUEZ, Antonio): the leading entities may complete their best name with words of their other names.
    thread_local detail::NormalName completed;
    const std::size_t completing = std::min<std::size_t>(ranked.size(), completion_candidates);
    bool changed = false;
    for (std::size_t pos = 0; pos < completing; ++pos) {
        Best& found = ranked[pos];
        const Best best = found;
        const auto complete_from = [&](const Best& from) {
            if (!m_impl->complete(forms[from.form], from.name_id, from.paired, completed)) return;
            const double score = detail::score_completed(forms[from.form], completed, params, nullptr);
            if (score <= found.score) return;
            found = from;
            found.score = score;
            found.completed = true;
            changed = true;
        };
        complete_from(best);
        // And the next: a name that pairs every query word loosely (KARAEU for KARAEV) has nothing to
        // complete, where the next (KARAEV, Yuriy) completed with the patronymic of the first may score
        // higher. Not the next when it scores far below, nor for a name found near whole.
        if (best.score >= runner_up_below) continue;
        const auto next =
            std::lower_bound(runner_ups.begin(), runner_ups.end(), best.entity,
                             [](const Best& b, std::uint32_t entity) { return b.entity < entity; });
        if (next != runner_ups.end() && next->entity == best.entity &&
            next->score >= best.score - runner_up_within)
            complete_from(*next);
    }
    if (changed)
        std::sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(completing), by_score);
    std::vector<Hit> hits;
    m_impl->identifier_hits(name, hits);
    // Qualifiers (birth date, country) can reorder hits and identifier hits can repeat an entity: explain a
    // few more than asked for then, else only top_k.
    const std::size_t spare = options.birth_date || options.country || !hits.empty() ? 8 : 0;
    for (const Best& found : ranked) {
        const std::uint32_t entity = found.entity;
        if (hits.size() >= options.top_k + spare || found.score < options.threshold - 0.2) break;
        const detail::IndexedName& indexed = m_impl->names[found.name_id];
        Hit hit;
        hit.entity_index = entity;
        const lists::Value& value = m_impl->set->entities[entity].values[indexed.value];
        hit.matched_name = value.text;
        hit.matched_prop = value.prop;
        if (found.completed) {
            // Rebuilt: `completed` was reused.
            m_impl->complete(forms[found.form], found.name_id, found.paired, completed);
            hit.score = detail::score_completed(forms[found.form], completed, params, &hit.why);
        } else {
            hit.score = detail::score_names(forms[found.form], indexed.name, params, &hit.why);
        }
        m_impl->add_qualifiers(options, hit);
        hits.push_back(std::move(hit));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score > b.score; });
    std::vector<Hit> out;
    for (auto& hit : hits) {
        if (out.size() >= options.top_k || hit.score < options.threshold) break;
        bool duplicate = false;
        for (const auto& kept : out) duplicate = duplicate || kept.entity_index == hit.entity_index;
        if (!duplicate) out.push_back(std::move(hit));
    }
    // Nothing found for a query of nothing but legal forms and stop words ("LLC", "Co., Ltd."): the answer is
    // that it names no one, not that no one is listed under it.
    const auto bare = [&options](const detail::NormalName& form) {
        return detail::names_no_one(form, options.schema);
    };
    if (out.empty() && std::all_of(forms.begin(), forms.end(), bare)) return unexpected(QueryError::no_name);
    return out;
}

}  // namespace cp::match
