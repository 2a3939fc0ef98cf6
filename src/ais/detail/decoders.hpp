// SPDX-License-Identifier: Apache-2.0
// Per-type decoders behind ais::decode(). Each fills msg.body for a payload whose type and length have been
// checked against gpsd 3.22's rules (decode.cpp); a few reject on content (type 24 part, type 25/26 headers).
#pragma once

#include "ais/detail/bit_reader.hpp"
#include "ais/message.hpp"

namespace cp::ais::detail {

// decode_position.cpp
void decode_position_report(const BitReader& bits, Message& msg) noexcept;   ///< types 1, 2, 3
void decode_base_station(const BitReader& bits, Message& msg) noexcept;      ///< types 4, 11
void decode_sar_position(const BitReader& bits, Message& msg) noexcept;      ///< type 9
void decode_class_b_position(const BitReader& bits, Message& msg) noexcept;  ///< type 18
void decode_class_b_extended(const BitReader& bits, Message& msg) noexcept;  ///< type 19
void decode_long_range(const BitReader& bits, Message& msg) noexcept;        ///< type 27

// decode_static.cpp
void decode_static_voyage(const BitReader& bits, Message& msg) noexcept;      ///< type 5
void decode_aid_to_navigation(const BitReader& bits, Message& msg) noexcept;  ///< type 21
[[nodiscard]] Result<Ok, DecodeError> decode_static_data(const BitReader& bits,
                                                         Message& msg) noexcept;  ///< 24

// decode_binary.cpp
void decode_binary_addressed(const BitReader& bits, Message& msg) noexcept;  ///< type 6
void decode_acknowledge(const BitReader& bits, Message& msg) noexcept;       ///< types 7, 13
void decode_binary_broadcast(const BitReader& bits, Message& msg) noexcept;  ///< type 8
void decode_dgnss(const BitReader& bits, Message& msg) noexcept;             ///< type 17
[[nodiscard]] Result<Ok, DecodeError> decode_slot_binary(const BitReader& bits,
                                                         Message& msg) noexcept;  ///< 25, 26

// decode_control.cpp
void decode_utc_inquiry(const BitReader& bits, Message& msg) noexcept;         ///< type 10
void decode_safety_addressed(const BitReader& bits, Message& msg) noexcept;    ///< type 12
void decode_safety_broadcast(const BitReader& bits, Message& msg) noexcept;    ///< type 14
void decode_interrogation(const BitReader& bits, Message& msg) noexcept;       ///< type 15
void decode_assignment(const BitReader& bits, Message& msg) noexcept;          ///< type 16
void decode_data_link(const BitReader& bits, Message& msg) noexcept;           ///< type 20
void decode_channel_management(const BitReader& bits, Message& msg) noexcept;  ///< type 22
void decode_group_assignment(const BitReader& bits, Message& msg) noexcept;    ///< type 23

}  // namespace cp::ais::detail
