// SPDX-License-Identifier: Apache-2.0
// SetBuilder: what every loader uses to fill a one-source EntitySet, so that ids, provenance, trimming and
// de-duplication of values work the same for every list.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lists/entity.hpp"

namespace cp::lists::detail {

class SetBuilder {
public:
    /// Starts a set with one source (`key`, `title`, `path`).
    SetBuilder(std::string key, std::string title, std::string path);

    /// The entity with record id `record_id`, created with `schema` on first use (id "<key>:<record_id>").
    /// The returned reference is valid until the next call to entity().
    Entity& entity(std::string_view record_id, Schema schema);
    /// The entity with `record_id` if it exists, else nullptr (alt/add rows join primary rows this way).
    [[nodiscard]] Entity* find(std::string_view record_id);

    /// Adds `text` (trimmed; nothing when empty) to `entity` unless the same prop and text are present.
    void add(Entity& entity, Prop prop, std::string_view text, std::string_view record_id);

    /// Counts one primary record read and remembers one file read.
    void count_record() noexcept { ++m_set.sources.front().records; }
    void add_file(std::string path) { m_set.sources.front().files.push_back(std::move(path)); }
    /// Records why a record that was read is not loaded ("file:12 (byte 340): ... has no name").
    void skip(std::string why) { m_set.skipped.push_back(std::move(why)); }

    /// The finished set (the builder is spent).
    [[nodiscard]] EntitySet finish() { return std::move(m_set); }

private:
    EntitySet m_set;
    std::unordered_map<std::string, std::size_t> m_index;
};

/// ISO 8601 form of an OFAC/UN/UK date: "12 Mar 1965" -> "1965-03-12", "Mar 1965" -> "1965-03",
/// "circa 1965" -> "1965", "29-06-2012" -> "2012-06-29", "06/19/2003" -> "2003-06-19", "1965" and ISO kept.
/// Anything else (ranges "1960 to 1962") comes back trimmed but unchanged.
[[nodiscard]] std::string normalize_date(std::string_view text);

/// True when `s` is one or more ASCII digits.
[[nodiscard]] bool all_digits(std::string_view s) noexcept;

/// `parts` trimmed, the empty ones left out, the rest joined by `separator` ("street, city").
[[nodiscard]] std::string join_nonempty(std::initializer_list<std::string_view> parts,
                                        std::string_view separator);

/// True when `digits` is a 7-digit IMO number whose check digit is right: digits 1-6 weighted 7..2, sum
/// mod 10 = digit 7 (IMO Res. A.1117(30)).
[[nodiscard]] bool valid_imo(std::string_view digits) noexcept;

}  // namespace cp::lists::detail
