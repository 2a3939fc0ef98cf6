// SPDX-License-Identifier: Apache-2.0
// A TCP client for live feeds (readsb/dump1090 Beast/AVR/SBS ports, AIS NMEA forwarders) that keeps a feed
// alive: connects with a timeout, reads with poll(), treats a silent connection as dead after a stall
// timeout, and reconnects with capped exponential backoff (reset once a connection has stayed good for a
// while). Network failures never throw: they are reported to a status callback. Bytes are delivered as they
// come; framing is the reader's business (track::Stream).
#pragma once

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cp::io {

/// A host and port ("localhost:30005", "[::1]:10110").
struct Endpoint {
    std::string host;
    std::uint16_t port = 0;
    [[nodiscard]] std::string to_string() const;
};

/// Parses "HOST:PORT" ("[v6]:PORT" for IPv6 literals); nullopt when the port is missing or not 1..65535.
[[nodiscard]] std::optional<Endpoint> parse_endpoint(std::string_view text);

struct TcpOptions {
    std::chrono::milliseconds connect_timeout{10'000};
    std::chrono::milliseconds stall_timeout{60'000};  ///< no byte for this long: the feed is dead, reconnect
    std::chrono::milliseconds backoff_min{1'000};     ///< first wait before reconnecting
    std::chrono::milliseconds backoff_max{60'000};    ///< the wait doubles up to this
    std::chrono::milliseconds good_after{60'000};  ///< a connection delivering data this long resets the wait
    std::chrono::milliseconds poll_interval{200};  ///< how often the stop flag is looked at
    std::size_t read_bytes = 64 * 1024;            ///< largest chunk handed to the data callback
};

/// What happened to the connection, for logs.
enum class TcpEventKind : std::uint8_t {
    connecting,  ///< resolving and connecting (attempt number in `attempt`)
    connected,   ///< connected; bytes follow
    closed,      ///< the peer closed the connection
    stalled,     ///< no byte within stall_timeout; the connection is dropped
    failed,      ///< resolve/connect/read error (text in `message`)
    waiting,     ///< backing off for `wait` before the next attempt
};
[[nodiscard]] std::string_view to_string(TcpEventKind kind) noexcept;

struct TcpEvent {
    TcpEventKind kind = TcpEventKind::connecting;
    std::string endpoint;  ///< "host:port"
    std::string message;   ///< error text (strerror / gai_strerror) for `failed`
    std::uint64_t attempt = 0;
    std::chrono::milliseconds wait{0};
};

/// Reconnecting reader of one endpoint. run() blocks until stop() is called (from any thread) or the stop
/// flag becomes non-zero (a signal handler's flag). Not copyable; the callbacks run on the thread calling
/// run().
class TcpClient {
public:
    using DataCallback = std::function<void(std::span<const std::uint8_t>)>;
    using EventCallback = std::function<void(const TcpEvent&)>;

    /// `on_data` gets the bytes of the current connection in order; a `connected` event separates
    /// connections.
    TcpClient(Endpoint endpoint, TcpOptions options, DataCallback on_data, EventCallback on_event);
    ~TcpClient();
    TcpClient(const TcpClient&) = delete;
    TcpClient& operator=(const TcpClient&) = delete;
    TcpClient(TcpClient&&) = delete;
    TcpClient& operator=(TcpClient&&) = delete;

    /// Watches `flag` (borrowed; e.g. set by a SIGINT handler) besides stop(). Call before run().
    void set_stop_flag(const volatile std::sig_atomic_t* flag) noexcept { m_stop_flag = flag; }
    /// Connects, reads and reconnects until stopped. Network errors are reported, never thrown; an exception
    /// thrown by a callback propagates (after the socket is closed).
    void run();
    /// Asks run() to return soon (it wakes from poll at once). Thread-safe and async-signal-safe.
    void stop() noexcept;

    [[nodiscard]] std::uint64_t bytes() const noexcept { return m_bytes.load(); }
    [[nodiscard]] std::uint64_t connections() const noexcept { return m_connections.load(); }

private:
    [[nodiscard]] bool stopping() const noexcept;
    /// Sleeps up to `duration`, returning early (false) when stopped.
    bool wait_for(std::chrono::milliseconds duration);
    /// One connection: connect, read until closed/stalled/failed. True when it was "good" (see good_after).
    bool session(std::uint64_t attempt);
    int connect_once(std::uint64_t attempt);
    void report(TcpEventKind kind, std::string message = {}, std::uint64_t attempt = 0,
                std::chrono::milliseconds wait = {}) const;

    Endpoint m_endpoint;
    TcpOptions m_options;
    DataCallback m_on_data;
    EventCallback m_on_event;
    const volatile std::sig_atomic_t* m_stop_flag = nullptr;
    std::atomic<bool> m_stop{false};
    int m_wake_read = -1;  ///< self-pipe: stop() writes a byte so poll() returns at once
    int m_wake_write = -1;
    std::atomic<std::uint64_t> m_bytes{0};
    std::atomic<std::uint64_t> m_connections{0};
};

}  // namespace cp::io
