// SPDX-License-Identifier: Apache-2.0
#include "io/progress.hpp"

#include <cstdio>
#include <unistd.h>

#include <fmt/format.h>

namespace cp::io {

namespace {
std::string human(double value, const std::string& unit) {
    static constexpr const char* prefixes[] = {"", "k", "M", "G", "T"};
    int idx = 0;
    while (value >= 1000.0 && idx < 4) {
        value /= 1000.0;
        ++idx;
    }
    return fmt::format("{:.1f} {}{}", value, prefixes[idx], unit);
}
}  // namespace

Progress::Progress(std::string label, std::uint64_t total, std::string unit)
    : m_label(std::move(label)), m_unit(std::move(unit)), m_total(total),
      m_enabled(isatty(STDERR_FILENO) == 1), m_start(std::chrono::steady_clock::now()), m_last_draw(m_start) {
}

Progress::~Progress() {
    if (m_drawn) std::fputc('\n', stderr);
}

void Progress::finish(std::uint64_t done) noexcept {
    if (!m_enabled) return;
    redraw(done, true);
    if (m_drawn) std::fputc('\n', stderr);
    m_drawn = false;
}

void Progress::redraw(std::uint64_t done, bool final) noexcept {
    const auto now = std::chrono::steady_clock::now();
    if (!final && now - m_last_draw < std::chrono::milliseconds(100)) return;
    m_last_draw = now;
    const double elapsed_s = std::chrono::duration<double>(now - m_start).count();
    const double rate = elapsed_s > 0 ? static_cast<double>(done) / elapsed_s : 0.0;
    const double fraction =
        m_total > 0 ? std::min(1.0, static_cast<double>(done) / static_cast<double>(m_total)) : 0;
    constexpr int width = 30;
    const int filled = static_cast<int>(fraction * width);
    const double eta_s = rate > 0 && m_total > done ? static_cast<double>(m_total - done) / rate : 0.0;
    try {
        const std::string line =
            fmt::format("\r{} [{:=<{}}{: <{}}] {:5.1f}% {}/s ETA {:02}:{:02}  ", m_label, "", filled, "",
                        width - filled, fraction * 100.0, human(rate, m_unit), static_cast<int>(eta_s) / 60,
                        static_cast<int>(eta_s) % 60);
        std::fputs(line.c_str(), stderr);
        m_drawn = true;
    } catch (...) {  // NOLINT(bugprone-empty-catch): a progress bar must never stop the job
    }
}

}  // namespace cp::io
