// SPDX-License-Identifier: Apache-2.0
// Aircraft scripts -> legs and intervals: `at` (first step: on the ground at a site), `ground` (with the
// transponder off after the first N minutes and back on M minutes before the end), `fly_to`, `squawk` and
// `silent` (intervals that start `after` a delay from the current script time and run alongside the next
// steps).
#include <fmt/format.h>

#include "sim/detail/motion.hpp"
#include "sim/detail/parse.hpp"

namespace cp::sim::detail {
namespace {

struct Cursor {
    std::int64_t t_ms = 0;
    Place where;
};

void ground_step(const Reader& reader, const nlohmann::json& step, const std::string& path, Cursor& cursor,
                 Aircraft& aircraft) {
    reader.only(step, {"ground", "transponder", "off_after", "on_before"}, path);
    const std::int64_t duration = reader.duration_ms(step["ground"], path + "/ground");
    AircraftLeg leg;
    leg.time = {cursor.t_ms, cursor.t_ms + duration};
    leg.from = leg.to = cursor.where.pos;
    leg.from_site = leg.to_site = cursor.where.site;
    aircraft.legs.push_back(leg);
    const nlohmann::json* transponder = reader.find(step, "transponder");
    const std::string mode = transponder != nullptr ? reader.text(*transponder, path + "/transponder") : "on";
    if (mode != "on" && mode != "off") reader.fail(path + "/transponder", "expected \"on\" or \"off\"");
    if (mode == "off") {
        const nlohmann::json* after = reader.find(step, "off_after");
        const nlohmann::json* before = reader.find(step, "on_before");
        const std::int64_t off = after != nullptr ? reader.duration_ms(*after, path + "/off_after") : 0;
        const std::int64_t on = before != nullptr ? reader.duration_ms(*before, path + "/on_before") : 0;
        if (off + on >= duration)
            reader.fail(path, "off_after + on_before leave no time with the transponder off");
        aircraft.silent.push_back({cursor.t_ms + off, cursor.t_ms + duration - on});
    } else if (reader.find(step, "off_after") != nullptr || reader.find(step, "on_before") != nullptr) {
        reader.fail(path, "off_after/on_before need \"transponder\": \"off\"");
    }
    cursor.t_ms += duration;
}

void fly_step(const Reader& reader, const nlohmann::json& step, const std::string& path, Cursor& cursor,
              Aircraft& aircraft) {
    reader.only(step, {"fly_to", "speed_kt", "alt_ft"}, path);
    const Place to = reader.place(step["fly_to"], path + "/fly_to");
    const nlohmann::json* speed = reader.find(step, "speed_kt");
    const nlohmann::json* alt = reader.find(step, "alt_ft");
    const double speed_kt = speed != nullptr ? reader.number(*speed, path + "/speed_kt", 60, 1000) : 420.0;
    const double alt_ft = alt != nullptr ? reader.number(*alt, path + "/alt_ft", 500, 50'000) : 33'000.0;
    if (geo::distance_m(cursor.where.pos, to.pos) < 5'000) reader.fail(path + "/fly_to", "already there");
    AircraftLeg leg =
        plan_flight(cursor.where.pos, to.pos, cursor.t_ms, speed_kt, static_cast<std::int32_t>(alt_ft));
    leg.from_site = cursor.where.site;
    leg.to_site = to.site;
    aircraft.legs.push_back(leg);
    cursor.t_ms = leg.time.end_ms;
    cursor.where = to;
}

void overlay_step(const Reader& reader, const nlohmann::json& step, const std::string& path,
                  const Cursor& cursor, Aircraft& aircraft) {
    const nlohmann::json* after = reader.find(step, "after");
    const std::int64_t start =
        cursor.t_ms + (after != nullptr ? reader.duration_ms(*after, path + "/after") : 0);
    if (reader.find(step, "squawk") != nullptr) {
        reader.only(step, {"squawk", "for", "after"}, path);
        const std::uint16_t code = reader.squawk(step["squawk"], path + "/squawk");
        const std::int64_t duration = reader.duration_ms(reader.need(step, "for", path), path + "/for");
        aircraft.squawks.push_back({{start, start + duration}, code});
        return;
    }
    reader.only(step, {"silent", "after"}, path);
    const std::int64_t duration = reader.duration_ms(step["silent"], path + "/silent");
    aircraft.silent.push_back({start, start + duration});
}

}  // namespace

Aircraft parse_aircraft(const Reader& reader, const nlohmann::json& object, const std::string& path,
                        std::int64_t start_ms) {
    reader.only(object, {"icao", "callsign", "category", "squawk", "steps", "note"}, path);
    Aircraft aircraft;
    aircraft.path = path;
    const std::string icao = reader.text(reader.need(object, "icao", path), path + "/icao");
    if (icao.size() != 6 || icao.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
        reader.fail(path + "/icao", "expected 6 hex digits");
    }
    aircraft.icao = static_cast<std::uint32_t>(std::stoul(icao, nullptr, 16));
    if (const nlohmann::json* callsign = reader.find(object, "callsign")) {
        aircraft.callsign = reader.text(*callsign, path + "/callsign");
        if (aircraft.callsign.size() > 8 ||
            aircraft.callsign.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ") !=
                std::string::npos) {
            reader.fail(path + "/callsign", "expected up to 8 characters A-Z, 0-9 or space");
        }
    }
    if (const nlohmann::json* category = reader.find(object, "category")) {
        const std::string text = reader.text(*category, path + "/category");
        if (text.size() != 2 || text[0] < 'A' || text[0] > 'D' || text[1] < '0' || text[1] > '7') {
            reader.fail(path + "/category", "expected an emitter category A0-D7 (A5 = heavy)");
        }
        aircraft.category = static_cast<std::uint8_t>(((text[0] - 'A' + 0xA) << 4) | (text[1] - '0'));
    }
    if (const nlohmann::json* squawk = reader.find(object, "squawk")) {
        aircraft.squawk = reader.squawk(*squawk, path + "/squawk");
    }
    const nlohmann::json& steps = reader.need(object, "steps", path);
    if (!steps.is_array() || steps.empty())
        reader.fail(path + "/steps", "expected a non-empty array of steps");
    Cursor cursor{start_ms, {}};
    for (std::size_t step_idx = 0; step_idx < steps.size(); ++step_idx) {
        const std::string step_path = fmt::format("{}/steps/{}", path, step_idx);
        const nlohmann::json& step = steps[step_idx];
        if (!step.is_object()) reader.fail(step_path, "expected an object");
        if (cursor.t_ms - start_ms > max_script_ms) reader.fail(step_path, "the script runs past 14 days");
        const bool first = step_idx == 0;
        if (first != step.contains("at")) {
            reader.fail(step_path, first ? "the first step must be {\"at\": SITE}"
                                         : "\"at\" is only for the first step");
        }
        if (first) {
            reader.only(step, {"at"}, step_path);
            cursor.where = reader.place(step["at"], step_path + "/at");
        } else if (step.contains("ground")) {
            ground_step(reader, step, step_path, cursor, aircraft);
        } else if (step.contains("fly_to")) {
            fly_step(reader, step, step_path, cursor, aircraft);
        } else if (step.contains("squawk") || step.contains("silent")) {
            overlay_step(reader, step, step_path, cursor, aircraft);
        } else {
            reader.fail(step_path, "expected one of at, ground, fly_to, squawk, silent");
        }
    }
    if (aircraft.legs.empty()) reader.fail(path + "/steps", "no ground or fly_to step: nothing to record");
    return aircraft;
}

}  // namespace cp::sim::detail
