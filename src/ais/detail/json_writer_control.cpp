// SPDX-License-Identifier: Apache-2.0
// gpsd JSON members of acknowledgements (7, 13) and link control messages (10, 15, 16, 20, 22, 23).
#include "ais/detail/json_texts.hpp"
#include "ais/detail/json_writer.hpp"

namespace cp::ais::detail {
namespace {

constexpr std::string_view ack_keys[4] = {"mmsi1", "mmsi2", "mmsi3", "mmsi4"};

/// Area corners of types 22 and 23: 1/10 minute, printed by gpsd as quoted 6-decimal degrees when scaled.
void write_corner(JsonOut& json, std::string_view name, std::int32_t value, const JsonContext& ctx) {
    if (ctx.scaled) {
        json.quoted_fixed(name, value / 600.0, 6);
    } else {
        json.integer(name, value);
    }
}

}  // namespace

void write_body(JsonOut& json, const Acknowledge& body, const JsonContext& /*ctx*/) {
    for (std::size_t ack_idx = 0; ack_idx < body.acks.size(); ++ack_idx) {
        json.integer(ack_keys[ack_idx], body.acks[ack_idx].mmsi);
    }
}

void write_body(JsonOut& json, const UtcInquiry& body, const JsonContext& /*ctx*/) {
    json.integer("dest_mmsi", body.dest_mmsi);
}

void write_body(JsonOut& json, const Interrogation& body, const JsonContext& /*ctx*/) {
    json.integer("mmsi1", body.mmsi1);
    json.integer("type1_1", body.type1_1);
    json.integer("offset1_1", body.offset1_1);
    json.integer("type1_2", body.type1_2);
    json.integer("offset1_2", body.offset1_2);
    json.integer("mmsi2", body.mmsi2);
    json.integer("type2_1", body.type2_1);
    json.integer("offset2_1", body.offset2_1);
}

void write_body(JsonOut& json, const AssignmentCommand& body, const JsonContext& /*ctx*/) {
    json.integer("mmsi1", body.mmsi1);
    json.integer("offset1", body.offset1);
    json.integer("increment1", body.increment1);
    json.integer("mmsi2", body.mmsi2);
    json.integer("offset2", body.offset2);
    json.integer("increment2", body.increment2);
}

void write_body(JsonOut& json, const DataLinkManagement& body, const JsonContext& /*ctx*/) {
    static constexpr std::string_view keys[4][4] = {
        {"offset1", "number1", "timeout1", "increment1"},
        {"offset2", "number2", "timeout2", "increment2"},
        {"offset3", "number3", "timeout3", "increment3"},
        {"offset4", "number4", "timeout4", "increment4"},
    };
    for (std::size_t res_idx = 0; res_idx < body.reservations.size(); ++res_idx) {
        const auto& res = body.reservations[res_idx];
        json.integer(keys[res_idx][0], res.offset);
        json.integer(keys[res_idx][1], res.number);
        json.integer(keys[res_idx][2], res.timeout);
        json.integer(keys[res_idx][3], res.increment);
    }
}

void write_body(JsonOut& json, const ChannelManagement& body, const JsonContext& ctx) {
    json.integer("channel_a", body.channel_a);
    json.integer("channel_b", body.channel_b);
    json.integer("txrx", body.txrx);
    json.boolean("power", body.power);
    if (body.addressed) {
        json.integer("dest1", body.dest1);
        json.integer("dest2", body.dest2);
    } else {
        write_corner(json, "ne_lon", body.ne_lon, ctx);
        write_corner(json, "ne_lat", body.ne_lat, ctx);
        write_corner(json, "sw_lon", body.sw_lon, ctx);
        write_corner(json, "sw_lat", body.sw_lat, ctx);
    }
    json.boolean("addressed", body.addressed);
    json.boolean("band_a", body.band_a);
    json.boolean("band_b", body.band_b);
    json.integer("zonesize", body.zonesize);
}

void write_body(JsonOut& json, const GroupAssignment& body, const JsonContext& ctx) {
    write_corner(json, "ne_lon", body.ne_lon, ctx);
    write_corner(json, "ne_lat", body.ne_lat, ctx);
    write_corner(json, "sw_lon", body.sw_lon, ctx);
    write_corner(json, "sw_lat", body.sw_lat, ctx);
    json.integer("stationtype", body.stationtype);
    json.string("stationtype_text", station_type_texts[body.stationtype & 0xF]);
    write_ship_type(json, body.shiptype);
    json.integer("interval", body.interval);
    json.integer("quiet", body.quiet);
}

}  // namespace cp::ais::detail
