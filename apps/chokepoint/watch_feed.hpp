// SPDX-License-Identifier: Apache-2.0
// The pieces of `chokepoint watch` between the sockets and the trackers: feed addresses, the bounded queue
// that reader threads fill, and the sink that gives live messages their time. Header-only (small classes) so
// that the apps CMake, which lists cmd_watch.cpp, needs no new source file.
#pragma once

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "io/tcp.hpp"
#include "track/ingest.hpp"

namespace cp::app::watch {

/// One configured feed.
struct Feed {
    io::Endpoint endpoint;
    std::optional<track::Format> format;  ///< nullopt: sniffed from each connection's first bytes
    bool adsb = true;
    [[nodiscard]] std::string label() const {
        return endpoint.to_string() + " (" + (format ? std::string(track::to_string(*format)) : "auto") + ")";
    }
};

/// Parses a --adsb (HOST:PORT[:beast|avr|sbs]) or --ais (HOST:PORT) value. Throws UsageError.
inline Feed parse_feed(const std::string& text, bool adsb) {
    std::string address = text;
    std::optional<track::Format> format = adsb ? std::nullopt : std::optional(track::Format::nmea);
    const std::size_t last = text.rfind(':');
    if (adsb && last != std::string::npos) {
        const std::string suffix = text.substr(last + 1);
        if (suffix == "beast" || suffix == "avr" || suffix == "sbs") {
            format = track::parse_format(suffix);
            address = text.substr(0, last);
        }
    }
    const auto endpoint = io::parse_endpoint(address);
    if (!endpoint)
        throw UsageError("bad feed address '" + text + "' (want HOST:PORT" +
                         (adsb ? "[:beast|avr|sbs])" : ")"));
    return {*endpoint, format, adsb};
}

/// A chunk read from a feed, or the start of a new connection (empty bytes).
struct Chunk {
    std::size_t feed = 0;
    std::vector<std::uint8_t> bytes;
    std::int64_t receipt_ms = 0;
    bool new_connection = false;
};

/// What reader threads hand to the tracking thread. Bounded: a tracker that cannot keep up drops chunks
/// (counted) rather than growing without limit; the Stream then resynchronises on the next frame.
class ChunkQueue {
public:
    static constexpr std::size_t max_bytes = 64u << 20;
    void push(Chunk chunk) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_bytes + chunk.bytes.size() > max_bytes && !chunk.new_connection) {
                m_dropped += chunk.bytes.size();
                return;
            }
            m_bytes += chunk.bytes.size();
            m_chunks.push_back(std::move(chunk));
        }
        m_ready.notify_one();
    }
    /// Next chunk, or nullopt after `timeout`.
    std::optional<Chunk> pop(std::chrono::milliseconds timeout) {
        std::unique_lock lock(m_mutex);
        if (!m_ready.wait_for(lock, timeout, [&] { return !m_chunks.empty(); })) return std::nullopt;
        Chunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_bytes -= chunk.bytes.size();
        return chunk;
    }
    std::uint64_t dropped() {
        const std::lock_guard lock(m_mutex);
        return m_dropped;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Chunk> m_chunks;
    std::size_t m_bytes = 0;
    std::uint64_t m_dropped = 0;
};

/// Gives each message of one feed its live time (see the file header) and passes it on; times never decrease.
class LiveTimeSink final : public track::MessageSink {
public:
    explicit LiveTimeSink(track::MessageSink& inner) : m_inner(&inner) {}
    void set_receipt(std::int64_t receipt_ms, bool ticks_only) {
        m_receipt_ms = receipt_ms;
        m_ticks_only = ticks_only;
    }
    void on_mode_s(adsb::Message& msg, std::int64_t t_ms) override { m_inner->on_mode_s(msg, pick(t_ms)); }
    void on_sbs(const adsb::SbsRecord& record, std::int64_t t_ms) override {
        m_inner->on_sbs(record, pick(t_ms));
    }
    void on_ais(const ais::Message& msg, std::int64_t t_ms) override { m_inner->on_ais(msg, pick(t_ms)); }
    [[nodiscard]] std::int64_t last_ms() const noexcept { return m_last_ms; }

private:
    // Untimed messages come out of the Stream at its fallback epoch 0 (1970): anything before 2000 had no
    // time.
    static constexpr std::int64_t untimed_before_ms = 946'684'800'000;
    std::int64_t pick(std::int64_t t_ms) {
        const std::int64_t t = (m_ticks_only || t_ms < untimed_before_ms) ? m_receipt_ms : t_ms;
        m_last_ms = std::max(m_last_ms, t);
        return m_last_ms;
    }
    track::MessageSink* m_inner;
    std::int64_t m_receipt_ms = 0;
    std::int64_t m_last_ms = 0;
    bool m_ticks_only = false;
};

/// Per-feed tracking state, owned by the tracking thread.
struct FeedState {
    std::unique_ptr<LiveTimeSink> time_sink;
    std::unique_ptr<track::Stream> stream;
    std::uint64_t messages = 0;  ///< of finished streams (earlier connections)
    std::uint64_t bad = 0;
    std::int64_t last_receipt_ms = 0;  ///< wall clock when the latest message time was set
    std::int64_t first_ms = 0;
};

}  // namespace cp::app::watch
