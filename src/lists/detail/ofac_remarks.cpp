// SPDX-License-Identifier: Apache-2.0
// OFAC Remarks parser. The statement keys below are the ones seen in sdn.csv 2024-05-03 (the 100 most
// frequent cover > 95% of statements); other statements become notes rather than being dropped.
#include "lists/detail/ofac_remarks.hpp"

#include <array>

#include "core/text.hpp"
#include "lists/detail/builder.hpp"

namespace cp::lists::detail {

namespace {

enum class Shape : std::uint8_t {
    quoted,  ///< value between the first and last single quote: a.k.a. 'X'
    date,    ///< normalised with normalize_date()
    digits,  ///< leading digits only (IMO, MMSI): "9187629 (vessel)" -> "9187629"
    plain,   ///< rest of the statement, trailing '.' dropped
    whole,   ///< the whole statement (identifiers keep their kind: "Passport A123 (Iran)")
};

struct Key {
    std::string_view prefix;
    Prop prop;
    Shape shape;
};

// Longest prefixes first where one key starts another ("Vessel Flag" / "Vessel Registration ...").
constexpr std::array<Key, 38> keys{{
    {"a.k.a. ", Prop::weak_alias, Shape::quoted},
    {"f.k.a. ", Prop::previous_name, Shape::quoted},
    {"n.k.a. ", Prop::alias, Shape::quoted},
    {"DOB ", Prop::birth_date, Shape::date},
    {"POB ", Prop::birth_place, Shape::plain},
    {"nationality ", Prop::nationality, Shape::plain},
    {"citizen ", Prop::nationality, Shape::plain},
    {"Gender ", Prop::gender, Shape::plain},
    {"Vessel Registration Identification IMO ", Prop::imo_number, Shape::digits},
    {"Identification Number IMO ", Prop::imo_number, Shape::digits},
    {"Company Number IMO ", Prop::imo_number, Shape::digits},
    {"MMSI ", Prop::mmsi, Shape::digits},
    {"Vessel Flag ", Prop::flag, Shape::plain},
    {"Other Vessel Flag ", Prop::flag, Shape::plain},
    {"Vessel Call Sign ", Prop::call_sign, Shape::plain},
    {"Other Vessel Call Sign ", Prop::call_sign, Shape::plain},
    {"Vessel Type ", Prop::model, Shape::plain},
    {"Other Vessel Type ", Prop::model, Shape::plain},
    {"Vessel Year of Build ", Prop::build_date, Shape::date},
    {"Aircraft Model ", Prop::model, Shape::plain},
    {"Aircraft Manufacturer's Serial Number (MSN) ", Prop::serial_number, Shape::plain},
    {"Aircraft Serial Identification ", Prop::serial_number, Shape::plain},
    // A previous tail number stays a registration: re-registered airframes are what watchers look for.
    {"Previous Aircraft Tail Number ", Prop::registration_number, Shape::plain},
    {"Aircraft Tail Number ", Prop::registration_number, Shape::plain},
    {"Aircraft Operator ", Prop::operator_name, Shape::plain},
    {"Aircraft Manufacture Date ", Prop::build_date, Shape::date},
    {"Aircraft Mode S Transponder Code ", Prop::icao24, Shape::plain},
    {"Registration Number ", Prop::registration_number, Shape::plain},
    {"Website ", Prop::website, Shape::plain},
    {"Email Address ", Prop::email, Shape::plain},
    {"Phone Number ", Prop::phone, Shape::plain},
    {"Telephone: ", Prop::phone, Shape::plain},
    {"Telephone ", Prop::phone, Shape::plain},
    {"Passport ", Prop::id_number, Shape::whole},
    {"National ID No. ", Prop::id_number, Shape::whole},
    {"Tax ID No. ", Prop::id_number, Shape::whole},
    {"Cedula No. ", Prop::id_number, Shape::whole},
    {"Digital Currency Address - ", Prop::id_number, Shape::whole},
}};

// "T7-OKY (San Marino)" -> "T7-OKY": the registering country stays in the idNumber statement.
std::string_view drop_country(std::string_view value) noexcept {
    if (!value.empty() && value.back() == ')') {
        const std::size_t open = value.rfind(" (");
        if (open != std::string_view::npos && open > 0) return text::trim(value.substr(0, open));
    }
    return value;
}

bool has_digit(std::string_view s) noexcept {
    for (const char c : s) {
        if (c >= '0' && c <= '9') return true;
    }
    return false;
}

std::string_view drop_final_period(std::string_view s) noexcept {
    s = text::trim(s);
    if (!s.empty() && s.back() == '.') s.remove_suffix(1);
    return text::trim(s);
}

// "Listing Date (EO 14024 Directive 3): 24 Feb 2022" and similar "Key (...): date" statements.
bool parse_listing_date(std::string_view statement, std::vector<Remark>& out) {
    if (statement.substr(0, 12) != "Listing Date") return false;
    const std::size_t colon = statement.find(": ");
    if (colon == std::string_view::npos) return false;
    out.push_back({Prop::listing_date, normalize_date(drop_final_period(statement.substr(colon + 2)))});
    return true;
}

// Identifier statements whose key is not in the table ("Business Registration Number 123",
// "Unified Social Credit Code (USCC) 9144...", "D-U-N-S Number 56-..."): a key naming a number plus a
// value with a digit in it.
bool looks_like_identifier(std::string_view statement) noexcept {
    const bool named = statement.find("Number") != std::string_view::npos ||
                       statement.find("No.") != std::string_view::npos ||
                       statement.find(" ID ") != std::string_view::npos ||
                       statement.find("Code") != std::string_view::npos;
    return named && has_digit(statement) && statement.size() < 120;
}

void parse_statement(std::string_view statement, std::vector<Remark>& out,
                     std::vector<std::string>* linked_to) {
    statement = text::trim(statement);
    if (statement.empty()) return;
    std::string_view body = statement;
    if (body.substr(0, 5) == "alt. ") body = text::trim(body.substr(5));
    // "Linked To: POUYA AIR." names another SDN entry (5,824 rows of sdn.csv 2024-05-03 have one or more).
    // The note stays so that the text of the record is unchanged; the name also becomes a relation.
    static constexpr std::string_view linked_prefix = "Linked To: ";
    if (linked_to != nullptr && body.substr(0, linked_prefix.size()) == linked_prefix) {
        const std::string_view target = drop_final_period(body.substr(linked_prefix.size()));
        if (!target.empty()) linked_to->emplace_back(target);
    }
    for (const Key& key : keys) {
        if (body.substr(0, key.prefix.size()) != key.prefix) continue;
        std::string_view value = body.substr(key.prefix.size());
        switch (key.shape) {
        case Shape::quoted: {
            const std::size_t open = value.find('\'');
            const std::size_t close = value.rfind('\'');
            if (open == std::string_view::npos || close <= open) break;  // unquoted: keep as note
            out.push_back({key.prop, std::string(text::trim(value.substr(open + 1, close - open - 1)))});
            return;
        }
        case Shape::date:
            out.push_back({key.prop, normalize_date(drop_final_period(value))});
            return;
        case Shape::digits: {
            // "IMO  8730455" (two spaces, ent 37032) occurs: trim before taking the digits.
            value = text::trim(value);
            std::size_t len = 0;
            while (len < value.size() && value[len] >= '0' && value[len] <= '9') ++len;
            const std::string_view digits = value.substr(0, len);
            const bool ok = key.prop == Prop::imo_number ? valid_imo(digits) : len == 9;  // MMSI: 9 digits
            if (!ok) break;  // kept whole as a note: a wrong identifier must not reach a watchlist
            out.push_back({key.prop, std::string(digits)});
            return;
        }
        case Shape::plain:
            if (key.prop == Prop::registration_number && key.prefix == "Registration Number ") {
                out.push_back({Prop::id_number, std::string(drop_final_period(body))});
                out.push_back({key.prop, std::string(drop_country(drop_final_period(value)))});
                return;
            }
            out.push_back({key.prop, std::string(drop_final_period(value))});
            return;
        case Shape::whole:
            out.push_back({key.prop, std::string(drop_final_period(body))});
            return;
        }
        break;
    }
    if (parse_listing_date(body, out)) return;
    if (looks_like_identifier(body) && body.find('\'') == std::string_view::npos) {
        out.push_back({Prop::id_number, std::string(drop_final_period(body))});
        return;
    }
    out.push_back({Prop::notes, std::string(drop_final_period(statement))});
}

}  // namespace

void parse_remarks(std::string_view remarks, std::vector<Remark>& out, std::vector<std::string>* linked_to) {
    // Statements are separated by "; ". A quoted a.k.a. may itself contain "; " only in theory; none of the
    // bundled snapshots has one, so no quote tracking (names like 'NU'MAN' would defeat it anyway).
    std::size_t pos = 0;
    while (pos <= remarks.size()) {
        const std::size_t sep = remarks.find("; ", pos);
        const std::size_t end = sep == std::string_view::npos ? remarks.size() : sep;
        parse_statement(remarks.substr(pos, end - pos), out, linked_to);
        if (sep == std::string_view::npos) break;
        pos = sep + 2;
    }
}

}  // namespace cp::lists::detail
