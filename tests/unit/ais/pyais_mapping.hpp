// SPDX-License-Identifier: Apache-2.0
// How a pyais field (M0r13n/pyais, MIT; the fields of its MessageTypeN classes) is read from what chokepoint
// decodes: the gpsd JSON field of the same meaning, or the decoded struct where gpsd prints nothing, then
// the conversion pyais applies. Each conversion is a small named function stating pyais's rule; the rules
// were read off pyais's own expectations (tests/test_decode.py), not from its code.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "ais/ais.hpp"

namespace cp::ais::test {

using nlohmann::json;

/// Everything one row's sentences gave: the gpsd JSON (scaled and unscaled), the struct, the bits.
struct Decoded {
    json scaled;    // null when nothing was decoded
    json unscaled;  // null when nothing was decoded
    std::optional<Message> message;
    PayloadBits bits;  // the de-armoured payload of the (last) decoded message
    std::vector<std::string> errors;
};

// --- conversions ---------------------------------------------------------------------------------------

/// pyais reports the rate of turn in degrees/minute: the ITU-R M.1371-5 Table 48 square law inverted,
/// (raw / 4.733)^2 with the sign of raw, rounded to a whole degree; -128 (not available) stays -128.
inline json pyais_rate_of_turn(const json& raw) {
    if (!raw.is_number()) return json();
    const int value = raw.get<int>();
    if (value == -128) return -128.0;
    const double rate = std::round(std::pow(value / 4.733, 2));
    return value < 0 ? -rate : rate;
}

/// pyais's lat/lon: 1/10000-minute fields divided by 600000 and rounded to 6 decimals (types 1-4, 9, 11,
/// 18, 19, 21); type 27's 1/10-minute fields divided by 600 and rounded to 6 decimals; and the 1/10-minute
/// fields of types 17, 22 and 23 divided by 10 only, i.e. reported in minutes, not degrees.
inline json pyais_position(int type, const json& raw) {
    if (!raw.is_number()) return json();
    const double value = raw.get<double>();
    const auto round6 = [](double v) { return std::round(v * 1e6) / 1e6; };
    if (type == 27) return round6(value / 600.0);
    if (type == 17 || type == 22 || type == 23) return value / 10.0;
    return round6(value / 600000.0);
}

/// pyais's EpfdType knows codes 0-8 and 15; any other code (9-14, reserved) becomes 0 (Undefined).
inline json pyais_epfd(const json& raw) {
    if (!raw.is_number()) return json();
    const int code = raw.get<int>();
    return (code >= 0 && code <= 8) || code == 15 ? code : 0;
}

/// pyais's vendorid is the 3-character manufacturer id of ITU-R M.1371-4 and later (then unit model and
/// serial number); gpsd 3.22 reads the 7 characters of M.1371-3 as one vendor id.
inline json pyais_vendor_id(const json& gpsd_vendorid) {
    if (!gpsd_vendorid.is_string()) return json();
    return gpsd_vendorid.get<std::string>().substr(0, 3);
}

/// pyais's bytes fields (data, spare_*): the bits MSB first, the last byte padded with zero bits; as
/// pyais's JSON form {"bytes_hex": "..."}. No bits at all is None.
inline json pyais_bytes(BitSpanView bits, std::size_t first, std::size_t count) {
    if (count == 0 || first + count > bits.size_bits()) return json();
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    for (std::size_t pos = first; pos < first + count; pos += 8) {
        const unsigned width = static_cast<unsigned>(std::min<std::size_t>(8, first + count - pos));
        const unsigned byte = static_cast<unsigned>(bits.u(pos, width) << (8 - width));
        hex += digits[byte >> 4];
        hex += digits[byte & 0xF];
    }
    return json{{"bytes_hex", hex}};
}

/// pyais's tests compare a few floats through str(): Python prints an integral float as "181.0" and any
/// other in its shortest round-trip form.
inline std::string python_float_str(double value) {
    if (std::floor(value) == value && std::fabs(value) < 1e16) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f", value);
        return text;
    }
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::string(text, end);
}

// --- fields gpsd does not print, from the struct or the bits ---------------------------------------------

/// The 19-bit communication state and whether it is SOTDMA, per ITU-R M.1371-5: types 1, 2, 4 and 11 use
/// SOTDMA, type 3 ITDMA; types 9, 18 and 26 say which in the selector bit before the state (our 20-bit
/// `radio` keeps it as its top bit: 0 = SOTDMA, 1 = ITDMA).
struct CommState {
    std::uint32_t raw = 0;
    bool sotdma = false;
};
inline std::optional<CommState> comm_state(const Message& msg) {
    if (const auto* body = std::get_if<PositionReport>(&msg.body))
        return CommState{body->radio, msg.type != 3};
    if (const auto* body = std::get_if<BaseStationReport>(&msg.body)) return CommState{body->radio, true};
    std::optional<std::uint32_t> radio;
    if (const auto* sar = std::get_if<SarPosition>(&msg.body)) radio = sar->radio;
    if (const auto* class_b = std::get_if<ClassBPosition>(&msg.body)) radio = class_b->radio;
    if (const auto* slot = std::get_if<SlotBinary>(&msg.body); slot && msg.type == 26) radio = slot->radio;
    if (!radio) return std::nullopt;
    return CommState{*radio & 0x7FFFFU, (*radio >> 19) == 0};
}

/// Types 7 and 13 carry 1-4 acknowledgements; pyais reports the absent ones as None (gpsd prints 0).
inline json acknowledged(const Message& msg, std::size_t index, bool seqno) {
    const auto* body = std::get_if<Acknowledge>(&msg.body);
    if (body == nullptr || index >= body->count) return json();
    return seqno ? json(body->acks[index].seqno) : json(body->acks[index].mmsi);
}

/// Type 15 holds 1-3 requests (ITU-R M.1371-5 §3.13: 88, 110/112 or 160 bits). pyais reports a field
/// None when the message ends before the field starts, and a field the message cuts short as the bits
/// that are there (a 112-bit message gives mmsi2 = its 2 spare bits at 110). Bits [first, end) are the
/// field; `value` is our decoded value when the field is whole.
inline json interrogation_field(const Decoded& decoded, std::size_t first, std::size_t end,
                                std::uint32_t value) {
    const std::size_t size = decoded.bits.size_bits;
    if (size <= first) return json();
    if (size < end) return decoded.bits.view().u(first, static_cast<unsigned>(size - first));
    return value;
}

/// The application bits of types 6, 8, 17, 25 and 26 as pyais's `data`. For type 26 pyais's data runs
/// to the end of the message, so it includes the 20-bit communication state that ITU-R M.1371-5 Table 84
/// puts last (and that we, like gpsd, keep apart as `radio`).
inline json binary_data(const Decoded& decoded) {
    const Message& msg = *decoded.message;
    const BinaryData* data = nullptr;
    if (const auto* body = std::get_if<BinaryAddressed>(&msg.body)) data = &body->data;
    if (const auto* body = std::get_if<BinaryBroadcast>(&msg.body)) data = &body->data;
    if (const auto* body = std::get_if<DgnssBroadcast>(&msg.body)) data = &body->data;
    if (const auto* body = std::get_if<SlotBinary>(&msg.body)) data = &body->data;
    if (data == nullptr) return json();
    if (msg.type == 26) {
        const std::size_t with_radio = data->size_bits + 20U;
        return pyais_bytes(decoded.bits.view(), decoded.bits.size_bits - with_radio, with_radio);
    }
    return pyais_bytes(data->view(), 0, data->size_bits);
}

/// pyais strips the spaces around six-bit text (Python str.strip()); gpsd keeps leading ones
/// (" CASTELO OBIDOS") and drops trailing ones.
inline json pyais_text(const json& gpsd_text) {
    if (!gpsd_text.is_string()) return json();
    const std::string text = gpsd_text.get<std::string>();
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string::npos) return std::string();
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

/// Inland ship static data (DAC 200, FID 10) gives length and beam in 0.1 m; gpsd prints them as sent
/// even in scaled output, pyais in metres.
inline json pyais_decimetres(const json& raw) {
    if (!raw.is_number()) return json();
    return raw.get<double>() / 10.0;
}

/// gpsd prints the ETA of type 5 as "eta":"MM-DDTHH:MMZ"; pyais has month, day, hour and minute.
inline json eta_part(const json& eta, const std::string& field) {
    static const std::map<std::string, std::size_t> offsets = {
        {"month", 0}, {"day", 3}, {"hour", 6}, {"minute", 9}};
    const auto offset = offsets.find(field);
    if (!eta.is_string() || offset == offsets.end()) return json();
    const std::string text = eta.get<std::string>();
    if (text.size() < 11) return json();
    return std::stoi(text.substr(offset->second, 2));
}

/// A value read from `decoded` for a pyais field; `std::nullopt` means "not special: use the gpsd JSON
/// field of the same meaning".
using Special = std::function<std::optional<json>(const Decoded&)>;

/// pyais field -> how to read it when the plain gpsd JSON field is not what pyais reports.
inline const std::map<std::string, Special>& special_fields() {
    const auto field = [](const Decoded& d, const char* name, bool scaled = false) {
        const json& object = scaled ? d.scaled : d.unscaled;
        return object.contains(name) ? object[name] : json();
    };
    const auto position = [field](const char* name) {
        return [field, name](const Decoded& d) -> std::optional<json> {
            return pyais_position(d.message->type, field(d, name));
        };
    };
    const auto ack = [](std::size_t index, bool seqno) {
        return [index, seqno](const Decoded& d) -> std::optional<json> {
            if (d.message->type != 7 && d.message->type != 13) return std::nullopt;
            return acknowledged(*d.message, index, seqno);
        };
    };
    // ITU-R M.1371-5 §3.13 type 15 layout: mmsi1 40-69, type1_1 70-75, offset1_1 76-87, type1_2 90-95,
    // offset1_2 96-107, mmsi2 110-139.
    const auto request = [](std::size_t first, std::size_t end, auto Interrogation::*member) {
        return [first, end, member](const Decoded& d) -> std::optional<json> {
            const auto* body = std::get_if<Interrogation>(&d.message->body);
            if (body == nullptr) return std::nullopt;
            return interrogation_field(d, first, end, static_cast<std::uint32_t>(body->*member));
        };
    };
    const auto text = [field](const char* name) {
        return [field, name](const Decoded& d) -> std::optional<json> { return pyais_text(field(d, name)); };
    };
    const auto decimetres = [field](const char* name) {
        return [field, name](const Decoded& d) -> std::optional<json> {
            return pyais_decimetres(field(d, name));
        };
    };
    const auto eta = [field](const char* name) {
        return [field, name](const Decoded& d) -> std::optional<json> {
            if (d.message->type != 5 || !d.unscaled.contains("eta")) return std::nullopt;
            return eta_part(field(d, "eta"), name);
        };
    };
    static const std::map<std::string, Special> map = {
        {"turn",
         [field](const Decoded& d) -> std::optional<json> { return pyais_rate_of_turn(field(d, "turn")); }},
        {"lon", position("lon")},
        {"lat", position("lat")},
        {"ne_lon", position("ne_lon")},
        {"ne_lat", position("ne_lat")},
        {"sw_lon", position("sw_lon")},
        {"sw_lat", position("sw_lat")},
        {"epfd", [field](const Decoded& d) -> std::optional<json> { return pyais_epfd(field(d, "epfd")); }},
        {"vendorid",
         [field](const Decoded& d) -> std::optional<json> { return pyais_vendor_id(field(d, "vendorid")); }},
        {"mmsi1", ack(0, false)},
        {"mmsiseq1", ack(0, true)},
        {"mmsi2",
         [ack, request](const Decoded& d) -> std::optional<json> {
             if (d.message->type == 15) return request(110, 140, &Interrogation::mmsi2)(d);
             return ack(1, false)(d);
         }},
        {"mmsi3", ack(2, false)},
        {"mmsi4", ack(3, false)},
        {"type1_1", request(70, 76, &Interrogation::type1_1)},
        {"offset1_1", request(76, 88, &Interrogation::offset1_1)},
        {"type1_2", request(90, 96, &Interrogation::type1_2)},
        {"offset1_2", request(96, 108, &Interrogation::offset1_2)},
        // gpsd prints no "assigned" for types 18 and 21, and no station type or txrx for type 23.
        {"assigned",
         [](const Decoded& d) -> std::optional<json> {
             if (const auto* b = std::get_if<ClassBPosition>(&d.message->body)) return json(b->assigned);
             if (const auto* b = std::get_if<ClassBExtended>(&d.message->body)) return json(b->assigned);
             if (const auto* b = std::get_if<AidToNavigation>(&d.message->body)) return json(b->assigned);
             return std::nullopt;
         }},
        {"station_type",
         [](const Decoded& d) -> std::optional<json> {
             if (const auto* b = std::get_if<GroupAssignment>(&d.message->body)) return json(b->stationtype);
             return std::nullopt;
         }},
        {"txrx",
         [](const Decoded& d) -> std::optional<json> {
             if (const auto* b = std::get_if<GroupAssignment>(&d.message->body)) return json(b->txrx);
             return std::nullopt;
         }},
        {"partno",
         [](const Decoded& d) -> std::optional<json> {
             if (const auto* b = std::get_if<StaticDataReport>(&d.message->body)) return json(b->part);
             return std::nullopt;
         }},
        // pyais's reserved_1/reserved_2 are the regional bits: type 18's 8 bits at 38 and 2 bits at 139,
        // type 21's 8 bits at 260.
        {"reserved_1",
         [](const Decoded& d) -> std::optional<json> {
             if (const auto* b = std::get_if<ClassBPosition>(&d.message->body)) return json(b->reserved);
             if (const auto* b = std::get_if<ClassBExtended>(&d.message->body)) return json(b->reserved);
             if (const auto* b = std::get_if<AidToNavigation>(&d.message->body)) return json(b->regional);
             return std::nullopt;
         }},
        {"reserved_2",
         [](const Decoded& d) -> std::optional<json> {
             if (const auto* b = std::get_if<ClassBPosition>(&d.message->body)) return json(b->regional);
             return std::nullopt;
         }},
        // Spare bits carry nothing (ITU-R M.1371-5) and are not kept by the decoder: read from the payload.
        // Type 20: 2 spare bits at 38; type 24 part A: 8 spare bits at 160 (absent in 160-bit messages).
        {"spare_1",
         [](const Decoded& d) -> std::optional<json> {
             if (d.message->type == 20) return pyais_bytes(d.bits.view(), 38, 2);
             const auto* b = std::get_if<StaticDataReport>(&d.message->body);
             if (b != nullptr && b->part == 0) return pyais_bytes(d.bits.view(), 160, 8);
             return std::nullopt;
         }},
        {"data", [](const Decoded& d) -> std::optional<json> { return binary_data(d); }},
        {"communication_state_raw",
         [](const Decoded& d) -> std::optional<json> {
             const auto state = comm_state(*d.message);
             return state ? json(state->raw) : json();
         }},
        {"is_sotdma",
         [](const Decoded& d) -> std::optional<json> {
             const auto state = comm_state(*d.message);
             return state ? json(state->sotdma) : json();
         }},
        {"is_itdma",
         [](const Decoded& d) -> std::optional<json> {
             const auto state = comm_state(*d.message);
             return state ? json(!state->sotdma) : json();
         }},
        // Type 21: pyais's full_name is name + name extension, which is what gpsd prints as "name".
        {"full_name", text("name")},
        {"name", text("name")},
        {"shipname", text("shipname")},
        {"callsign", text("callsign")},
        {"destination", text("destination")},
        {"text", text("text")},
        {"length", decimetres("length")},
        {"beam", decimetres("beam")},
        {"month", eta("month")},
        {"day", eta("day")},
        {"hour", eta("hour")},
        {"minute", eta("minute")},
    };
    return map;
}

}  // namespace cp::ais::test
