// SPDX-License-Identifier: Apache-2.0
// `chokepoint trace COMPONENTS.csv --sales LEDGER.csv [--lists DIR]`: who sold the parts found in wreckage.
// DEMONSTRATES: part-number matching across ordering codes, date-code windows, party screening of buyers.
// READ FIRST: docs/trace.md. Exit codes: 3 a customer or consignee of a reported sale is a list hit (as of
// the sale date); 1 an input is unusable or rows were rejected (and no list hit); 0 otherwise; 2 bad usage.
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "core/error.hpp"
#include "io/io.hpp"
#include "list_index.hpp"
#include "lists/lists.hpp"
#include "match/match.hpp"
#include "screen/trace.hpp"

namespace cp::app {

namespace {

struct TraceCliOptions {
    std::string components;
    std::string sales;
    std::string lists_dir;
    std::string columns;
    std::string format = "jsonl";
    double window_years = 3.0;
    double min_score = 0.30;
    std::size_t top = 10;
    bool all = false;
    std::FILE* out = stdout;  ///< where the traces go (the demo writes a file)
};

void print_recoded(const std::string& file, const screen::RecodedLines& recoded) {
    if (const std::string note = screen::describe(recoded, file); !note.empty())
        fmt::print(stderr, "{}\n", note);
}

// Rejected rows on stderr as FILE:LINE: rejected (reason): text; a long list is cut after `shown` rows.
void print_rejected(const std::string& file, const std::vector<screen::TraceRejected>& rejected) {
    constexpr std::size_t shown = 50;
    for (std::size_t idx = 0; idx < rejected.size() && idx < shown; ++idx) {
        fmt::print(stderr, "{}:{}: rejected ({}): {}\n", file, rejected[idx].line,
                   screen::to_string(rejected[idx].error), rejected[idx].text);
    }
    if (rejected.size() > shown) {
        fmt::print(stderr, "{}: {} more rejected rows not shown\n", file, rejected.size() - shown);
    }
}

/// Traces, screening buyers with `index` (null: not screened).
int run_trace(const TraceCliOptions& options, const match::Index* index) {
    if (options.window_years <= 0.0) throw UsageError("--window-years must be positive");
    if (options.min_score < 0.0 || options.min_score > 1.0) throw UsageError("--min-score must be in 0..1");
    const screen::TraceColumns columns =
        options.columns.empty() ? screen::TraceColumns{}
                                : screen::TraceColumns::from_json(io::read_file(options.columns));
    const std::string ledger_text = io::read_file(options.sales);
    const auto ledger = screen::read_ledger(ledger_text, columns, options.sales);
    const std::string component_text = io::read_file(options.components);
    const auto components = screen::read_components(component_text, columns, options.components);

    screen::TraceOptions trace_options;
    trace_options.window_years = options.window_years;
    trace_options.min_score = options.min_score;
    trace_options.top_k = options.top;
    screen::Tracer tracer(ledger.rows, index, trace_options);
    if (options.format == "csv") std::fputs(screen::trace_csv_header().c_str(), options.out);
    std::uint64_t matched = 0;
    std::uint64_t listed = 0;
    for (std::size_t idx = 0; idx < components.rows.size(); ++idx) {
        screen::ComponentTrace trace = tracer.trace(components.rows[idx]);
        trace.component_index = idx;
        matched += trace.matches.empty() ? 0 : 1;
        listed += trace.listed_party ? 1 : 0;
        if (trace.matches.empty() && !options.all) continue;
        const std::string text = options.format == "csv"
                                     ? screen::trace_to_csv_rows(trace, components.rows[idx], ledger.rows)
                                     : screen::trace_to_jsonl(trace, components.rows[idx], ledger.rows);
        std::fputs(text.c_str(), options.out);
    }
    print_recoded(options.sales, ledger.recoded);
    print_recoded(options.components, components.recoded);
    print_rejected(options.sales, ledger.rejected);
    print_rejected(options.components, components.rejected);
    const std::size_t rejected = ledger.rejected.size() + components.rejected.size();
    fmt::print(
        stderr,
        "traced {} components against {} ledger lines: {} with matching sales, {} with a listed customer "
        "or consignee; {} rows rejected ({} components, {} ledger)\n",
        components.rows.size(), ledger.rows.size(), matched, listed, rejected, components.rejected.size(),
        ledger.rejected.size());
    if (listed > 0) return 3;
    return rejected > 0 ? 1 : 0;
}

}  // namespace

int trace_to_file(const std::string& components, const std::string& sales, const match::Index& index,
                  const std::string& out_file) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(out_file.c_str(), "wb"), &std::fclose);
    if (!out) throw Error(out_file + ": cannot create");
    TraceCliOptions options;
    options.components = components;
    options.sales = sales;
    options.out = out.get();
    return run_trace(options, &index);
}

void register_trace(CLI::App& app, Runner& run) {
    auto options = std::make_shared<TraceCliOptions>();
    CLI::App* cmd = app.add_subcommand(
        "trace", "Match components from wreckage to a sales ledger and screen the buyers against the lists");
    cmd->add_option(
           "components", options->components,
           "Components as CSV or TSV: manufacturer, part number or marking, date code (docs/trace.md)")
        ->required();
    cmd->add_option("--sales", options->sales,
                    "Sales ledger CSV or TSV: date, customer, consignee, part number...")
        ->required();
    cmd->add_option("--lists", options->lists_dir, "Folder of sanctions lists (e.g. data/lists)");
    cmd->add_option("--columns", options->columns,
                    "JSON column map {\"columns\": {\"part_number\": \"MPN\"}}");
    cmd->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"jsonl", "csv"}));
    cmd->add_option("--window-years", options->window_years,
                    "Years after the date code within which a sale is expected (default 3)");
    cmd->add_option("--min-score", options->min_score, "Drop ledger lines scoring below (default 0.30)");
    cmd->add_option("--top", options->top, "At most this many ledger lines per component (default 10)")
        ->check(CLI::PositiveNumber);
    cmd->add_flag("--all", options->all, "Also write components without matching sales");
    cmd->callback([&run, options] {
        run = [options] {
            const auto lists = load_list_index(options->lists_dir, "customers and consignees");
            return run_trace(*options, lists ? &lists->index : nullptr);
        };
    });
}

}  // namespace cp::app
