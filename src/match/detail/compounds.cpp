// SPDX-License-Identifier: Apache-2.0
// Russian company names glue stubs of their words into one (GAZPROM, ROSOBORONEKSPORT, URALVAGONZAVOD,
// KURGANMASHZAVOD) where a list may give the words (KURGANSKY MASHINOSTROITELNY ZAVOD) or their translation.
// A word is split by dynamic programming over its letters: each piece is a known stub or a run of four
// letters or more (a place or a name: "kurgan", "ural"), with the most letters in stubs winning.
#include "match/detail/compounds.hpp"

#include <array>

namespace cp::match::detail {

namespace {

constexpr std::size_t longest_word = 40;
constexpr std::size_t shortest_other = 4;  // letters of a piece that is not a stub
constexpr std::uint8_t most_others = 2;

struct Cell {
    bool reached = false;
    std::uint8_t stub_letters = 0;
    std::uint8_t stubs = 0;
    std::uint8_t pieces = 0;
    std::uint16_t from = 0;             // start of the last piece
    const std::string* full = nullptr;  // the last piece's full word, nullptr for an other piece
};

bool better(const Cell& candidate, const Cell& current) {
    if (!current.reached) return true;
    if (candidate.stub_letters != current.stub_letters) return candidate.stub_letters > current.stub_letters;
    return candidate.pieces < current.pieces;
}

}  // namespace

std::string spelt_out_compound(std::string_view word, const Reference& ref) {
    const std::size_t n = word.size();
    if (n < 7 || n > longest_word || ref.compound_parts.empty()) return {};
    // Most words hold no stub: a cheap look first.
    bool any = false;
    for (const auto& [stub, full] : ref.compound_parts)
        any = any || word.find(stub) != std::string_view::npos;
    if (!any) return {};
    // table[i][k]: best split of the first i letters with k other pieces.
    std::array<std::array<Cell, most_others + 1>, longest_word + 1> table{};
    table[0][0].reached = true;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::uint8_t k = 0; k <= most_others; ++k) {
            const Cell& here = table[i][k];
            if (!here.reached) continue;
            for (const auto& [stub, full] : ref.compound_parts) {
                if (word.substr(i, stub.size()) != stub) continue;
                Cell next = here;
                next.stub_letters = static_cast<std::uint8_t>(here.stub_letters + stub.size());
                next.stubs = static_cast<std::uint8_t>(here.stubs + 1);
                next.pieces = static_cast<std::uint8_t>(here.pieces + 1);
                next.from = static_cast<std::uint16_t>(i);
                next.full = &full;
                Cell& there = table[i + stub.size()][k];
                if (better(next, there)) there = next;
            }
            if (k == most_others) continue;
            for (std::size_t end = i + shortest_other; end <= n; ++end) {
                Cell next = here;
                next.pieces = static_cast<std::uint8_t>(here.pieces + 1);
                next.from = static_cast<std::uint16_t>(i);
                next.full = nullptr;
                Cell& there = table[end][k + 1];
                if (better(next, there)) there = next;
            }
        }
    }
    const Cell* best = nullptr;
    std::uint8_t best_k = 0;
    for (std::uint8_t k = 0; k <= most_others; ++k) {
        const Cell& cell = table[n][k];
        if (cell.reached && cell.stubs >= 2 && (best == nullptr || better(cell, *best))) {
            best = &cell;
            best_k = k;
        }
    }
    if (best == nullptr) return {};
    // Walk back from the end, writing the pieces in reverse order.
    std::array<std::string_view, longest_word> pieces{};
    std::size_t count = 0;
    std::size_t at = n;
    std::uint8_t k = best_k;
    while (at > 0) {
        const Cell& cell = table[at][k];
        pieces[count++] =
            cell.full != nullptr ? std::string_view(*cell.full) : word.substr(cell.from, at - cell.from);
        if (cell.full == nullptr) --k;
        at = cell.from;
    }
    std::string out;
    while (count > 0) {
        if (!out.empty()) out += ' ';
        out += pieces[--count];
    }
    return out;
}

}  // namespace cp::match::detail
