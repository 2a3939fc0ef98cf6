// SPDX-License-Identifier: Apache-2.0
// write_recordings(): every object's messages merged in time order (ties keep object order) and written as
// Beast, AVR, hexcsv and NMEA files plus manifest.json. Only files that receive messages are written.
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "adsb/encode.hpp"
#include "core/error.hpp"
#include "core/time.hpp"
#include "io/io.hpp"
#include "sim/detail/schedule.hpp"
#include "sim/scenario.hpp"

namespace cp::sim {
namespace {

std::string manifest_json(const Scenario& scenario, const RecordingSet& set) {
    nlohmann::ordered_json doc;
    doc["scenario"] = scenario.name;
    doc["note"] = scenario.note;
    doc["simulated"] = true;
    doc["start"] = time::to_iso8601(set.start_ms);
    doc["end"] = time::to_iso8601(set.end_ms);
    doc["start_ms"] = set.start_ms;
    doc["end_ms"] = set.end_ms;
    doc["tick_epoch_ms"] = set.tick_epoch_ms;
    doc["tick_epoch"] = time::to_iso8601(set.tick_epoch_ms);  // `replay --tick-epoch` for Beast/AVR
    doc["receiver"] = scenario.receiver;
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const Recording& file : set.files) {
        files.push_back({{"path", file.path}, {"format", file.format}, {"messages", file.messages}});
    }
    doc["files"] = files;
    return doc.dump(2) + "\n";
}

}  // namespace

RecordingSet write_recordings(const Scenario& scenario, const std::string& out_dir) {
    std::vector<detail::AdsbFrame> frames;
    for (const Aircraft& aircraft : scenario.aircraft) detail::schedule_aircraft(aircraft, scenario, frames);
    std::stable_sort(frames.begin(), frames.end(),
                     [](const detail::AdsbFrame& a, const detail::AdsbFrame& b) { return a.t_ms < b.t_ms; });
    std::vector<detail::AisMessage> messages;
    for (const Vessel& vessel : scenario.vessels) detail::schedule_vessel(vessel, scenario, messages);
    std::stable_sort(
        messages.begin(), messages.end(),
        [](const detail::AisMessage& a, const detail::AisMessage& b) { return a.t_ms < b.t_ms; });

    RecordingSet set;
    set.start_ms = set.tick_epoch_ms = scenario.start_ms;
    set.end_ms = scenario.end_ms;
    std::error_code error;
    std::filesystem::create_directories(out_dir, error);
    if (error) throw Error(fmt::format("{}: cannot create the directory: {}", out_dir, error.message()));
    auto path_of = [&out_dir](const char* name) { return (std::filesystem::path(out_dir) / name).string(); };
    if (!frames.empty()) {
        std::string beast;
        std::string avr;
        std::string csv;
        for (const detail::AdsbFrame& frame : frames) {
            const std::span<const std::uint8_t> bytes(frame.bytes.data(), frame.length);
            const std::uint64_t ticks = adsb::encode::ticks_12mhz(frame.t_ms - set.tick_epoch_ms);
            adsb::encode::append_beast(bytes, ticks, frame.signal, beast);
            adsb::encode::append_avr(bytes, ticks, avr);
            adsb::encode::append_hexcsv(bytes, frame.t_ms, csv);
        }
        io::write_file_atomic(path_of("adsb.beast"), beast);
        io::write_file_atomic(path_of("adsb.avr"), avr);
        io::write_file_atomic(path_of("adsb.csv"), csv);
        set.files.push_back({"adsb.beast", "beast", frames.size()});
        set.files.push_back({"adsb.avr", "avr", frames.size()});
        set.files.push_back({"adsb.csv", "hexcsv", frames.size()});
    }
    if (!messages.empty()) {
        std::string nmea;
        for (const detail::AisMessage& message : messages) nmea += message.lines;
        io::write_file_atomic(path_of("ais.nmea"), nmea);
        set.files.push_back({"ais.nmea", "nmea", messages.size()});
    }
    io::write_file_atomic(path_of("manifest.json"), manifest_json(scenario, set));
    return set;
}

}  // namespace cp::sim
