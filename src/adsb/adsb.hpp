// SPDX-License-Identifier: Apache-2.0
// adsb: Mode S / ADS-B. Framing (Beast, AVR, SBS, hex CSV) in framing.hpp, frame decoding and the JSON
// writer in message.hpp, CPR position decoding and its per-aircraft state in cpr.hpp. Pure decoders:
// no I/O, no clock, no global state (house style §2).
#pragma once

#include "adsb/cpr.hpp"      // IWYU pragma: export
#include "adsb/framing.hpp"  // IWYU pragma: export
#include "adsb/message.hpp"  // IWYU pragma: export
