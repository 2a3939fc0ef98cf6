// SPDX-License-Identifier: Apache-2.0
// POSIX sockets: getaddrinfo, a non-blocking connect finished by poll(POLLOUT) + SO_ERROR (connect(2),
// "EINPROGRESS"), reads with poll() so that stop requests and stalls are noticed within poll_interval.
// getaddrinfo itself blocks and cannot be cancelled; with a numeric host or a working resolver that is
// milliseconds. Tested against local listening sockets (tests/unit/io/test_tcp*.cpp): data, peer close,
// stall, garbage.
#include "io/tcp.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>
#include <vector>

#include "core/text.hpp"

namespace cp::io {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

/// Closes a descriptor at scope exit (a callback may throw).
class FdGuard {
public:
    explicit FdGuard(int fd) noexcept : m_fd(fd) {}
    ~FdGuard() {
        if (m_fd >= 0) ::close(m_fd);
    }
    FdGuard(const FdGuard&) = delete;
    FdGuard& operator=(const FdGuard&) = delete;
    FdGuard(FdGuard&&) = delete;
    FdGuard& operator=(FdGuard&&) = delete;
    [[nodiscard]] int get() const noexcept { return m_fd; }
    int release() noexcept { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

int poll_timeout_ms(milliseconds wait) {
    return static_cast<int>(std::clamp<milliseconds::rep>(wait.count(), 0, 60'000));
}

}  // namespace

std::string Endpoint::to_string() const {
    const bool v6 = host.find(':') != std::string::npos;
    return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::optional<Endpoint> parse_endpoint(std::string_view text) {
    Endpoint out;
    std::string_view port;
    if (!text.empty() && text.front() == '[') {
        const std::size_t close = text.find(']');
        if (close == std::string_view::npos || close + 1 >= text.size() || text[close + 1] != ':')
            return std::nullopt;
        out.host = std::string(text.substr(1, close - 1));
        port = text.substr(close + 2);
    } else {
        const std::size_t colon = text.rfind(':');
        if (colon == std::string_view::npos) return std::nullopt;
        out.host = std::string(text.substr(0, colon));
        port = text.substr(colon + 1);
    }
    const auto number = text::parse_number<std::uint32_t>(port);
    if (out.host.empty() || !number || *number == 0 || *number > 65'535) return std::nullopt;
    out.port = static_cast<std::uint16_t>(*number);
    return out;
}

std::string_view to_string(TcpEventKind kind) noexcept {
    switch (kind) {
    case TcpEventKind::connecting:
        return "connecting";
    case TcpEventKind::connected:
        return "connected";
    case TcpEventKind::closed:
        return "closed";
    case TcpEventKind::stalled:
        return "stalled";
    case TcpEventKind::failed:
        return "failed";
    case TcpEventKind::waiting:
        return "waiting";
    }
    return "unknown";
}

TcpClient::TcpClient(Endpoint endpoint, TcpOptions options, DataCallback on_data, EventCallback on_event)
    : m_endpoint(std::move(endpoint)), m_options(options), m_on_data(std::move(on_data)),
      m_on_event(std::move(on_event)) {
    int fds[2] = {-1, -1};
    // Without the pipe stop() still works, only later (within poll_interval).
    if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) == 0) {
        m_wake_read = fds[0];
        m_wake_write = fds[1];
    }
}

TcpClient::~TcpClient() {
    if (m_wake_read >= 0) ::close(m_wake_read);
    if (m_wake_write >= 0) ::close(m_wake_write);
}

void TcpClient::stop() noexcept {
    m_stop.store(true);
    if (m_wake_write >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_wake_write, &byte, 1);
    }
}

bool TcpClient::stopping() const noexcept {
    return m_stop.load() || (m_stop_flag != nullptr && *m_stop_flag != 0);
}

void TcpClient::report(TcpEventKind kind, std::string message, std::uint64_t attempt,
                       milliseconds wait) const {
    if (m_on_event) m_on_event(TcpEvent{kind, m_endpoint.to_string(), std::move(message), attempt, wait});
}

bool TcpClient::wait_for(milliseconds duration) {
    const auto deadline = Clock::now() + duration;
    while (!stopping()) {
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) return true;
        pollfd wake{m_wake_read, POLLIN, 0};
        ::poll(&wake, m_wake_read >= 0 ? 1 : 0, poll_timeout_ms(std::min(left, m_options.poll_interval)));
    }
    return false;
}

int TcpClient::connect_once(std::uint64_t attempt) {
    report(TcpEventKind::connecting, {}, attempt);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const std::string port = std::to_string(m_endpoint.port);
    const int rc = ::getaddrinfo(m_endpoint.host.c_str(), port.c_str(), &hints, &found);
    if (rc != 0) {
        report(TcpEventKind::failed, std::string("cannot resolve host: ") + ::gai_strerror(rc), attempt);
        return -1;
    }
    std::string error = "no address";
    int connected = -1;
    for (const addrinfo* ai = found; ai != nullptr && connected < 0 && !stopping(); ai = ai->ai_next) {
        FdGuard fd(::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol));
        if (fd.get() < 0) {
            error = std::strerror(errno);
            continue;
        }
        if (::connect(fd.get(), ai->ai_addr, ai->ai_addrlen) == 0) {
            connected = fd.release();
            break;
        }
        if (errno != EINPROGRESS) {
            error = std::strerror(errno);
            continue;
        }
        // Wait for the handshake in poll_interval slices so a stop request is not held up by a slow peer.
        const auto deadline = Clock::now() + m_options.connect_timeout;
        int ready = 0;
        while (ready == 0 && !stopping() && Clock::now() < deadline) {
            const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
            pollfd pfd{fd.get(), POLLOUT, 0};
            ready = ::poll(&pfd, 1, poll_timeout_ms(std::min(left, m_options.poll_interval)));
            if (ready < 0 && errno == EINTR) ready = 0;
        }
        if (ready <= 0) {
            error = ready == 0 ? "connect timed out" : std::strerror(errno);
            continue;
        }
        int so_error = 0;
        socklen_t length = sizeof so_error;
        if (::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &so_error, &length) != 0) so_error = errno;
        if (so_error != 0) {
            error = std::strerror(so_error);
            continue;
        }
        connected = fd.release();
    }
    ::freeaddrinfo(found);
    if (connected < 0 && !stopping()) report(TcpEventKind::failed, "cannot connect: " + error, attempt);
    return connected;
}

bool TcpClient::session(std::uint64_t attempt) {
    FdGuard fd(connect_once(attempt));
    if (fd.get() < 0) return false;
    m_connections.fetch_add(1);
    report(TcpEventKind::connected, {}, attempt);
    const auto connected_at = Clock::now();
    auto last_data = connected_at;
    bool got_data = false;
    std::vector<std::uint8_t> buffer(std::max<std::size_t>(m_options.read_bytes, 1));
    const auto good = [&] { return got_data && Clock::now() - connected_at >= m_options.good_after; };
    while (!stopping()) {
        const auto silent = std::chrono::duration_cast<milliseconds>(Clock::now() - last_data);
        if (silent >= m_options.stall_timeout) {
            report(TcpEventKind::stalled, "no data for " + std::to_string(silent.count()) + " ms", attempt);
            return good();
        }
        pollfd fds[2] = {{fd.get(), POLLIN, 0}, {m_wake_read, POLLIN, 0}};
        const milliseconds wait = std::min(m_options.poll_interval, m_options.stall_timeout - silent);
        const int ready = ::poll(fds, m_wake_read >= 0 ? 2 : 1, poll_timeout_ms(wait));
        if (ready < 0 && errno != EINTR) {
            report(TcpEventKind::failed, std::string("poll: ") + std::strerror(errno), attempt);
            return good();
        }
        if (ready <= 0 || (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
        const ssize_t n = ::recv(fd.get(), buffer.data(), buffer.size(), 0);
        if (n > 0) {
            last_data = Clock::now();
            got_data = true;
            m_bytes.fetch_add(static_cast<std::uint64_t>(n));
            m_on_data(std::span<const std::uint8_t>(buffer.data(), static_cast<std::size_t>(n)));
        } else if (n == 0) {
            report(TcpEventKind::closed, {}, attempt);
            return good();
        } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            report(TcpEventKind::failed, std::string("read: ") + std::strerror(errno), attempt);
            return good();
        }
    }
    return good();
}

void TcpClient::run() {
    milliseconds backoff = m_options.backoff_min;
    for (std::uint64_t attempt = 1; !stopping(); ++attempt) {
        // A connection that delivered data for good_after was healthy: the next outage starts at the minimum
        // wait again. Otherwise the wait doubles up to the cap, so a dead feed is not hammered.
        if (session(attempt)) backoff = m_options.backoff_min;
        if (stopping()) break;
        report(TcpEventKind::waiting, {}, attempt, backoff);
        if (!wait_for(backoff)) break;
        backoff = std::min(backoff * 2, m_options.backoff_max);
    }
}

}  // namespace cp::io
