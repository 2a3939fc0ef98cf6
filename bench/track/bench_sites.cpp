// SPDX-License-Identifier: Apache-2.0
// Site lookup benchmarks on the bundled index (8,915 sites of concern, airports and ports): containing(),
// nearest port within 50 km, and distance to the nearest port within 1,000 km (the "away from port" test of
// encounters), each at random positions over Europe, the Middle East and the Caspian. Each first checks a
// known answer (Amirabad contains its own centre). Also the cost of bundled_sites() itself.
#include <random>
#include <stdexcept>
#include <vector>

#include <benchmark/benchmark.h>

#include "track/sites.hpp"

namespace {

const cp::track::SiteIndex& index() {
    static const cp::track::SiteIndex sites = [] {
        auto built = cp::track::bundled_sites();
        const auto* amirabad = built.find_id("IRAMD");
        if (amirabad == nullptr ||
            built.best_containing(amirabad->center, {cp::track::SiteKind::port}) != amirabad) {
            throw std::runtime_error("bundled sites: IRAMD does not contain its own centre");
        }
        return built;
    }();
    return sites;
}

std::vector<cp::geo::LatLon> positions() {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> lat(25.0, 60.0);
    std::uniform_real_distribution<double> lon(0.0, 60.0);
    std::vector<cp::geo::LatLon> out(4096);
    for (auto& p : out) p = {lat(rng), lon(rng)};
    return out;
}

void BM_SitesContaining(benchmark::State& state) {
    const auto& sites = index();
    const auto points = positions();
    std::size_t point_idx = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(sites.containing(points[point_idx++ % points.size()]));
    }
}
BENCHMARK(BM_SitesContaining);

void BM_SitesNearestPort50km(benchmark::State& state) {
    const auto& sites = index();
    const auto points = positions();
    std::size_t point_idx = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            sites.nearest(points[point_idx++ % points.size()], {cp::track::SiteKind::port}, 50'000));
    }
}
BENCHMARK(BM_SitesNearestPort50km);

void BM_SitesDistanceToPort1000km(benchmark::State& state) {
    const auto& sites = index();
    const auto points = positions();
    std::size_t point_idx = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(sites.distance_to_nearest(points[point_idx++ % points.size()],
                                                           {cp::track::SiteKind::port}, 1'000'000));
    }
}
BENCHMARK(BM_SitesDistanceToPort1000km);

void BM_BundledSitesLoad(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(cp::track::bundled_sites());
}
BENCHMARK(BM_BundledSitesLoad)->Unit(benchmark::kMillisecond);

}  // namespace
