// SPDX-License-Identifier: Apache-2.0
// Per-type writers of gpsd's AIS JSON members, behind ais::write_gpsd_json (json_writer.cpp).
#pragma once

#include "ais/detail/json_out.hpp"
#include "ais/message.hpp"

namespace cp::ais::detail {

/// What every per-type writer needs besides the body.
struct JsonContext {
    const Message& msg;
    bool scaled;
    GpsdDialect dialect;
};

/// Shared field helpers (json_writer.cpp).
void write_lon_lat(JsonOut& json, std::int32_t lon, std::int32_t lat, const JsonContext& ctx);
void write_epfd(JsonOut& json, std::uint8_t epfd, const JsonContext& ctx);
void write_ship_type(JsonOut& json, std::uint8_t shiptype);
void write_dimensions(JsonOut& json, std::uint16_t to_bow, std::uint16_t to_stern, std::uint8_t to_port,
                      std::uint8_t to_starboard);

// json_writer.cpp: position reports
void write_body(JsonOut& json, const PositionReport& body, const JsonContext& ctx);
void write_body(JsonOut& json, const BaseStationReport& body, const JsonContext& ctx);
void write_body(JsonOut& json, const SarPosition& body, const JsonContext& ctx);
void write_body(JsonOut& json, const ClassBPosition& body, const JsonContext& ctx);
void write_body(JsonOut& json, const ClassBExtended& body, const JsonContext& ctx);
void write_body(JsonOut& json, const LongRangePosition& body, const JsonContext& ctx);

// json_writer_static.cpp: static data, binary and text messages
void write_body(JsonOut& json, const StaticVoyageData& body, const JsonContext& ctx);
void write_body(JsonOut& json, const AidToNavigation& body, const JsonContext& ctx);
void write_body(JsonOut& json, const StaticDataReport& body, const JsonContext& ctx);
void write_body(JsonOut& json, const BinaryAddressed& body, const JsonContext& ctx);
void write_body(JsonOut& json, const BinaryBroadcast& body, const JsonContext& ctx);
void write_body(JsonOut& json, const DgnssBroadcast& body, const JsonContext& ctx);
void write_body(JsonOut& json, const SlotBinary& body, const JsonContext& ctx);
void write_body(JsonOut& json, const SafetyAddressed& body, const JsonContext& ctx);
void write_body(JsonOut& json, const SafetyBroadcast& body, const JsonContext& ctx);

// json_writer_control.cpp: acknowledgements and link control
void write_body(JsonOut& json, const Acknowledge& body, const JsonContext& ctx);
void write_body(JsonOut& json, const UtcInquiry& body, const JsonContext& ctx);
void write_body(JsonOut& json, const Interrogation& body, const JsonContext& ctx);
void write_body(JsonOut& json, const AssignmentCommand& body, const JsonContext& ctx);
void write_body(JsonOut& json, const DataLinkManagement& body, const JsonContext& ctx);
void write_body(JsonOut& json, const ChannelManagement& body, const JsonContext& ctx);
void write_body(JsonOut& json, const GroupAssignment& body, const JsonContext& ctx);

}  // namespace cp::ais::detail
