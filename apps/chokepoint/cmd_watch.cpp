// SPDX-License-Identifier: Apache-2.0
// DEMONSTRATES: `chokepoint watch`: live ADS-B and AIS feeds over TCP -> the same trackers and events as
// replay. READ FIRST: io/tcp.hpp (reconnecting client), track/ingest.hpp (Stream), report/report.hpp (the
// files). One reader thread per feed (io::TcpClient) queues byte chunks stamped with their receipt time; this
// thread owns the trackers and a Stream per connection, prints events as JSON lines as they happen (appending
// them to DIR/events.jsonl with --out) and writes the maps and report on exit (SIGINT/SIGTERM or --duration).
// Time: a message keeps the time its feed gives (NMEA tag block c:, SBS date/time, AIS type 4 clock);
// Beast/AVR 12 MHz ticks count from an unknown receiver epoch, and untimed NMEA has none, so those take the
// wall clock at receipt (legitimate live; replay never reads the wall clock). The trackers advance every
// second.
#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "commands.hpp"
#include "core/error.hpp"
#include "io/tcp.hpp"
#include "report/report.hpp"
#include "track/track.hpp"
#include "tracking_context.hpp"
#include "watch_feed.hpp"

namespace cp::app {

namespace {

volatile std::sig_atomic_t g_stop = 0;
extern "C" void on_stop_signal(int /*signal*/) {
    g_stop = 1;
}

std::int64_t wall_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

struct WatchOptions {
    std::vector<std::string> adsb, ais;
    TrackingInputs tracking;  ///< sites, watchlists, lists, aircraft database, rules
    std::string out;
    double duration_s = 0;
    double stall_timeout_s = 60;
};

/// One run of `watch`: the loaded context, the trackers, the feeds and their reader threads.
class WatchSession {
public:
    explicit WatchSession(const WatchOptions& options) : m_options(options) {
        for (const std::string& text : options.adsb) m_feeds.push_back(watch::parse_feed(text, true));
        for (const std::string& text : options.ais) m_feeds.push_back(watch::parse_feed(text, false));
        if (m_feeds.empty()) throw UsageError("watch: give at least one --adsb or --ais feed");
        load_context();
    }
    ~WatchSession() {
        // Only reached with threads still running when run() threw: they must not outlive the session.
        for (auto& client : m_clients) client->stop();
        for (std::thread& thread : m_threads) {
            if (thread.joinable()) thread.join();
        }
    }
    WatchSession(const WatchSession&) = delete;
    WatchSession& operator=(const WatchSession&) = delete;
    WatchSession(WatchSession&&) = delete;
    WatchSession& operator=(WatchSession&&) = delete;

    int run() {
        install_signal_handlers();
        start_readers();
        const auto started = std::chrono::steady_clock::now();
        const auto limit = std::chrono::duration<double>(m_options.duration_s);
        auto next_advance = started + std::chrono::seconds(1);
        while (g_stop == 0) {
            const auto now = std::chrono::steady_clock::now();
            if (m_options.duration_s > 0 && now - started >= limit) break;
            if (auto chunk = m_queue.pop(std::chrono::milliseconds(200))) handle(*chunk);
            if (std::chrono::steady_clock::now() >= next_advance) {
                // Gaps and expiries must close even when every feed is silent.
                const std::int64_t live = live_now_ms();
                m_aircraft->advance(live);
                m_vessels->advance(live);
                next_advance += std::chrono::seconds(1);
            }
        }
        stop_readers();
        return finish();
    }

private:
    void load_context() {
        m_loaded = std::make_unique<TrackingContext>(m_options.tracking, "watch");
        if (!m_options.out.empty()) {
            std::filesystem::create_directories(m_options.out);
            const std::string path = (std::filesystem::path(m_options.out) / "events.jsonl").string();
            // Appended across runs: a restarted watch never loses what an earlier run printed.
            m_events_file.reset(std::fopen(path.c_str(), "a"));
            if (!m_events_file) throw Error(path + ": cannot open for appending");
        }
        const track::Context context =
            m_loaded->context([this](track::Event&& event) { on_event(std::move(event)); },
                              m_options.out.empty() ? nullptr : &m_recorder);
        m_aircraft = std::make_unique<track::AircraftTracker>(context, m_loaded->rules().aircraft);
        m_vessels = std::make_unique<track::VesselTracker>(context, m_loaded->rules().vessel);
        m_tracker_sink = std::make_unique<track::TrackerSink>(*m_aircraft, *m_vessels);
        for (std::size_t idx = 0; idx < m_feeds.size(); ++idx) {
            m_states.emplace_back().time_sink = std::make_unique<watch::LiveTimeSink>(*m_tracker_sink);
        }
    }

    void on_event(track::Event&& event) {
        const std::string line = track::to_json_line(event) + "\n";
        std::fputs(line.c_str(), stdout);
        std::fflush(stdout);
        if (m_events_file) {
            std::fputs(line.c_str(), m_events_file.get());
            std::fflush(m_events_file.get());
        }
        m_events.push_back(std::move(event));
    }

    static void install_signal_handlers() {
        g_stop = 0;
        struct sigaction action {};
        action.sa_handler = on_stop_signal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }

    void start_readers() {
        io::TcpOptions tcp;
        tcp.stall_timeout =
            std::chrono::milliseconds(static_cast<std::int64_t>(m_options.stall_timeout_s * 1000));
        for (std::size_t idx = 0; idx < m_feeds.size(); ++idx) {
            const std::string label = m_feeds[idx].label();
            auto client = std::make_unique<io::TcpClient>(
                m_feeds[idx].endpoint, tcp,
                [this, idx](std::span<const std::uint8_t> bytes) {
                    m_queue.push({idx, {bytes.begin(), bytes.end()}, wall_ms(), false});
                },
                [this, idx, label](const io::TcpEvent& event) {
                    log_connection(label, event);
                    if (event.kind == io::TcpEventKind::connected) m_queue.push({idx, {}, wall_ms(), true});
                });
            client->set_stop_flag(&g_stop);
            m_threads.emplace_back([raw = client.get()] { raw->run(); });
            m_clients.push_back(std::move(client));
        }
    }

    static void log_connection(const std::string& label, const io::TcpEvent& event) {
        if (event.kind == io::TcpEventKind::connecting && event.attempt > 1) return;  // "waiting" said it
        std::string text = fmt::format("watch: {}: {}", label, io::to_string(event.kind));
        if (!event.message.empty()) text += ": " + event.message;
        if (event.kind == io::TcpEventKind::waiting) {
            text += fmt::format(", reconnecting in {:.1f} s", static_cast<double>(event.wait.count()) / 1000);
        }
        std::fputs((text + "\n").c_str(), stderr);
    }

    void stop_readers() {
        for (auto& client : m_clients) client->stop();
        for (std::thread& thread : m_threads) thread.join();
        m_threads.clear();
        while (auto chunk = m_queue.pop(std::chrono::milliseconds(0))) handle(*chunk);
    }

    void close_stream(watch::FeedState& state) {
        if (!state.stream) return;
        state.stream->finish();
        state.messages += state.stream->messages();
        state.bad += state.stream->tally().total_errors();
        state.stream.reset();
    }

    void handle(const watch::Chunk& chunk) {
        watch::FeedState& state = m_states[chunk.feed];
        const watch::Feed& feed = m_feeds[chunk.feed];
        if (chunk.new_connection) {
            // Bytes of a new connection do not continue the old one's partial frame.
            close_stream(state);
            return;
        }
        if (!state.stream) {
            const track::Format format =
                feed.format.value_or(track::sniff_format(chunk.bytes).value_or(track::Format::beast));
            track::IngestOptions ingest;
            ingest.max_held = 0;  // live: untimed AIS goes out at once (with its receipt time)
            state.stream =
                std::make_unique<track::Stream>(feed.endpoint.to_string(), format, *state.time_sink, ingest);
        }
        const bool ticks =
            state.stream->format() == track::Format::beast || state.stream->format() == track::Format::avr;
        state.time_sink->set_receipt(chunk.receipt_ms, ticks);
        state.stream->feed(chunk.bytes);
        state.last_receipt_ms = chunk.receipt_ms;
        if (state.first_ms == 0 && state.time_sink->last_ms() != 0)
            state.first_ms = state.time_sink->last_ms();
    }

    /// The trackers' "now": the latest message time of any feed plus the wall time since it was received, so
    /// that a feed replaying old times and a live one both advance at the wall clock's pace.
    [[nodiscard]] std::int64_t live_now_ms() const {
        std::int64_t now = 0;
        const std::int64_t wall = wall_ms();
        for (const watch::FeedState& state : m_states) {
            if (state.time_sink->last_ms() == 0) continue;
            now = std::max(now, state.time_sink->last_ms() +
                                    std::max<std::int64_t>(0, wall - state.last_receipt_ms));
        }
        return now == 0 ? wall : now;
    }

    int finish() {
        const std::int64_t end_ms = live_now_ms();
        report::RunSummary summary;
        summary.title = "chokepoint watch";
        summary.generated_by = "chokepoint 0.1.0 watch";
        summary.last_ms = end_ms;
        for (std::size_t idx = 0; idx < m_feeds.size(); ++idx) {
            watch::FeedState& state = m_states[idx];
            close_stream(state);
            summary.inputs.push_back(m_feeds[idx].label());
            summary.messages += state.messages;
            summary.bad_input += state.bad;
            if (state.first_ms != 0)
                summary.first_ms =
                    summary.first_ms == 0 ? state.first_ms : std::min(summary.first_ms, state.first_ms);
            fmt::print(stderr, "watch: {}: {} bytes, {} connections, {} messages, {} bad input\n",
                       m_feeds[idx].label(), m_clients[idx]->bytes(), m_clients[idx]->connections(),
                       state.messages, state.bad);
        }
        m_aircraft->finish(end_ms);
        m_vessels->finish(end_ms);
        for (const auto& track : m_recorder.tracks()) {
            (track.object.kind == track::ObjectKind::aircraft ? summary.aircraft : summary.vessels) += 1;
        }
        if (m_queue.dropped() > 0)
            fmt::print(stderr, "watch: {} bytes dropped (tracking fell behind)\n", m_queue.dropped());
        std::array<std::size_t, 12> per_kind{};
        for (const track::Event& event : m_events)
            ++per_kind[static_cast<std::size_t>(event.kind) % per_kind.size()];
        std::string kinds;
        for (std::size_t kind = 0; kind < per_kind.size(); ++kind) {
            if (per_kind[kind] > 0)
                kinds += fmt::format(" {}={}", track::to_string(static_cast<track::EventKind>(kind)),
                                     per_kind[kind]);
        }
        fmt::print(stderr, "watch: {} events{}\n", m_events.size(), kinds);
        if (!m_options.out.empty()) {
            m_events_file.reset();
            report::write_maps(m_options.out, summary, m_events, m_recorder.tracks(), &m_loaded->sites());
            fmt::print(stderr,
                       "watch: wrote {}/{{events.jsonl (appended), tracks.geojson, events.geojson, "
                       "events.kml, report.html}}\n",
                       m_options.out);
        }
        return 0;
    }

    const WatchOptions& m_options;
    std::vector<watch::Feed> m_feeds;
    std::unique_ptr<TrackingContext> m_loaded;
    track::TrackRecorder m_recorder;
    std::unique_ptr<track::AircraftTracker> m_aircraft;
    std::unique_ptr<track::VesselTracker> m_vessels;
    std::unique_ptr<track::TrackerSink> m_tracker_sink;
    std::vector<watch::FeedState> m_states;
    std::vector<track::Event> m_events;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> m_events_file{nullptr, &std::fclose};
    watch::ChunkQueue m_queue;
    std::vector<std::unique_ptr<io::TcpClient>> m_clients;
    std::vector<std::thread> m_threads;
};

int run_watch(const WatchOptions& options) {
    WatchSession session(options);
    return session.run();
}

}  // namespace

void register_watch(CLI::App& app, Runner& run) {
    auto options = std::make_shared<WatchOptions>();
    CLI::App* cmd = app.add_subcommand("watch", "Track live ADS-B and AIS feeds over TCP; events on stdout");
    cmd->add_option("--adsb", options->adsb,
                    "ADS-B feed HOST:PORT[:beast|avr|sbs] (format sniffed if omitted)");
    cmd->add_option("--ais", options->ais, "AIS NMEA feed HOST:PORT");
    add_tracking_options(cmd, options->tracking);
    cmd->add_option("--out", options->out,
                    "Directory: events.jsonl appended live, maps and report.html on exit");
    cmd->add_option("--duration", options->duration_s,
                    "Stop after this many seconds (0: until SIGINT/SIGTERM)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--stall-timeout", options->stall_timeout_s,
                    "Reconnect a feed silent for this many seconds")
        ->check(CLI::PositiveNumber);
    cmd->callback([&run, options] { run = [options] { return run_watch(*options); }; });
}

}  // namespace cp::app
