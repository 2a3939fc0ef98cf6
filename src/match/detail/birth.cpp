// SPDX-License-Identifier: Apache-2.0
// The party's birth year against a listed person's birth dates, read as the spans of years the lists mean.
#include "match/detail/birth.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace cp::match::detail {

namespace {

constexpr double year_agrees = 0.05;
// A birth year is strong evidence: a person has one. -0.15 takes a close spelling (0.85) under the
// threshold but leaves an exact name (1.0) a hit for a person to read.
constexpr double year_differs = 0.15;

// Birth years compared: from the oldest listed persons to the youngest parties.
constexpr int first_year = 1850;
constexpr int last_year = 2100;

struct YearSpan {
    int first;
    int last;
    std::string_view date;  // as listed, when a full date (1953-08-17): a year from it is another date
};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Four-digit runs that are birth years in `text`, in order: "1952-10-07" -> 1952, "01 Jan 1961 to 31 Dec
// 1963" -> 1961, 1963.
std::vector<int> years_in(std::string_view text) {
    std::vector<int> years;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (!is_digit(text[pos])) {
            ++pos;
            continue;
        }
        std::size_t end = pos;
        while (end < text.size() && is_digit(text[end])) ++end;
        if (end - pos == 4) {
            int year = 0;
            for (std::size_t at = pos; at < end; ++at) year = year * 10 + (text[at] - '0');
            // A year of the Solar or Lunar Hijri calendar (1340 SH is 1961) is no Gregorian birth year to
            // compare: neither are other numbers of four digits.
            if (year >= first_year && year <= last_year) years.push_back(year);
        }
        pos = end;
    }
    return years;
}

// 1953-08-17, as the lists are normalised and as a party's date is best given (its year is checked by
// years_in, which every caller has run).
bool full_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    return std::all_of(text.begin(), text.begin() + 4, is_digit) && is_digit(text[5]) && is_digit(text[6]) &&
           is_digit(text[8]) && is_digit(text[9]);
}

// The same day, or its day and month swapped (1953-05-08 / 1953-08-05, as a date written the other way
// round).
bool same_day(std::string_view a, std::string_view b) {
    return a == b || (a.substr(0, 4) == b.substr(0, 4) && a.substr(5, 2) == b.substr(8, 2) &&
                      a.substr(8, 2) == b.substr(5, 2));
}

int distance(int year, const YearSpan& span) {
    return year < span.first ? span.first - year : year > span.last ? year - span.last : 0;
}

}  // namespace

std::optional<Qualifier> birth_evidence(std::string_view party, const lists::Entity& entity) {
    const std::vector<int> party_years = years_in(party);
    if (party_years.empty()) return std::nullopt;
    const int year = party_years.front();
    std::vector<YearSpan> spans;  // one per listed date; a date holding two years is a range
    std::string listed;           // the listed dates, for the explanation
    for (auto date : entity.all(lists::Prop::birth_date)) {
        const std::vector<int> years = years_in(date);
        if (years.empty()) continue;
        spans.push_back({*std::min_element(years.begin(), years.end()),
                         *std::max_element(years.begin(), years.end()),
                         full_date(date) ? date : std::string_view()});
        if (!listed.empty()) listed += ", ";
        listed += date;
    }
    if (spans.empty()) return std::nullopt;
    const std::string stated = "birth year " + std::to_string(year);
    // Two full dates are two birthdays unless the same (or the same written the other way round): in the same
    // year they say nothing (lists write 01 Jan for an unknown day), a year apart they differ. A year from a
    // year, a range or the party's bare year may be the same person's.
    const bool party_day = full_date(party);
    bool agrees = false;
    bool same_year = false;
    bool near = false;
    int earliest = spans.front().first;
    int latest = spans.front().last;
    for (const auto& span : spans) {
        const bool both_days = party_day && !span.date.empty();
        if (distance(year, span) == 0 && both_days && !same_day(party, span.date)) {
            same_year = true;
        } else {
            agrees = agrees || distance(year, span) == 0;
        }
        near = near || (distance(year, span) == 1 && !both_days);
        earliest = std::min(earliest, span.first);
        latest = std::max(latest, span.last);
    }
    if (agrees) return Qualifier{stated + " agrees", year_agrees};
    if (same_year) return Qualifier{"birth date " + std::string(party) + " is not the listed " + listed, 0.0};
    if (near) return Qualifier{stated + " is a year from the listed " + listed, 0.0};
    if (year > earliest && year < latest) return Qualifier{stated + " is between the listed " + listed, 0.0};
    return Qualifier{stated + " differs from the listed " + listed, -year_differs};
}

}  // namespace cp::match::detail
