// SPDX-License-Identifier: Apache-2.0
// Helpers of the vessel tests: hand-built AIS messages (in the decoder's raw units) and a tracker whose
// events land in a vector.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ais/ais.hpp"
#include "core/geo.hpp"
#include "track/track.hpp"

namespace cp::test {

inline constexpr std::int64_t minute_ms = 60'000;
inline constexpr std::int64_t hour_ms = 3'600'000;
inline constexpr std::int64_t t0_ms = 1'700'000'000'000;  // 2023-11-14T22:13:20Z

template <std::size_t N>
ais::FixedText<N> fixed_text(std::string_view text) {
    ais::FixedText<N> out;
    out.length = static_cast<std::uint8_t>(std::min(text.size(), N));
    std::copy_n(text.begin(), out.length, out.chars.begin());
    return out;
}

/// Class A position report (type 1) at `p` moving at `sog_kt` (negative: not available).
inline ais::Message position(std::uint32_t mmsi, geo::LatLon p, double sog_kt) {
    ais::PositionReport body;
    body.lat = static_cast<std::int32_t>(std::lround(p.lat_deg * 600'000));
    body.lon = static_cast<std::int32_t>(std::lround(p.lon_deg * 600'000));
    body.speed = sog_kt < 0 ? 1023 : static_cast<std::uint16_t>(std::lround(sog_kt * 10));
    body.course = 3600;
    body.heading = 511;
    ais::Message msg;
    msg.type = 1;
    msg.mmsi = mmsi;
    msg.body = body;
    return msg;
}

/// Static and voyage data (type 5).
inline ais::Message voyage(std::uint32_t mmsi, std::string_view name, std::string_view call_sign,
                           std::uint32_t imo) {
    ais::StaticVoyageData body;
    body.shipname = fixed_text<20>(name);
    body.callsign = fixed_text<7>(call_sign);
    body.imo = imo;
    body.shiptype = 70;
    body.to_bow = 80;
    body.to_stern = 20;
    body.to_port = 8;
    body.to_starboard = 8;
    body.draught = 55;
    body.destination = fixed_text<20>("MAKHACHKALA");
    ais::Message msg;
    msg.type = 5;
    msg.mmsi = mmsi;
    msg.body = body;
    return msg;
}

/// A port site (circle) for the index.
inline track::Site port(std::string id, std::string name, geo::LatLon center, double radius_m,
                        bool approximate) {
    track::Site site;
    site.id = std::move(id);
    site.name = std::move(name);
    site.kind = track::SiteKind::port;
    site.center = center;
    site.radius_m = radius_m;
    site.of_concern = true;
    site.approximate = approximate;
    site.precision = approximate ? "city-level" : "UN/LOCODE 1-minute";
    return site;
}

/// A tracker whose events are collected in `events`.
struct VesselHarness {
    explicit VesselHarness(const track::SiteIndex* sites = nullptr, track::VesselRules rules = {},
                           const track::Watchlist* watchlist = nullptr,
                           const track::MidFlags* flags = nullptr)
        : tracker(make_context(sites, watchlist, flags), rules) {}

    std::vector<track::Event> events;
    track::VesselTracker tracker;

    [[nodiscard]] std::vector<const track::Event*> of(track::EventKind kind) const {
        std::vector<const track::Event*> out;
        for (const auto& e : events) {
            if (e.kind == kind) out.push_back(&e);
        }
        return out;
    }

private:
    track::Context make_context(const track::SiteIndex* sites, const track::Watchlist* watchlist,
                                const track::MidFlags* flags) {
        track::Context ctx;
        ctx.sites = sites;
        ctx.watchlist = watchlist;
        ctx.mid_flags = flags;
        ctx.sink = [this](track::Event&& e) { events.push_back(std::move(e)); };
        return ctx;
    }
};

/// The JSON text of detail `key` of `event`, or "" when absent.
inline std::string detail(const track::Event& event, std::string_view key) {
    for (const auto& [k, v] : event.details) {
        if (k == key) return v;
    }
    return "";
}

}  // namespace cp::test
