// SPDX-License-Identifier: Apache-2.0
// `chokepoint screen --lists DIR ORDERS.csv`: party, item and red-flag screening of an order book.
// Exit codes (docs/screening.md): 0 no order at or above --fail-on; 3 at least one order at or above
// --fail-on (default high); 1 an input file is unusable or rows were rejected (and no order reached
// --fail-on); 2 bad usage.
#include <cstdio>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "core/error.hpp"
#include "io/io.hpp"
#include "list_index.hpp"
#include "lists/lists.hpp"
#include "match/match.hpp"
#include "screen/screen.hpp"

namespace cp::app {

namespace {

struct ScreenOptions {
    std::string orders;
    std::string lists_dir;
    std::string columns;
    std::string rules;
    std::string chpl;
    std::string out_dir;
    std::string format = "jsonl";
    std::string fail_on = "high";
    bool all = false;
    bool progress = true;
};

screen::Rules load_rules(const ScreenOptions& options) {
    if (options.rules.empty() && options.chpl.empty()) return screen::Rules::bundled();
    if (options.rules.empty() || options.chpl.empty()) throw UsageError("--rules and --chpl go together");
    return screen::Rules(io::read_file(options.rules), io::read_file(options.chpl));
}

/// Screens with `index` (null: parties are not screened).
int run_screen(const ScreenOptions& options, const match::Index* index) {
    const auto fail_on = screen::parse_risk(options.fail_on);
    if (!fail_on || *fail_on == screen::Risk::none) throw UsageError("--fail-on must be low, medium or high");
    const screen::Rules rules = load_rules(options);
    const screen::ColumnMap columns = options.columns.empty()
                                          ? screen::ColumnMap{}
                                          : screen::ColumnMap::from_json(io::read_file(options.columns));
    const std::string content = io::read_file(options.orders);
    screen::OrderReader reader(content, screen::guess_format(options.orders, content), columns,
                               options.orders);
    screen::Screener screener(rules, index);
    io::Progress progress("screen", content.size());
    if (!options.progress) progress.set_enabled(false);

    std::FILE* jsonl = stdout;
    std::FILE* csv = nullptr;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> jsonl_file(nullptr, &std::fclose);
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> csv_file(nullptr, &std::fclose);
    if (!options.out_dir.empty()) {
        std::filesystem::create_directories(options.out_dir);
        jsonl_file.reset(std::fopen((options.out_dir + "/findings.jsonl").c_str(), "wb"));
        csv_file.reset(std::fopen((options.out_dir + "/findings.csv").c_str(), "wb"));
        if (!jsonl_file || !csv_file) throw Error("cannot write to " + options.out_dir);
        jsonl = jsonl_file.get();
        csv = csv_file.get();
    } else if (options.format == "csv") {
        csv = stdout;
        jsonl = nullptr;
    }
    if (csv != nullptr) std::fputs(screen::csv_header().c_str(), csv);

    screen::Summary summary;
    std::vector<screen::OrderResult> flagged;
    screen::Order order;
    while (reader.next(order)) {
        screen::OrderResult result = screener.screen(order);
        ++summary.orders;
        summary.lines += order.lines.size();
        summary.findings += result.findings.size();
        ++summary.by_risk[static_cast<std::size_t>(result.risk)];
        if (result.risk != screen::Risk::none || options.all) {
            if (jsonl != nullptr) std::fputs(screen::to_jsonl(result).c_str(), jsonl);
            if (csv != nullptr) std::fputs(screen::to_csv_rows(result).c_str(), csv);
            if (!options.out_dir.empty() && result.risk != screen::Risk::none && flagged.size() < 20000) {
                flagged.push_back(std::move(result));
            }
        }
        progress.update(reader.bytes_read());
    }
    progress.finish(content.size());
    if (const std::string note = screen::describe(reader.recoded(), options.orders); !note.empty())
        fmt::print(stderr, "{}\n", note);
    summary.rejected_rows = reader.rejected().size();
    for (const screen::RejectedRow& row : reader.rejected()) {
        fmt::print(stderr, "{}:{}: rejected ({}): {}\n", options.orders, row.line,
                   screen::to_string(row.error), row.text);
    }
    if (!options.out_dir.empty()) {
        io::write_file_atomic(options.out_dir + "/report.html",
                              screen::to_html(flagged, summary, reader.rejected(),
                                              "chokepoint order screening: " +
                                                  std::filesystem::path(options.orders).filename().string()));
    }
    fmt::print(stderr,
               "screened {} orders ({} lines): {} high, {} medium, {} low, {} clear; {} findings; {} rows "
               "rejected\n",
               summary.orders, summary.lines, summary.by_risk[3], summary.by_risk[2], summary.by_risk[1],
               summary.by_risk[0], summary.findings, summary.rejected_rows);
    std::uint64_t at_or_above = 0;
    for (std::size_t risk = static_cast<std::size_t>(*fail_on); risk < 4; ++risk)
        at_or_above += summary.by_risk[risk];
    if (at_or_above > 0) return 3;
    return summary.rejected_rows > 0 ? 1 : 0;
}

}  // namespace

int screen_to_dir(const std::string& orders, const match::Index& index, const std::string& out_dir) {
    ScreenOptions options;
    options.orders = orders;
    options.out_dir = out_dir;
    options.progress = false;
    return run_screen(options, &index);
}

void register_screen(CLI::App& app, Runner& run) {
    auto options = std::make_shared<ScreenOptions>();
    CLI::App* cmd =
        app.add_subcommand("screen", "Screen orders: parties against the lists, CHPL items, red flags");
    cmd->add_option("orders", options->orders, "Orders as CSV or JSON lines (docs/screening.md)")->required();
    cmd->add_option("--lists", options->lists_dir, "Folder of sanctions lists (e.g. data/lists)");
    cmd->add_option("--columns", options->columns,
                    "JSON column map {\"columns\": {\"order_id\": \"Order No\"}}");
    cmd->add_option("--rules", options->rules, "Rules file (default: bundled data/rules/red_flags.json)");
    cmd->add_option("--chpl", options->chpl, "CHPL CSV tier,hs6,description (default: bundled)");
    cmd->add_option("--out", options->out_dir, "Write findings.jsonl, findings.csv and report.html here");
    cmd->add_option("--format", options->format, "stdout format without --out")
        ->check(CLI::IsMember({"jsonl", "csv"}));
    cmd->add_option("--fail-on", options->fail_on,
                    "Exit 3 when an order reaches this risk (low|medium|high)");
    cmd->add_flag("--all", options->all, "Also write orders without findings");
    cmd->add_flag("!--no-progress", options->progress, "No progress bar");
    cmd->callback([&run, options] {
        run = [options] {
            const auto lists = load_list_index(options->lists_dir, "parties");
            return run_screen(*options, lists ? &lists->index : nullptr);
        };
    });
}

}  // namespace cp::app
