// SPDX-License-Identifier: Apache-2.0
// The ingest side that touches the trackers: TrackerSink and the Stream constructor that feeds trackers.
// Kept apart from ingest_stream.cpp so that code using Stream with its own MessageSink (tests, the merge)
// does not link the trackers.
#include <memory>
#include <utility>

#include "track/aircraft.hpp"
#include "track/detail/ingest_stream.hpp"
#include "track/ingest.hpp"
#include "track/vessel.hpp"

namespace cp::track {

void TrackerSink::on_mode_s(adsb::Message& msg, std::int64_t t_ms) {
    m_aircraft->update(msg, t_ms);
}

void TrackerSink::on_sbs(const adsb::SbsRecord& record, std::int64_t t_ms) {
    m_aircraft->update(record, t_ms);
}

void TrackerSink::on_ais(const ais::Message& msg, std::int64_t t_ms) {
    m_vessels->update(msg, t_ms);
}

Stream::Stream(std::string name, Format format, AircraftTracker& aircraft, VesselTracker& vessels,
               const IngestOptions& options) {
    auto sink = std::make_unique<TrackerSink>(aircraft, vessels);
    m_impl = std::make_unique<Impl>(std::move(name), format, *sink, options);
    m_impl->owned_sink = std::move(sink);
}

}  // namespace cp::track
