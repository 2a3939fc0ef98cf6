// SPDX-License-Identifier: Apache-2.0
// `chokepoint decode --format beast|avr|sbs|hexcsv FILE...`: frames each input (adsb/framing.hpp),
// decodes Mode S frames (adsb/message.hpp), pairs CPR positions per aircraft (adsb/cpr.hpp) and writes
// one readsb-style JSON object per decoded frame or SBS record on stdout. Bad input is counted per kind
// and summarised on stderr at the end; --strict stops at the first one with its file and line or byte.
// READ FIRST: src/adsb/framing.hpp (framers), src/adsb/message.hpp (decode, write_json).
#include <array>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <string>

#include <fmt/format.h>

#include "adsb/adsb.hpp"
#include "core/error.hpp"
#include "core/tally.hpp"
#include "core/text.hpp"
#include "decode_options.hpp"
#include "io/io.hpp"

namespace cp::app {

namespace {

constexpr std::size_t flush_bytes = 1U << 20;           // stdout is written in 1 MiB blocks
constexpr std::uint64_t progress_min_bytes = 8U << 20;  // no progress bar for small inputs
constexpr std::size_t beast_chunk_bytes = 64U << 10;    // Beast is fed as a socket would deliver it

/// Receiver clock of a frame in milliseconds, for CPR pairing windows. Beast/AVR 12 MHz counters are
/// not Unix time but their differences are what pairing needs; frames without time share time 0.
std::int64_t frame_clock_ms(const adsb::Frame& frame) noexcept {
    switch (frame.time_base) {
    case adsb::TimeBase::ticks_12mhz:
        return static_cast<std::int64_t>(frame.timestamp_ticks / 12'000);
    case adsb::TimeBase::unix_s:
        return std::llround(frame.timestamp_unix_s * 1000.0);
    case adsb::TimeBase::none:
        return 0;
    }
    return 0;
}

/// dBFS of a Beast signal byte (255 * sqrt(power relative to full scale)): 20 log10(s / 255), from a
/// table made once (a log10 per frame was 3 % of a Beast decode run).
double rssi_dbfs(std::uint8_t signal) noexcept {
    static const std::array<double, 256> table = [] {
        std::array<double, 256> values{};
        for (std::size_t level = 1; level < values.size(); ++level)
            values[level] = 20.0 * std::log10(static_cast<double>(level) / 255.0);
        return values;
    }();
    return table[signal];
}

/// One decode run over several files: shared state (positions, error tally, output buffer).
class AdsbDecodeRun {
public:
    explicit AdsbDecodeRun(const DecodeOptions& options) : m_options(options) {
        adsb::PositionOptions position_options;
        if (options.ref_lat && options.ref_lon) {
            position_options.receiver = geo::LatLon{*options.ref_lat, *options.ref_lon};
        }
        m_positions = adsb::PositionDecoder(position_options);
        m_decode_options.fix_two_bits = options.fix_two_bits;
        m_out.reserve(flush_bytes + 4096);
    }

    void run_file(const std::string& path) {
        m_file = path;
        const std::string content = io::read_file(path);
        io::Progress progress("decode " + path, content.size());
        if (content.size() < progress_min_bytes) progress.set_enabled(false);
        if (m_options.format == "beast") {
            run_beast(content, progress);
        } else {
            run_lines(content, progress);
        }
        progress.finish(content.size());
    }

    /// Writes what is buffered and the error summary; returns the exit code.
    int finish() {
        flush();
        const std::string summary = m_tally.summary();
        if (!summary.empty()) std::fputs(summary.c_str(), stderr);
        return 0;
    }

private:
    void run_beast(std::string_view content, io::Progress& progress) {
        adsb::BeastFramer framer;
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(content.data());
        for (std::size_t chunk_start = 0; chunk_start < content.size(); chunk_start += beast_chunk_bytes) {
            const std::size_t chunk_size = std::min(beast_chunk_bytes, content.size() - chunk_start);
            framer.feed({bytes + chunk_start, chunk_size});
            while (auto result = framer.next()) handle(*result);
            progress.update(chunk_start + chunk_size);
        }
        framer.finish();
        while (auto result = framer.next()) handle(*result);
    }

    void run_lines(std::string_view content, io::Progress& progress) {
        // A UTF-8 byte order mark starts the pyModeS commb files; it is not part of the first line.
        constexpr std::string_view bom = "\xEF\xBB\xBF";
        const std::uint64_t base = content.starts_with(bom) ? bom.size() : 0;
        content.remove_prefix(base);
        io::LineCursor cursor(content);
        io::LineView line;
        while (cursor.next(line)) {
            progress.update(cursor.position());
            const std::string_view content_text = text::trim(line.text);
            // Blank lines and '#' comments (provenance headers of golden captures) are not input.
            if (content_text.empty() || content_text.front() == '#') continue;
            const adsb::FrameLocation where{base + line.byte_offset, line.number};
            if (m_options.format == "avr") {
                handle(adsb::parse_avr_line(line.text, where));
            } else if (m_options.format == "hexcsv") {
                handle(adsb::parse_hexcsv_line(line.text, where));
            } else {
                handle_sbs(adsb::parse_sbs_line(line.text, where));
            }
        }
    }

    void handle(const adsb::FrameResult& result) {
        if (!result) {
            bad_input(adsb::to_string(result.error().error), result.error().where);
            return;
        }
        const adsb::Frame& frame = result.value();
        auto decoded = frame.kind == adsb::FrameKind::mode_ac
                           ? adsb::decode_mode_ac(std::span<const std::uint8_t, 2>(frame.bytes.data(), 2))
                           : adsb::decode(frame.data(), m_decode_options);
        if (!decoded) {
            bad_input(adsb::to_string(decoded.error()), frame.where);
            return;
        }
        adsb::Message& msg = decoded.value();
        // A log's address column (hexcsv) says whom a DF0/4/5/16/20/21 reply came from.
        if (frame.known_address) adsb::apply_known_address(msg, *frame.known_address);
        m_positions.update(msg, frame_clock_ms(frame));
        adsb::JsonContext context;
        if (frame.time_base == adsb::TimeBase::ticks_12mhz) context.mlat_12mhz = frame.timestamp_ticks;
        if (frame.time_base == adsb::TimeBase::unix_s) {
            context.t_unix_ms = std::llround(frame.timestamp_unix_s * 1000.0);
        }
        if (frame.signal && *frame.signal > 0) context.rssi_dbfs = rssi_dbfs(*frame.signal);
        adsb::write_json(msg, context, m_out);
        m_out += '\n';
        good();
    }

    void handle_sbs(const adsb::SbsResult& result) {
        if (!result) {
            bad_input(adsb::to_string(result.error().error), result.error().where);
            return;
        }
        write_sbs_json(result.value());
        good();
    }

    void write_sbs_json(const adsb::SbsRecord& record) {
        auto out = std::back_inserter(m_out);
        fmt::format_to(out, "{{\"type\":\"sbs\",\"sbs_message\":\"{}\"", record.message_type.data());
        if (record.transmission_type != 0) fmt::format_to(out, ",\"sbs_type\":{}", record.transmission_type);
        if (record.has_icao) fmt::format_to(out, ",\"hex\":\"{:06x}\"", record.icao);
        if (record.t_unix_ms) fmt::format_to(out, ",\"timestamp\":{:.3f}", *record.t_unix_ms / 1000.0);
        if (record.has_flight) fmt::format_to(out, ",\"flight\":\"{:<8}\"", record.flight.data());
        if (record.on_ground.value_or(false)) {
            m_out += ",\"alt_baro\":\"ground\"";
        } else if (record.alt_baro_ft) {
            fmt::format_to(out, ",\"alt_baro\":{}", *record.alt_baro_ft);
        }
        if (record.gs_kt) fmt::format_to(out, ",\"gs\":{}", *record.gs_kt);
        if (record.track_deg) fmt::format_to(out, ",\"track\":{}", *record.track_deg);
        if (record.baro_rate_fpm) fmt::format_to(out, ",\"baro_rate\":{}", *record.baro_rate_fpm);
        if (record.squawk) fmt::format_to(out, ",\"squawk\":\"{:04o}\"", *record.squawk);
        if (record.lat_deg && record.lon_deg) {
            fmt::format_to(out, ",\"lat\":{},\"lon\":{}", *record.lat_deg, *record.lon_deg);
        }
        if (record.alert) fmt::format_to(out, ",\"alert\":{}", *record.alert ? 1 : 0);
        if (record.spi) fmt::format_to(out, ",\"spi\":{}", *record.spi ? 1 : 0);
        if (record.emergency) fmt::format_to(out, ",\"sbs_emergency\":{}", *record.emergency ? 1 : 0);
        m_out += "}\n";
    }

    void good() {
        m_tally.add_good();
        if (m_out.size() >= flush_bytes) flush();
    }

    void bad_input(std::string_view kind, const adsb::FrameLocation& where) {
        const SourceLocation location{m_file, where.line, where.byte_offset};
        if (m_options.strict) {
            flush();
            throw InputError(location, std::string(kind));
        }
        m_tally.add(std::string(kind), location);
    }

    void flush() {
        if (m_out.empty()) return;
        if (std::fwrite(m_out.data(), 1, m_out.size(), m_options.out) != m_out.size()) {
            throw Error("cannot write the decoded output");
        }
        m_out.clear();
    }

    const DecodeOptions& m_options;
    adsb::DecodeOptions m_decode_options;
    adsb::PositionDecoder m_positions;
    ErrorTally m_tally;
    std::string m_out;
    std::string m_file;
};

}  // namespace

int run_decode_adsb(const DecodeOptions& options) {
    AdsbDecodeRun run(options);
    for (const std::string& path : options.files) run.run_file(path);
    const int rc = run.finish();
    std::fflush(options.out);
    return rc;
}

}  // namespace cp::app
