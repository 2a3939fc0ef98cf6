// SPDX-License-Identifier: Apache-2.0
// track: aircraft and vessel state, sites and watchlists, and the event detectors that turn decoded messages
// into what an investigator wants to know. Deterministic: events are functions of the message stream and its
// timestamps, never of the wall clock, so a recording replayed twice gives the same events.
//   event.hpp     Event, EventKind and the JSON line form
//   sites.hpp     Site, SiteIndex, loaders, the bundled sites
//   watchlist.hpp Watchlist, IcaoBlocks, MidFlags, AircraftDb
//   context.hpp   what trackers share (Context) and the TrackRecorder for maps
//   aircraft.hpp  AircraftTracker and its rules;  vessel.hpp  VesselTracker and its rules
//   ingest.hpp    Stream: bytes of any recording format -> trackers
//   rules.hpp     detector thresholds from a JSON file
#pragma once

#include "track/aircraft.hpp"   // IWYU pragma: export
#include "track/context.hpp"    // IWYU pragma: export
#include "track/event.hpp"      // IWYU pragma: export
#include "track/ingest.hpp"     // IWYU pragma: export
#include "track/rules.hpp"      // IWYU pragma: export
#include "track/sites.hpp"      // IWYU pragma: export
#include "track/vessel.hpp"     // IWYU pragma: export
#include "track/watchlist.hpp"  // IWYU pragma: export
