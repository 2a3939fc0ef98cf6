// SPDX-License-Identifier: Apache-2.0
// Fuzzes the scenario parser (JSON, steps, durations, the JSON pointer locator of its error messages) and the
// motion model of whatever it accepts. A bad scenario is a cp::InputError; anything else is a bug. Sites are
// a small fixed index so that site ids resolve without the bundled data.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "sim/scenario.hpp"
#include "sim/sim.hpp"
#include "track/sites.hpp"

namespace {

const cp::track::SiteIndex& fuzz_sites() {
    static const cp::track::SiteIndex sites = [] {
        cp::track::SiteIndex index;
        struct Known {
            const char* id;
            double lat;
            double lon;
        };
        for (const Known& known : {Known{"UUMU", 55.8783, 38.0617}, Known{"OIII", 35.6892, 51.3134},
                                   Known{"IRAMD", 36.7833, 53.35}}) {
            cp::track::Site site;
            site.id = known.id;
            site.center = {known.lat, known.lon};
            site.radius_m = 3000;
            index.add(site);
        }
        index.build();
        return index;
    }();
    return sites;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const cp::sim::Scenario scenario = cp::sim::parse_scenario(text, "fuzz", fuzz_sites());
        // Sample each object at a few times, including before, at and after its legs.
        for (std::int64_t step = -1; step <= 8; ++step) {
            const std::int64_t t_ms = scenario.start_ms + step * (scenario.end_ms - scenario.start_ms) / 7;
            for (const auto& aircraft : scenario.aircraft) {
                (void)cp::sim::aircraft_state(aircraft, t_ms);
                (void)cp::sim::aircraft_transmits(aircraft, t_ms);
            }
            for (const auto& vessel : scenario.vessels) {
                (void)cp::sim::vessel_state(vessel, t_ms);
                (void)cp::sim::vessel_identity(vessel, t_ms);
            }
        }
    } catch (const cp::InputError&) {
        // a malformed scenario: reported to the user with its location, not a bug
    }
    return 0;
}
