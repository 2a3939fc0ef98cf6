// SPDX-License-Identifier: Apache-2.0
// Stream::Impl: the framing, decoding and time rules behind track::Stream (ingest.hpp). ADS-B paths are in
// ingest_stream.cpp, the NMEA path in ingest_ais.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "adsb/adsb.hpp"
#include "ais/ais.hpp"
#include "core/tally.hpp"
#include "track/detail/ingest_clock.hpp"
#include "track/ingest.hpp"

namespace cp::track {

struct Stream::Impl {
    Impl(std::string stream_name, Format stream_format, MessageSink& target, const IngestOptions& ingest);

    void feed(std::span<const std::uint8_t> chunk);
    void finish();

    /// Counts bad input at a location of this stream; strict mode throws cp::InputError instead.
    void bad_input(std::string_view kind, std::uint64_t line, std::uint64_t byte_offset);
    /// The time a message is delivered at: `t_ms`, or the stream's time if `t_ms` is earlier. Counts it.
    std::int64_t stamp(std::int64_t t_ms) noexcept;

    // ADS-B (ingest_stream.cpp)
    void handle_frame(const adsb::FrameResult& result);
    void handle_sbs(const adsb::SbsResult& result);
    void handle_line(std::string_view text, adsb::FrameLocation where);

    // AIS (ingest_ais.cpp)
    void handle_nmea_line(std::string_view text, ais::LinePos where);
    void drain_notices();
    void decode_payload(const ais::NmeaPayload& payload);
    void time_ais(const ais::Message& msg, std::optional<std::int64_t> tagged_ms, ais::LinePos where);
    void release_held(std::int64_t t_ms);
    void finish_ais();

    std::string name;
    Format format;
    MessageSink* sink;
    IngestOptions options;
    std::unique_ptr<MessageSink> owned_sink;  ///< the TrackerSink of the tracker constructor

    ErrorTally tally;
    std::uint64_t messages = 0;
    std::uint64_t skipped = 0;
    std::uint64_t bytes = 0;
    std::optional<std::int64_t> now_ms;
    std::optional<std::int64_t> first_ms;

    // ADS-B
    adsb::BeastFramer beast;
    adsb::LineSplitter lines;
    adsb::DecodeOptions decode_options;  ///< defaults: one-bit correction, no bad CRC (tracking)
    detail::TickClock ticks;

    // AIS
    std::optional<ais::Assembler> assembler;  ///< only for NMEA streams (it allocates its buffers)
    ais::PayloadBits bits;
    detail::BaseStationClock base_clock;
    bool tagged = false;             ///< a tag block or wrapper time was seen: it is the stream's clock
    bool gave_up_holding = false;    ///< max_held was reached before the clock locked
    std::vector<ais::Message> held;  ///< untimed messages waiting for the clock to lock
};

}  // namespace cp::track
