// SPDX-License-Identifier: Apache-2.0
// `chokepoint estimate SERIALS.csv [--json] [--confidence 0.95]`: production estimates per series from serial
// numbers seen on recovered items. Exit 0 when every row was used, 1 when some rows were rejected (they are
// listed on stderr with their line; the estimate still uses the good rows), 2 on bad usage.
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "core/error.hpp"
#include "estimate/estimate.hpp"
#include "io/io.hpp"

namespace cp::app {

namespace {

struct EstimateOptions {
    std::string file;
    double confidence = 0.95;
    bool json = false;
};

int run_estimate(const EstimateOptions& options) {
    const std::string content = io::read_file(options.file);
    const estimate::SerialFile input = estimate::parse_serials(content, options.file);
    for (const estimate::RejectedRow& row : input.rejected) {
        fmt::print(stderr, "{}:{}: rejected ({}): {}\n", options.file, row.line,
                   estimate::to_string(row.error), row.text);
    }
    if (input.observations.empty()) throw InputError({options.file, 0, 0}, "no usable serial number");
    const auto estimates = estimate::estimate_series(input.observations, {options.confidence});
    const std::string out = options.json ? estimate::to_json(estimates, input) : estimate::to_text(estimates);
    std::fwrite(out.data(), 1, out.size(), stdout);
    if (!input.rejected.empty()) {
        fmt::print(stderr, "{}: {} rows used, {} rejected\n", options.file, input.observations.size(),
                   input.rejected.size());
        return 1;
    }
    return 0;
}

}  // namespace

void register_estimate(CLI::App& app, Runner& run) {
    auto options = std::make_shared<EstimateOptions>();
    CLI::App* cmd =
        app.add_subcommand("estimate", "Production estimate from serial numbers (German tank problem)");
    cmd->add_option("file", options->file, "CSV with a header: serial[,series][,date]")->required();
    cmd->add_option("--confidence", options->confidence, "Level of both intervals")
        ->check(CLI::Range(0.5, 0.9999));
    cmd->add_flag("--json", options->json, "One JSON document instead of the text table");
    cmd->callback([&run, options] { run = [options] { return run_estimate(*options); }; });
}

}  // namespace cp::app
