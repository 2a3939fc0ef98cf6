// SPDX-License-Identifier: Apache-2.0
// `lists update` (protocol in update.hpp): conditional GET per file, full parse of the staged set, sanity
// checks against the previous count, atomic symlink swap, pruning to the last good versions.
#include "lists/update.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "io/http.hpp"
#include "io/io.hpp"

namespace cp::lists {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::string_view known_keys[] = {"ofac-sdn", "ofac-cons", "un",  "uk",
                                           "eu",       "bis-dpl",   "csl", "ftm"};

// Built into the binary so that `lists update` works without the source tree; data/lists-sources.json
// holds the same text (a unit test checks it).
constexpr std::string_view default_config = R"json({
  "_comment": "Official download locations for `chokepoint lists update --config data/lists-sources.json`. The UK FCDO file is its full one-row-per-name CSV (src/lists/uk_full.cpp); FCDO also publishes it as .ods, which the loader reads too. The EU file is the Financial Sanctions Files XML 1.1 (src/lists/eu_xml.cpp).",
  "sources": [
    {"key": "ofac-sdn", "min_entities": 5000, "files": [
      {"name": "sdn.csv", "url": "https://www.treasury.gov/ofac/downloads/sdn.csv"},
      {"name": "alt.csv", "url": "https://www.treasury.gov/ofac/downloads/alt.csv"},
      {"name": "add.csv", "url": "https://www.treasury.gov/ofac/downloads/add.csv"},
      {"name": "sdn_comments.csv", "url": "https://www.treasury.gov/ofac/downloads/sdn_comments.csv"}]},
    {"key": "ofac-cons", "min_entities": 100, "files": [
      {"name": "cons_prim.csv", "url": "https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv"},
      {"name": "cons_alt.csv", "url": "https://www.treasury.gov/ofac/downloads/consolidated/cons_alt.csv"},
      {"name": "cons_add.csv", "url": "https://www.treasury.gov/ofac/downloads/consolidated/cons_add.csv"},
      {"name": "cons_comments.csv", "url": "https://www.treasury.gov/ofac/downloads/consolidated/cons_comments.csv"}]},
    {"key": "un", "min_entities": 500, "files": [
      {"name": "UN_consolidated.xml", "url": "https://scsanctions.un.org/resources/xml/en/consolidated.xml"}]},
    {"key": "uk", "min_entities": 3000, "files": [
      {"name": "UK-Sanctions-List.csv", "url": "https://docs.fcdo.gov.uk/docs/UK-Sanctions-List.csv"}]},
    {"key": "eu", "min_entities": 1000, "files": [
      {"name": "xmlFullSanctionsList_1_1.xml", "url": "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw"}]},
    {"key": "bis-dpl", "min_entities": 100, "files": [
      {"name": "dpl.txt", "url": "https://www.bis.doc.gov/dpl/dpl.txt"}]},
    {"key": "csl", "min_entities": 1000, "files": [
      {"name": "consolidated.csv", "url": "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"}]}
  ]
}
)json";

struct FileState {
    std::string etag, last_modified, sha256;
};

struct VersionState {
    std::map<std::string, FileState> files;
    std::size_t entities = 0;
};

VersionState read_state(const fs::path& version) {
    VersionState state;
    const fs::path file = version / ".state.json";
    if (!fs::exists(file)) return state;
    try {
        const json doc = json::parse(io::read_file(file.string()));
        state.entities = doc.value("entities", std::size_t{0});
        for (const auto& [name, entry] : doc.at("files").items()) {
            state.files[name] = {entry.value("etag", ""), entry.value("last_modified", ""),
                                 entry.value("sha256", "")};
        }
    } catch (const json::exception&) {
        return VersionState{};  // unreadable state: download everything again, nothing is lost
    }
    return state;
}

void write_state(const fs::path& version, const VersionState& state) {
    json doc;
    doc["entities"] = state.entities;
    doc["files"] = json::object();
    for (const auto& [name, file] : state.files) {
        doc["files"][name] = {
            {"etag", file.etag}, {"last_modified", file.last_modified}, {"sha256", file.sha256}};
    }
    io::write_file_atomic((version / ".state.json").string(), doc.dump(2) + "\n");
}

std::string version_name() {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return fmt::format("v{}-{}", std::chrono::duration_cast<std::chrono::milliseconds>(now).count(),
                       ::getpid());
}

// Staging folder that removes itself unless committed.
class Staging {
public:
    explicit Staging(fs::path path) : m_path(std::move(path)) { fs::create_directories(m_path); }
    Staging(const Staging&) = delete;
    Staging& operator=(const Staging&) = delete;
    Staging(Staging&&) = delete;
    Staging& operator=(Staging&&) = delete;
    ~Staging() {
        std::error_code ec;
        if (!m_committed) fs::remove_all(m_path, ec);
    }
    [[nodiscard]] const fs::path& path() const noexcept { return m_path; }
    void commit() noexcept { m_committed = true; }

private:
    fs::path m_path;
    bool m_committed = false;
};

// Makes dir/key point at `version` atomically: a new symlink renamed over the old one (rename(2)).
void swap_current(const fs::path& dir, const std::string& key, const fs::path& version) {
    const fs::path link = dir / key;
    if (fs::exists(link) && !fs::is_symlink(link)) {
        // A plain folder from before `lists update` managed this list: keep it as a version.
        fs::rename(link, link.parent_path() / ".versions" / key / "v0-initial");
    }
    const fs::path tmp = dir / fmt::format(".{}.link-{}", key, ::getpid());
    fs::remove(tmp);
    fs::create_symlink(fs::relative(version, dir), tmp);
    fs::rename(tmp, link);
}

void prune(const fs::path& versions, const fs::path& current, std::size_t keep) {
    std::vector<fs::path> all;
    for (const auto& entry : fs::directory_iterator(versions)) {
        if (entry.is_directory() && entry.path().filename().string().rfind("v", 0) == 0)
            all.push_back(entry.path());
    }
    // Version names start with a millisecond timestamp of equal width (until 2286), so names sort by age.
    std::sort(all.begin(), all.end());
    std::size_t kept = 0;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (*it == current || kept < keep) {
            ++kept;
            continue;
        }
        std::error_code ec;
        fs::remove_all(*it, ec);
    }
}

UpdateOutcome update_one(const fs::path& dir, const SourceConfig& source, const UpdateOptions& options) {
    UpdateOutcome outcome;
    outcome.key = source.key;
    const fs::path link = dir / source.key;
    const fs::path current = fs::exists(link) ? fs::canonical(link) : fs::path{};
    const VersionState previous = current.empty() ? VersionState{} : read_state(current);
    outcome.entities = previous.entities;
    const fs::path versions = dir / ".versions" / source.key;
    Staging staging(versions / (".staging-" + version_name()));
    VersionState next;
    bool changed = current.empty();
    for (const SourceFile& file : source.files) {
        io::HttpRequest request;
        request.url = file.url;
        request.timeout = std::chrono::seconds(options.timeout_s);
        const auto held = previous.files.find(file.name);
        const bool have = held != previous.files.end() && !current.empty() && fs::exists(current / file.name);
        if (have) {
            request.if_none_match = held->second.etag;
            request.if_modified_since = held->second.last_modified;
        }
        const io::HttpResponse response = io::http_get(request);
        if (response.status == 304 && have) {
            fs::copy_file(current / file.name, staging.path() / file.name);
            next.files[file.name] = held->second;
            continue;
        }
        if (response.status != 200) throw Error(fmt::format("{}: HTTP status {}", file.url, response.status));
        const std::string digest = io::sha256_hex(response.body);
        if (!file.sha256.empty() && digest != file.sha256) {
            throw Error(
                fmt::format("{}: SHA-256 {} differs from the pinned {}", file.url, digest, file.sha256));
        }
        if (!have || digest != held->second.sha256) changed = true;
        io::write_file_atomic((staging.path() / file.name).string(), response.body);
        next.files[file.name] = {response.etag, response.last_modified, digest};
    }
    if (!changed) {
        outcome.status = UpdateOutcome::Status::unchanged;
        return outcome;
    }
    // Validation: the whole list must parse, and must not have shrunk suspiciously.
    const EntitySet set = load_source(source.key, staging.path(), source.files);
    next.entities = set.entities.size();
    if (next.entities < source.min_entities) {
        throw Error(fmt::format("{} entities, fewer than the {} required (truncated list?)", next.entities,
                                source.min_entities));
    }
    if (previous.entities > 0 &&
        static_cast<double>(next.entities) < source.min_ratio * static_cast<double>(previous.entities)) {
        throw Error(fmt::format("{} entities, down from {} (below {:.0f}%): kept the previous list",
                                next.entities, previous.entities, source.min_ratio * 100));
    }
    write_state(staging.path(), next);
    const fs::path version = versions / version_name();
    fs::rename(staging.path(), version);
    staging.commit();
    swap_current(dir, source.key, version);
    prune(versions, version, options.keep_versions);
    outcome.status = UpdateOutcome::Status::updated;
    outcome.entities = next.entities;
    return outcome;
}

}  // namespace

UpdateConfig parse_update_config(std::string_view text, std::string_view name) {
    const std::string file(name);
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& error) {
        throw InputError({file, 0, error.byte}, std::string("malformed JSON: ") + error.what());
    }
    UpdateConfig config;
    try {
        for (const json& entry : doc.at("sources")) {
            SourceConfig source;
            source.key = entry.at("key").get<std::string>();
            if (std::find(std::begin(known_keys), std::end(known_keys), source.key) == std::end(known_keys)) {
                throw InputError({file, 0, 0}, "unknown list key '" + source.key + "'");
            }
            source.min_entities = entry.value("min_entities", source.min_entities);
            source.min_ratio = entry.value("min_ratio", source.min_ratio);
            for (const json& item : entry.at("files")) {
                SourceFile one{item.at("name").get<std::string>(), item.at("url").get<std::string>(),
                               item.value("sha256", std::string{})};
                if (one.name.empty() || one.name.find('/') != std::string::npos || one.name[0] == '.') {
                    throw InputError({file, 0, 0}, "bad file name '" + one.name + "' in list " + source.key);
                }
                source.files.push_back(std::move(one));
            }
            if (source.files.empty()) throw InputError({file, 0, 0}, "list " + source.key + " has no files");
            config.sources.push_back(std::move(source));
        }
    } catch (const json::exception& error) {
        throw InputError({file, 0, 0}, std::string("bad config: ") + error.what());
    }
    return config;
}

UpdateConfig load_update_config(const fs::path& file) {
    return parse_update_config(io::read_file(file.string()), file.string());
}

std::string_view default_update_config_json() noexcept {
    return default_config;
}

std::string_view to_string(UpdateOutcome::Status status) noexcept {
    switch (status) {
    case UpdateOutcome::Status::updated:
        return "updated";
    case UpdateOutcome::Status::unchanged:
        return "unchanged";
    case UpdateOutcome::Status::failed:
        return "failed";
    }
    return "failed";
}

EntitySet load_source(std::string_view key, const fs::path& folder, const std::vector<SourceFile>& files) {
    if (key == "ofac-sdn") return load_ofac_sdn(folder / "sdn.csv");
    if (key == "ofac-cons") return load_ofac_cons(folder / "cons_prim.csv");
    EntitySet set;
    for (const SourceFile& file : files) {
        const fs::path path = folder / file.name;
        if (key == "un")
            merge_into(set, load_un_xml(path));
        else if (key == "uk")
            merge_into(set, path.extension() == ".ods" ? load_uk_ods(path) : load_uk_csv(path));
        else if (key == "eu")
            merge_into(set, load_eu_xml(path));
        else if (key == "bis-dpl")
            merge_into(set, load_bis_dpl(path));
        else if (key == "csl")
            merge_into(set, load_csl(path));
        else if (key == "ftm")
            merge_into(set, load_ftm_jsonl(path));
        else
            throw Error("unknown list key '" + std::string(key) + "'");
    }
    return set;
}

std::vector<UpdateOutcome> update_lists(const fs::path& dir, const UpdateConfig& config,
                                        const UpdateOptions& options) {
    fs::create_directories(dir / ".versions");
    std::vector<UpdateOutcome> outcomes;
    for (const SourceConfig& source : config.sources) {
        try {
            outcomes.push_back(update_one(dir, source, options));
        } catch (
            const Error& error) {  // bad download, bad file, failed check: this list keeps its last good set
            UpdateOutcome failed;
            failed.key = source.key;
            failed.status = UpdateOutcome::Status::failed;
            failed.message = error.what();
            const fs::path link = dir / source.key;
            if (fs::exists(link)) failed.entities = read_state(fs::canonical(link)).entities;
            outcomes.push_back(std::move(failed));
        } catch (const fs::filesystem_error& error) {
            throw Error(std::string("lists update: ") + error.what());
        }
    }
    return outcomes;
}

}  // namespace cp::lists
