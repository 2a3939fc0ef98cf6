// SPDX-License-Identifier: Apache-2.0
// `chokepoint demo [--data DIR] [--out DIR]`: the main job on the bundled sample data (data/, see its
// README): decodes the bundled real AIS capture and ADS-B recordings into JSON lines and summarises what they
// contain, then the modules built into this binary add their steps: tracking (simulated Il-76 and Caspian
// ship stories replayed with the real capture: events, maps, report), name screening, order screening,
// tracing.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "core/error.hpp"
#include "decode_options.hpp"
#include "demo_steps.hpp"
#ifdef CP_HAVE_demo_tracking
#include "demo_tracking.hpp"
#endif

namespace cp::app {

namespace {

/// Counts what a JSON-lines file holds: objects, distinct values of `id_field`, and objects per `kind_field`.
struct JsonlSummary {
    std::size_t objects = 0;
    std::set<std::string> ids;
    std::map<std::string, std::size_t> per_kind;
    std::size_t with_position = 0;
};

[[maybe_unused]] JsonlSummary summarise(const std::filesystem::path& path, const char* id_field,
                                        const char* kind_field) {
    JsonlSummary summary;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const auto object = nlohmann::json::parse(line, nullptr, false);
        if (!object.is_object()) continue;
        ++summary.objects;
        if (object.contains(id_field)) summary.ids.insert(object[id_field].dump());
        if (object.contains(kind_field)) ++summary.per_kind[object[kind_field].dump()];
        if (object.contains("lat") && object.contains("lon")) ++summary.with_position;
    }
    return summary;
}

/// Runs one decode into `out_file`; returns its exit code.
[[maybe_unused]] int decode_to(DecodeOptions options, const std::filesystem::path& out_file) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(out_file.c_str(), "w"), &std::fclose);
    if (!out) throw Error(out_file.string() + ": cannot create");
    options.out = out.get();
    std::fflush(stdout);  // the decoder's bad-input summary goes to stderr: keep the two in order
    if (options.format == "nmea") {
#ifdef CP_HAVE_ais
        return run_decode_ais(options);
#endif
    } else {
#ifdef CP_HAVE_adsb
        return run_decode_adsb(options);
#endif
    }
    return 0;
}

[[maybe_unused]] void print_kinds(const JsonlSummary& summary, const char* label) {
    std::string kinds;
    for (const auto& [kind, count] : summary.per_kind) kinds += fmt::format(" {}:{}", kind, count);
    fmt::print("    per {}:{}\n", label, kinds);
}

int run_demo(const std::filesystem::path& data, const std::filesystem::path& out) {
    std::filesystem::create_directories(out);
    fmt::print("chokepoint demo: bundled data in {}, results in {}\n\n", data.string(), out.string());

#ifdef CP_HAVE_ais
    {
        DecodeOptions ais;
        ais.format = "nmea";
        ais.files = {(data / "ais/ais-nmea-sample.log").string()};
        const int rc = decode_to(ais, out / "ais.jsonl");
        const auto summary = summarise(out / "ais.jsonl", "mmsi", "type");
        fmt::print("AIS  {} (real AISHub feed, 3 minutes): {} messages from {} vessels/stations, {} with a "
                   "position -> {}\n",
                   ais.files[0], summary.objects, summary.ids.size(), summary.with_position,
                   (out / "ais.jsonl").string());
        print_kinds(summary, "message type");
        if (rc != 0) return rc;
    }
#endif
#ifdef CP_HAVE_adsb
    {
        DecodeOptions beast;
        beast.format = "beast";
        beast.files = {(data / "adsb/sample_dump1090.bin").string()};
        const int rc_beast = decode_to(beast, out / "adsb-beast.jsonl");
        DecodeOptions hexcsv;
        hexcsv.format = "hexcsv";
        hexcsv.files = {(data / "adsb/short_flights.csv").string()};
        const int rc_hex = decode_to(hexcsv, out / "adsb-flights.jsonl");
        for (const auto& [file, name] : {std::pair{beast.files[0], "adsb-beast.jsonl"},
                                         std::pair{hexcsv.files[0], "adsb-flights.jsonl"}}) {
            const auto summary = summarise(out / name, "hex", "df");
            fmt::print("ADS-B {}: {} messages from {} aircraft, {} positions -> {}\n", file, summary.objects,
                       summary.ids.size(), summary.with_position, (out / name).string());
            print_kinds(summary, "downlink format");
        }
        if (rc_beast != 0) return rc_beast;
        if (rc_hex != 0) return rc_hex;
    }
#endif
#ifdef CP_HAVE_demo_tracking
    if (const int rc = demo_tracking(data, out); rc != 0) return rc;
#endif
    return run_demo_steps(data, out);
}

}  // namespace

void register_demo(CLI::App& app, Runner& run) {
    auto data = std::make_shared<std::string>("data");
    auto out = std::make_shared<std::string>("out/demo");
    CLI::App* cmd = app.add_subcommand("demo", "Run the main job on the bundled sample data");
    cmd->add_option("--data", *data, "Bundled data folder")->capture_default_str();
    cmd->add_option("--out", *out, "Output folder")->capture_default_str();
    cmd->callback([&run, data, out] { run = [data, out] { return run_demo(*data, *out); }; });
}

}  // namespace cp::app
