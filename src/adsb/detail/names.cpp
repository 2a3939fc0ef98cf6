// SPDX-License-Identifier: Apache-2.0
// Stable names of the adsb enums and the descriptions of spec code values (Annex 10 Vol IV
// §3.1.2.5.2.2.1 capability CA; DO-260B Table 2-8 emitter categories).
#include "adsb/cpr.hpp"
#include "adsb/message.hpp"

namespace cp::adsb {

std::string_view to_string(DecodeError error) noexcept {
    switch (error) {
    case DecodeError::bad_length:
        return "bad_length";
    case DecodeError::bad_crc:
        return "bad_crc";
    case DecodeError::unknown_df:
        return "unknown_df";
    case DecodeError::bad_mode_ac:
        return "bad_mode_ac";
    }
    return "unknown";
}

std::string_view to_string(AddressSource source) noexcept {
    switch (source) {
    case AddressSource::none:
        return "none";
    case AddressSource::announced:
        return "announced";
    case AddressSource::overlay:
        return "overlay";
    case AddressSource::non_icao:
        return "non_icao";
    case AddressSource::supplied:
        return "supplied";
    }
    return "unknown";
}

std::string_view to_string(Confidence confidence) noexcept {
    switch (confidence) {
    case Confidence::none:
        return "none";
    case Confidence::ambiguous:
        return "ambiguous";
    case Confidence::likely:
        return "likely";
    case Confidence::certain:
        return "certain";
    }
    return "unknown";
}

std::string_view to_string(PositionReject reason) noexcept {
    switch (reason) {
    case PositionReject::none:
        return "none";
    case PositionReject::no_pair:
        return "no_pair";
    case PositionReject::zone_mismatch:
        return "zone_mismatch";
    case PositionReject::bad_latitude:
        return "bad_latitude";
    case PositionReject::implausible_speed:
        return "implausible_speed";
    case PositionReject::out_of_range:
        return "out_of_range";
    case PositionReject::no_reference:
        return "no_reference";
    }
    return "unknown";
}

std::string_view capability_description(std::uint8_t capability) noexcept {
    switch (capability) {
    case 0:
        return "Level 1";
    case 4:
        return "Level 2+, on-ground";
    case 5:
        return "Level 2+, airborne";
    case 6:
        return "Level 2+, airborne or on-ground";
    case 7:
        return "DR != 0 or FS in {2,3,4,5}";
    default:
        return "Reserved";  // 1-3
    }
}

std::string_view category_description(std::uint8_t category) noexcept {
    const unsigned set = category >> 4;  // 0xA..0xD
    const unsigned code = category & 0x0FU;
    if (code == 0) return "No category information";
    switch (set) {
    case 0xA: {
        static constexpr std::string_view a[8] = {"",
                                                  "Light (< 15500 lbs)",
                                                  "Small (15500 to 75000 lbs)",
                                                  "Large (75000 to 300000 lbs)",
                                                  "High vortex large",
                                                  "Heavy (> 300000 lbs)",
                                                  "High performance (> 5 g, 400 kt)",
                                                  "Rotorcraft"};
        return a[code & 7U];
    }
    case 0xB: {
        static constexpr std::string_view b[8] = {"",
                                                  "Glider, sailplane",
                                                  "Lighter-than-air",
                                                  "Parachutist, skydiver",
                                                  "Ultralight, hang-glider, paraglider",
                                                  "Reserved",
                                                  "Unmanned aerial vehicle",
                                                  "Space, trans-atmospheric vehicle"};
        return b[code & 7U];
    }
    case 0xC: {
        static constexpr std::string_view c[8] = {"",
                                                  "Surface emergency vehicle",
                                                  "Surface service vehicle",
                                                  "Point obstacle",
                                                  "Cluster obstacle",
                                                  "Line obstacle",
                                                  "Reserved",
                                                  "Reserved"};
        return c[code & 7U];
    }
    default:
        return "Reserved";
    }
}

std::array<char, 5> squawk_text(std::uint16_t squawk) noexcept {
    std::array<char, 5> text{};
    for (int digit_idx = 3; digit_idx >= 0; --digit_idx) {
        text[static_cast<std::size_t>(digit_idx)] = static_cast<char>('0' + (squawk & 7U));
        squawk = static_cast<std::uint16_t>(squawk >> 3);
    }
    text[4] = '\0';
    return text;
}

}  // namespace cp::adsb
