// SPDX-License-Identifier: Apache-2.0
// load_directory(): finds the list files under a folder by name and by sniffing their first line, picks one
// snapshot per list (OFAC: select_ofac_files), loads each whole and merges them in a fixed order
// (ofac-sdn, ofac-cons, un, uk, eu, bis-dpl, csl, ftm). The UK list may be the FCDO .ods or a CSV; when both
// of one date sit in one folder only the .ods is loaded. Hidden entries (".staging", ".versions" of `lists
// update`) are never read.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <optional>

#include "core/error.hpp"
#include "io/io.hpp"
#include "lists/detail/loaders.hpp"
#include "lists/lists.hpp"

namespace cp::lists {

namespace fs = std::filesystem;

namespace {

constexpr std::array<std::string_view, 4> ofac_names{"sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"};

bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

// First "YYYY-MM" or "YYYY-MM-DD" in `name`, or "" (sorts before any date).
std::string date_in(std::string_view name) {
    for (std::size_t pos = 0; pos + 7 <= name.size(); ++pos) {
        const std::string_view s = name.substr(pos);
        if (!(is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) && s[4] == '-' &&
              is_digit(s[5]) && is_digit(s[6]))) {
            continue;
        }
        if (s.size() >= 10 && s[7] == '-' && is_digit(s[8]) && is_digit(s[9]))
            return std::string(s.substr(0, 10));
        return std::string(s.substr(0, 7));
    }
    return {};
}

bool hidden(const fs::path& path, const fs::path& root) {
    // lexically: fs::relative() would resolve the DIR/<key> symlinks of `lists update` into .versions/.
    for (const fs::path& part : path.lexically_relative(root)) {
        const std::string name = part.string();
        if (!name.empty() && name[0] == '.' && name != "." && name != "..") return true;
    }
    return false;
}

std::vector<fs::path> files_under(const fs::path& dir) {
    if (!fs::is_directory(dir)) throw Error(dir.string() + ": not a directory");
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, fs::directory_options::follow_directory_symlink, ec), end;
         !ec && it != end; it.increment(ec)) {
        if (hidden(it->path(), dir)) {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file()) files.push_back(it->path());
    }
    if (ec) throw Error(dir.string() + ": cannot list: " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
}

struct Snapshot {
    fs::path folder;
    std::string date;
};

// Among `folders` holding `file`, the one dated on or after `anchor` that is earliest; else the latest
// before.
fs::path nearest_with(const std::vector<Snapshot>& folders, std::string_view file,
                      const std::string& anchor) {
    const Snapshot* after = nullptr;
    const Snapshot* before = nullptr;
    for (const Snapshot& snap : folders) {  // sorted by (date, folder)
        if (!fs::exists(snap.folder / file)) continue;
        if (snap.date >= anchor) {
            if (after == nullptr) after = &snap;
        } else {
            before = &snap;
        }
    }
    const Snapshot* pick = after != nullptr ? after : before;
    return pick == nullptr ? fs::path{} : pick->folder / file;
}

// Approximate day number of "YYYY-MM[-DD]" (months of 31 days: only used to compare distances).
int day_number(const std::string& date) {
    if (date.size() < 7) return 0;
    const int day = date.size() >= 10 ? std::stoi(date.substr(8, 2)) : 15;
    return std::stoi(date.substr(0, 4)) * 372 + std::stoi(date.substr(5, 2)) * 31 + day;
}

// Among `folders` holding `file`, the one whose date is nearest to `anchor` (ties to the newer).
fs::path closest_with(const std::vector<Snapshot>& folders, std::string_view file,
                      const std::string& anchor) {
    const Snapshot* best = nullptr;
    int best_distance = 0;
    for (const Snapshot& snap : folders) {
        if (!fs::exists(snap.folder / file)) continue;
        const int distance = std::abs(day_number(snap.date) - day_number(anchor));
        if (best == nullptr || distance <= best_distance) {
            best = &snap;
            best_distance = distance;
        }
    }
    return best == nullptr ? fs::path{} : best->folder / file;
}

}  // namespace

OfacFiles select_ofac_files(const fs::path& dir, std::string_view snapshot) {
    std::vector<Snapshot> folders;
    for (const fs::path& file : files_under(dir)) {
        const std::string name = file.filename().string();
        if (std::find(ofac_names.begin(), ofac_names.end(), name) == ofac_names.end()) continue;
        const fs::path folder = file.parent_path();
        const bool known = std::any_of(folders.begin(), folders.end(),
                                       [&](const Snapshot& s) { return s.folder == folder; });
        if (!known) folders.push_back({folder, date_in(folder.filename().string())});
    }
    std::sort(folders.begin(), folders.end(), [](const Snapshot& a, const Snapshot& b) {
        return std::tie(a.date, a.folder) < std::tie(b.date, b.folder);
    });
    std::string anchor;
    if (!snapshot.empty()) {
        std::vector<const Snapshot*> matches;
        for (const Snapshot& snap : folders) {
            if (snap.folder.filename().string().find(snapshot) != std::string::npos) matches.push_back(&snap);
        }
        if (matches.size() != 1) {
            throw Error(dir.string() + ": OFAC snapshot '" + std::string(snapshot) + "' matches " +
                        std::to_string(matches.size()) + " folders (need exactly one)");
        }
        anchor = matches.front()->date;
        if (anchor.empty()) anchor = "~";  // undated folder chosen by name: its own files first (below)
        OfacFiles files;
        const fs::path own = matches.front()->folder;
        const auto pick = [&](std::string_view file) {
            return fs::exists(own / file) ? own / file : nearest_with(folders, file, anchor);
        };
        files = {pick("sdn.csv"), pick("alt.csv"), pick("add.csv"), {}};
        files.comments = fs::exists(own / "sdn_comments.csv")
                             ? own / "sdn_comments.csv"
                             : closest_with(folders, "sdn_comments.csv", anchor);
        if (files.primary.empty())
            throw Error(dir.string() + ": no sdn.csv for OFAC snapshot " + std::string(snapshot));
        return files;
    }
    const auto newest = std::find_if(folders.rbegin(), folders.rend(),
                                     [](const Snapshot& s) { return fs::exists(s.folder / "sdn.csv"); });
    if (newest == folders.rend()) throw Error(dir.string() + ": no OFAC sdn.csv found");
    anchor = newest->date;
    const auto pick = [&](std::string_view file) {
        return fs::exists(newest->folder / file) ? newest->folder / file
                                                 : nearest_with(folders, file, anchor);
    };
    // sdn_comments.csv continues Remarks byte for byte, so it must come from the nearest edition; alt/add
    // rows stand alone, so the first edition on or after sdn.csv's date gives the most complete join.
    const fs::path own_comments = newest->folder / "sdn_comments.csv";
    return {newest->folder / "sdn.csv", pick("alt.csv"), pick("add.csv"),
            fs::exists(own_comments) ? own_comments : closest_with(folders, "sdn_comments.csv", anchor)};
}

namespace {

struct Found {
    std::string key;
    fs::path path;
    std::string bytes;
    std::optional<EntitySet> loaded;  ///< set when classifying already had to parse the file (.ods)
};

// An .ods is a UK list when the first row of its first sheet is the FCDO header. The sheet is read to know,
// so the set is built from it here rather than parsed twice. Not a zip / no content.xml / bad XML: the
// file claims to be a spreadsheet and is broken, so cp::InputError (it is not silently skipped).
std::optional<EntitySet> load_if_uk_ods(const fs::path& path, const std::string& bytes) {
    const std::string name = path.string();
    std::vector<detail::SheetRow> rows =
        detail::parse_ods_sheet(detail::read_zip_member(bytes, "content.xml", name), name);
    if (rows.empty() || !detail::is_uk_header(rows.front().cells)) return std::nullopt;
    return detail::parse_uk_sheet(std::move(rows), name);
}

// FCDO publishes the .ods; a CSV beside it with the same date is a copy made from it
// (FCDO_UK_Sanctions_List_2025-08-11.ods + .derived.csv): only the official file is loaded.
void drop_copies_of_ods(std::vector<Found>& files, std::vector<std::string>& skipped) {
    const auto is_ods = [](const Found& f) { return f.path.extension() == ".ods"; };
    std::vector<Found> kept;
    for (Found& file : files) {
        const bool copy = !is_ods(file) && std::any_of(files.begin(), files.end(), [&](const Found& other) {
            return is_ods(other) && other.path.parent_path() == file.path.parent_path() &&
                   date_in(other.path.filename().string()) == date_in(file.path.filename().string());
        });
        if (copy) {
            skipped.push_back(file.path.string() + " (copy of the .ods beside it)");
        } else {
            kept.push_back(std::move(file));
        }
    }
    files = std::move(kept);
}

// Name of the first element of an XML head ("export", "fsd:export"), skipping the declaration, comments and
// a DOCTYPE; "" when there is none in `head`.
std::string_view root_element(std::string_view head) {
    for (std::size_t open = head.find('<'); open != std::string_view::npos; open = head.find('<', open + 1)) {
        const std::string_view tag = head.substr(open + 1);
        if (tag.empty() || tag[0] == '?' || tag[0] == '!') continue;
        return tag.substr(0, tag.find_first_of(" \t\r\n/>"));
    }
    return {};
}

// The EU Financial Sanctions Files XML: root `export` in namespace http://eu.europa.ec/fpi/fsd/export. The
// namespace (or a sanctionEntity) must be seen too, as `export` alone is a common root name.
bool is_eu_fsf(std::string_view head) {
    std::string_view local = root_element(head);
    if (const std::size_t colon = local.find(':'); colon != std::string_view::npos)
        local.remove_prefix(colon + 1);
    return local == "export" && (head.find("http://eu.europa.ec/fpi/fsd/export") != std::string_view::npos ||
                                 head.find("sanctionEntity") != std::string_view::npos);
}

// Recognises a list file by name and first line; returns "" for files that are not lists.
std::string classify(const fs::path& path, const std::string& bytes) {
    const std::string name = path.filename().string();
    const std::string_view head = std::string_view(bytes).substr(0, 4096);
    const auto ends_with = [&](std::string_view suffix) {
        return name.size() >= suffix.size() &&
               name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends_with(".xml") && head.find("<CONSOLIDATED_LIST") != std::string_view::npos) return "un";
    if (ends_with(".xml") && is_eu_fsf(head)) return "eu";
    if (ends_with(".jsonl") || ends_with(".ftm.json")) return "ftm";
    std::string_view first_line = head.substr(0, head.find('\n'));
    if (first_line.find("Unique ID,OFSI Group ID,Name") != std::string_view::npos) return "uk";
    // FCDO's full layout: an optional "Report Date: ..." line, then a header with Unique ID and Name 6.
    std::string_view uk_header = first_line;
    if (first_line.find("Report Date:") != std::string_view::npos && first_line.size() < head.size()) {
        const std::string_view rest = head.substr(first_line.size() + 1);
        uk_header = rest.substr(0, rest.find('\n'));
    }
    if (uk_header.find("Unique ID") != std::string_view::npos &&
        uk_header.find("Name 6") != std::string_view::npos)
        return "uk";
    if (first_line.find("source,entity_number,type,programs,name") != std::string_view::npos) return "csl";
    if (first_line.rfind("\"Name\"\t\"Street_Address\"", 0) == 0) return "bis-dpl";
    return {};
}

bool wanted(const LoadOptions& options, std::string_view key) {
    return options.only_sources.empty() || std::find(options.only_sources.begin(), options.only_sources.end(),
                                                     key) != options.only_sources.end();
}

EntitySet parse_found(Found& found) {
    if (found.loaded) return std::move(*found.loaded);
    const std::string name = found.path.string();
    if (found.key == "un") return detail::parse_un_xml(found.bytes, name);
    if (found.key == "eu") return detail::parse_eu_xml(found.bytes, name);
    if (found.key == "uk") return detail::parse_uk_csv(found.bytes, name);
    if (found.key == "bis-dpl") return detail::parse_bis_dpl(found.bytes, name);
    if (found.key == "csl") return detail::parse_csl(found.bytes, name);
    return detail::parse_ftm_jsonl(found.bytes, name);
}

}  // namespace

EntitySet load_directory(const fs::path& dir, const LoadOptions& options) {
    EntitySet set;
    std::vector<fs::path> cons_folders;
    std::map<std::string, std::vector<Found>> found;  // key -> files, sorted by (date, path)
    bool ofac_present = false;
    for (const fs::path& path : files_under(dir)) {
        const std::string name = path.filename().string();
        if (std::find(ofac_names.begin(), ofac_names.end(), name) != ofac_names.end()) {
            ofac_present = true;
            continue;
        }
        if (name == "cons_prim.csv") cons_folders.push_back(path.parent_path());
        if (name.rfind("cons_", 0) == 0 && name.size() > 4 && name.substr(name.size() - 4) == ".csv")
            continue;
        const bool candidate = name.ends_with(".xml") || name.ends_with(".csv") || name.ends_with(".txt") ||
                               name.ends_with(".jsonl") || name.ends_with(".ftm.json");
        std::string key;
        std::string bytes;
        std::optional<EntitySet> loaded;
        if (name.ends_with(".ods") && wanted(options, "uk")) {
            loaded = load_if_uk_ods(path, io::read_file(path.string()));
            if (loaded) key = "uk";
        } else if (candidate) {
            bytes = io::read_file(path.string());
            key = classify(path, bytes);
        }
        if (key.empty()) {
            set.skipped.push_back(path.string());
            continue;
        }
        if (wanted(options, key)) found[key].push_back({key, path, std::move(bytes), std::move(loaded)});
    }
    if (wanted(options, "ofac-sdn") && (options.ofac_files.primary.empty() ? ofac_present : true)) {
        merge_into(set, load_ofac(options.ofac_files.primary.empty()
                                      ? select_ofac_files(dir, options.ofac_snapshot)
                                      : options.ofac_files,
                                  "ofac-sdn"));
    }
    if (wanted(options, "ofac-cons")) {
        for (const fs::path& folder : cons_folders) merge_into(set, load_ofac_cons(folder));
    }
    for (const char* key : {"un", "uk", "eu", "bis-dpl", "csl", "ftm"}) {
        std::vector<Found>& files = found[key];
        if (std::string_view(key) == "uk") drop_copies_of_ods(files, set.skipped);
        std::stable_sort(files.begin(), files.end(), [](const Found& a, const Found& b) {
            return std::make_pair(date_in(a.path.filename().string()), a.path) <
                   std::make_pair(date_in(b.path.filename().string()), b.path);
        });
        // One snapshot per list unless asked for all; FtM files are different datasets, so all are loaded.
        const bool all = options.all_snapshots || std::string_view(key) == "ftm";
        for (std::size_t idx = all || files.empty() ? 0 : files.size() - 1; idx < files.size(); ++idx) {
            merge_into(set, parse_found(files[idx]));
        }
        if (!all && files.size() > 1) {
            for (std::size_t idx = 0; idx + 1 < files.size(); ++idx)
                set.skipped.push_back(files[idx].path.string() + " (older snapshot)");
        }
    }
    return set;
}

}  // namespace cp::lists
