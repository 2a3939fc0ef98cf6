// SPDX-License-Identifier: Apache-2.0
// Vessel scripts -> legs, dark intervals and identity changes: `at` + `stay` (moored), `stay`, `sail_to` (at
// a speed, or timed by `arrive`), `drift` (slow, on a course), `dark` (AIS off while moving on), and the
// identity steps `rename`, `imo`, `call_sign`, `mmsi` (taking effect at the current script time).
#include <cmath>

#include <fmt/format.h>

#include "sim/detail/parse.hpp"

namespace cp::sim::detail {
namespace {

constexpr double mps_per_kt = geo::metres_per_nautical_mile / 3600.0;

struct Cursor {
    std::int64_t t_ms = 0;
    Place where;
    bool placed = false;
};

void stay_step(const Reader& reader, const nlohmann::json& step, const std::string& path, Cursor& cursor,
               Vessel& vessel) {
    reader.only(step, {"at", "stay"}, path);
    if (const nlohmann::json* at = reader.find(step, "at")) {
        const Place place = reader.place(*at, path + "/at");
        if (cursor.placed && geo::distance_m(place.pos, cursor.where.pos) > 20'000) {
            reader.fail(path + "/at", "more than 20 km from where the vessel is: sail_to it first");
        }
        cursor.where = place;
        cursor.placed = true;
    }
    if (!cursor.placed)
        reader.fail(path, "the first step must place the vessel: {\"at\": SITE, \"stay\": ...}");
    const nlohmann::json* stay = reader.find(step, "stay");
    if (stay == nullptr) return;
    VesselLeg leg;
    leg.time = {cursor.t_ms, cursor.t_ms + reader.duration_ms(*stay, path + "/stay")};
    leg.from = leg.to = cursor.where.pos;
    leg.site = cursor.where.site;
    vessel.legs.push_back(leg);
    cursor.t_ms = leg.time.end_ms;
}

void sail_step(const Reader& reader, const nlohmann::json& step, const std::string& path, Cursor& cursor,
               Vessel& vessel) {
    reader.only(step, {"sail_to", "speed_kt", "arrive"}, path);
    VesselLeg leg;
    leg.kind = VesselLeg::Kind::sail;
    const Place to = reader.place(step["sail_to"], path + "/sail_to");
    leg.from = cursor.where.pos;
    leg.to = to.pos;
    leg.site = to.site;
    const double distance = geo::distance_m(leg.from, leg.to);
    if (distance < 100) reader.fail(path + "/sail_to", "already there");
    const nlohmann::json* arrive = reader.find(step, "arrive");
    const nlohmann::json* speed = reader.find(step, "speed_kt");
    if (arrive != nullptr && speed != nullptr) reader.fail(path, "give speed_kt or arrive, not both");
    if (arrive != nullptr) {
        const std::int64_t at = reader.time_ms(*arrive, path + "/arrive");
        const double hours = static_cast<double>(at - cursor.t_ms) / 3.6e6;
        leg.speed_kt = hours > 0 ? distance / geo::metres_per_nautical_mile / hours : 0;
        if (leg.speed_kt < 0.5 || leg.speed_kt > 40) {
            reader.fail(path + "/arrive",
                        fmt::format("arriving then needs {:.1f} kt over {:.1f} NM (0.5-40 kt allowed)",
                                    leg.speed_kt, distance / geo::metres_per_nautical_mile));
        }
        leg.time = {cursor.t_ms, at};
    } else {
        leg.speed_kt = speed != nullptr ? reader.number(*speed, path + "/speed_kt", 0.5, 40) : 10.0;
        const auto ms = static_cast<std::int64_t>(std::ceil(distance / (leg.speed_kt * mps_per_kt) * 1000.0));
        leg.time = {cursor.t_ms, cursor.t_ms + ms};
    }
    vessel.legs.push_back(leg);
    cursor.t_ms = leg.time.end_ms;
    cursor.where = to;
}

void drift_step(const Reader& reader, const nlohmann::json& step, const std::string& path, Cursor& cursor,
                Vessel& vessel) {
    reader.only(step, {"drift", "speed_kt", "course"}, path);
    VesselLeg leg;
    leg.kind = VesselLeg::Kind::drift;
    leg.from = cursor.where.pos;
    leg.speed_kt = reader.number(reader.need(step, "speed_kt", path), path + "/speed_kt", 0, 5);
    const nlohmann::json* course = reader.find(step, "course");
    leg.course_deg = course != nullptr ? reader.number(*course, path + "/course", 0, 360) : 0.0;
    const std::int64_t duration = reader.duration_ms(step["drift"], path + "/drift");
    leg.time = {cursor.t_ms, cursor.t_ms + duration};
    leg.to = geo::destination(leg.from, leg.course_deg,
                              leg.speed_kt * mps_per_kt * static_cast<double>(duration) / 1000.0);
    vessel.legs.push_back(leg);
    cursor.t_ms = leg.time.end_ms;
    cursor.where = {leg.to, {}};
}

void dark_step(const Reader& reader, const nlohmann::json& step, const std::string& path,
               const Cursor& cursor, Vessel& vessel) {
    reader.only(step, {"dark", "after"}, path);
    const nlohmann::json* after = reader.find(step, "after");
    const std::int64_t start =
        cursor.t_ms + (after != nullptr ? reader.duration_ms(*after, path + "/after") : 0);
    vessel.dark.push_back({start, start + reader.duration_ms(step["dark"], path + "/dark")});
}

void identity_step(const Reader& reader, const nlohmann::json& step, const std::string& path,
                   const Cursor& cursor, Vessel& vessel) {
    reader.only(step, {"rename", "imo", "call_sign", "mmsi"}, path);
    IdentityChange change;
    change.t_ms = cursor.t_ms;
    if (const nlohmann::json* name = reader.find(step, "rename"))
        change.name = reader.text(*name, path + "/rename");
    if (const nlohmann::json* imo = reader.find(step, "imo")) {
        change.imo = static_cast<std::uint32_t>(reader.integer(*imo, path + "/imo", 9'999'999));
    }
    if (const nlohmann::json* call_sign = reader.find(step, "call_sign")) {
        change.call_sign = reader.text(*call_sign, path + "/call_sign");
    }
    if (const nlohmann::json* mmsi = reader.find(step, "mmsi")) {
        change.mmsi = static_cast<std::uint32_t>(reader.integer(*mmsi, path + "/mmsi", 999'999'999));
    }
    vessel.changes.push_back(std::move(change));
}

void vessel_fields(const Reader& reader, const nlohmann::json& object, const std::string& path,
                   Vessel& vessel) {
    vessel.identity.mmsi = static_cast<std::uint32_t>(
        reader.integer(reader.need(object, "mmsi", path), path + "/mmsi", 999'999'999));
    if (const nlohmann::json* imo = reader.find(object, "imo")) {
        vessel.identity.imo = static_cast<std::uint32_t>(reader.integer(*imo, path + "/imo", 9'999'999));
    }
    if (const nlohmann::json* name = reader.find(object, "name"))
        vessel.identity.name = reader.text(*name, path + "/name");
    if (const nlohmann::json* call_sign = reader.find(object, "call_sign")) {
        vessel.identity.call_sign = reader.text(*call_sign, path + "/call_sign");
    }
    if (const nlohmann::json* type = reader.find(object, "ship_type")) {
        vessel.ship_type = static_cast<std::uint8_t>(reader.integer(*type, path + "/ship_type", 99));
    }
    if (const nlohmann::json* cls = reader.find(object, "class")) {
        const std::string text = reader.text(*cls, path + "/class");
        if (text != "A" && text != "B") reader.fail(path + "/class", "expected \"A\" or \"B\"");
        vessel.class_b = text == "B";
    }
    if (const nlohmann::json* destination = reader.find(object, "destination")) {
        vessel.destination = reader.text(*destination, path + "/destination");
    }
    if (const nlohmann::json* length = reader.find(object, "length_m")) {
        const double metres = reader.number(*length, path + "/length_m", 2, 500);
        vessel.to_bow = static_cast<std::uint16_t>(std::lround(metres * 0.8));
        vessel.to_stern = static_cast<std::uint16_t>(std::lround(metres * 0.2));
    }
    if (const nlohmann::json* beam = reader.find(object, "beam_m")) {
        const double metres = reader.number(*beam, path + "/beam_m", 1, 120);
        vessel.to_port = vessel.to_starboard = static_cast<std::uint8_t>(std::lround(metres / 2));
    }
    if (const nlohmann::json* draught = reader.find(object, "draught_m")) {
        vessel.draught_m = reader.number(*draught, path + "/draught_m", 0, 25);
    }
}

}  // namespace

Vessel parse_vessel(const Reader& reader, const nlohmann::json& object, const std::string& path,
                    std::int64_t start_ms) {
    reader.only(object,
                {"mmsi", "imo", "name", "call_sign", "ship_type", "class", "destination", "length_m",
                 "beam_m", "draught_m", "steps", "note"},
                path);
    Vessel vessel;
    vessel.path = path;
    vessel_fields(reader, object, path, vessel);
    const nlohmann::json& steps = reader.need(object, "steps", path);
    if (!steps.is_array() || steps.empty())
        reader.fail(path + "/steps", "expected a non-empty array of steps");
    Cursor cursor{start_ms, {}, false};
    for (std::size_t step_idx = 0; step_idx < steps.size(); ++step_idx) {
        const std::string step_path = fmt::format("{}/steps/{}", path, step_idx);
        const nlohmann::json& step = steps[step_idx];
        if (!step.is_object()) reader.fail(step_path, "expected an object");
        if (cursor.t_ms - start_ms > max_script_ms) reader.fail(step_path, "the script runs past 14 days");
        if (!cursor.placed && !step.contains("at"))
            reader.fail(step_path, "the first step must be {\"at\": SITE, ...}");
        if (step.contains("at") || step.contains("stay")) {
            stay_step(reader, step, step_path, cursor, vessel);
        } else if (step.contains("sail_to")) {
            sail_step(reader, step, step_path, cursor, vessel);
        } else if (step.contains("drift")) {
            drift_step(reader, step, step_path, cursor, vessel);
        } else if (step.contains("dark")) {
            dark_step(reader, step, step_path, cursor, vessel);
        } else if (step.contains("rename") || step.contains("imo") || step.contains("call_sign") ||
                   step.contains("mmsi")) {
            identity_step(reader, step, step_path, cursor, vessel);
        } else {
            reader.fail(step_path,
                        "expected one of at, stay, sail_to, drift, dark, rename, imo, call_sign, mmsi");
        }
    }
    if (vessel.legs.empty())
        reader.fail(path + "/steps", "no stay, sail_to or drift step: nothing to record");
    return vessel;
}

}  // namespace cp::sim::detail
