// SPDX-License-Identifier: Apache-2.0
// Progress: a one-line bar with rate and ETA on stderr for long jobs; silent when stderr is not a terminal
// (pipes, CI, tests), so it never pollutes machine-readable output.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace cp::io {

class Progress {
public:
    /// `total` units (bytes, rows...) of `unit` name; `label` is printed before the bar.
    Progress(std::string label, std::uint64_t total, std::string unit = "B");
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;
    Progress(Progress&&) = delete;
    Progress& operator=(Progress&&) = delete;
    ~Progress();

    /// Records that `done` units are complete; redraws at most ten times a second. Cheap to call often.
    void update(std::uint64_t done) noexcept {
        if (m_enabled && (++m_calls & 0x3FF) == 0) redraw(done, false);
    }
    /// Draws the final state and ends the line.
    void finish(std::uint64_t done) noexcept;

    /// Forces the bar on or off (tests; `--progress`/`--no-progress` flags).
    void set_enabled(bool enabled) noexcept { m_enabled = enabled; }

private:
    void redraw(std::uint64_t done, bool final) noexcept;

    std::string m_label;
    std::string m_unit;
    std::uint64_t m_total;
    std::uint64_t m_calls = 0;
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last_draw;
};

}  // namespace cp::io
