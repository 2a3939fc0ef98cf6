// SPDX-License-Identifier: Apache-2.0
// Site CSV loader, driven by the header so that the shared sites_of_concern.csv, OurAirports' airports CSV,
// GFW's ports CSV (iso3,label,sublabel,latitude,longitude) and NGA's World Port Index CSV (109 columns, BOM,
// quoted fields) all load unchanged. Tested on all four real files in tests/unit/track/test_sites_csv.cpp.
#include <algorithm>

#include "core/csv.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "io/io.hpp"
#include "track/detail/sites_common.hpp"
#include "track/sites.hpp"

namespace cp::track {

namespace {

/// Column positions found in the header; -1 when absent.
struct Columns {
    int lat = -1, lon = -1, id = -1, name = -1, alt_name = -1, kind = -1, country = -1, radius = -1;
    int precision = -1, reference = -1, note = -1, wpi_number = -1;
    SiteKind default_kind = SiteKind::other;
};

int find_column(const std::vector<std::string>& keys, std::initializer_list<std::string_view> names) {
    for (std::string_view name : names) {
        const auto it = std::find(keys.begin(), keys.end(), name);
        if (it != keys.end()) return static_cast<int>(it - keys.begin());
    }
    return -1;
}

Columns read_header(const std::vector<std::string>& header, csv::Reader& reader) {
    std::vector<std::string> keys;
    keys.reserve(header.size());
    for (const auto& field : header) keys.push_back(csv::header_key(field));
    Columns cols;
    cols.lat = find_column(keys, {"lat", "latitude", "latitude_deg"});
    cols.lon = find_column(keys, {"lon", "lng", "longitude", "longitude_deg"});
    if (cols.lat < 0 || cols.lon < 0) reader.fail("header has no lat/latitude and lon/longitude columns");
    cols.id = find_column(keys, {"site_id", "id", "icao", "ident", "gps_code", "un/locode", "locode"});
    cols.name = find_column(keys, {"name", "main port name", "label"});
    cols.alt_name = find_column(keys, {"sublabel"});
    cols.kind = find_column(keys, {"kind", "type"});
    cols.country = find_column(keys, {"country", "iso", "iso2", "iso_country", "iso3", "country code"});
    cols.radius = find_column(keys, {"radius_m"});
    cols.precision = find_column(keys, {"precision"});
    cols.reference = find_column(keys, {"source", "reference"});
    cols.note = find_column(keys, {"note", "notes"});
    cols.wpi_number = find_column(keys, {"world port index number"});
    // Files without a kind column say what they hold through their layout: an ICAO column is an airport list,
    // WPI's and GFW's port columns a port list.
    if (find_column(keys, {"icao"}) >= 0) cols.default_kind = SiteKind::airport;
    if (cols.wpi_number >= 0 || find_column(keys, {"main port name", "sublabel", "port"}) >= 0) {
        cols.default_kind = SiteKind::port;
    }
    return cols;
}

std::string_view field_at(const std::vector<std::string>& fields, int col) {
    return col >= 0 ? text::trim(fields[static_cast<std::size_t>(col)]) : std::string_view{};
}

double parse_coordinate(std::string_view text, double limit, const char* what, csv::Reader& reader) {
    const auto value = text::parse_number<double>(text);
    if (!value) reader.fail(std::string(what) + " is not a number: '" + std::string(text) + "'");
    if (!(*value >= -limit && *value <= limit)) {
        reader.fail(std::string(what) + " out of range: " + std::string(text));
    }
    return *value;
}

/// "World Port Index Number" is written as a float ("8225.0"); the id is "WPI-8225".
std::string wpi_id(std::string_view number) {
    if (number.ends_with(".0")) number.remove_suffix(2);
    return "WPI-" + std::string(number);
}

Site read_row(const std::vector<std::string>& fields, const Columns& cols, const std::string& name,
              bool of_concern, const SiteRadii& radii, csv::Reader& reader) {
    Site site;
    site.center.lat_deg = parse_coordinate(field_at(fields, cols.lat), 90.0, "latitude", reader);
    site.center.lon_deg = parse_coordinate(field_at(fields, cols.lon), 180.0, "longitude", reader);
    // The WPI's own number is unique where its UN/LOCODE column is not (several ports share one code).
    if (cols.wpi_number >= 0) {
        site.id = wpi_id(field_at(fields, cols.wpi_number));
    } else {
        site.id = std::string(field_at(fields, cols.id));
        site.id.erase(std::remove(site.id.begin(), site.id.end(), ' '), site.id.end());
    }
    site.name = std::string(field_at(fields, cols.name));
    if (const auto alt = field_at(fields, cols.alt_name); !alt.empty())
        site.name += " (" + std::string(alt) + ")";
    site.country = std::string(field_at(fields, cols.country));
    if (site.id.empty()) site.id = site.country.empty() ? site.name : site.country + ":" + site.name;
    if (site.name.empty()) site.name = site.id;
    site.kind = cols.kind >= 0 ? parse_site_kind(field_at(fields, cols.kind)) : cols.default_kind;
    site.precision = std::string(field_at(fields, cols.precision));
    site.reference = std::string(field_at(fields, cols.reference));
    site.note = std::string(field_at(fields, cols.note));
    site.of_concern = of_concern;
    site.source = name + ":" + std::to_string(reader.line());
    site.approximate = site.kind == SiteKind::town || detail::says_town_level(site.precision);
    const auto radius_text = field_at(fields, cols.radius);
    if (!radius_text.empty()) {
        const auto radius = text::parse_number<double>(radius_text);
        if (!radius || !(*radius > 0 && *radius <= 1'000'000)) {
            reader.fail("radius_m must be a positive number of metres up to 1000000: '" +
                        std::string(radius_text) + "'");
        }
        site.radius_m = *radius;
    } else {
        site.radius_m = detail::default_radius_m(site, radii);
    }
    return site;
}

}  // namespace

std::vector<Site> parse_sites_csv(std::string_view text, const std::string& name, bool of_concern,
                                  const SiteRadii& radii) {
    csv::Reader reader(text, name, csv::ReaderOptions{.quote_in_unquoted_field_is_text = true});
    std::vector<std::string> fields;
    if (!reader.next(fields)) throw InputError({name, 1, 0}, "empty sites file (a header is needed)");
    const Columns cols = read_header(fields, reader);
    const std::size_t width = fields.size();
    std::vector<Site> sites;
    while (reader.next(fields)) {
        // Tolerance: empty fields past the header's width are dropped. The shared sites_of_concern.csv row
        // IRAMD has an unquoted comma in its source field and so one field too many, the last one empty; its
        // coordinates come first and load, and the tail of the source lands in the note.
        while (fields.size() > width && text::trim(fields.back()).empty()) fields.pop_back();
        if (fields.size() != width) {
            reader.fail("expected " + std::to_string(width) + " fields as in the header, found " +
                        std::to_string(fields.size()));
        }
        sites.push_back(read_row(fields, cols, name, of_concern, radii, reader));
    }
    return sites;
}

std::vector<Site> load_sites_csv(const std::string& path, bool of_concern, const SiteRadii& radii) {
    return parse_sites_csv(io::read_file(path), path, of_concern, radii);
}

std::vector<Site> load_sites(const std::string& path, bool of_concern, const SiteRadii& radii) {
    std::string lower = csv::header_key(path);
    if (lower.ends_with(".geojson") || lower.ends_with(".json"))
        return load_sites_geojson(path, of_concern, radii);
    return load_sites_csv(path, of_concern, radii);
}

}  // namespace cp::track
