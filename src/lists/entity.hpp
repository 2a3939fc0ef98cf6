// SPDX-License-Identifier: Apache-2.0
// The one entity model every list loads into: FollowTheMoney schemas and property names
// (https://followthemoney.tech), with the source list and record id kept on every value so that a hit can
// always be traced to the line of the official file it came from.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cp::lists {

/// FollowTheMoney schema of an entity. LegalEntity is used when a list does not say person or company.
enum class Schema : std::uint8_t { legal_entity, person, company, organization, vessel, airplane };

/// FollowTheMoney property names (to_string gives the FtM spelling, e.g. Prop::weak_alias -> "weakAlias").
enum class Prop : std::uint8_t {
    name,           ///< primary name
    alias,          ///< strong a.k.a.
    weak_alias,     ///< weak a.k.a. (OFAC Remarks "a.k.a., weak")
    previous_name,  ///< f.k.a., former vessel names
    imo_number,     ///< vessel IMO or company IMO number, 7 digits, as "IMO 1234567"-free digits
    mmsi,           ///< 9 digits
    call_sign,
    registration_number,  ///< aircraft tail number; company registration numbers too
    serial_number,        ///< aircraft manufacturer serial number (MSN)
    operator_name,        ///< aircraft/vessel operator (FtM "operator")
    owner,                ///< vessel owner
    flag,                 ///< vessel flag state
    model,                ///< aircraft model / vessel type
    build_date,           ///< aircraft construction date / vessel build year
    birth_date,           ///< ISO 8601, possibly partial ("1970", "1970-05")
    birth_place,
    nationality,  ///< country name or ISO code as given
    country,      ///< associated country
    address,      ///< full one-line address
    id_number,    ///< passport, national id, tax id... with its kind in the text
    email,
    phone,
    website,
    programme,     ///< sanctions programme (e.g. "RUSSIA-EO14024", "IRAN")
    listing_date,  ///< date the entity was listed, ISO 8601
    notes,         ///< free text remarks not parsed into another property
    gender,        ///< "male" / "female" as given by the list (FtM "gender")
    icao24,        ///< aircraft Mode S address, 6 hex digits (OFAC "Aircraft Mode S Transponder
                   ///< Code"); not an FtM property, named "icao24" as in ADS-B tools
};

/// Where a value came from: an index into EntitySet::sources and the record id in that source file.
struct Provenance {
    std::uint16_t source = 0;
    std::string record_id;  ///< e.g. OFAC ent_num "36092", UN reference "QDi.001", UK group id
};

struct Value {
    Prop prop = Prop::name;
    std::string text;  ///< UTF-8, as given by the list (trimmed)
    Provenance from;
};

struct Entity {
    std::string id;  ///< stable id, "<source>:<record_id>", e.g. "ofac-sdn:36092"
    Schema schema = Schema::legal_entity;
    std::vector<Value> values;

    /// Texts of every value of `prop`, in load order.
    [[nodiscard]] std::vector<std::string_view> all(Prop prop) const;
    /// First value of `prop`, if any.
    [[nodiscard]] std::optional<std::string_view> first(Prop prop) const;
};

/// A loaded source list: a short key and what it is.
struct Source {
    /// "ofac-sdn", "ofac-cons", "un", "uk", "eu", "bis-dpl", "csl", "ftm:<file>"
    std::string key;
    std::string title;               ///< human-readable name
    std::string path;                ///< file or folder it was read from
    std::vector<std::string> files;  ///< every file read for this source (OFAC: sdn/alt/add/comments)
    std::uint64_t records = 0;       ///< primary records read (rows, XML entries, JSON lines)
};

/// A directed link between two listed parties, as the list states it: OFAC Remarks "Linked To: POUYA AIR"
/// on aircraft EP-GOM gives {from "ofac-sdn:15431", to "ofac-sdn:13109", to_name "POUYA AIR", "linkedTo"}.
/// Lists name the other party, they do not give its id: `to_id` is filled only when exactly one entity of
/// the same source carries that name (primary name or alias, compared after upper-casing and collapsing
/// spaces and punctuation); otherwise it is empty and `to_name` alone says who is meant.
struct Relation {
    std::string from_id;  ///< Entity::id of the party whose record states the link
    std::string to_id;    ///< Entity::id of the other party, or "" when unknown or ambiguous
    std::string to_name;  ///< the other party as the list writes it (FtM: its entity id when no name)
    std::string kind;     ///< "linkedTo" (OFAC), or the FtM schema: "Ownership", "Directorship", ...
    std::string source;   ///< Source::key of the list, e.g. "ofac-sdn"
    std::string record;   ///< record id in that source (OFAC ent_num, FtM relation entity id)
};

/// Everything loaded, several lists together.
struct EntitySet {
    std::vector<Source> sources;
    std::vector<Entity> entities;
    /// What was read but not loaded: files under a loaded directory that no loader recognised, older
    /// snapshots, and records a loader could not use ("file:12 (byte 340): ... has no name").
    std::vector<std::string> skipped;
    std::vector<Relation> relations;  ///< links between entities, in load order (see Relation)
};

[[nodiscard]] std::string_view to_string(Schema schema) noexcept;  ///< "Person", "Company", ...
[[nodiscard]] std::string_view to_string(Prop prop) noexcept;      ///< "weakAlias", "imoNumber", ...
[[nodiscard]] std::optional<Schema> parse_schema(std::string_view ftm_name) noexcept;
[[nodiscard]] std::optional<Prop> parse_prop(std::string_view ftm_name) noexcept;

}  // namespace cp::lists
