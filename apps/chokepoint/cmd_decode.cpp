// SPDX-License-Identifier: Apache-2.0
// `chokepoint decode --format nmea|beast|avr|sbs|hexcsv FILE...`: one JSON object per message on stdout,
// bad input counted per kind on stderr at the end.
#include <memory>

#include "commands.hpp"
#include "core/error.hpp"
#include "decode_options.hpp"

namespace cp::app {

void register_decode(CLI::App& app, Runner& run) {
    auto options = std::make_shared<DecodeOptions>();  // shared with the runner, which outlives this call
    CLI::App* cmd = app.add_subcommand("decode", "Decode ADS-B/Mode S or AIS recordings to JSON lines");
    cmd->add_option("--format,-f", options->format, "Input format")
        ->required()
        ->check(CLI::IsMember({"nmea", "beast", "avr", "sbs", "hexcsv"}));
    cmd->add_option("files", options->files, "Input files ('-' for standard input)")->required();
    cmd->add_flag("--strict", options->strict, "Stop at the first bad input with its location (exit 1)");
    cmd->add_flag("--unscaled,-u", options->unscaled, "AIS: raw integer fields, as gpsdecode -u");
    cmd->add_option("--lat", options->ref_lat, "ADS-B: receiver latitude for local and surface CPR");
    cmd->add_option("--lon", options->ref_lon, "ADS-B: receiver longitude for local and surface CPR");
    cmd->add_flag("--fix-two-bits", options->fix_two_bits, "ADS-B: also correct two-bit errors in DF17/18");
    cmd->callback([&run, options] {
        run = [options]() -> int {
            if (options->format == "nmea") {
#ifdef CP_HAVE_ais
                return run_decode_ais(*options);
#endif
            } else {
#ifdef CP_HAVE_adsb
                return run_decode_adsb(*options);
#endif
            }
            throw UsageError("this build of chokepoint has no decoder for --format " + options->format);
        };
    });
}

}  // namespace cp::app
