// SPDX-License-Identifier: Apache-2.0
// Message schedules of scripted objects (schedule_adsb.cpp, schedule_ais.cpp), merged in time order by
// write_recordings() (write.cpp).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "sim/scenario.hpp"

namespace cp::sim::detail {

/// One Mode S frame to record.
struct AdsbFrame {
    std::int64_t t_ms = 0;
    std::array<std::uint8_t, 14> bytes{};
    std::uint8_t length = 0;
    std::uint8_t signal = 0;
};

/// One AIS message to record: its sentences, each ending with '\n', the first with its tag block.
struct AisMessage {
    std::int64_t t_ms = 0;
    std::string lines;
};

/// Appends the frames `aircraft` sends over its script to `out` (unsorted).
void schedule_aircraft(const Aircraft& aircraft, const Scenario& scenario, std::vector<AdsbFrame>& out);

/// Appends the messages `vessel` sends over its script to `out` (unsorted).
void schedule_vessel(const Vessel& vessel, const Scenario& scenario, std::vector<AisMessage>& out);

/// A well-mixed 64-bit hash of `a` and `b` (splitmix64 finaliser): deterministic noise and phases.
[[nodiscard]] constexpr std::uint64_t mix(std::uint64_t a, std::uint64_t b) noexcept {
    std::uint64_t z = a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

}  // namespace cp::sim::detail
