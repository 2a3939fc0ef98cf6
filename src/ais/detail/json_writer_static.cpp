// SPDX-License-Identifier: Apache-2.0
// gpsd JSON members of static data (5, 21, 24), binary (6, 8, 17, 25, 26) and text (12, 14) messages.
// Types 6 and 8 hand their application bits to detail/binary_apps, else print gpsd's "data":"<bits>:<hex>".
#include "ais/detail/binary_apps.hpp"
#include "ais/detail/json_texts.hpp"
#include "ais/detail/json_writer.hpp"

namespace cp::ais::detail {

void write_body(JsonOut& json, const StaticVoyageData& body, const JsonContext& ctx) {
    json.integer("imo", body.imo);
    json.integer("ais_version", body.ais_version);
    json.string("callsign", body.callsign.view());
    json.string("shipname", body.shipname.view());
    write_ship_type(json, body.shiptype);
    write_dimensions(json, body.to_bow, body.to_stern, body.to_port, body.to_starboard);
    write_epfd(json, body.epfd, ctx);
    json.key("eta");
    fmt::format_to(std::back_inserter(json.buffer()), "\"{:02}-{:02}T{:02}:{:02}Z\"", body.month, body.day,
                   body.hour, body.minute);
    if (ctx.scaled) {
        json.fixed("draught", body.draught / 10.0, 1);
    } else {
        json.integer("draught", body.draught);
    }
    json.string("destination", body.destination.view());
    json.integer("dte", body.dte ? 1 : 0);
}

void write_body(JsonOut& json, const AidToNavigation& body, const JsonContext& ctx) {
    json.integer("aid_type", body.aid_type);
    json.string("aid_type_text", aid_type_texts[body.aid_type & 0x1F]);
    json.string("name", body.name.view());
    // gpsd prints the position before the accuracy flag when scaled, after it when not.
    if (ctx.scaled) {
        write_lon_lat(json, body.lon, body.lat, ctx);
        json.boolean("accuracy", body.accuracy);
    } else {
        json.boolean("accuracy", body.accuracy);
        write_lon_lat(json, body.lon, body.lat, ctx);
    }
    write_dimensions(json, body.to_bow, body.to_stern, body.to_port, body.to_starboard);
    write_epfd(json, body.epfd, ctx);
    json.integer("second", body.second);
    json.integer("regional", body.regional);
    json.boolean("off_position", body.off_position);
    json.boolean("raim", body.raim);
    json.boolean("virtual_aid", body.virtual_aid);
}

void write_body(JsonOut& json, const StaticDataReport& body, const JsonContext& /*ctx*/) {
    json.string("shipname", body.shipname.view());
    if (body.part == 0) return;  // an unpaired part A (see Type24Pairing): only the name is known
    write_ship_type(json, body.shiptype);
    json.string("vendorid", body.vendorid.view());
    json.integer("model", body.model);
    json.integer("serial", body.serial);
    json.string("callsign", body.callsign.view());
    if (body.auxiliary) {
        json.integer("mothership_mmsi", body.mothership_mmsi);
    } else {
        write_dimensions(json, body.to_bow, body.to_stern, body.to_port, body.to_starboard);
    }
}

void write_body(JsonOut& json, const BinaryAddressed& body, const JsonContext& ctx) {
    json.integer("seqno", body.seqno);
    json.integer("dest_mmsi", body.dest_mmsi);
    json.boolean("retransmit", body.retransmit);
    json.integer("dac", body.dac);
    json.integer("fid", body.fid);
    const BinaryAppOptions options{ctx.scaled, ctx.dialect, body.dest_mmsi};
    if (!write_binary_app_json(6, body.dac, body.fid, body.data.view(), options, json.buffer())) {
        json.bits_hex("data", body.data.view());
    }
}

void write_body(JsonOut& json, const BinaryBroadcast& body, const JsonContext& ctx) {
    json.integer("dac", body.dac);
    json.integer("fid", body.fid);
    const BinaryAppOptions options{ctx.scaled, ctx.dialect, std::nullopt};
    if (!write_binary_app_json(8, body.dac, body.fid, body.data.view(), options, json.buffer())) {
        json.bits_hex("data", body.data.view());
    }
}

void write_body(JsonOut& json, const DgnssBroadcast& body, const JsonContext& ctx) {
    if (ctx.scaled) {
        json.fixed("lon", body.lon / 600.0, 1);  // 1/10 minute units
        json.fixed("lat", body.lat / 600.0, 1);
    } else {
        json.integer("lon", body.lon);
        json.integer("lat", body.lat);
    }
    json.bits_hex("data", body.data.view());
}

void write_body(JsonOut& json, const SlotBinary& body, const JsonContext& ctx) {
    json.boolean("addressed", body.addressed);
    json.boolean("structured", body.structured);
    json.integer("dest_mmsi", body.dest_mmsi);
    json.integer("app_id", body.app_id);
    json.bits_hex("data", body.data.view());
    // gpsd 3.22 never fills the radio field of type 26: it prints 0 whatever the message says.
    if (ctx.msg.type == 26) json.integer("radio", 0);
}

void write_body(JsonOut& json, const SafetyAddressed& body, const JsonContext& /*ctx*/) {
    json.integer("seqno", body.seqno);
    json.integer("dest_mmsi", body.dest_mmsi);
    json.boolean("retransmit", body.retransmit);
    json.string("text", body.text.view());
}

void write_body(JsonOut& json, const SafetyBroadcast& body, const JsonContext& /*ctx*/) {
    json.string("text", body.text.view());
}

}  // namespace cp::ais::detail
