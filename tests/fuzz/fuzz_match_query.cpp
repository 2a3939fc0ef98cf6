// SPDX-License-Identifier: Apache-2.0
// Fuzzes name normalisation, scoring and index queries with arbitrary bytes: any input must give a score in
// [0, 1] or a QueryError, never a crash, a sanitizer report or an assertion.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lists/entity.hpp"
#include "match/match.hpp"

namespace {

const cp::match::Index& index() {
    static const cp::lists::EntitySet set = [] {
        cp::lists::EntitySet s;
        s.sources.push_back({"fuzz", "fuzz", "", {}, 0});
        auto add = [&](cp::lists::Schema schema, std::string name, cp::lists::Prop id_prop, std::string id) {
            cp::lists::Entity e;
            e.id = "fuzz:" + std::to_string(s.entities.size());
            e.schema = schema;
            e.values.push_back({cp::lists::Prop::name, std::move(name), {}});
            e.values.push_back({id_prop, std::move(id), {}});
            s.entities.push_back(std::move(e));
        };
        add(cp::lists::Schema::company, "ALBATROS OOO", cp::lists::Prop::registration_number,
            "1027700132195");
        add(cp::lists::Schema::vessel, "PORT OLYA-4", cp::lists::Prop::imo_number, "9481922");
        add(cp::lists::Schema::person, "PUTIN, Vladimir Vladimirovich", cp::lists::Prop::birth_date,
            "1952-10-07");
        add(cp::lists::Schema::company, "BANCO NACIONAL DE CUBA", cp::lists::Prop::country, "Cuba");
        return s;
    }();
    static const cp::match::Index instance(set);
    return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto hits = index().query(text);
    if (hits) {
        for (const auto& hit : *hits) {
            if (hit.score < 0.0 || hit.score > 1.0) __builtin_trap();
        }
    }
    const std::size_t half = size / 2;
    const double score = cp::match::compare_names(text.substr(0, half), text.substr(half));
    if (score < 0.0 || score > 1.0) __builtin_trap();
    // The second half as the party's country and birth date: read as a country code, compared with the
    // listed ones, and the score stays in [0, 1].
    const std::string code = cp::match::country_code(text.substr(half));
    if (!code.empty() && code.size() != 2) __builtin_trap();
    cp::match::MatchOptions qualified;
    qualified.threshold = 0.0;
    qualified.country = std::string(text.substr(half));
    qualified.birth_date = std::string(text.substr(half));
    const auto qualified_hits = index().query(text.substr(0, half), qualified);
    if (qualified_hits) {
        for (const auto& hit : *qualified_hits) {
            if (hit.score < 0.0 || hit.score > 1.0) __builtin_trap();
        }
    }
    return 0;
}
