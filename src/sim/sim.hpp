// SPDX-License-Identifier: Apache-2.0
// sim: scripted tracks -> recordings. A scenario (JSON, see docs/scenarios.md) scripts aircraft and vessels:
// routes between named sites or coordinates, speeds, climbs and descents, ground stops, port stays, silences,
// meetings at sea, squawk and identity changes. write_recordings() turns it into the byte streams a receiver
// would have recorded, through the real encoders (adsb/encode.hpp, ais/encode.hpp) that round-trip with the
// decoders. It writes files only; it never transmits anything.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "track/sites.hpp"

namespace cp::sim {

struct Scenario;  // defined in sim/scenario.hpp

/// Parses a scenario; site ids in it ("UUMU", "IRAMD") are resolved in `sites`. Throws cp::InputError
/// (file, line of the JSON error or the path of the bad field) on a malformed scenario.
[[nodiscard]] Scenario parse_scenario(std::string_view json_text, const std::string& name,
                                      const track::SiteIndex& sites);

/// The files written by write_recordings(), relative to the output directory.
struct Recording {
    std::string path;    ///< e.g. "adsb.beast"
    std::string format;  ///< the decode/replay format name: beast, avr, hexcsv, nmea
    std::uint64_t messages = 0;
};

/// What a scenario produced: files, the Unix ms of 12 MHz tick 0 in the Beast/AVR files (= scenario start),
/// and the scenario's time span.
struct RecordingSet {
    std::vector<Recording> files;
    std::int64_t tick_epoch_ms = 0;
    std::int64_t start_ms = 0;
    std::int64_t end_ms = 0;
};

/// Writes adsb.beast, adsb.avr, adsb.csv (hexcsv: `unix_seconds,HEX`), ais.nmea (with IEC 61162-450 tag
/// blocks carrying c: Unix time) and manifest.json (the RecordingSet) into `out_dir`. Deterministic: the same
/// scenario gives the same bytes.
RecordingSet write_recordings(const Scenario& scenario, const std::string& out_dir);

}  // namespace cp::sim
