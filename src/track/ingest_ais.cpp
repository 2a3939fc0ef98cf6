// SPDX-License-Identifier: Apache-2.0
// The NMEA path of track::Stream: lines -> ais::Assembler -> dearmor -> ais::decode, then the AIS time rules
// of ingest.hpp: a tag block c: or Gatehouse wrapper time when the sentence has one; otherwise the clock of
// the stream's type 4 base-station reports (detail::BaseStationClock), holding untimed messages until it
// locks. Errors are counted with the names `decode --format nmea` prints, so the counts can be compared.
#include <utility>
#include <variant>

#include "track/detail/ingest_stream.hpp"
#include "track/ingest.hpp"

namespace cp::track {

void Stream::Impl::handle_nmea_line(std::string_view text, ais::LinePos where) {
    if (text.size() > adsb::max_line_bytes) {
        // LineSplitter keeps max_line_bytes + 1 bytes of a longer line: a sentence cut there is not one.
        bad_input("line_too_long", where.line, where.byte_offset);
        return;
    }
    const auto fed = assembler->feed(text, where);
    drain_notices();
    if (fed && *fed) {
        decode_payload(assembler->payload());
        return;
    }
    if (fed) return;  // a fragment or a wrapper, consumed
    switch (ais::severity(fed.error())) {
    case ais::Severity::ignored:
        return;
    case ais::Severity::skipped:
        ++skipped;
        return;
    case ais::Severity::error:
        bad_input(ais::to_string(fed.error()), where.line, where.byte_offset);
        return;
    }
}

void Stream::Impl::drain_notices() {
    ais::Notice notice;
    while (assembler->next_notice(notice)) {
        bad_input(ais::to_string(notice.error), notice.where.line, notice.where.byte_offset);
    }
}

void Stream::Impl::decode_payload(const ais::NmeaPayload& payload) {
    const auto dearmored = ais::dearmor(payload.armored, payload.fill_bits, bits);
    if (!dearmored) {
        bad_input(ais::to_string(dearmored.error()), payload.first.line, payload.first.byte_offset);
        return;
    }
    const auto decoded = ais::decode(bits.view());
    if (!decoded) {
        bad_input(ais::to_string(decoded.error()), payload.first.line, payload.first.byte_offset);
        return;
    }
    std::optional<std::int64_t> tagged_ms = payload.t_unix_ms;
    if (tagged_ms && (*tagged_ms < 0 || *tagged_ms >= detail::max_plausible_ms)) {
        bad_input("time_out_of_range", payload.first.line, payload.first.byte_offset);
        return;
    }
    time_ais(decoded.value(), tagged_ms, payload.first);
}

void Stream::Impl::time_ais(const ais::Message& msg, std::optional<std::int64_t> tagged_ms,
                            ais::LinePos where) {
    if (tagged_ms) {
        // The receiver's own time: the best there is. It becomes the stream's clock for untimed sentences.
        tagged = true;
        release_held(*tagged_ms);
        sink->on_ais(msg, stamp(*tagged_ms));
        return;
    }
    if (msg.type == 4) {
        const auto* report = std::get_if<ais::BaseStationReport>(&msg.body);
        const std::optional<std::int64_t> reported =
            report ? detail::base_station_time_ms(*report) : std::nullopt;
        if (reported && base_clock.offer(*reported) == detail::BaseStationClock::Verdict::rejected) {
            // A base station whose clock is off by more than a day: not malformed input, so counted without
            // stopping a --strict run.
            tally.add("base_station_time_off", SourceLocation{name, where.line, where.byte_offset});
        }
    }
    if (tagged) {
        sink->on_ais(msg, stamp(*now_ms));
        return;
    }
    if (base_clock.locked()) {
        const std::int64_t clock = *base_clock.clock_ms();
        release_held(clock);
        sink->on_ais(msg, stamp(clock));
        return;
    }
    if (!gave_up_holding && held.size() < options.max_held) {
        held.push_back(msg);
        return;
    }
    // Waited long enough for type 4 reports: lock on what there is, or use the fallback time.
    gave_up_holding = true;
    const std::int64_t t_ms = base_clock.lock_now() ? *base_clock.clock_ms() : options.fallback_epoch_ms;
    release_held(t_ms);
    sink->on_ais(msg, stamp(t_ms));
}

void Stream::Impl::release_held(std::int64_t t_ms) {
    for (const ais::Message& msg : held) sink->on_ais(msg, stamp(t_ms));
    held.clear();
}

void Stream::Impl::finish_ais() {
    assembler->finish();
    drain_notices();
    if (held.empty()) return;
    release_held(base_clock.lock_now() ? *base_clock.clock_ms() : options.fallback_epoch_ms);
}

}  // namespace cp::track
