// SPDX-License-Identifier: Apache-2.0
// parse_scenario(): the top level of a scenario document (docs/scenarios.md) and its objects.
#include "sim/scenario.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "sim/detail/parse.hpp"

namespace cp::sim {
namespace {

nlohmann::json parse_json(std::string_view text, const std::string& name) {
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
        const std::size_t offset = std::min<std::size_t>(error.byte > 0 ? error.byte - 1 : 0, text.size());
        const auto line = static_cast<std::uint64_t>(std::count(
                              text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n')) +
                          1;
        throw InputError({name, line, offset}, "not valid JSON");
    } catch (const nlohmann::json::exception& error) {
        // out_of_range 406: a number too large for a double ("1e999"), found by fuzz_sim_scenario
        throw InputError({name, 0, 0}, fmt::format("not usable JSON: {}", error.what()));
    }
}

void read_rates(const detail::Reader& reader, const nlohmann::json& value, RateScale& rates) {
    if (value.is_number()) {
        rates.adsb = rates.ais = reader.number(value, "/rate_scale", 0.001, 1);
        return;
    }
    reader.only(value, {"adsb", "ais"}, "/rate_scale");
    if (const nlohmann::json* adsb = reader.find(value, "adsb"))
        rates.adsb = reader.number(*adsb, "/rate_scale/adsb", 0.001, 1);
    if (const nlohmann::json* ais = reader.find(value, "ais"))
        rates.ais = reader.number(*ais, "/rate_scale/ais", 0.001, 1);
}

}  // namespace

Scenario parse_scenario(std::string_view json_text, const std::string& name, const track::SiteIndex& sites) {
    const nlohmann::json doc = parse_json(json_text, name);
    const detail::Reader reader(json_text, name, sites);
    reader.only(doc, {"name", "note", "start", "seed", "rate_scale", "receiver", "aircraft", "vessels"}, "");
    Scenario scenario;
    scenario.name = reader.text(reader.need(doc, "name", ""), "/name");
    if (const nlohmann::json* note = reader.find(doc, "note")) scenario.note = reader.text(*note, "/note");
    scenario.start_ms = reader.time_ms(reader.need(doc, "start", ""), "/start");
    if (const nlohmann::json* seed = reader.find(doc, "seed"))
        scenario.seed = reader.integer(*seed, "/seed", ~0ULL >> 1);
    if (const nlohmann::json* rates = reader.find(doc, "rate_scale"))
        read_rates(reader, *rates, scenario.rates);
    if (const nlohmann::json* receiver = reader.find(doc, "receiver")) {
        scenario.receiver = reader.text(*receiver, "/receiver");
        if (scenario.receiver.empty() || scenario.receiver.find_first_of(",*\\!$") != std::string::npos) {
            reader.fail("/receiver", "expected a name without , * \\ ! $");
        }
    }
    auto list = [&](const char* key) -> const nlohmann::json* {
        const nlohmann::json* items = reader.find(doc, key);
        if (items != nullptr && !items->is_array()) reader.fail(fmt::format("/{}", key), "expected an array");
        return items;
    };
    if (const nlohmann::json* aircraft = list("aircraft")) {
        for (std::size_t idx = 0; idx < aircraft->size(); ++idx) {
            scenario.aircraft.push_back(detail::parse_aircraft(
                reader, (*aircraft)[idx], fmt::format("/aircraft/{}", idx), scenario.start_ms));
        }
    }
    if (const nlohmann::json* vessels = list("vessels")) {
        for (std::size_t idx = 0; idx < vessels->size(); ++idx) {
            scenario.vessels.push_back(detail::parse_vessel(
                reader, (*vessels)[idx], fmt::format("/vessels/{}", idx), scenario.start_ms));
        }
    }
    if (scenario.aircraft.empty() && scenario.vessels.empty()) reader.fail("", "no aircraft and no vessels");
    scenario.end_ms = scenario.start_ms;
    for (const Aircraft& aircraft : scenario.aircraft) {
        scenario.end_ms = std::max(scenario.end_ms, aircraft.legs.back().time.end_ms);
    }
    for (const Vessel& vessel : scenario.vessels)
        scenario.end_ms = std::max(scenario.end_ms, vessel.legs.back().time.end_ms);
    // 14 days of script at the default rates is ~50 MB per format: a typo ("300h") should not fill a disk.
    if (scenario.end_ms - scenario.start_ms > 14LL * 24 * 3'600'000)
        reader.fail("", "the scenario lasts more than 14 days");
    return scenario;
}

}  // namespace cp::sim
