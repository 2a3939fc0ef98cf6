// SPDX-License-Identifier: Apache-2.0
// DEMONSTRATES: `chokepoint lists info --lists DIR` (what a list folder holds, per source and schema) and
// `chokepoint lists update --dir DIR [--config FILE]` (download the official files, validate, swap).
// READ FIRST: src/lists/lists.hpp (loaders), src/lists/update.hpp (the update protocol).
#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "commands.hpp"
#include "core/error.hpp"
#include "lists/lists.hpp"
#include "lists/update.hpp"

namespace cp::app {

namespace {

struct InfoOptions {
    std::string dir;
    std::string ofac_snapshot;
    bool all_snapshots = false;
};

int run_info(const InfoOptions& options) {
    lists::LoadOptions load;
    load.ofac_snapshot = options.ofac_snapshot;
    load.all_snapshots = options.all_snapshots;
    const lists::EntitySet set = lists::load_directory(options.dir, load);
    // source -> schema -> entities
    std::map<std::uint16_t, std::map<std::string_view, std::size_t>> per_source;
    std::map<std::uint16_t, std::size_t> values;
    for (const lists::Entity& entity : set.entities) {
        const std::uint16_t source = entity.values.empty() ? 0 : entity.values.front().from.source;
        ++per_source[source][lists::to_string(entity.schema)];
        values[source] += entity.values.size();
    }
    fmt::print("source\tschema\tentities\n");
    for (std::uint16_t idx = 0; idx < set.sources.size(); ++idx) {
        const lists::Source& source = set.sources[idx];
        for (const auto& [schema, n] : per_source[idx]) fmt::print("{}\t{}\t{}\n", source.key, schema, n);
    }
    fmt::print("\nsource\trecords\tvalues\tfiles\n");
    for (std::uint16_t idx = 0; idx < set.sources.size(); ++idx) {
        const lists::Source& source = set.sources[idx];
        fmt::print("{}\t{}\t{}\t{}\n", source.key, source.records, values[idx], fmt::join(source.files, " "));
    }
    fmt::print("\ntotal\t{} entities from {} sources\n", set.entities.size(), set.sources.size());
    for (const std::string& skipped : set.skipped) fmt::print(stderr, "skipped: {}\n", skipped);
    return 0;
}

struct UpdateCliOptions {
    std::string dir;
    std::string config;
    std::uint32_t timeout_s = 300;
};

int run_update(const UpdateCliOptions& options) {
    const lists::UpdateConfig config =
        options.config.empty()
            ? lists::parse_update_config(lists::default_update_config_json(), "built-in sources")
            : lists::load_update_config(options.config);
    lists::UpdateOptions update;
    update.timeout_s = options.timeout_s;
    const auto outcomes = lists::update_lists(options.dir, config, update);
    bool failed = false;
    fmt::print("list\tstatus\tentities\tmessage\n");
    for (const lists::UpdateOutcome& outcome : outcomes) {
        fmt::print("{}\t{}\t{}\t{}\n", outcome.key, lists::to_string(outcome.status), outcome.entities,
                   outcome.message);
        if (outcome.status == lists::UpdateOutcome::Status::failed) {
            failed = true;
            fmt::print(stderr, "chokepoint: lists update: {} kept its previous set: {}\n", outcome.key,
                       outcome.message);
        }
    }
    return failed ? 1 : 0;
}

}  // namespace

void register_lists(CLI::App& app, Runner& run) {
    CLI::App* lists_cmd = app.add_subcommand("lists", "sanctions list files: information and updates");
    lists_cmd->require_subcommand(1);

    auto info = std::make_shared<InfoOptions>();
    CLI::App* info_cmd =
        lists_cmd->add_subcommand("info", "load a list folder and print counts per source and schema");
    info_cmd
        ->add_option(
            "--lists", info->dir,
            "folder of list files (searched recursively): OFAC CSV, UN XML, UK FCDO .ods/CSV, EU FSF "
            "XML, BIS DPL, CSL, FtM JSON lines")
        ->required();
    info_cmd->add_option("--ofac-snapshot", info->ofac_snapshot,
                         "OFAC snapshot folder name or date (default: newest sdn.csv)");
    info_cmd->add_flag("--all-snapshots", info->all_snapshots,
                       "load every dated BIS/CSL/UN/UK/EU file, not only the newest");
    info_cmd->callback([&run, info] { run = [info] { return run_info(*info); }; });

    auto update = std::make_shared<UpdateCliOptions>();
    CLI::App* update_cmd = lists_cmd->add_subcommand(
        "update", "download the official lists, validate them fully, and swap them in atomically");
    update_cmd->add_option("--dir", update->dir, "folder that holds the current lists (created if missing)")
        ->required();
    update_cmd->add_option(
        "--config", update->config,
        "JSON file of list URLs (default: the official URLs, as in data/lists-sources.json)");
    update_cmd->add_option("--timeout", update->timeout_s, "seconds allowed per download")
        ->capture_default_str();
    update_cmd->callback([&run, update] { run = [update] { return run_update(*update); }; });
}

}  // namespace cp::app
