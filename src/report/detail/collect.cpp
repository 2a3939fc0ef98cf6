// SPDX-License-Identifier: Apache-2.0
#include "report/detail/collect.hpp"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace cp::report::detail {

std::vector<geo::LatLon> evidence_path(const track::Event& event) {
    std::vector<geo::LatLon> path;
    for (const track::EvidencePoint& point : event.evidence) {
        if (path.empty() || !(path.back() == point.position)) path.push_back(point.position);
    }
    return path;
}

std::vector<NamedSite> named_sites(const std::vector<track::Event>& events, const track::SiteIndex* sites) {
    std::vector<NamedSite> out;
    if (sites == nullptr) return out;
    std::unordered_map<std::string, std::size_t> index;  // site id -> position in `out`
    for (const track::Event& event : events) {
        for (const track::SiteRef& ref : event.sites) {
            const auto found = index.find(ref.id);
            if (found != index.end()) {
                ++out[found->second].mentions;
                continue;
            }
            const track::Site* site = sites->find_id(ref.id);
            if (site == nullptr) continue;
            index.emplace(ref.id, out.size());
            out.push_back({site, 1});
        }
    }
    return out;
}

std::vector<std::size_t> timeline_order(const std::vector<track::Event>& events) {
    std::vector<std::size_t> order(events.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return events[a].start_ms < events[b].start_ms; });
    return order;
}

std::array<std::size_t, event_kind_count> count_kinds(const std::vector<track::Event>& events) {
    std::array<std::size_t, event_kind_count> counts{};
    for (const track::Event& event : events) {
        const auto kind = static_cast<std::size_t>(event.kind);
        if (kind < counts.size()) ++counts[kind];
    }
    return counts;
}

std::string detail_text(std::string_view json_value) {
    if (json_value.empty() || json_value.front() != '"') return std::string(json_value);
    const nlohmann::json parsed = nlohmann::json::parse(json_value, nullptr, false);
    return parsed.is_string() ? parsed.get<std::string>() : std::string(json_value);
}

std::string_view kind_colour(track::EventKind kind) noexcept {
    // Index = EventKind value. Aircraft kinds reds/oranges, vessel kinds blues/greens; the alarming kinds
    // (watchlist, squawk, jumps) are the most saturated.
    static constexpr std::array<std::string_view, event_kind_count> colours = {
        "#e67e22", "#d35400", "#c0392b", "#8e44ad", "#e74c3c", "#f39c12",
        "#2980b9", "#16a085", "#27ae60", "#1abc9c", "#2c3e50", "#34495e",
    };
    const auto idx = static_cast<std::size_t>(kind);
    return idx < colours.size() ? colours[idx] : std::string_view{"#7f8c8d"};
}

}  // namespace cp::report::detail
