// SPDX-License-Identifier: Apache-2.0
// Writes the report files, each atomically (temporary file + rename) so a reader never sees half a file.
#include <filesystem>
#include <system_error>

#include "core/error.hpp"
#include "io/io.hpp"
#include "report/report.hpp"

namespace cp::report {

void write_maps(const std::string& dir, const RunSummary& summary, const std::vector<track::Event>& events,
                const std::vector<track::TrackRecorder::Track>& tracks, const track::SiteIndex* sites) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw Error(dir + ": cannot create directory: " + ec.message());
    const std::filesystem::path base(dir);
    io::write_file_atomic((base / "tracks.geojson").string(), tracks_geojson(tracks));
    io::write_file_atomic((base / "events.geojson").string(), events_geojson(events, sites));
    io::write_file_atomic((base / "events.kml").string(), events_kml(events, tracks, sites));
    io::write_file_atomic((base / "report.html").string(), report_html(summary, events, tracks, sites));
}

void write_all(const std::string& dir, const RunSummary& summary, const std::vector<track::Event>& events,
               const std::vector<track::TrackRecorder::Track>& tracks, const track::SiteIndex* sites) {
    write_maps(dir, summary, events, tracks, sites);
    io::write_file_atomic((std::filesystem::path(dir) / "events.jsonl").string(), events_jsonl(events));
}

}  // namespace cp::report
