// SPDX-License-Identifier: Apache-2.0
// The demo's screening half: names typed by a compliance officer matched against the bundled lists (with the
// explanation of the best hit), then the bundled synthetic order book screened into a filed report. Each step
// is compiled only when its modules are built (CP_HAVE_<module>).
#include "demo_steps.hpp"

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "commands.hpp"

#if defined(CP_HAVE_lists) && defined(CP_HAVE_match)
#include "io/io.hpp"
#include "io/line_reader.hpp"
#include "list_index.hpp"
#endif

namespace cp::app {
namespace {

#if defined(CP_HAVE_lists) && defined(CP_HAVE_match)
/// One row of data/demo/queries.tsv: `name<TAB>schema<TAB>note` (tab-separated: names carry commas).
struct DemoQuery {
    std::string name;
    std::string schema;
    std::string note;
};

std::vector<DemoQuery> read_queries(const std::filesystem::path& path) {
    const std::string text = io::read_file(path.string());
    std::vector<DemoQuery> queries;
    io::LineCursor cursor(text);
    io::LineView line;
    bool header = true;
    while (cursor.next(line)) {
        if (std::exchange(header, false) || line.text.empty()) continue;
        std::vector<std::string> fields;
        std::string_view rest = line.text;
        for (std::size_t tab; (tab = rest.find('\t')) != std::string_view::npos;
             rest.remove_prefix(tab + 1)) {
            fields.emplace_back(rest.substr(0, tab));
        }
        fields.emplace_back(rest);
        fields.resize(3);
        queries.push_back({fields[0], fields[1], fields[2]});
    }
    return queries;
}

/// Loads and indexes data/lists once for every step, and says how long it took.
std::unique_ptr<ListIndex> load_lists(const std::filesystem::path& data) {
    const auto start = std::chrono::steady_clock::now();
    auto lists = std::make_unique<ListIndex>(data / "lists");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fmt::print("\nNames  {} listed entities from {} loaded and indexed in {:.1f} s\n",
               lists->entities.entities.size(), (data / "lists").string(), seconds);
    return lists;
}

int match_names(const ListIndex& lists, const std::filesystem::path& data, const std::filesystem::path& out) {
    const match::Index& index = lists.index;

    std::string report;
    for (const DemoQuery& query : read_queries(data / "demo/queries.tsv")) {
        match::MatchOptions options;
        options.top_k = 3;
        options.schema = lists::parse_schema(query.schema);
        const auto hits = index.query(query.name, options);
        if (!hits) {
            fmt::print("  {:<30} not a usable query: {}\n", query.name, match::to_string(hits.error()));
            continue;
        }
        if (hits->empty()) {
            fmt::print("  {:<30} no listed entity above {:.2f}  ({})\n", query.name, options.threshold,
                       query.note);
        } else {
            const match::Hit& best = hits->front();
            const lists::Entity& entity = lists.entities.entities[best.entity_index];
            fmt::print("  {:<30} {:.2f} {} \"{}\"  ({})\n      why: {}\n", query.name, best.score, entity.id,
                       best.matched_name, query.note, best.why.summary());
        }
        report += fmt::format("{}\t{}\t{}\n", query.name, hits->empty() ? "" : hits->front().matched_name,
                              hits->empty() ? 0.0 : hits->front().score);
    }
    io::write_file_atomic((out / "names.tsv").string(), "query\tbest_match\tscore\n" + report);
    return 0;
}
#endif

#ifdef CP_HAVE_screen
int screen_orders(const ListIndex& lists, const std::filesystem::path& data,
                  const std::filesystem::path& out) {
    const std::filesystem::path orders = data / "orders/sample_orders.csv";
    const std::filesystem::path dir = out / "screening";
    fmt::print("\nOrders {} (synthetic order book, parties taken from the real lists):\n", orders.string());
    std::fflush(stdout);
    const int rc = screen_to_dir(orders.string(), lists.index, dir.string());
    std::fflush(stderr);
    fmt::print("  findings -> {}, {}; filed report -> {}\n", (dir / "findings.jsonl").string(),
               (dir / "findings.csv").string(), (dir / "report.html").string());
    // 3 means "orders at high risk were found": that is the demo's point, not a failure.
    return rc == 3 ? 0 : rc;
}

int trace_components(const ListIndex& lists, const std::filesystem::path& data,
                     const std::filesystem::path& out) {
    const std::filesystem::path components = data / "trace/components_sample.tsv";
    const std::filesystem::path sales = data / "trace/sample_ledger.csv";
    const std::filesystem::path traces = out / "traces.jsonl";
    fmt::print("\nTrace  {} (synthetic recovered parts) against the sales ledger {} (synthetic):\n",
               components.string(), sales.string());
    std::fflush(stdout);
    const int rc = trace_to_file(components.string(), sales.string(), lists.index, traces.string());
    std::fflush(stderr);
    fmt::print("  ranked sales per component, buyers screened -> {}\n", traces.string());
    return rc == 3 ? 0 : rc;  // 3: a buyer of a matched sale is listed, which the sample is built to show
}
#endif

}  // namespace

int run_demo_steps([[maybe_unused]] const std::filesystem::path& data,
                   [[maybe_unused]] const std::filesystem::path& out) {
    int rc = 0;
#if defined(CP_HAVE_lists) && defined(CP_HAVE_match)
    const auto lists = load_lists(data);
    rc = match_names(*lists, data, out);
    if (rc != 0) return rc;
#ifdef CP_HAVE_screen
    rc = screen_orders(*lists, data, out);
    if (rc != 0) return rc;
    rc = trace_components(*lists, data, out);
#endif
#endif
    return rc;
}

}  // namespace cp::app
