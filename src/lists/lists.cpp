// SPDX-License-Identifier: Apache-2.0
// File-level entry points of the loaders (read the file with io::read_file, parse, fail whole), merging
// and counting. Directory discovery and OFAC snapshot selection are in directory.cpp.
#include "lists/lists.hpp"

#include "core/error.hpp"
#include "io/io.hpp"
#include "lists/detail/loaders.hpp"

namespace cp::lists {

namespace fs = std::filesystem;

namespace {

void read_optional(const fs::path& path, std::string& bytes, std::string& name) {
    if (path.empty()) return;
    name = path.string();
    bytes = io::read_file(name);
}

OfacFiles sibling_files(const fs::path& dir_or_primary, std::string_view primary, std::string_view alt,
                        std::string_view add, std::string_view comments) {
    const bool is_dir = fs::is_directory(dir_or_primary);
    const fs::path dir = is_dir ? dir_or_primary : dir_or_primary.parent_path();
    OfacFiles files;
    files.primary = is_dir ? dir / primary : dir_or_primary;
    if (!fs::exists(files.primary)) throw Error(files.primary.string() + ": no such file");
    const auto optional = [&](std::string_view file) {
        return fs::exists(dir / file) ? dir / file : fs::path{};
    };
    files.alt = optional(alt);
    files.add = optional(add);
    files.comments = optional(comments);
    return files;
}

}  // namespace

EntitySet load_ofac(const OfacFiles& files, std::string_view key) {
    detail::OfacBytes bytes;
    read_optional(files.primary, bytes.primary, bytes.primary_name);
    if (bytes.primary_name.empty()) throw Error("OFAC set without a primary file");
    read_optional(files.alt, bytes.alt, bytes.alt_name);
    read_optional(files.add, bytes.add, bytes.add_name);
    read_optional(files.comments, bytes.comments, bytes.comments_name);
    EntitySet set = detail::parse_ofac(bytes, key);
    set.sources.front().path = files.primary.parent_path().string();
    return set;
}

EntitySet load_ofac_sdn(const fs::path& dir_or_sdn_csv) {
    return load_ofac(sibling_files(dir_or_sdn_csv, "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"),
                     "ofac-sdn");
}

EntitySet load_ofac_cons(const fs::path& dir_or_prim_csv) {
    return load_ofac(
        sibling_files(dir_or_prim_csv, "cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv"),
        "ofac-cons");
}

EntitySet load_un_xml(const fs::path& xml) {
    return detail::parse_un_xml(io::read_file(xml.string()), xml.string());
}

EntitySet load_eu_xml(const fs::path& xml) {
    return detail::parse_eu_xml(io::read_file(xml.string()), xml.string());
}

EntitySet load_uk_csv(const fs::path& csv) {
    return detail::parse_uk_csv(io::read_file(csv.string()), csv.string());
}

EntitySet load_uk_ods(const fs::path& ods) {
    return detail::parse_uk_ods(io::read_file(ods.string()), ods.string());
}

EntitySet load_bis_dpl(const fs::path& txt) {
    return detail::parse_bis_dpl(io::read_file(txt.string()), txt.string());
}

EntitySet load_csl(const fs::path& csv) {
    return detail::parse_csl(io::read_file(csv.string()), csv.string());
}

EntitySet load_ftm_jsonl(const fs::path& jsonl) {
    return detail::parse_ftm_jsonl(io::read_file(jsonl.string()), jsonl.string());
}

EntitySet parse_bytes(Format format, std::string_view bytes, std::string_view name) {
    const std::string file(name);
    switch (format) {
    case Format::ofac_primary: {
        detail::OfacBytes files;
        files.primary.assign(bytes);
        files.primary_name = file;
        return detail::parse_ofac(files, "ofac-sdn");
    }
    case Format::un_xml:
        return detail::parse_un_xml(bytes, file);
    case Format::uk_csv:
        return detail::parse_uk_csv(bytes, file);
    case Format::bis_dpl:
        return detail::parse_bis_dpl(bytes, file);
    case Format::csl:
        return detail::parse_csl(bytes, file);
    case Format::ftm_jsonl:
        return detail::parse_ftm_jsonl(bytes, file);
    case Format::uk_ods:
        return detail::parse_uk_ods(bytes, file);
    case Format::eu_xml:
        return detail::parse_eu_xml(bytes, file);
    }
    throw Error("unknown list format");
}

std::string_view to_string(Format format) noexcept {
    switch (format) {
    case Format::ofac_primary:
        return "ofac_primary";
    case Format::un_xml:
        return "un_xml";
    case Format::uk_csv:
        return "uk_csv";
    case Format::bis_dpl:
        return "bis_dpl";
    case Format::csl:
        return "csl";
    case Format::ftm_jsonl:
        return "ftm_jsonl";
    case Format::uk_ods:
        return "uk_ods";
    case Format::eu_xml:
        return "eu_xml";
    }
    return "unknown";
}

void merge_into(EntitySet& into, EntitySet&& other) {
    const auto offset = static_cast<std::uint16_t>(into.sources.size());
    for (Source& source : other.sources) into.sources.push_back(std::move(source));
    into.entities.reserve(into.entities.size() + other.entities.size());
    for (Entity& entity : other.entities) {
        for (Value& value : entity.values)
            value.from.source = static_cast<std::uint16_t>(value.from.source + offset);
        into.entities.push_back(std::move(entity));
    }
    for (std::string& skipped : other.skipped) into.skipped.push_back(std::move(skipped));
    // Relations name their ends by entity id and source key, which carry no source index: they stay valid.
    for (Relation& relation : other.relations) into.relations.push_back(std::move(relation));
}

std::size_t count(const EntitySet& set, Schema schema, std::string_view source_prefix) {
    std::size_t n = 0;
    for (const Entity& entity : set.entities) {
        if (entity.schema != schema) continue;
        if (!source_prefix.empty() &&
            std::string_view(entity.id).substr(0, source_prefix.size()) != source_prefix) {
            continue;
        }
        ++n;
    }
    return n;
}

}  // namespace cp::lists
