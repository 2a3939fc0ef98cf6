// SPDX-License-Identifier: Apache-2.0
// Pairwise comparison (`names compare`) and the small public helpers. The index is built in index_build.cpp,
// gathers its candidates in candidates.cpp and answers queries in index.cpp.
#include "match/match.hpp"

#include <fmt/format.h>

#include "match/detail/normalize.hpp"
#include "match/detail/score.hpp"

namespace cp::match {

namespace {

bool is_ascii(std::string_view text) {
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

void set_default_weights(std::vector<detail::NormalName>& names) {
    for (auto& name : names) {
        for (auto& token : name.tokens) token.weight = detail::default_weight(token);
    }
}

}  // namespace

std::string_view to_string(Method method) noexcept {
    switch (method) {
    case Method::exact:
        return "exact";
    case Method::translit:
        return "translit";
    case Method::synonym:
        return "synonym";
    case Method::legal_form:
        return "legal_form";
    case Method::jaro_winkler:
        return "jaro_winkler";
    case Method::phonetic:
        return "phonetic";
    case Method::initial:
        return "initial";
    case Method::glued:
        return "glued";
    case Method::abbreviation:
        return "abbreviation";
    case Method::number:
        return "number";
    case Method::number_mismatch:
        return "number_mismatch";
    case Method::unmatched:
        return "unmatched";
    }
    return "unknown";
}

std::string_view to_string(QueryError error) noexcept {
    switch (error) {
    case QueryError::empty:
        return "empty query";
    case QueryError::too_long:
        return "query longer than 1024 bytes";
    case QueryError::no_letters:
        return "no letter or digit in the query after normalisation";
    case QueryError::no_name:
        return "only legal forms, titles or stop words in the query: it names no one";
    }
    return "unknown query error";
}

std::string Explanation::summary() const {
    std::string out;
    for (const auto& part : tokens) {
        if (!out.empty()) out += "; ";
        if (part.method == Method::unmatched) {
            out += fmt::format("{} unmatched (w {:.2f})",
                               part.query_token.empty() ? "list:" + part.list_token : part.query_token,
                               part.weight);
        } else {
            out += fmt::format("{}={} {} {:.2f} +{:.3f}", part.query_token, part.list_token,
                               to_string(part.method), part.similarity, part.contribution);
        }
    }
    for (const auto& qualifier : qualifiers) {
        if (!out.empty()) out += "; ";
        out += fmt::format("{} {:+.3f}", qualifier.what, qualifier.delta);
    }
    return out;
}

std::vector<std::string> romanize(std::string_view name) {
    std::vector<std::string> forms;
    for (const auto& normal : detail::normalise(name, std::nullopt)) forms.push_back(normal.form);
    return forms;
}

Comparison compare(std::string_view a, std::string_view b, std::optional<lists::Schema> schema) {
    Comparison best;
    if (a.size() > max_query_bytes || b.size() > max_query_bytes) return best;
    auto forms_a = detail::normalise(a, schema);
    auto forms_b = detail::normalise(b, schema);
    set_default_weights(forms_a);
    set_default_weights(forms_b);
    detail::ScoreParams params;
    params.query_romanised = !is_ascii(a) || !is_ascii(b);
    for (const auto& form_a : forms_a) {
        for (const auto& form_b : forms_b) {
            const double score = detail::score_names(form_a, form_b, params, nullptr);
            if (score <= best.score && !best.why.query_form.empty()) continue;
            best.score = score;
            best.why = {};
            detail::score_names(form_a, form_b, params, &best.why);
        }
    }
    return best;
}

double compare_names(std::string_view a, std::string_view b, std::optional<lists::Schema> schema) {
    return compare(a, b, schema).score;
}

}  // namespace cp::match
