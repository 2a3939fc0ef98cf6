// SPDX-License-Identifier: Apache-2.0
// PairMemo: token pairs remembered across the candidates of one query give the pairs computed afresh, for
// each form of the query and each candidate, and nothing outlives the memo.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "match/detail/normalize.hpp"
#include "match/detail/similarity.hpp"

namespace {

using namespace cp::match::detail;

// A listed name whose tokens are numbered by their content, as the index numbers them.
NormalName listed(const std::string& name, std::vector<std::string>& numbering) {
    NormalName normal = normalise(name, std::nullopt).front();
    for (Token& token : normal.tokens) {
        std::string content;
        append_compared_content(token, content);
        std::uint32_t id = 0;
        while (id < numbering.size() && numbering[id] != content) ++id;
        if (id == numbering.size()) numbering.push_back(content);
        token.id = id + 1;
    }
    return normal;
}

std::vector<Pair> pairs_of(const NormalName& query, const NormalName& candidate) {
    std::vector<Pair> pairs;
    add_token_pairs(query, candidate, pairs);
    return pairs;
}

void expect_same_pairs(const std::vector<Pair>& got, const std::vector<Pair>& wanted,
                       const std::string& what) {
    ASSERT_EQ(got.size(), wanted.size()) << what;
    for (std::size_t idx = 0; idx < got.size(); ++idx) {
        EXPECT_EQ(got[idx].q_begin, wanted[idx].q_begin) << what;
        EXPECT_EQ(got[idx].c_begin, wanted[idx].c_begin) << what;
        EXPECT_EQ(got[idx].sim, wanted[idx].sim) << what;
        EXPECT_EQ(got[idx].method, wanted[idx].method) << what;
    }
}

TEST(PairMemo, RememberedPairsAreThePairsComputedAfresh) {
    std::vector<std::string> numbering;
    // Candidates that share words with each other and with the query, in other spellings.
    const std::vector<NormalName> candidates = {
        listed("MOHAMMAD HASSAN KARIMI", numbering), listed("MUHAMMAD HASAN", numbering),
        listed("HASSAN KARIMI TRADING LLC", numbering), listed("KARIMI, Mohammad", numbering),
        listed("MOHAMMAD HASSAN KARIMI", numbering)};
    // Two forms of the query: the memo keeps their pairs apart.
    const std::vector<NormalName> forms = {normalise("Mohammed Hasan Karimy", std::nullopt).front(),
                                           normalise("Karimi Trading", std::nullopt).front()};
    std::vector<std::vector<Pair>> afresh;
    for (const NormalName& form : forms)
        for (const NormalName& candidate : candidates) afresh.push_back(pairs_of(form, candidate));
    {
        const PairMemo memo(forms);
        for (int pass = 0; pass < 2; ++pass) {  // the second pass is all remembered pairs
            std::size_t at = 0;
            for (const NormalName& form : forms) {
                for (const NormalName& candidate : candidates)
                    expect_same_pairs(pairs_of(form, candidate), afresh[at++],
                                      form.form + " / " + candidate.form);
            }
        }
    }
    // Another query of other words after the memo: nothing remembered for the first is reused.
    const std::vector<NormalName> other = {normalise("Hassan Karimi", std::nullopt).front()};
    const std::vector<Pair> wanted = pairs_of(other.front(), candidates[0]);
    const PairMemo memo(other);
    expect_same_pairs(pairs_of(other.front(), candidates[0]), wanted, "a later query");
    EXPECT_FALSE(wanted.empty());
}

TEST(PairMemo, ANameOutsideTheFormsIsScoredWithoutIt) {
    std::vector<std::string> numbering;
    const NormalName candidate = listed("ALBATROS OOO", numbering);
    const std::vector<NormalName> forms = {normalise("Albatross", std::nullopt).front()};
    const NormalName elsewhere = normalise("Albatros LLC", std::nullopt).front();
    const std::vector<Pair> wanted = pairs_of(elsewhere, candidate);
    const PairMemo memo(forms);
    pairs_of(forms.front(), candidate);  // remembered for the form's token 0
    expect_same_pairs(pairs_of(elsewhere, candidate), wanted, "a query that is not one of the forms");
}

}  // namespace
