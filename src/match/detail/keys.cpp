// SPDX-License-Identifier: Apache-2.0
// Index keys (see keys.hpp). Legal forms and stop words are never keys: they would put a third of the list in
// every candidate set while carrying almost no identity.
#include "match/detail/keys.hpp"

#include <algorithm>

namespace cp::match::detail {

namespace {

bool keyed(const Token& token) {
    return token.kind == TokenKind::word || token.kind == TokenKind::number;
}

void unique(std::vector<std::string>& keys) {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

void word_keys(const Token& token, std::vector<std::string>& keys) {
    keys.push_back("w" + token.canon);
    if (token.kind != TokenKind::word) return;
    if (token.key.size() >= 2) keys.push_back("p" + token.key);
    if (token.text.size() >= 6) keys.push_back("x" + token.text.substr(0, 4));
}

}  // namespace

std::vector<std::string> name_keys(const NormalName& name) {
    std::vector<std::string> keys;
    const Token* previous = nullptr;
    for (const Token& token : name.tokens) {
        if (!keyed(token)) {
            previous = nullptr;
            continue;
        }
        word_keys(token, keys);
        if (previous != nullptr) keys.push_back("g" + previous->text + token.text);
        previous = &token;
    }
    // Acronyms of every run of 2-5 words: "IRGC" for "Islamic Revolutionary Guard Corps Intelligence".
    for (std::size_t start = 0; start < name.tokens.size(); ++start) {
        if (name.tokens[start].kind != TokenKind::word) continue;
        std::string acronym;
        for (std::size_t pos = start; pos < name.tokens.size() && acronym.size() < 5; ++pos) {
            const Token& token = name.tokens[pos];
            if (token.kind == TokenKind::stop) continue;
            if (token.kind != TokenKind::word) break;
            acronym += token.text[0];
            if (acronym.size() >= 2) keys.push_back("a" + acronym);
        }
    }
    unique(keys);
    return keys;
}

std::vector<QueryKey> query_keys(const NormalName& name) {
    std::vector<QueryKey> keys;
    const Token* previous = nullptr;
    std::uint32_t group = 0;
    for (const Token& token : name.tokens) {
        ++group;
        if (!keyed(token)) {
            previous = nullptr;
            continue;
        }
        const float w = token.weight;
        keys.push_back({"w" + token.canon, group, w});
        if (token.kind == TokenKind::word) {
            if (token.key.size() >= 2) keys.push_back({"p" + token.key, group, 0.7F * w});
            if (token.text.size() >= 6) keys.push_back({"x" + token.text.substr(0, 4), group, 0.6F * w});
            keys.push_back({"g" + token.text, group, w});  // the list wrote it as two words
            if (token.text.size() >= 2 && token.text.size() <= 5)
                keys.push_back({"a" + token.text, group, 0.9F * w});
        }
        if (previous != nullptr) {
            keys.push_back({"w" + previous->text + token.text, 1000 + group, previous->weight + w});
        }
        previous = &token;
    }
    return keys;
}

std::string compact_identifier(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out += c;
    }
    return out;
}

}  // namespace cp::match::detail
