// SPDX-License-Identifier: Apache-2.0
// Ingest: recordings and live streams in, trackers fed. Cuts bytes of any supported format (Beast, AVR, SBS,
// hexcsv for ADS-B; NMEA/AIVDM for AIS) into frames, decodes them, gives each message a time and feeds the
// trackers. Shared by `replay` (files) and `watch` (sockets): both see the same events for the same bytes.
//
// Time: a message's time is the best the format carries: hexcsv Unix seconds, SBS date/time, NMEA tag block
// c: or wrapper time; Beast/AVR 12 MHz ticks count from `tick_epoch_ms` (the 48-bit counter is unwrapped);
// NMEA without times takes the UTC time of the latest AIS type 4 base-station reports heard in the same
// stream (what ships' own receivers do): untimed messages are held until three reports lock the clock, and
// before any (or past IngestOptions::max_held) `fallback_epoch_ms`. Time never goes backwards within a stream
// (a late message takes the stream's time). Tested on the shared ADS-B and AIS samples, byte by byte and
// whole.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "adsb/adsb.hpp"
#include "ais/ais.hpp"
#include "core/error.hpp"
#include "core/tally.hpp"
#include "track/aircraft.hpp"
#include "track/vessel.hpp"

namespace cp::track {

/// Input formats (the decode command's names).
enum class Format : std::uint8_t { beast, avr, sbs, hexcsv, nmea };
[[nodiscard]] std::string_view to_string(Format format) noexcept;
[[nodiscard]] std::optional<Format> parse_format(std::string_view name) noexcept;
/// Guesses the format from the first bytes of a stream (Beast 0x1a; '!'/'\\'/'$' NMEA; '*', '@', '%', '<',
/// ':' AVR; "MSG,"/"SEL,"... SBS; "digits,HEX" hexcsv), or nullopt. A UTF-8 byte order mark, blank lines and
/// '#' comment lines before the first record are skipped.
[[nodiscard]] std::optional<Format> sniff_format(std::span<const std::uint8_t> head) noexcept;

struct IngestOptions {
    std::int64_t tick_epoch_ms = 0;      ///< Unix ms of 12 MHz tick 0 in Beast/AVR inputs
    std::int64_t fallback_epoch_ms = 0;  ///< time of untimed NMEA when no type 4 report locks the clock
    bool strict = false;                 ///< throw cp::InputError at the first bad frame/sentence
    /// Untimed AIS messages held while waiting for type 4 reports to lock the clock; past this many, the held
    /// messages go out at `fallback_epoch_ms` (0: never hold, e.g. a live feed that wants no delay).
    std::size_t max_held = 20'000;
};

/// Where a Stream delivers its decoded messages, each with its time (Unix ms). Times delivered by one
/// Stream never decrease.
class MessageSink {
public:
    MessageSink() = default;
    virtual ~MessageSink() = default;
    MessageSink(const MessageSink&) = default;
    MessageSink& operator=(const MessageSink&) = default;
    MessageSink(MessageSink&&) = default;
    MessageSink& operator=(MessageSink&&) = default;

    /// A decoded Mode S frame (not Mode A/C: tracking has no use for it). The sink may modify it (the
    /// aircraft tracker fills in the CPR position).
    virtual void on_mode_s(adsb::Message& msg, std::int64_t t_ms) = 0;
    virtual void on_sbs(const adsb::SbsRecord& record, std::int64_t t_ms) = 0;
    virtual void on_ais(const ais::Message& msg, std::int64_t t_ms) = 0;
};

/// The sink that feeds AircraftTracker::update and VesselTracker::update (both borrowed).
class TrackerSink final : public MessageSink {
public:
    TrackerSink(AircraftTracker& aircraft, VesselTracker& vessels)
        : m_aircraft(&aircraft), m_vessels(&vessels) {}
    void on_mode_s(adsb::Message& msg, std::int64_t t_ms) override;
    void on_sbs(const adsb::SbsRecord& record, std::int64_t t_ms) override;
    void on_ais(const ais::Message& msg, std::int64_t t_ms) override;

private:
    AircraftTracker* m_aircraft;
    VesselTracker* m_vessels;
};

/// One decoded message with its time, as a merge of several streams queues them.
struct TimedMessage {
    std::int64_t t_ms = 0;
    std::variant<adsb::Message, adsb::SbsRecord, ais::Message> message;
};

/// Hands `message` to the matching function of `sink`.
void deliver(TimedMessage& message, MessageSink& sink);

/// One stream (a file or a socket connection) of one format feeding shared trackers. Not thread-safe.
class Stream {
public:
    /// `name` is used in error messages (file path or "host:port"). Feeds `aircraft` and `vessels`
    /// (borrowed).
    Stream(std::string name, Format format, AircraftTracker& aircraft, VesselTracker& vessels,
           const IngestOptions& options);
    /// Same, delivering to `sink` (borrowed for the stream's lifetime).
    Stream(std::string name, Format format, MessageSink& sink, const IngestOptions& options);
    ~Stream();
    Stream(const Stream&) = delete;
    Stream& operator=(const Stream&) = delete;
    Stream(Stream&&) noexcept;
    Stream& operator=(Stream&&) noexcept;
    /// Feeds the next bytes (any chunking). Bad input is counted in tally() (strict: throws cp::InputError
    /// with the file, line and byte offset).
    void feed(std::span<const std::uint8_t> chunk);
    /// End of the stream: flushes a last line without newline, partial frames and held AIS messages.
    void finish();
    /// The latest message time delivered (Unix ms), or nullopt before the first message.
    [[nodiscard]] std::optional<std::int64_t> now_ms() const noexcept;
    [[nodiscard]] std::optional<std::int64_t> first_ms() const noexcept;  ///< time of the first message
    [[nodiscard]] std::uint64_t messages() const noexcept;                ///< messages decoded and delivered
    /// Frames/sentences of no use to tracking: Mode A/C replies, NMEA sentences other than AIS.
    [[nodiscard]] std::uint64_t skipped() const noexcept;
    [[nodiscard]] std::uint64_t bytes() const noexcept;
    [[nodiscard]] const std::string& name() const noexcept;
    [[nodiscard]] Format format() const noexcept;
    [[nodiscard]] const ErrorTally& tally() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Several inputs replayed in one deterministic order: a k-way merge by message time over one Stream per
/// input (equal times: the input added first goes first). Each input is read in chunks through its reader,
/// so memory stays bounded by about one chunk of decoded messages per input, whatever the file sizes.
class MergedReplay {
public:
    /// Returns the next bytes of an input, empty at its end. The bytes stay borrowed until the next call.
    using Reader = std::function<std::span<const std::uint8_t>()>;

    /// Delivers to `sink` (borrowed).
    MergedReplay(MessageSink& sink, const IngestOptions& options);
    ~MergedReplay();
    MergedReplay(const MergedReplay&) = delete;
    MergedReplay& operator=(const MergedReplay&) = delete;
    MergedReplay(MergedReplay&&) noexcept;
    MergedReplay& operator=(MergedReplay&&) noexcept;

    void add_input(std::string name, Format format, Reader reader);
    /// Reads every input to its end and delivers all their messages in time order. `on_bytes` (optional)
    /// receives the bytes read so far over all inputs after each chunk. Strict mode: cp::InputError.
    void run(const std::function<void(std::uint64_t)>& on_bytes = {});

    [[nodiscard]] std::size_t size() const noexcept;                       ///< number of inputs
    [[nodiscard]] const Stream& stream(std::size_t index) const noexcept;  ///< counts of one input
    [[nodiscard]] std::uint64_t messages() const noexcept;                 ///< over all inputs
    [[nodiscard]] std::optional<std::int64_t> first_ms() const noexcept;   ///< earliest message time
    [[nodiscard]] std::optional<std::int64_t> last_ms() const noexcept;    ///< latest message time

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace cp::track
