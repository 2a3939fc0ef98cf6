// SPDX-License-Identifier: Apache-2.0
// Options shared by the two halves of `chokepoint decode`: cmd_decode_ais.cpp (nmea) and
// cmd_decode_adsb.cpp (beast, avr, sbs, hexcsv). cmd_decode.cpp parses them and dispatches on --format.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace cp::app {

struct DecodeOptions {
    std::string format;              ///< nmea | beast | avr | sbs | hexcsv
    std::vector<std::string> files;  ///< "-" is standard input
    bool strict = false;             ///< first bad input -> message with location, exit 1
    bool unscaled = false;           ///< AIS: gpsdecode -u (raw integers) instead of scaled values
    std::optional<double> ref_lat;   ///< ADS-B: receiver latitude for local/surface CPR
    std::optional<double> ref_lon;   ///< ADS-B: receiver longitude
    bool fix_two_bits = false;       ///< ADS-B: also correct two-bit errors (off by default, as readsb)
    std::FILE* out = stdout;  ///< where the JSON lines go (demo writes them to files): use this, not stdout
};

/// Decodes NMEA/AIVDM files to gpsd JSON lines on stdout. Returns the exit code.
int run_decode_ais(const DecodeOptions& options);
/// Decodes Mode S framings to readsb-style JSON lines on stdout. Returns the exit code.
int run_decode_adsb(const DecodeOptions& options);

}  // namespace cp::app
