// SPDX-License-Identifier: Apache-2.0
// Comm-B register inference. A DF20/21 reply does not say which register it carries, so each
// candidate is checked against its layout (ICAO Doc 9871 Appendix A): the BDS code in MB bits 1-8
// for the self-identifying registers 1,0 / 2,0 / 3,0, status bits that must be set for a non-zero
// field, reserved bits that must be zero, and value ranges an airliner can fly (the "usual
// plausibility" checks of pyModeS's bds inference, written down here as facts).
// One fitting register: confidence likely (certain for a self-identifying one); several: ambiguous,
// and no field is filled (never a silent guess). BDS 4,4 and 4,5 are only decoded when forced.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "adsb/detail/commb.hpp"
#include "adsb/detail/fields.hpp"

namespace cp::adsb::detail {
namespace {

constexpr bool status(std::uint64_t mb, unsigned bit) noexcept {
    return bits(mb, bit, bit) != 0;
}

// A field whose status bit is 0 must be all zero.
constexpr bool clean_field(std::uint64_t mb, unsigned status_bit, unsigned last) noexcept {
    return status(mb, status_bit) || bits(mb, status_bit + 1, last) == 0;
}

constexpr std::int32_t signed_bits(std::uint64_t mb, unsigned first, unsigned last) noexcept {
    const unsigned count = last - first + 1;
    const auto raw = static_cast<std::int32_t>(bits(mb, first, last));
    return (raw & (1 << (count - 1))) != 0 ? raw - (1 << count) : raw;
}

// Impact pressure over sea-level pressure, qc/p0, of a calibrated airspeed (kt): the subsonic
// pitot formula qc = p0 ((1 + 0.2 (V/a0)^2)^3.5 - 1), with a0 = 661.47 kt.
double impact_ratio_of_cas(double cas_kt) noexcept {
    const double v = cas_kt / 661.47;
    const double base = 1.0 + 0.2 * v * v;
    return base * base * base * std::sqrt(base) - 1.0;
}

// qc/p0 of Mach `mach` at pressure altitude `alt_ft` in the ISA atmosphere (one pow: p/p0).
double impact_ratio_of_mach(double mach, double alt_ft) noexcept {
    const double h_m = alt_ft * 0.3048;
    const double p_ratio = h_m < 11000.0 ? std::pow(1.0 - 2.25577e-5 * h_m, 5.25588)
                                         : 0.223361 * std::exp(-(h_m - 11000.0) / 6341.62);
    const double base = 1.0 + 0.2 * mach * mach;
    return p_ratio * (base * base * base * std::sqrt(base) - 1.0);
}

bool fits_bds17(std::uint64_t mb) noexcept {
    // Bits 25-56 reserved; an aircraft that answers 1,7 at all supports 2,0 (bit 7).
    return bits(mb, 25, 56) == 0 && status(mb, 7);
}

bool fits_bds20(std::uint64_t mb) noexcept {
    std::array<char, 9> callsign{};
    return bits(mb, 1, 8) == 0x20 && decode_callsign(mb & 0xFFFFFFFFFFFFULL, callsign);
}

bool fits_bds40(std::uint64_t mb) noexcept {
    if (!clean_field(mb, 1, 13) || !clean_field(mb, 14, 26) || !clean_field(mb, 27, 39)) return false;
    if (bits(mb, 40, 47) != 0 || bits(mb, 52, 53) != 0) return false;  // reserved
    if (!clean_field(mb, 48, 51) || !clean_field(mb, 54, 56)) return false;
    if (!status(mb, 1) && !status(mb, 14) && !status(mb, 27)) return false;
    if (status(mb, 1) && bits(mb, 2, 13) * 16 > 50000) return false;
    if (status(mb, 14) && bits(mb, 15, 26) * 16 > 50000) return false;
    const double baro = 800.0 + bits(mb, 28, 39) * 0.1;
    return !status(mb, 27) || (baro >= 900.0 && baro <= 1100.0);
}

bool fits_bds50(std::uint64_t mb) noexcept {
    if (!clean_field(mb, 1, 11) || !clean_field(mb, 12, 23) || !clean_field(mb, 24, 34) ||
        !clean_field(mb, 35, 45) || !clean_field(mb, 46, 56)) {
        return false;
    }
    if (!status(mb, 1) && !status(mb, 12) && !status(mb, 24) && !status(mb, 35) && !status(mb, 46)) {
        return false;
    }
    if (status(mb, 1) && std::abs(signed_bits(mb, 2, 11) * (45.0 / 256.0)) > 50.0) return false;
    const unsigned gs = bits(mb, 25, 34) * 2;
    const unsigned tas = bits(mb, 47, 56) * 2;
    if (status(mb, 24) && gs > 600) return false;
    if (status(mb, 46) && tas > 600) return false;
    return !(status(mb, 24) && status(mb, 46) &&
             std::abs(static_cast<int>(gs) - static_cast<int>(tas)) > 200);
}

bool fits_bds60(std::uint64_t mb, std::optional<std::int32_t> alt_ft) noexcept {
    if (!clean_field(mb, 1, 12) || !clean_field(mb, 13, 23) || !clean_field(mb, 24, 34) ||
        !clean_field(mb, 35, 45) || !clean_field(mb, 46, 56)) {
        return false;
    }
    if (!status(mb, 1) && !status(mb, 13) && !status(mb, 24) && !status(mb, 35) && !status(mb, 46)) {
        return false;
    }
    const unsigned ias = bits(mb, 14, 23);
    const double mach = bits(mb, 25, 34) * (2.048 / 512.0);
    if (status(mb, 13) && (ias == 0 || ias > 500)) return false;
    if (status(mb, 24) && (mach == 0.0 || mach > 1.0)) return false;
    if (status(mb, 35) && std::abs(signed_bits(mb, 36, 45) * 32) > 6000) return false;
    if (status(mb, 46) && std::abs(signed_bits(mb, 47, 56) * 32) > 6000) return false;
    if (status(mb, 13) && status(mb, 24) && alt_ft) {
        // IAS and Mach of one aircraft must agree at its altitude: the CAS of the Mach within 20 kt
        // of the IAS. Compared as impact pressures, which grow with CAS, to need a single pow().
        const double qc = impact_ratio_of_mach(mach, *alt_ft);
        const double ias_kt = static_cast<double>(ias);
        if (qc < impact_ratio_of_cas(std::max(0.0, ias_kt - 20.0)) ||
            qc > impact_ratio_of_cas(ias_kt + 20.0)) {
            return false;
        }
    }
    return true;
}

}  // namespace

bool fits_register(std::uint64_t mb, Bds bds, std::optional<std::int32_t> alt_ft) noexcept {
    switch (bds) {
    case 0x10:
        return bits(mb, 1, 8) == 0x10 && bits(mb, 10, 14) == 0;
    case 0x17:
        return fits_bds17(mb);
    case 0x20:
        return fits_bds20(mb);
    case 0x30:
        return bits(mb, 1, 8) == 0x30 && bits(mb, 29, 30) != 3;  // TTI 3 is undefined
    case 0x40:
        return fits_bds40(mb);
    case 0x50:
        return fits_bds50(mb);
    case 0x60:
        return fits_bds60(mb, alt_ft);
    default:
        return false;
    }
}

void decode_commb(std::uint64_t mb, Message& msg) noexcept {
    if (mb == 0) return;
    std::uint32_t candidates = 0;
    Bds first = 0;
    int count = 0;
    for (std::size_t reg_idx = 0; reg_idx < std::size(inferred_registers); ++reg_idx) {
        const Bds bds = inferred_registers[reg_idx];
        if (!fits_register(mb, bds, msg.alt_baro_ft)) continue;
        candidates |= 1U << reg_idx;
        if (count++ == 0) first = bds;
    }
    msg.commb.candidates = candidates;
    if (count == 0) return;
    if (count > 1) {
        msg.bds_confidence = Confidence::ambiguous;
        return;
    }
    msg.bds = first;
    const bool self_identifying = first == 0x10 || first == 0x20 || first == 0x30;
    msg.bds_confidence = self_identifying ? Confidence::certain : Confidence::likely;
    (void)decode_register(mb, first, msg);
}

}  // namespace cp::adsb::detail

namespace cp::adsb {

bool decode_commb_as(std::span<const std::uint8_t, 7> mb, Bds bds, Message& out) noexcept {
    return detail::decode_register(detail::load56(mb.data()), bds, out);
}

std::uint32_t commb_candidate_bit(Bds bds) noexcept {
    for (std::size_t reg_idx = 0; reg_idx < std::size(detail::inferred_registers); ++reg_idx) {
        if (detail::inferred_registers[reg_idx] == bds) return 1U << reg_idx;
    }
    return 0;
}

std::string supported_bds(std::uint32_t gicb_capability_bits) {
    // BDS 1,7 bits 1-24 (Doc 9871 Table A-2-23), MSB first.
    static constexpr const char* names[24] = {"0,5", "0,6", "0,7", "0,8", "0,9", "0,A", "2,0", "2,1",
                                              "4,0", "4,1", "4,2", "4,3", "4,4", "4,5", "4,8", "5,0",
                                              "5,1", "5,2", "5,3", "5,4", "5,5", "5,6", "5,F", "6,0"};
    std::string out;
    for (unsigned bit_idx = 0; bit_idx < 24; ++bit_idx) {
        if (((gicb_capability_bits >> (23 - bit_idx)) & 1U) == 0) continue;
        if (!out.empty()) out += ' ';
        out += names[bit_idx];
    }
    return out;
}

}  // namespace cp::adsb
