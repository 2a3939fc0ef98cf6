// SPDX-License-Identifier: Apache-2.0
// KeyTable: every filed key finds exactly the names filed under it, in order and once each; a key never
// filed finds nothing; keys of the same length that differ in one byte are told apart.
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "match/detail/key_table.hpp"

namespace {

using cp::match::detail::KeyTable;

std::vector<std::uint32_t> ids(std::span<const std::uint32_t> span) {
    return {span.begin(), span.end()};
}

TEST(KeyTable, FindsEachKeysNamesInOrderOnce) {
    KeyTable table;
    table.add("wpetrov", 3);
    table.add("ppitr", 3);
    table.add("wpetrov", 3);  // a name's key twice: counted once
    table.add("wpetrov", 7);
    table.add("wivan", 7);
    table.add("wpetrov", 12);
    table.freeze();
    EXPECT_EQ(ids(table.find("wpetrov")), (std::vector<std::uint32_t>{3, 7, 12}));
    EXPECT_EQ(ids(table.find("ppitr")), (std::vector<std::uint32_t>{3}));
    EXPECT_EQ(ids(table.find("wivan")), (std::vector<std::uint32_t>{7}));
    EXPECT_TRUE(table.find("wpetro").empty());
    EXPECT_TRUE(table.find("").empty());
    EXPECT_TRUE(table.find("wpetrovich").empty());
    EXPECT_EQ(table.keys(), 3U);
    EXPECT_EQ(table.postings(), 5U);
    // find(hash) is find(key): the query side hashes all its keys first.
    EXPECT_EQ(ids(table.find(table.hash("wivan"))), (std::vector<std::uint32_t>{7}));
}

TEST(KeyTable, AnEmptyTableFindsNothing) {
    KeyTable never_frozen;
    EXPECT_TRUE(never_frozen.find("wanything").empty());
    KeyTable table;
    table.freeze();
    EXPECT_TRUE(table.find("wanything").empty());
    EXPECT_EQ(table.keys(), 0U);
}

// Many keys, short and long, some differing in one byte, against a std::map holding the same filing.
TEST(KeyTable, AgreesWithAMapOnAHundredThousandKeys) {
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> letter('a', 'z');
    std::uniform_int_distribution<int> length(1, 24);
    std::map<std::string, std::vector<std::uint32_t>> expected;
    KeyTable table;
    for (std::uint32_t name = 0; name < 20000; ++name) {
        for (int key_idx = 0; key_idx < 6; ++key_idx) {
            std::string key(static_cast<std::size_t>(length(rng)), 'a');
            for (char& c : key) c = static_cast<char>(letter(rng) % 4 + 'a');  // few letters: near keys
            auto& list = expected[key];
            if (list.empty() || list.back() != name) list.push_back(name);
            table.add(std::string(key), name);
        }
    }
    table.freeze();
    ASSERT_EQ(table.keys(), expected.size());
    for (const auto& [key, list] : expected) ASSERT_EQ(ids(table.find(key)), list) << key;
    // Keys one byte away from a filed key, which were not filed themselves.
    std::size_t probed = 0;
    for (const auto& [key, list] : expected) {
        std::string near = key;
        near.back() = 'z';
        if (expected.count(near) != 0) continue;
        ASSERT_TRUE(table.find(near).empty()) << near;
        ++probed;
    }
    EXPECT_GT(probed, 1000U);
}

// With 12-bit hashes, 150 keys share some (the odds of none are about 6% per seed): freeze() must try
// further seeds until every key finds exactly its own names.
TEST(KeyTable, ReseedsWhenTwoKeysShareAHash) {
    KeyTable table(12);
    std::map<std::string, std::vector<std::uint32_t>> expected;
    for (std::uint32_t name = 0; name < 150; ++name) {
        const std::string key = "w" + std::to_string(name * 7919U);
        expected[key] = {name, name + 1000};
        table.add(std::string(key), name);
        table.add(std::string(key), name + 1000);
    }
    table.freeze();
    EXPECT_GT(table.seed(), 0U);
    for (const auto& [key, list] : expected) ASSERT_EQ(ids(table.find(key)), list) << key;
}

}  // namespace
