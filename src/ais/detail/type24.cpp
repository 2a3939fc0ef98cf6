// SPDX-License-Identifier: Apache-2.0
// Type24Pairing: gpsd 3.22's queue of type 24 part A names, measured with gpsdecode (8 slots, first matching
// slot wins, a matched slot is cleared, and a part B of MMSI 0 matches an empty slot).
#include "ais/message.hpp"

namespace cp::ais {

bool Type24Pairing::complete(Message& msg) noexcept {
    auto* report = std::get_if<StaticDataReport>(&msg.body);
    if (msg.type != 24 || report == nullptr) return true;
    if (report->part == 0) {
        m_slots[m_next] = Slot{msg.mmsi, report->shipname};
        m_next = (m_next + 1) % m_slots.size();
        return false;
    }
    for (auto& slot : m_slots) {
        if (slot.mmsi != msg.mmsi) continue;
        report->shipname = slot.shipname;
        slot = Slot{};
        return true;
    }
    return false;
}

}  // namespace cp::ais
