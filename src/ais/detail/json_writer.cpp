// SPDX-License-Identifier: Apache-2.0
// ais::write_gpsd_json: the common members, shared helpers and the position reports (types 1-4, 9, 11, 18,
// 19, 27), member for member as gpsdecode 3.22 prints them (compared byte-wise on ais-nmea-sample.log).
#include "ais/detail/json_writer.hpp"

#include <cmath>

#include "ais/detail/json_texts.hpp"

namespace cp::ais {
namespace detail {
namespace {

/// Divisor from 1/10000 minute to degrees.
constexpr double latlon_div = 600000.0;

void write_turn(JsonOut& json, std::int8_t turn, const JsonContext& ctx) {
    if (!ctx.scaled) {
        json.integer("turn", static_cast<int>(turn));
        return;
    }
    const bool modern = ctx.dialect == GpsdDialect::gpsd_regression;
    if (turn == -128) {
        json.string("turn", modern ? "n/a" : "nan");
    } else if (turn == -127) {
        json.string("turn", "fastleft");
    } else if (turn == 127) {
        json.string("turn", "fastright");
    } else {
        // ROT_AIS = 4.733 * sqrt(ROT) (ITU-R M.1371-5 Table 45), so ROT = (ROT_AIS / 4.733)^2. gpsd 3.22
        // drops the sign (turn -1..-126 prints like +1..+126); its regression files quote a signed rate.
        const double root = turn / 4.733;
        if (modern) {
            json.quoted_fixed("turn", turn < 0 ? -(root * root) : root * root, 2);
        } else {
            json.fixed("turn", root * root, 0);
        }
    }
}

/// Speed over ground of types 1-3 (0.1 knot) and 9 (knots): gpsd writes 1022 as "fast" and 1023 (not
/// available) as "nan" when scaled; types 18 and 19 get no such treatment.
void write_flagged_speed(JsonOut& json, std::uint16_t speed, double divisor, int decimals,
                         const JsonContext& ctx) {
    if (!ctx.scaled) {
        json.integer("speed", speed);
    } else if (speed == 1023) {
        json.string("speed", "nan");
    } else if (speed == 1022) {
        json.string("speed", "fast");
    } else {
        json.fixed("speed", speed / divisor, decimals);
    }
}

}  // namespace

void write_lon_lat(JsonOut& json, std::int32_t lon, std::int32_t lat, const JsonContext& ctx) {
    if (!ctx.scaled) {
        json.integer("lon", lon);
        json.integer("lat", lat);
        return;
    }
    const int decimals = ctx.dialect == GpsdDialect::gpsd_regression ? 7 : 6;
    json.fixed("lon", lon / latlon_div, decimals);
    json.fixed("lat", lat / latlon_div, decimals);
}

void write_epfd(JsonOut& json, std::uint8_t epfd, const JsonContext& ctx) {
    json.integer("epfd", epfd);
    if (epfd < std::size(epfd_texts)) {
        json.string("epfd_text", epfd_texts[epfd]);
    } else if (ctx.dialect == GpsdDialect::gpsd_regression) {
        json.key("epfd_text");
        json.raw("\"Reserved (");
        json.raw_integer(epfd);
        json.raw(")\"");
    } else {
        json.string("epfd_text", "INVALID EPFD");
    }
}

void write_ship_type(JsonOut& json, std::uint8_t shiptype) {
    json.integer("shiptype", shiptype);
    json.string("shiptype_text",
                shiptype < std::size(ship_type_texts) ? ship_type_texts[shiptype] : "INVALID SHIP TYPE");
}

void write_dimensions(JsonOut& json, std::uint16_t to_bow, std::uint16_t to_stern, std::uint8_t to_port,
                      std::uint8_t to_starboard) {
    json.integer("to_bow", to_bow);
    json.integer("to_stern", to_stern);
    json.integer("to_port", to_port);
    json.integer("to_starboard", to_starboard);
}

void write_body(JsonOut& json, const PositionReport& body, const JsonContext& ctx) {
    json.integer("status", body.status);
    json.string("status_text", nav_status_texts[body.status & 0xF]);
    write_turn(json, body.turn, ctx);
    write_flagged_speed(json, body.speed, 10.0, 1, ctx);
    json.boolean("accuracy", body.accuracy);
    write_lon_lat(json, body.lon, body.lat, ctx);
    if (ctx.scaled) {
        json.fixed("course", body.course / 10.0, 1);
    } else {
        json.integer("course", body.course);
    }
    json.integer("heading", body.heading);
    json.integer("second", body.second);
    json.integer("maneuver", body.maneuver);
    json.boolean("raim", body.raim);
    json.integer("radio", body.radio);
}

void write_body(JsonOut& json, const BaseStationReport& body, const JsonContext& ctx) {
    json.key("timestamp");
    fmt::format_to(std::back_inserter(json.buffer()), "\"{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z\"", body.year,
                   body.month, body.day, body.hour, body.minute, body.second);
    json.boolean("accuracy", body.accuracy);
    write_lon_lat(json, body.lon, body.lat, ctx);
    write_epfd(json, body.epfd, ctx);
    json.boolean("raim", body.raim);
    json.integer("radio", body.radio);
}

void write_body(JsonOut& json, const SarPosition& body, const JsonContext& ctx) {
    json.integer("alt", body.alt);
    write_flagged_speed(json, body.speed, 1.0, 0, ctx);
    json.boolean("accuracy", body.accuracy);
    write_lon_lat(json, body.lon, body.lat, ctx);
    if (ctx.scaled) {
        json.fixed("course", body.course / 10.0, 1);
    } else {
        json.integer("course", body.course);
    }
    json.integer("second", body.second);
    json.integer("regional", body.regional);
    json.integer("dte", body.dte ? 1 : 0);
    json.boolean("raim", body.raim);
    json.integer("radio", body.radio);
}

namespace {

/// Speed to heading of types 18 and 19, which share their first 133 bits.
template <class ClassB>
void write_class_b_motion(JsonOut& json, const ClassB& body, const JsonContext& ctx) {
    json.integer("reserved", body.reserved);
    if (ctx.scaled) {
        json.fixed("speed", body.speed / 10.0, 1);
    } else {
        json.integer("speed", body.speed);
    }
    json.boolean("accuracy", body.accuracy);
    write_lon_lat(json, body.lon, body.lat, ctx);
    if (ctx.scaled) {
        json.fixed("course", body.course / 10.0, 1);
    } else {
        json.integer("course", body.course);
    }
    json.integer("heading", body.heading);
    json.integer("second", body.second);
    json.integer("regional", body.regional);
}

}  // namespace

void write_body(JsonOut& json, const ClassBPosition& body, const JsonContext& ctx) {
    write_class_b_motion(json, body, ctx);
    json.boolean("cs", body.cs);
    json.boolean("display", body.display);
    json.boolean("dsc", body.dsc);
    json.boolean("band", body.band);
    json.boolean("msg22", body.msg22);
    json.boolean("raim", body.raim);
    json.integer("radio", body.radio);
}

void write_body(JsonOut& json, const ClassBExtended& body, const JsonContext& ctx) {
    write_class_b_motion(json, body, ctx);
    json.string("shipname", body.shipname.view());
    write_ship_type(json, body.shiptype);
    write_dimensions(json, body.to_bow, body.to_stern, body.to_port, body.to_starboard);
    write_epfd(json, body.epfd, ctx);
    json.boolean("raim", body.raim);
    json.integer("dte", body.dte ? 1 : 0);
    json.boolean("assigned", body.assigned);
}

void write_body(JsonOut& json, const LongRangePosition& body, const JsonContext& ctx) {
    const bool modern = ctx.dialect == GpsdDialect::gpsd_regression;
    if (ctx.scaled && !modern) {
        json.string("status", nav_status_texts[body.status & 0xF]);
    } else {
        json.integer("status", body.status);
        if (ctx.scaled) {
            // The regression files spell status 3 as "maneuverability" for type 27 only.
            json.string("status_text", body.status == 3 ? "Restricted maneuverability"
                                                        : nav_status_texts[body.status & 0xF]);
        }
    }
    json.boolean("accuracy", body.accuracy);
    if (ctx.scaled) {
        const int decimals = modern ? 4 : 1;  // 1/10 minute units
        json.fixed("lon", body.lon / 600.0, decimals);
        json.fixed("lat", body.lat / 600.0, decimals);
    } else {
        json.integer("lon", body.lon);
        json.integer("lat", body.lat);
    }
    json.integer("speed", body.speed);
    json.integer("course", body.course);
    json.boolean("raim", body.raim);
    json.boolean("gnss", body.gnss);
}

}  // namespace detail

void write_gpsd_json(const Message& msg, const JsonOptions& options, std::string& out) {
    detail::JsonOut json(out);
    json.raw("{\"class\":\"AIS\",\"device\":");
    json.raw_string(options.device);
    json.integer("type", msg.type);
    json.integer("repeat", msg.repeat);
    json.integer("mmsi", msg.mmsi);
    json.boolean("scaled", options.scaled);
    const detail::JsonContext ctx{msg, options.scaled, options.dialect};
    std::visit([&](const auto& body) { detail::write_body(json, body, ctx); }, msg.body);
    json.raw("}");
    json.flush();
}

}  // namespace cp::ais
