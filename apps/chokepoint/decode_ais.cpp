// SPDX-License-Identifier: Apache-2.0
// `chokepoint decode --format nmea FILE...`: NMEA/AIVDM lines -> gpsd AIS JSON lines (gpsdecode -j, or -u -j
// with --unscaled), one stream per file. Bad input is counted per kind and summarised on stderr at the end;
// --strict stops at the first error with its file, line and byte offset (exit 1).
// READ FIRST: src/ais/nmea.hpp (framing), src/ais/message.hpp (decoding and JSON).
#include <cstdio>
#include <string>

#include <fmt/format.h>

#include "ais/ais.hpp"
#include "core/error.hpp"
#include "core/tally.hpp"
#include "decode_options.hpp"
#include "io/io.hpp"

namespace cp::app {
namespace {

constexpr std::size_t flush_threshold = std::size_t{1} << 20;  // write stdout in ~1 MiB blocks
constexpr std::size_t progress_min_bytes = std::size_t{16} << 20;

/// State of one `decode --format nmea` run: the output buffer, the tallies, the options.
class AisDecodeRun {
public:
    explicit AisDecodeRun(const DecodeOptions& options) : m_options(options) {
        m_out.reserve(flush_threshold + 4096);
        m_json.scaled = !options.unscaled;
    }

    void decode_file(const std::string& path);

    /// Writes what is buffered to the output stream.
    void flush() {
        if (m_out.empty()) return;
        if (std::fwrite(m_out.data(), 1, m_out.size(), m_options.out) != m_out.size()) {
            throw Error("cannot write the decoded messages: output stream error");
        }
        m_out.clear();
    }

    /// The error summary for stderr (empty when there was nothing to report).
    [[nodiscard]] std::string summary() const {
        std::string text = m_tally.summary();
        if (m_skipped > 0) text += fmt::format("skipped: {} non-AIS sentences\n", m_skipped);
        return text;
    }

private:
    void bad_input(std::string_view kind, const std::string& path, ais::LinePos where);
    void drain_notices(ais::Assembler& assembler, const std::string& path);
    void decode_payload(const ais::NmeaPayload& payload, ais::Type24Pairing& pairing,
                        const std::string& path);

    const DecodeOptions& m_options;
    ais::JsonOptions m_json;
    ais::PayloadBits m_bits;
    std::string m_out;
    ErrorTally m_tally;
    std::uint64_t m_skipped = 0;
};

void AisDecodeRun::bad_input(std::string_view kind, const std::string& path, ais::LinePos where) {
    SourceLocation location{path, where.line, where.byte_offset};
    if (m_options.strict) {
        flush();
        throw InputError(std::move(location), std::string(kind));
    }
    m_tally.add(std::string(kind), location);
}

void AisDecodeRun::drain_notices(ais::Assembler& assembler, const std::string& path) {
    ais::Notice notice;
    while (assembler.next_notice(notice)) bad_input(ais::to_string(notice.error), path, notice.where);
}

void AisDecodeRun::decode_payload(const ais::NmeaPayload& payload, ais::Type24Pairing& pairing,
                                  const std::string& path) {
    const auto bits = ais::dearmor(payload.armored, payload.fill_bits, m_bits);
    if (!bits) return bad_input(ais::to_string(bits.error()), path, payload.first);
    auto message = ais::decode(m_bits.view());
    if (!message) return bad_input(ais::to_string(message.error()), path, payload.first);
    m_tally.add_good();
    if (!pairing.complete(*message)) return;
    ais::write_gpsd_json(*message, m_json, m_out);
    m_out += '\n';
    if (m_out.size() >= flush_threshold) flush();
}

void AisDecodeRun::decode_file(const std::string& path) {
    const std::string buffer = io::read_file(path);
    io::Progress progress(path, buffer.size());
    progress.set_enabled(buffer.size() >= progress_min_bytes);
    ais::Assembler assembler;
    ais::Type24Pairing pairing;
    io::LineCursor cursor(buffer);
    io::LineView line;
    while (cursor.next(line)) {
        const ais::LinePos pos{line.number, line.byte_offset};
        const auto fed = assembler.feed(line.text, pos);
        drain_notices(assembler, path);
        if (fed && *fed) {
            decode_payload(assembler.payload(), pairing, path);
        } else if (!fed) {
            switch (ais::severity(fed.error())) {
            case ais::Severity::ignored:
                break;
            case ais::Severity::skipped:
                ++m_skipped;
                break;
            case ais::Severity::error:
                bad_input(ais::to_string(fed.error()), path, pos);
                break;
            }
        }
        progress.update(cursor.position());
    }
    assembler.finish();
    drain_notices(assembler, path);
    progress.finish(cursor.position());
}

}  // namespace

int run_decode_ais(const DecodeOptions& options) {
    AisDecodeRun run(options);
    for (const std::string& path : options.files) run.decode_file(path);
    run.flush();
    std::fflush(options.out);
    const std::string summary = run.summary();
    if (!summary.empty()) std::fputs(summary.c_str(), stderr);
    return 0;
}

}  // namespace cp::app
