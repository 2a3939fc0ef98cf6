// SPDX-License-Identifier: Apache-2.0
#include "core/tally.hpp"

#include <fmt/format.h>

namespace cp {

void ErrorTally::add(const std::string& kind, const SourceLocation& where) {
    auto& entry = m_by_kind[kind];
    if (entry.count == 0) entry.first = where;
    ++entry.count;
    ++m_total_errors;
}

std::uint64_t ErrorTally::count(const std::string& kind) const {
    const auto found = m_by_kind.find(kind);
    return found == m_by_kind.end() ? 0 : found->second.count;
}

std::string ErrorTally::summary() const {
    if (m_by_kind.empty()) return {};
    std::string out = fmt::format("bad input: {} of {} items\n", m_total_errors, m_total_errors + m_good);
    for (const auto& [kind, entry] : m_by_kind) {
        out += fmt::format("  {:>8} {} (first at {})\n", entry.count, kind, entry.first.to_string());
    }
    return out;
}

}  // namespace cp
