// SPDX-License-Identifier: Apache-2.0
// track::Stream: bytes -> frames/lines -> decoded, timed messages for a MessageSink. This file holds the
// stream plumbing and the ADS-B formats (Beast, AVR, SBS, hexcsv); the NMEA path is in ingest_ais.cpp.
// Framing and decoding are the adsb module's; what is decided here is time and error accounting.
#include "track/detail/ingest_stream.hpp"

#include <cmath>
#include <utility>

#include "core/text.hpp"
#include "track/ingest.hpp"

namespace cp::track {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

bool plausible_time(std::int64_t t_ms) noexcept {
    return t_ms >= 0 && t_ms < detail::max_plausible_ms;
}

}  // namespace

Stream::Impl::Impl(std::string stream_name, Format stream_format, MessageSink& target,
                   const IngestOptions& ingest)
    : name(std::move(stream_name)), format(stream_format), sink(&target), options(ingest),
      ticks(ingest.tick_epoch_ms) {
    if (format == Format::nmea) assembler.emplace();
}

void Stream::Impl::bad_input(std::string_view kind, std::uint64_t line, std::uint64_t byte_offset) {
    SourceLocation where{name, line, byte_offset};
    if (options.strict) throw InputError(std::move(where), std::string(kind));
    tally.add(std::string(kind), where);
}

std::int64_t Stream::Impl::stamp(std::int64_t t_ms) noexcept {
    if (now_ms && t_ms < *now_ms) t_ms = *now_ms;  // late message: time never goes backwards in a stream
    now_ms = t_ms;
    if (!first_ms) first_ms = t_ms;
    ++messages;
    tally.add_good();
    return t_ms;
}

void Stream::Impl::feed(std::span<const std::uint8_t> chunk) {
    bytes += chunk.size();
    if (format == Format::beast) {
        beast.feed(chunk);
        while (auto result = beast.next()) handle_frame(*result);
        return;
    }
    lines.feed(chunk);
    while (auto line = lines.next()) {
        std::string_view text = line->text;
        adsb::FrameLocation where = line->where;
        // A byte order mark may start a text file (pyModeS's commb CSVs); it is not part of the first line.
        if (where.line == 1 && text.starts_with(utf8_bom)) {
            text.remove_prefix(utf8_bom.size());
            where.byte_offset += utf8_bom.size();
        }
        if (format == Format::nmea) {
            handle_nmea_line(text, ais::LinePos{where.line, where.byte_offset});
        } else {
            handle_line(text, where);
        }
    }
}

void Stream::Impl::finish() {
    if (format == Format::beast) {
        beast.finish();
        while (auto result = beast.next()) handle_frame(*result);
        return;
    }
    lines.finish();
    feed({});
    if (format == Format::nmea) finish_ais();
}

void Stream::Impl::handle_line(std::string_view text, adsb::FrameLocation where) {
    const std::string_view content = text::trim(text);
    // Blank lines and '#' comments (provenance headers of captures) are not input, as in `decode`.
    if (content.empty() || content.front() == '#') return;
    switch (format) {
    case Format::avr:
        handle_frame(adsb::parse_avr_line(text, where));
        return;
    case Format::hexcsv:
        handle_frame(adsb::parse_hexcsv_line(text, where));
        return;
    case Format::sbs:
        handle_sbs(adsb::parse_sbs_line(text, where));
        return;
    case Format::beast:
    case Format::nmea:
        return;
    }
}

void Stream::Impl::handle_frame(const adsb::FrameResult& result) {
    if (!result) {
        const adsb::FramingFault& fault = result.error();
        bad_input(adsb::to_string(fault.error), fault.where.line, fault.where.byte_offset);
        return;
    }
    const adsb::Frame& frame = result.value();
    if (frame.kind == adsb::FrameKind::mode_ac) {
        ++skipped;  // Mode A/C replies carry no address: nothing to track
        return;
    }
    std::optional<std::int64_t> t_ms;
    if (frame.time_base == adsb::TimeBase::ticks_12mhz && frame.timestamp_ticks != 0) {
        // Tick 0 is what receivers send when they have no clock (readsb relaying SBS-only sources).
        t_ms = ticks.to_unix_ms(frame.timestamp_ticks);
    } else if (frame.time_base == adsb::TimeBase::unix_s) {
        const double seconds = frame.timestamp_unix_s;
        // Range-checked as a double first: llround of a value beyond int64 has no defined result.
        if (!(seconds >= 0 && seconds * 1000.0 < static_cast<double>(detail::max_plausible_ms))) {
            bad_input("time_out_of_range", frame.where.line, frame.where.byte_offset);
            return;
        }
        t_ms = std::llround(seconds * 1000.0);
    }
    auto decoded = adsb::decode(frame.data(), decode_options);
    if (!decoded) {
        bad_input(adsb::to_string(decoded.error()), frame.where.line, frame.where.byte_offset);
        return;
    }
    adsb::Message& msg = decoded.value();
    // A log's address column (hexcsv) says whom a DF0/4/5/16/20/21 reply came from.
    if (frame.known_address) adsb::apply_known_address(msg, *frame.known_address);
    // Frames without time (AVR `*HEX;`) take the stream's time, or the tick epoch before any.
    sink->on_mode_s(msg, stamp(t_ms.value_or(now_ms.value_or(options.tick_epoch_ms))));
}

void Stream::Impl::handle_sbs(const adsb::SbsResult& result) {
    if (!result) {
        const adsb::FramingFault& fault = result.error();
        bad_input(adsb::to_string(fault.error), fault.where.line, fault.where.byte_offset);
        return;
    }
    const adsb::SbsRecord& record = result.value();
    if (record.t_unix_ms && !plausible_time(*record.t_unix_ms)) {
        bad_input("time_out_of_range", record.where.line, record.where.byte_offset);
        return;
    }
    sink->on_sbs(record, stamp(record.t_unix_ms.value_or(now_ms.value_or(options.fallback_epoch_ms))));
}

// ---- Stream: forwards to Impl ----

Stream::Stream(std::string name, Format format, MessageSink& sink, const IngestOptions& options)
    : m_impl(std::make_unique<Impl>(std::move(name), format, sink, options)) {}
Stream::~Stream() = default;
Stream::Stream(Stream&&) noexcept = default;
Stream& Stream::operator=(Stream&&) noexcept = default;

void Stream::feed(std::span<const std::uint8_t> chunk) {
    m_impl->feed(chunk);
}
void Stream::finish() {
    m_impl->finish();
}
std::optional<std::int64_t> Stream::now_ms() const noexcept {
    return m_impl->now_ms;
}
std::optional<std::int64_t> Stream::first_ms() const noexcept {
    return m_impl->first_ms;
}
std::uint64_t Stream::messages() const noexcept {
    return m_impl->messages;
}
std::uint64_t Stream::skipped() const noexcept {
    return m_impl->skipped;
}
std::uint64_t Stream::bytes() const noexcept {
    return m_impl->bytes;
}
const std::string& Stream::name() const noexcept {
    return m_impl->name;
}
Format Stream::format() const noexcept {
    return m_impl->format;
}
const ErrorTally& Stream::tally() const noexcept {
    return m_impl->tally;
}

}  // namespace cp::track
