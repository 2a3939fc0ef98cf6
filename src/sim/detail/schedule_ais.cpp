// SPDX-License-Identifier: Apache-2.0
// AIS schedule of one scripted vessel at the ITU-R M.1371-5 Table 1 rates divided by RateScale::ais: class A
// every 10 s underway (< 14 kn; 6 s to 23 kn, 2 s above) and every 3 min moored, type 5 every 6 min; class B
// (CS) every 30 s above 2 kn and 3 min below, 24A/B every 6 min. Positions carry a seeded jitter of a few
// metres, as GNSS fixes do. Nothing is sent while dark.
#include <cmath>

#include <fmt/format.h>

#include "ais/encode.hpp"
#include "sim/detail/schedule.hpp"

namespace cp::sim::detail {
namespace {

namespace enc = ais::encode;

template <std::size_t N>
ais::FixedText<N> fixed(std::string_view text) {
    ais::FixedText<N> out;
    for (const char ch : text.substr(0, N)) out.chars[out.length++] = ch;
    return out;
}

// Uniform in [-1, 1) from a hash.
double unit_noise(std::uint64_t hash) noexcept {
    return static_cast<double>(hash >> 11) / static_cast<double>(1ULL << 52) - 1.0;
}

struct Reported {
    std::int32_t lat = 0;
    std::int32_t lon = 0;
    std::uint16_t speed = 0;
    std::uint16_t course = 0;
    std::uint16_t heading = 511;
};

Reported report_of(const VesselState& state, std::uint64_t seed, std::uint32_t mmsi, std::int64_t t_ms) {
    const std::uint64_t hash = mix(seed ^ mmsi, static_cast<std::uint64_t>(t_ms));
    const double jitter_deg = 3.0 / 111'000.0;  // +-3 m
    Reported out;
    out.lat = enc::to_ais_units(state.pos.lat_deg + jitter_deg * unit_noise(hash));
    out.lon =
        enc::to_ais_units(state.pos.lon_deg + jitter_deg * unit_noise(mix(hash, 1)) /
                                                  std::max(0.05, std::cos(state.pos.lat_deg * 0.0174533)));
    out.speed = static_cast<std::uint16_t>(std::min(1022L, std::lround(state.sog_kt * 10)));
    out.course = static_cast<std::uint16_t>(std::lround(state.cog_deg * 10) % 3600);
    if (!state.moored) out.heading = static_cast<std::uint16_t>(std::lround(state.cog_deg) % 360);
    return out;
}

class Emitter {
public:
    Emitter(const Scenario& scenario, std::vector<AisMessage>& out) : m_scenario(scenario), m_out(out) {}

    void emit(std::int64_t t_ms, const enc::Armored& payload) {
        enc::SentenceOptions options;
        options.channel = (m_count++ % 2) == 0 ? 'A' : 'B';
        options.sequence_id = static_cast<int>(m_sequence++ % 10);
        options.tag_source = m_scenario.receiver;
        options.tag_time_s = t_ms >= 0 ? t_ms / 1000 : (t_ms - 999) / 1000;
        AisMessage message;
        message.t_ms = t_ms;
        for (const std::string& line : enc::sentences(payload, options)) {
            message.lines += line;
            message.lines += '\n';
        }
        m_out.push_back(std::move(message));
    }

private:
    const Scenario& m_scenario;
    std::vector<AisMessage>& m_out;
    std::uint64_t m_count = 0;
    std::uint64_t m_sequence = 0;
};

std::int64_t position_period_ms(const Vessel& vessel, const VesselState& state) noexcept {
    if (vessel.class_b) return state.sog_kt > 2 ? 30'000 : 180'000;
    if (state.moored) return 180'000;
    if (state.sog_kt > 23) return 2'000;
    return state.sog_kt > 14 ? 6'000 : 10'000;
}

void emit_static(Emitter& emitter, const Vessel& vessel, std::int64_t t_ms) {
    const VesselIdentity id = vessel_identity(vessel, t_ms);
    if (vessel.class_b) {
        ais::StaticDataReport part_a;
        part_a.shipname = fixed<20>(id.name);
        emitter.emit(t_ms, enc::static_data_report(id.mmsi, part_a));
        ais::StaticDataReport part_b;
        part_b.part = 1;
        part_b.shiptype = vessel.ship_type;
        part_b.vendorid = fixed<7>("SIM");
        part_b.callsign = fixed<7>(id.call_sign);
        part_b.to_bow = vessel.to_bow;
        part_b.to_stern = vessel.to_stern;
        part_b.to_port = vessel.to_port;
        part_b.to_starboard = vessel.to_starboard;
        emitter.emit(t_ms + 1000, enc::static_data_report(id.mmsi, part_b));
        return;
    }
    ais::StaticVoyageData data;
    data.ais_version = 2;
    data.imo = id.imo;
    data.callsign = fixed<7>(id.call_sign);
    data.shipname = fixed<20>(id.name);
    data.shiptype = vessel.ship_type;
    data.to_bow = vessel.to_bow;
    data.to_stern = vessel.to_stern;
    data.to_port = vessel.to_port;
    data.to_starboard = vessel.to_starboard;
    data.epfd = 1;   // GPS
    data.hour = 24;  // ETA not available
    data.minute = 60;
    data.draught = static_cast<std::uint8_t>(std::lround(vessel.draught_m * 10));
    data.destination = fixed<20>(vessel.destination);
    emitter.emit(t_ms, enc::static_voyage(id.mmsi, data));
}

}  // namespace

void schedule_vessel(const Vessel& vessel, const Scenario& scenario, std::vector<AisMessage>& out) {
    Emitter emitter(scenario, out);
    const std::int64_t start = vessel.legs.front().time.start_ms;
    const std::int64_t end = vessel.legs.back().time.end_ms;
    const double scale = scenario.rates.ais;
    const std::uint64_t phase_hash = mix(scenario.seed, vessel.identity.mmsi);
    const std::int64_t phase = static_cast<std::int64_t>(phase_hash % 2000);
    for (std::int64_t t_ms = start + phase; t_ms < end;) {
        const VesselState state = vessel_state(vessel, t_ms);
        if (vessel_transmits(vessel, t_ms)) {
            const VesselIdentity id = vessel_identity(vessel, t_ms);
            const Reported rep = report_of(state, scenario.seed, id.mmsi, t_ms);
            const auto second = static_cast<std::uint8_t>(((t_ms / 1000) % 60 + 60) % 60);
            if (vessel.class_b) {
                ais::ClassBPosition report;
                report.speed = rep.speed;
                report.lat = rep.lat;
                report.lon = rep.lon;
                report.course = rep.course;
                report.heading = rep.heading;
                report.second = second;
                report.cs = true;
                emitter.emit(t_ms, enc::class_b_position(id.mmsi, report));
            } else {
                ais::PositionReport report;
                report.status = state.moored ? 5 : 0;  // 5 moored, 0 under way using engine
                report.speed = rep.speed;
                report.lat = rep.lat;
                report.lon = rep.lon;
                report.course = rep.course;
                report.heading = rep.heading;
                report.second = second;
                emitter.emit(t_ms, enc::position_report(id.mmsi, report));
            }
        }
        t_ms += std::max<std::int64_t>(
            1, std::llround(static_cast<double>(position_period_ms(vessel, state)) / scale));
    }
    const auto static_period = std::max<std::int64_t>(1, std::llround(360'000.0 / scale));
    for (std::int64_t t_ms = start + phase + 3000; t_ms < end; t_ms += static_period) {
        if (vessel_transmits(vessel, t_ms)) emit_static(emitter, vessel, t_ms);
    }
    // A new identity is broadcast at once (the next type 5 / 24 rather than up to 6 minutes later).
    for (const IdentityChange& change : vessel.changes) {
        if (change.t_ms >= start && change.t_ms < end && vessel_transmits(vessel, change.t_ms)) {
            emit_static(emitter, vessel, change.t_ms + 500);
        }
    }
}

}  // namespace cp::sim::detail
