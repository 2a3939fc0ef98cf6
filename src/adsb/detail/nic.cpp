// SPDX-License-Identifier: Apache-2.0
// NIC (Navigation Integrity Category) of a position message from its type code and the NIC
// supplements: DO-260B Table 2-14 (version 2: NIC-A and NIC-C from TC 31, NIC-B from airborne ME bit 8)
// and DO-260A (version 1: one supplement, the TC 31 bit version 2 renamed NIC-A). The tables are the
// ones "The 1090 MHz Riddle" prints (adsb/advance/uncertainty); test_nic.cpp checks them row by row.
// Combinations the tables leave undefined (TC 11 with NIC-A != NIC-B...) get the lower NIC.
#include "adsb/message.hpp"

namespace cp::adsb {
namespace {

std::optional<std::uint8_t> surface_nic(std::uint8_t tc, std::uint8_t version, bool nic_a,
                                        bool nic_c) noexcept {
    switch (tc) {
    case 5:
        return 11;  // Rc < 7.5 m
    case 6:
        return 10;  // Rc < 25 m
    case 7:
        return nic_a ? 9 : 8;  // Rc < 75 m / < 0.1 NM
    case 8:
        if (version < 2) return 0;
        if (nic_a && nic_c) return 7;  // Rc < 0.2 NM
        if (nic_a || nic_c) return 6;  // Rc < 0.3 NM (A) / < 0.6 NM (C)
        return 0;
    default:
        return std::nullopt;
    }
}

std::optional<std::uint8_t> airborne_nic(std::uint8_t tc, bool both) noexcept {
    switch (tc) {
    case 9:
    case 20:
        return 11;  // Rc < 7.5 m
    case 10:
    case 21:
        return 10;  // Rc < 25 m
    case 11:
        return both ? 9 : 8;  // Rc < 75 m / < 0.1 NM
    case 12:
        return 7;  // Rc < 0.2 NM
    case 13:
        return 6;  // Rc < 0.3, 0.5 or 0.6 NM depending on the supplements: NIC 6 in every case
    case 14:
        return 5;
    case 15:
        return 4;
    case 16:
        return both ? 3 : 2;  // Rc < 4 NM / < 8 NM
    case 17:
        return 1;
    case 18:
    case 22:
        return 0;
    default:
        return std::nullopt;
    }
}

}  // namespace

std::optional<std::uint8_t> position_nic(std::uint8_t tc, std::uint8_t version, bool nic_a, bool nic_b,
                                         bool nic_c) noexcept {
    if (version == 0) return std::nullopt;  // version 0 reports NUCp only
    if (tc >= 5 && tc <= 8) return surface_nic(tc, version, nic_a, nic_c);
    // Version 1 has a single supplement (the TC 31 bit); version 2 needs NIC-A and NIC-B both set.
    const bool both = version == 1 ? nic_a : (nic_a && nic_b);
    return airborne_nic(tc, both);
}

}  // namespace cp::adsb
