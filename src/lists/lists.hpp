// SPDX-License-Identifier: Apache-2.0
// lists: official sanctions list files -> one entity model (entity.hpp). Loaders for OFAC SDN and non-SDN
// (cons_*) CSV sets with their Remarks mini-language, the UN consolidated XML, the UK FCDO list (the .ods
// FCDO publishes, a CSV made from it, or FCDO's full one-row-per-name CSV), the EU Financial Sanctions
// Files XML, the BIS Denied Persons List, the trade.gov Consolidated Screening List CSV and FollowTheMoney
// JSON lines. Links the lists state between parties (OFAC "Linked To:", FtM Ownership/Directorship/...)
// are EntitySet::relations. A malformed file throws cp::InputError (file, line) and loads nothing: a caller
// never sees part of a list.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"    // IWYU pragma: export (cp::InputError, cp::Error)
#include "lists/entity.hpp"  // IWYU pragma: export

namespace cp::lists {

/// The four files of one OFAC CSV set. Only `primary` is required; empty paths are skipped.
/// SDN: sdn.csv, alt.csv, add.csv, sdn_comments.csv. Non-SDN: cons_prim.csv, cons_alt.csv, cons_add.csv,
/// cons_comments.csv. alt/add/comments rows join the primary rows by ent_num (stable across dates).
struct OfacFiles {
    std::filesystem::path primary;
    std::filesystem::path alt;
    std::filesystem::path add;
    std::filesystem::path comments;
};

/// How load_directory() picks files.
struct LoadOptions {
    /// OFAC snapshot to use when `dir` holds dated snapshot folders (e.g. ofac/watchman_2025-02/,
    /// ofac/sdn_2024-05-03_jackdwyer/): a folder name or a date ("2025-02", "2024-05-03") that a folder name
    /// contains. Empty: the default composition described at select_ofac_files().
    std::string ofac_snapshot;
    /// Explicit OFAC SDN files; when `primary` is set this wins over `ofac_snapshot` and folder discovery.
    OfacFiles ofac_files;
    /// Source keys to load ("ofac-sdn", "ofac-cons", "un", "uk", "eu", "bis-dpl", "csl", "ftm"); empty = all
    /// found.
    std::vector<std::string> only_sources;
    /// UN, UK, EU, BIS DPL and CSL snapshots: when several files of one list are present only the newest (by
    /// the date in the file name, then by name) is loaded unless this is true.
    bool all_snapshots = false;
};

/// Loads every list it recognises under `dir` (recursively, by file name and format sniffing) into one set:
/// sdn.csv + alt.csv + add.csv + sdn_comments.csv (OFAC SDN), cons_*.csv (OFAC non-SDN), *.xml with a
/// CONSOLIDATED_LIST root (UN consolidated), a CSV whose header starts "Unique ID,OFSI Group ID" or an .ods
/// whose first row is that header (UK FCDO; of an .ods and a CSV of the same date in one folder only the .ods
/// is loaded), *.xml whose root is `export` in namespace http://eu.europa.ec/fpi/fsd/export (EU, e.g.
/// xmlFullSanctionsList_1_1.xml), a tab-separated file whose header starts "Name"<TAB>"Street_Address" (BIS
/// DPL), a CSV whose header has source,entity_number,type,programs,name (CSL), *.ftm.json / *.jsonl
/// (FollowTheMoney). They are merged in that order of keys: ofac-sdn, ofac-cons, un, uk, eu, bis-dpl, csl,
/// ftm. Files it does not recognise are ignored (listed in EntitySet::skipped). With several OFAC snapshots,
/// one composed set is loaded (see select_ofac_files), never two copies. Hidden entries (names starting with
/// '.', e.g. the staging and version folders of `lists update`) are not read. Throws cp::InputError for a
/// malformed file and cp::Error when `dir` cannot be read.
[[nodiscard]] EntitySet load_directory(const std::filesystem::path& dir, const LoadOptions& options = {});

/// Picks the OFAC SDN files under `dir` (folders holding sdn.csv, alt.csv, add.csv or sdn_comments.csv, dated
/// by a YYYY-MM[-DD] in the folder name). The anchor folder is the one matching `snapshot` (a folder name or
/// a date it contains; it must match exactly one folder), or, without `snapshot`, the newest folder holding
/// sdn.csv. Each file comes from the anchor folder when it has it; otherwise sdn.csv, alt.csv and add.csv
/// come from the earliest folder dated on or after the anchor (else the latest before: ent_num is stable, and
/// a later alt.csv only adds rows), and sdn_comments.csv from the folder nearest in date (it continues
/// Remarks byte for byte, and is only joined to Remarks that fill OFAC's 1,000-character field). For the
/// bundled data the default is sdn.csv 2024-05-03 + alt/add of watchman_2025-02 + comments of
/// watchman_static_2024-01. Throws cp::Error if no sdn.csv exists or `snapshot` is ambiguous or unknown.
[[nodiscard]] OfacFiles select_ofac_files(const std::filesystem::path& dir, std::string_view snapshot = {});

/// OFAC SDN set (`dir_or_sdn_csv` is a folder holding sdn.csv etc., or the sdn.csv path with siblings).
[[nodiscard]] EntitySet load_ofac_sdn(const std::filesystem::path& dir_or_sdn_csv);
/// OFAC SDN or non-SDN set from explicit files; `key` is "ofac-sdn" or "ofac-cons".
[[nodiscard]] EntitySet load_ofac(const OfacFiles& files, std::string_view key = "ofac-sdn");
/// OFAC non-SDN consolidated set (folder holding cons_prim.csv etc., or the cons_prim.csv path).
[[nodiscard]] EntitySet load_ofac_cons(const std::filesystem::path& dir_or_prim_csv);
/// UN Security Council consolidated list XML (INDIVIDUALS/ENTITIES, with NAME_ORIGINAL_SCRIPT).
[[nodiscard]] EntitySet load_un_xml(const std::filesystem::path& xml);
/// EU consolidated financial sanctions list, Financial Sanctions Files XML 1.1 (xmlFullSanctionsList_1_1.xml:
/// sanctionEntity records with nameAlias, regulation, citizenship, birthdate, identification, address).
/// Strong names are name/alias, the others weakAlias; a record without any name is listed in
/// EntitySet::skipped. Entity ids are "eu:<euReferenceNumber>", or "eu:<logicalId>" when it has none.
[[nodiscard]] EntitySet load_eu_xml(const std::filesystem::path& xml);
/// UK FCDO sanctions list CSV: the short layout (Unique ID, OFSI Group ID, Name, Regime Name, Type, ...) or
/// FCDO's full UK_Sanctions_List.csv (optional "Report Date:" line, then one row per name: Name 1..6, Name
/// type, Alias strength, ...), told apart by the header. One entity per Unique ID in both.
[[nodiscard]] EntitySet load_uk_csv(const std::filesystem::path& csv);
/// UK FCDO sanctions list as FCDO publishes it: an OpenDocument spreadsheet whose first sheet has the
/// columns of load_uk_csv(); gives the same entities as the CSV made from it.
[[nodiscard]] EntitySet load_uk_ods(const std::filesystem::path& ods);
/// BIS Denied Persons List (tab-separated, quoted, with header line).
[[nodiscard]] EntitySet load_bis_dpl(const std::filesystem::path& txt);
/// trade.gov Consolidated Screening List CSV (2019 and 2025 column sets).
[[nodiscard]] EntitySet load_csl(const std::filesystem::path& csv);
/// FollowTheMoney entities, one JSON object per line ({"id","schema","properties":{...}}).
[[nodiscard]] EntitySet load_ftm_jsonl(const std::filesystem::path& jsonl);

/// The same loaders over bytes already in memory (for `lists update` validation and the fuzzers).
/// `name` is the file name used in error locations. Throw cp::InputError on malformed input.
/// uk_ods: the bytes of the .ods zip archive. eu_xml: the EU Financial Sanctions Files XML 1.1.
enum class Format : std::uint8_t { ofac_primary, un_xml, uk_csv, bis_dpl, csl, ftm_jsonl, uk_ods, eu_xml };
/// Parses `bytes` in `format` into a one-source set; OFAC here is the primary file alone
/// (sdn.csv/cons_prim.csv).
[[nodiscard]] EntitySet parse_bytes(Format format, std::string_view bytes, std::string_view name);
/// Name of a Format ("ofac_primary", "un_xml", ...).
[[nodiscard]] std::string_view to_string(Format format) noexcept;

/// Appends `other` to `into`, remapping its source indices; no entity is dropped or merged (provenance kept).
void merge_into(EntitySet& into, EntitySet&& other);

/// Every relation of `set` in which `entity_id` is either end (from_id or to_id), in load order: the links
/// to show beside a match ("EP-GOM -> POUYA AIR", and from POUYA AIR the aircraft linked to it).
[[nodiscard]] std::vector<const Relation*> relations_of(const EntitySet& set, std::string_view entity_id);

/// Number of entities of `schema` in `set` whose source key starts with `source_prefix` (empty = any).
[[nodiscard]] std::size_t count(const EntitySet& set, Schema schema, std::string_view source_prefix = {});

}  // namespace cp::lists
