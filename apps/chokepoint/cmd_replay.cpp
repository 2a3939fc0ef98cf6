// SPDX-License-Identifier: Apache-2.0
// DEMONSTRATES: `chokepoint replay FILE... --out DIR`: recordings (Beast, AVR, SBS, hexcsv, NMEA) -> trackers
// -> events.jsonl, tracks.geojson, events.geojson, events.kml and report.html. Files are read in chunks and
// merged by message time (track::MergedReplay, a k-way merge), so several receivers' files of the same hours
// replay as one feed and memory stays bounded whatever the file sizes. Deterministic: same inputs, same bytes
// out. READ FIRST: src/track/ingest.hpp (formats, time rules, merge), src/report/report.hpp (outputs).
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "commands.hpp"
#include "core/error.hpp"
#include "core/time.hpp"
#include "io/io.hpp"
#include "replay_options.hpp"
#include "report/report.hpp"
#include "track/track.hpp"

namespace cp::app {

namespace {

constexpr std::size_t chunk_bytes = std::size_t{256} << 10;
constexpr std::uint64_t progress_min_bytes = std::uint64_t{8} << 20;  // no bar for small inputs

/// One input file read in chunks. Gzip files and standard input ('-') are read whole by io::read_file (which
/// inflates gzip); plain files are read 256 KiB at a time.
class FileChunks {
public:
    explicit FileChunks(const std::string& path) : m_path(path), m_buffer(chunk_bytes) {
        if (path != "-") {
            m_file.reset(std::fopen(path.c_str(), "rb"));
            if (!m_file) throw Error(path + ": cannot open: " + std::strerror(errno));
            m_pending = read_some();
            const bool gzip = m_pending.size() >= 2 && m_pending[0] == 0x1f && m_pending[1] == 0x8b;
            if (!gzip) {
                std::error_code error;
                const auto size = std::filesystem::file_size(path, error);
                m_size = error ? 0 : size;
                return;
            }
            m_file.reset();
        }
        m_whole = io::read_file(path);
        m_size = m_whole.size();
        m_pending = next_whole();
    }

    /// The first bytes (for format sniffing); next() still returns them.
    [[nodiscard]] std::span<const std::uint8_t> head() const noexcept { return m_pending; }
    [[nodiscard]] std::uint64_t size() const noexcept { return m_size; }

    /// The next chunk; empty at the end. Borrowed until the next call.
    std::span<const std::uint8_t> next() {
        if (!m_pending.empty()) {
            const std::span<const std::uint8_t> out = m_pending;
            m_pending = {};
            return out;
        }
        return m_file ? read_some() : next_whole();
    }

private:
    std::span<const std::uint8_t> read_some() {
        const std::size_t got = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file.get());
        if (got == 0 && std::ferror(m_file.get()) != 0) throw Error(m_path + ": read error");
        return {m_buffer.data(), got};
    }

    std::span<const std::uint8_t> next_whole() noexcept {
        const std::size_t size = std::min(chunk_bytes, m_whole.size() - m_whole_offset);
        const auto* data = reinterpret_cast<const std::uint8_t*>(m_whole.data()) + m_whole_offset;
        m_whole_offset += size;
        return {data, size};
    }

    std::string m_path;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> m_file{nullptr, &std::fclose};
    std::vector<std::uint8_t> m_buffer;
    std::span<const std::uint8_t> m_pending;
    std::string m_whole;
    std::size_t m_whole_offset = 0;
    std::uint64_t m_size = 0;
};

/// `nmea:capture.log` names the format of one file; any other FILE (even with a ':') is a path.
std::pair<std::optional<track::Format>, std::string> split_format_prefix(const std::string& file) {
    const std::size_t colon = file.find(':');
    if (colon != std::string::npos) {
        if (auto format = track::parse_format(file.substr(0, colon))) return {format, file.substr(colon + 1)};
    }
    return {std::nullopt, file};
}

std::int64_t parse_time_option(const std::string& text, const char* option) {
    if (text.empty()) return 0;
    const auto t_ms = time::parse_iso8601(text);
    if (!t_ms)
        throw UsageError(fmt::format("{} {}: not an ISO 8601 UTC time (2024-05-03T12:00:00Z)", option, text));
    return *t_ms;
}

/// Feeds the trackers and counts the distinct objects heard (verified addresses, vessel MMSIs).
class CountingSink final : public track::MessageSink {
public:
    explicit CountingSink(track::TrackerSink& trackers) : m_trackers(&trackers) {}
    void on_mode_s(adsb::Message& msg, std::int64_t t_ms) override {
        m_trackers->on_mode_s(msg, t_ms);
        if (msg.crc_ok || msg.address_confirmed) aircraft.insert(msg.icao);
    }
    void on_sbs(const adsb::SbsRecord& record, std::int64_t t_ms) override {
        m_trackers->on_sbs(record, t_ms);
        if (record.has_icao) aircraft.insert(record.icao);
    }
    void on_ais(const ais::Message& msg, std::int64_t t_ms) override {
        m_trackers->on_ais(msg, t_ms);
        // Ships' own reports (class A 1-3, 5; class B 18, 19, 24; long range 27): not base stations or AtoNs.
        const std::uint8_t type = msg.type;
        if (type <= 3 || type == 5 || type == 18 || type == 19 || type == 24 || type == 27)
            vessels.insert(msg.mmsi);
    }
    std::unordered_set<std::uint32_t> aircraft;
    std::unordered_set<std::uint32_t> vessels;

private:
    track::TrackerSink* m_trackers;
};

void print_summary(const track::MergedReplay& merge, const CountingSink& counts,
                   const std::vector<track::Event>& events, std::uint64_t lone_bad_fixes) {
    const auto span = merge.first_ms() ? fmt::format(" ({} .. {})", time::to_iso8601(*merge.first_ms()),
                                                     time::to_iso8601(*merge.last_ms()))
                                       : std::string();
    fmt::print(stderr, "replay: {} input(s), {} messages{}, {} aircraft, {} vessels\n", merge.size(),
               merge.messages(), span, counts.aircraft.size(), counts.vessels.size());
    for (std::size_t index = 0; index < merge.size(); ++index) {
        const track::Stream& stream = merge.stream(index);
        fmt::print(stderr, "  {} ({}): {} messages, {} skipped\n", stream.name(),
                   track::to_string(stream.format()), stream.messages(), stream.skipped());
        const std::string errors = stream.tally().summary();
        if (!errors.empty()) fmt::print(stderr, "{}", errors);
    }
    std::map<std::uint8_t, std::uint64_t> by_kind;
    for (const track::Event& event : events) ++by_kind[static_cast<std::uint8_t>(event.kind)];
    if (lone_bad_fixes > 0) {
        fmt::print(stderr,
                   "  {} vessel report(s) far off their track and contradicted by the next: dropped as bad "
                   "fixes, no event\n",
                   lone_bad_fixes);
    }
    fmt::print(stderr, "events: {}\n", events.size());
    for (const auto& [kind, count] : by_kind) {
        fmt::print(stderr, "  {:>8} {}\n", count, track::to_string(static_cast<track::EventKind>(kind)));
    }
}

}  // namespace

int run_replay(const ReplayOptions& options) {
    track::IngestOptions ingest;
    ingest.tick_epoch_ms = parse_time_option(options.tick_epoch, "--tick-epoch");
    ingest.fallback_epoch_ms = parse_time_option(options.start, "--start");
    ingest.strict = options.strict;
    const std::optional<track::Format> default_format =
        options.format == "auto" ? std::nullopt : track::parse_format(options.format);

    // Open every input first: an unreadable file or an unknown format stops the run before any work.
    std::vector<std::unique_ptr<FileChunks>> files;
    std::vector<track::Format> formats;
    report::RunSummary summary;
    std::uint64_t total_bytes = 0;
    for (const std::string& given : options.files) {
        const auto [prefix, path] = split_format_prefix(given);
        files.push_back(std::make_unique<FileChunks>(path));
        const auto format = prefix           ? prefix
                            : default_format ? default_format
                                             : track::sniff_format(files.back()->head());
        if (!format) throw UsageError(path + ": cannot tell the format; give --format or FORMAT:" + path);
        formats.push_back(*format);
        total_bytes += files.back()->size();
        summary.inputs.push_back(fmt::format("{} ({})", path, track::to_string(*format)));
    }

    const TrackingContext loaded(options.tracking, "replay");
    std::vector<track::Event> events;
    track::TrackRecorder recorder;
    const track::Context context =
        loaded.context([&events](track::Event&& event) { events.push_back(std::move(event)); }, &recorder);
    track::AircraftTracker aircraft(context, loaded.rules().aircraft);
    track::VesselTracker vessels(context, loaded.rules().vessel);
    track::TrackerSink trackers(aircraft, vessels);
    CountingSink counting(trackers);

    track::MergedReplay merge(counting, ingest);
    for (std::size_t index = 0; index < files.size(); ++index) {
        FileChunks* file = files[index].get();
        merge.add_input(split_format_prefix(options.files[index]).second, formats[index],
                        [file] { return file->next(); });
    }
    io::Progress progress("replay", total_bytes);
    if (total_bytes < progress_min_bytes) progress.set_enabled(false);
    merge.run([&progress](std::uint64_t bytes) { progress.update(bytes); });
    progress.finish(total_bytes);
    const std::int64_t end_ms = merge.last_ms().value_or(0);
    aircraft.finish(end_ms);
    vessels.finish(end_ms);

    summary.messages = merge.messages();
    for (std::size_t index = 0; index < merge.size(); ++index) {
        summary.bad_input += merge.stream(index).tally().total_errors();
    }
    summary.aircraft = counting.aircraft.size();
    summary.vessels = counting.vessels.size();
    summary.first_ms = merge.first_ms().value_or(0);
    summary.last_ms = end_ms;
    summary.generated_by = "chokepoint 0.1.0 replay";
    report::write_all(options.out_dir, summary, events, recorder.tracks(), &loaded.sites());
    print_summary(merge, counting, events, vessels.lone_bad_fixes());
    fmt::print(stderr, "wrote {}/events.jsonl, tracks.geojson, events.geojson, events.kml, report.html\n",
               options.out_dir);
    return 0;
}

void register_replay(CLI::App& app, Runner& run) {
    auto options = std::make_shared<ReplayOptions>();  // shared with the runner, which outlives this call
    CLI::App* cmd =
        app.add_subcommand("replay", "Replay recordings through the trackers: events, maps, report");
    cmd->add_option("files", options->files, "Recordings (FORMAT:FILE names one file's format; '-' is stdin)")
        ->required();
    cmd->add_option("--format,-f", options->format, "Format of every FILE, or auto: sniffed per file")
        ->check(CLI::IsMember({"auto", "beast", "avr", "sbs", "hexcsv", "nmea"}));
    add_tracking_options(cmd, options->tracking);
    cmd->add_option("--tick-epoch", options->tick_epoch,
                    "UTC time of 12 MHz tick 0 in Beast/AVR inputs (ISO 8601)");
    cmd->add_option("--start", options->start, "UTC time of NMEA without times until base stations give one");
    cmd->add_flag("--strict", options->strict, "Stop at the first bad input with its location (exit 1)");
    cmd->add_option("--out", options->out_dir, "Output folder")->required();
    cmd->callback([&run, options] { run = [options] { return run_replay(*options); }; });
}

}  // namespace cp::app
