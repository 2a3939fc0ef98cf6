// SPDX-License-Identifier: Apache-2.0
// Site GeoJSON loader (RFC 7946 FeatureCollection): Point features become circles, Polygon and MultiPolygon
// features outlines (outer ring of the first polygon; holes and further parts are ignored, which only makes a
// site larger). Tested in tests/unit/track/test_sites_geojson.cpp and fuzzed by fuzz_track_sites.
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "io/io.hpp"
#include "track/detail/sites_common.hpp"
#include "track/sites.hpp"

namespace cp::track {

namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& name, std::size_t feature_idx, const std::string& what) {
    throw InputError({name, 0, 0}, "feature " + std::to_string(feature_idx) + ": " + what);
}

/// [lon, lat] (GeoJSON order) checked for range.
geo::LatLon read_position(const json& position, const std::string& name, std::size_t feature_idx) {
    if (!position.is_array() || position.size() < 2 || !position[0].is_number() || !position[1].is_number()) {
        fail(name, feature_idx, "a position must be an array [lon, lat]");
    }
    const double lon = position[0].get<double>();
    const double lat = position[1].get<double>();
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
        fail(name, feature_idx, "position out of range");
    }
    return {lat, lon};
}

std::vector<geo::LatLon> read_ring(const json& rings, const std::string& name, std::size_t feature_idx) {
    if (!rings.is_array() || rings.empty() || !rings[0].is_array()) {
        fail(name, feature_idx, "a polygon needs an array of linear rings");
    }
    std::vector<geo::LatLon> ring;
    for (const auto& position : rings[0]) ring.push_back(read_position(position, name, feature_idx));
    // RFC 7946 closes rings by repeating the first position; inside_polygon does not need it.
    if (ring.size() > 1 && ring.front() == ring.back()) ring.pop_back();
    if (ring.size() < 3) fail(name, feature_idx, "a polygon ring needs at least 3 distinct positions");
    return ring;
}

std::string string_property(const json& props, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        const auto it = props.find(key);
        if (it == props.end() || it->is_null()) continue;
        if (it->is_string()) return it->get<std::string>();
        if (it->is_number()) return it->dump();
    }
    return {};
}

Site read_feature(const json& feature, std::size_t feature_idx, const std::string& name, bool of_concern,
                  const SiteRadii& radii) {
    if (!feature.is_object()) fail(name, feature_idx, "a feature must be an object");
    const auto geometry = feature.find("geometry");
    if (geometry == feature.end() || !geometry->is_object()) fail(name, feature_idx, "no geometry object");
    const auto type = geometry->find("type");
    const auto coords = geometry->find("coordinates");
    if (type == geometry->end() || !type->is_string() || coords == geometry->end()) {
        fail(name, feature_idx, "geometry needs type and coordinates");
    }
    static const json empty = json::object();
    const auto props_it = feature.find("properties");
    const json& props = (props_it != feature.end() && props_it->is_object()) ? *props_it : empty;

    Site site;
    const auto geometry_type = type->get<std::string>();
    if (geometry_type == "Point") {
        site.center = read_position(*coords, name, feature_idx);
    } else if (geometry_type == "Polygon" || geometry_type == "MultiPolygon") {
        if (geometry_type == "MultiPolygon" && (!coords->is_array() || coords->empty())) {
            fail(name, feature_idx, "a MultiPolygon needs at least one polygon");
        }
        const json& rings = geometry_type == "Polygon" ? *coords : (*coords)[0];
        site.polygon = read_ring(rings, name, feature_idx);
        double lat_sum = 0;
        double lon_sum = 0;
        for (const auto& vertex : site.polygon) {
            lat_sum += vertex.lat_deg;
            lon_sum += vertex.lon_deg;
        }
        const auto count = static_cast<double>(site.polygon.size());
        site.center = {lat_sum / count, lon_sum / count};
    } else {
        fail(name, feature_idx, "unsupported geometry type '" + geometry_type + "'");
    }
    site.id = string_property(props, {"id", "site_id"});
    if (site.id.empty()) site.id = string_property(feature, {"id"});
    site.name = string_property(props, {"name"});
    if (site.name.empty()) site.name = site.id;
    if (site.id.empty()) site.id = site.name;
    site.kind = parse_site_kind(string_property(props, {"kind", "type"}));
    site.country = string_property(props, {"country", "iso"});
    site.precision = string_property(props, {"precision"});
    site.reference = string_property(props, {"source", "reference"});
    site.note = string_property(props, {"note"});
    site.of_concern = of_concern;
    if (const auto flag = props.find("of_concern"); flag != props.end() && !flag->is_null()) {
        if (!flag->is_boolean()) fail(name, feature_idx, "of_concern must be true or false");
        site.of_concern = flag->get<bool>();
    }
    site.approximate = site.kind == SiteKind::town || detail::says_town_level(site.precision);
    site.source = name + ": feature " + std::to_string(feature_idx);
    if (const auto radius = props.find("radius_m"); radius != props.end() && !radius->is_null()) {
        if (!radius->is_number() || !(radius->get<double>() > 0 && radius->get<double>() <= 1'000'000)) {
            fail(name, feature_idx, "radius_m must be a positive number of metres up to 1000000");
        }
        site.radius_m = radius->get<double>();
    } else {
        site.radius_m = site.polygon.empty() ? detail::default_radius_m(site, radii) : 0.0;
    }
    return site;
}

}  // namespace

std::vector<Site> parse_sites_geojson(std::string_view text, const std::string& name, bool of_concern,
                                      const SiteRadii& radii) {
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        throw InputError({name, 0, e.byte}, std::string("invalid JSON: ") + e.what());
    } catch (const json::exception& e) {  // out_of_range: a number too large for a double ("1e999")
        throw InputError({name, 0, 0}, std::string("invalid JSON: ") + e.what());
    }
    if (!doc.is_object() || doc.value("type", json()) != "FeatureCollection") {
        throw InputError({name, 0, 0}, "not a GeoJSON FeatureCollection");
    }
    const auto features = doc.find("features");
    if (features == doc.end() || !features->is_array()) throw InputError({name, 0, 0}, "no features array");
    std::vector<Site> sites;
    for (std::size_t feature_idx = 0; feature_idx < features->size(); ++feature_idx) {
        sites.push_back(read_feature((*features)[feature_idx], feature_idx, name, of_concern, radii));
    }
    return sites;
}

std::vector<Site> load_sites_geojson(const std::string& path, bool of_concern, const SiteRadii& radii) {
    return parse_sites_geojson(io::read_file(path), path, of_concern, radii);
}

}  // namespace cp::track
