// SPDX-License-Identifier: Apache-2.0
// ais: AIS decoding. nmea.hpp frames NMEA 0183 lines (tag blocks, wrappers, checksums, multi-sentence
// reassembly) into armoured payloads; message.hpp de-armours and decodes them and writes gpsd's JSON.
#pragma once

#include "ais/message.hpp"  // IWYU pragma: export
#include "ais/nmea.hpp"     // IWYU pragma: export
