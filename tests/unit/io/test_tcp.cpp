// SPDX-License-Identifier: Apache-2.0
// TcpClient against local listening sockets (127.0.0.1, port 0): bytes arrive unchanged (garbage too), a peer
// close and a stall both lead to a reconnect, waits back off and reset after a good connection, a refused
// port never throws, and stop() / a signal flag end run().
#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "io/tcp.hpp"

namespace {

using namespace std::chrono_literals;
using cp::io::TcpEventKind;
using Clock = std::chrono::steady_clock;

/// A listening socket on 127.0.0.1 with a kernel-chosen port.
class LocalServer {
public:
    LocalServer() {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        const int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        EXPECT_EQ(::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
        EXPECT_EQ(::listen(m_fd, 8), 0);
        socklen_t length = sizeof addr;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &length);
        m_port = ntohs(addr.sin_port);
    }
    ~LocalServer() { close_listener(); }
    LocalServer(const LocalServer&) = delete;
    LocalServer& operator=(const LocalServer&) = delete;
    LocalServer(LocalServer&&) = delete;
    LocalServer& operator=(LocalServer&&) = delete;

    [[nodiscard]] std::uint16_t port() const { return m_port; }
    /// The next connection, or -1 after `timeout`.
    int accept_one(std::chrono::milliseconds timeout = 5s) {
        pollfd pfd{m_fd, POLLIN, 0};
        if (::poll(&pfd, 1, static_cast<int>(timeout.count())) <= 0) return -1;
        return ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
    }
    void close_listener() {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    std::uint16_t m_port = 0;
};

void send_all(int fd, const std::string& bytes) {
    ASSERT_EQ(::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL), static_cast<ssize_t>(bytes.size()));
}

/// A client running on its own thread, recording what it delivered and reported.
class ClientRun {
public:
    ClientRun(std::uint16_t port, cp::io::TcpOptions options)
        : m_client(
              cp::io::Endpoint{"127.0.0.1", port}, options,
              [this](std::span<const std::uint8_t> bytes) {
                  const std::lock_guard lock(m_mutex);
                  m_data.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
              },
              [this](const cp::io::TcpEvent& event) {
                  const std::lock_guard lock(m_mutex);
                  m_events.push_back(event);
              }) {}
    ~ClientRun() { stop(); }
    ClientRun(const ClientRun&) = delete;
    ClientRun& operator=(const ClientRun&) = delete;
    ClientRun(ClientRun&&) = delete;
    ClientRun& operator=(ClientRun&&) = delete;

    void start() {
        m_thread = std::thread([this] { m_client.run(); });
    }
    void stop() {
        m_client.stop();
        if (m_thread.joinable()) m_thread.join();
    }
    cp::io::TcpClient& client() { return m_client; }
    std::string data() {
        const std::lock_guard lock(m_mutex);
        return m_data;
    }
    std::vector<cp::io::TcpEvent> events() {
        const std::lock_guard lock(m_mutex);
        return m_events;
    }
    std::size_t count(TcpEventKind kind) {
        std::size_t n = 0;
        for (const auto& event : events()) n += event.kind == kind;
        return n;
    }
    /// Waits until `predicate` holds (true) or 5 s pass (false).
    template <class Predicate>
    bool wait_until(Predicate predicate) {
        const auto deadline = Clock::now() + 5s;
        while (Clock::now() < deadline) {
            if (predicate()) return true;
            std::this_thread::sleep_for(5ms);
        }
        return predicate();
    }

private:
    cp::io::TcpClient m_client;
    std::mutex m_mutex;
    std::string m_data;
    std::vector<cp::io::TcpEvent> m_events;
    std::thread m_thread;
};

cp::io::TcpOptions fast_options() {
    cp::io::TcpOptions options;
    options.connect_timeout = 1s;
    options.stall_timeout = 2s;
    options.backoff_min = 20ms;
    options.backoff_max = 80ms;
    options.good_after = 10s;
    options.poll_interval = 20ms;
    return options;
}

TEST(TcpEndpoint, ParsesHostPortAndBracketedIpv6) {
    const auto plain = cp::io::parse_endpoint("localhost:30005");
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->host, "localhost");
    EXPECT_EQ(plain->port, 30005);
    const auto v6 = cp::io::parse_endpoint("[::1]:10110");
    ASSERT_TRUE(v6);
    EXPECT_EQ(v6->host, "::1");
    EXPECT_EQ(v6->to_string(), "[::1]:10110");
    for (const char* bad :
         {"localhost", ":30005", "host:", "host:0", "host:65536", "host:x1", "[::1]10110", "[::1"}) {
        EXPECT_FALSE(cp::io::parse_endpoint(bad)) << bad;
    }
}

TEST(TcpClient, DeliversTheBytesTheServerSends) {
    LocalServer server;
    ClientRun run(server.port(), fast_options());
    run.start();
    const int conn = server.accept_one();
    ASSERT_GE(conn, 0);
    const std::string line = "!AIVDM,1,1,,A,13aEOK?P00PD2wVMdLDRhgvL289?,0*26\r\n";
    send_all(conn, line);
    EXPECT_TRUE(run.wait_until([&] { return run.data().size() == line.size(); }));
    run.stop();
    ::close(conn);
    EXPECT_EQ(run.data(), line);
    EXPECT_EQ(run.client().connections(), 1u);
    EXPECT_EQ(run.client().bytes(), line.size());
    EXPECT_EQ(run.count(TcpEventKind::connected), 1u);
}

TEST(TcpClient, ReconnectsAfterTheServerCloses) {
    LocalServer server;
    ClientRun run(server.port(), fast_options());
    run.start();
    const int first = server.accept_one();
    ASSERT_GE(first, 0);
    send_all(first, "first;");
    ::close(first);
    const int second = server.accept_one();
    ASSERT_GE(second, 0);
    send_all(second, "second;");
    EXPECT_TRUE(run.wait_until([&] { return run.data() == "first;second;"; }));
    run.stop();
    ::close(second);
    EXPECT_EQ(run.client().connections(), 2u);
    EXPECT_GE(run.count(TcpEventKind::closed), 1u);
    EXPECT_GE(run.count(TcpEventKind::waiting), 1u);
}

TEST(TcpClient, ReconnectsWhenTheServerStallsLongerThanTheStallTimeout) {
    LocalServer server;
    cp::io::TcpOptions options = fast_options();
    options.stall_timeout = 300ms;
    ClientRun run(server.port(), options);
    run.start();
    const int first = server.accept_one();
    ASSERT_GE(first, 0);
    send_all(first, "x");
    const auto sent = Clock::now();
    // The server keeps the connection open and says nothing: only the stall timeout can end it.
    const int second = server.accept_one(3s);
    const auto reconnected = Clock::now();
    ASSERT_GE(second, 0);
    run.stop();
    ::close(first);
    ::close(second);
    EXPECT_EQ(run.count(TcpEventKind::stalled), 1u);
    EXPECT_EQ(run.count(TcpEventKind::closed), 0u);
    EXPECT_GE(reconnected - sent, 300ms);
    EXPECT_LT(reconnected - sent, 2s);
}

TEST(TcpClient, DeliversGarbageBytesUnchanged) {
    LocalServer server;
    ClientRun run(server.port(), fast_options());
    run.start();
    const int conn = server.accept_one();
    ASSERT_GE(conn, 0);
    std::string garbage;
    for (int byte = 0; byte < 256; ++byte) garbage += static_cast<char>(byte);
    // The literal's own length (28 bytes, an embedded NUL included): a hand-counted length read past its end.
    constexpr char tail[] = "\x1a\x1a\x1a\x00\xff!AIVDM,1,1,,A,truncated";
    garbage.append(tail, sizeof tail - 1);
    for (int copy = 0; copy < 200; ++copy) send_all(conn, garbage);  // ~57 KB in many chunks
    EXPECT_TRUE(run.wait_until([&] { return run.data().size() == garbage.size() * 200; }));
    run.stop();
    ::close(conn);
    std::string expected;
    for (int copy = 0; copy < 200; ++copy) expected += garbage;
    EXPECT_EQ(run.data(), expected);
}

TEST(TcpClient, BacksOffOnRefusedConnectionsUpToTheCapWithoutThrowing) {
    std::uint16_t port = 0;
    {
        LocalServer closed;  // a port that was just free: nobody listens on it now
        port = closed.port();
    }
    ClientRun run(port, fast_options());
    run.start();
    EXPECT_TRUE(run.wait_until([&] { return run.count(TcpEventKind::waiting) >= 4; }));
    run.stop();
    std::vector<long> waits;
    for (const auto& event : run.events()) {
        if (event.kind == TcpEventKind::waiting) waits.push_back(static_cast<long>(event.wait.count()));
    }
    ASSERT_GE(waits.size(), 4u);
    EXPECT_EQ(waits[0], 20);
    EXPECT_EQ(waits[1], 40);
    EXPECT_EQ(waits[2], 80);
    EXPECT_EQ(waits[3], 80);  // capped
    EXPECT_GE(run.count(TcpEventKind::failed), 4u);
    EXPECT_EQ(run.client().connections(), 0u);
    const auto failed = run.events()[1];
    EXPECT_EQ(failed.kind, TcpEventKind::failed);
    EXPECT_NE(failed.message.find("refused"), std::string::npos) << failed.message;
}

TEST(TcpClient, ABackoffResetsAfterAConnectionStayedGood) {
    LocalServer server;
    cp::io::TcpOptions options = fast_options();
    options.good_after = 150ms;
    ClientRun run(server.port(), options);
    run.start();
    for (int quick = 0; quick < 2; ++quick) {  // two connections closed at once: waits 20, then 40 ms
        const int conn = server.accept_one();
        ASSERT_GE(conn, 0);
        ::close(conn);
    }
    const int good = server.accept_one();
    ASSERT_GE(good, 0);
    const auto until = Clock::now() + 300ms;
    while (Clock::now() < until) {  // data for longer than good_after, then close
        send_all(good, "data;");
        std::this_thread::sleep_for(20ms);
    }
    ::close(good);
    const int after = server.accept_one();
    ASSERT_GE(after, 0);
    run.stop();
    ::close(after);
    std::vector<long> waits;
    for (const auto& event : run.events()) {
        if (event.kind == TcpEventKind::waiting) waits.push_back(static_cast<long>(event.wait.count()));
    }
    ASSERT_EQ(waits.size(), 3u);
    EXPECT_EQ(waits[0], 20);
    EXPECT_EQ(waits[1], 40);
    EXPECT_EQ(waits[2], 20);  // reset, not 80
}

TEST(TcpClient, StopsWhenTheSignalFlagIsSet) {
    LocalServer server;
    volatile std::sig_atomic_t flag = 0;
    cp::io::TcpClient client(cp::io::Endpoint{"127.0.0.1", server.port()}, fast_options(),
                             [](std::span<const std::uint8_t>) {}, {});
    client.set_stop_flag(&flag);
    std::thread thread([&] { client.run(); });
    const int conn = server.accept_one();
    ASSERT_GE(conn, 0);
    const auto set_at = Clock::now();
    flag = 1;
    thread.join();
    EXPECT_LT(Clock::now() - set_at, 1s);  // noticed within a few poll intervals
    ::close(conn);
}

TEST(TcpClient, AnUnresolvableHostIsReportedNotThrown) {
    cp::io::TcpOptions options = fast_options();
    std::vector<cp::io::TcpEvent> events;
    cp::io::TcpClient* self = nullptr;
    cp::io::TcpClient client(
        cp::io::Endpoint{"host.invalid", 1}, options, [](std::span<const std::uint8_t>) {},
        [&](const cp::io::TcpEvent& event) {
            events.push_back(event);
            if (event.kind == TcpEventKind::waiting) self->stop();
        });
    self = &client;
    EXPECT_NO_THROW(client.run());
    ASSERT_GE(events.size(), 2u);
    EXPECT_EQ(events[1].kind, TcpEventKind::failed);
    EXPECT_NE(events[1].message.find("resolve"), std::string::npos);
}

}  // namespace
