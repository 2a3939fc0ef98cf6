// SPDX-License-Identifier: Apache-2.0
// Internals of the type 6/8 application-payload writers (detail/binary_apps*.cpp): one writer per DAC
// family and the small field helpers they share. Offsets in the writers count from the first bit after the
// FID, i.e. gpsd's UBITS(n) is our n - 88 for type 6 and n - 56 for type 8.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ais/detail/binary_apps.hpp"
#include "ais/detail/bit_reader.hpp"
#include "ais/detail/json_out.hpp"

namespace cp::ais::detail {

/// What every application writer needs: the application bits, gpsd's -u flag and the output.
struct AppWriter {
    const BitReader& bits;  ///< application bits, read as zero past their end (gpsd's zeroed buffer)
    bool scaled;            ///< false for `gpsdecode -u`
    JsonOut& json;          ///< output, `,"key":value` members
    int minute3_decimals;   ///< decimals of positions in 1/1000 minute (4 in gpsd 3.22)

    /// `,"key":"<text>"` of `chars` six-bit characters from `first`, ended at '@', right-trimmed.
    void text(std::string_view key, std::size_t first, std::size_t chars) const;
    /// gpsd's `endchars`: the text from `first` to the end of the payload, at most `max_chars` long.
    void end_text(std::string_view key, std::size_t first, std::size_t max_chars) const;
    /// `,"key":` then `"%02u-%02uT%02u:%02u<suffix>"` (zero-padded month, day, hour, minute).
    void padded_time(std::string_view key, std::uint64_t month, std::uint64_t day, std::uint64_t hour,
                     std::uint64_t minute, std::string_view suffix) const;
    /// `,"key":"%u-%uT%u:%u"` (no padding, as gpsd prints the inland and berthing times).
    void plain_time(std::string_view key, std::uint64_t month, std::uint64_t day, std::uint64_t hour,
                    std::uint64_t minute) const;
    /// A signed position field: the raw integer unscaled, else raw / `div` with `decimals` digits.
    void coordinate(std::string_view key, std::int64_t raw, double div, int decimals) const;
    /// A position in 1/1000 minute (IMO 289 layouts; gpsd also divides IMO 236 tidal positions by 60000):
    /// the raw integer unscaled, else degrees with `minute3_decimals` digits.
    void minute3(std::string_view key, std::int64_t raw) const {
        coordinate(key, raw, 60000.0, minute3_decimals);
    }
    /// Starts an object inside an array (`{`, after a `,` unless it is the first) and returns the mark
    /// that end_object() needs; members are written with the usual JsonOut calls in between.
    [[nodiscard]] std::size_t begin_object(bool first) const;
    /// Closes an object begun at `mark`, dropping the comma JsonOut wrote before its first member.
    void end_object(std::size_t mark) const;
    /// `,"key":[`.
    void begin_array(std::string_view key) const;
    /// `,"key":<n>` then `,"key_text":"<legend or fallback>"`.
    template <std::size_t N>
    void legend(std::string_view key, std::string_view text_key, std::uint64_t value,
                const std::array<std::string_view, N>& legends, std::string_view fallback) const {
        json.integer(key, value);
        json.string(text_key, value < N ? legends[value] : fallback);
    }
};

/// gpsd's divisor for positions in 1/10000 minute.
inline constexpr double latlon4_div = 600000.0;

// binary_apps_imo6.cpp: type 6, DAC 1 (IMO 236 / IMO 289 addressed).
/// Writes DAC 1 `fid` of a type 6 message; `dest_mmsi` feeds FIDs 15 and 16 (see BinaryAppOptions).
/// False when gpsd prints raw data.
bool write_imo_addressed(std::uint16_t fid, const AppWriter& app, std::optional<std::uint32_t> dest_mmsi);

// binary_apps_imo8.cpp: type 8, DAC 1 (IMO 236 / IMO 289 broadcast) except met/hydro.
/// Writes DAC 1 `fid` of a type 8 message. False when gpsd prints raw data.
bool write_imo_broadcast(std::uint16_t fid, const AppWriter& app);

/// IMO 289 route information, the same layout in type 6 FID 28 and type 8 FID 27 (binary_apps_imo8.cpp).
void write_route_info(const AppWriter& app);

// binary_apps_meteo.cpp: type 8, DAC 1, FID 11 (IMO 236) and FID 31 (IMO 289) met/hydro data.
/// FID 11 met/hydro report (always decoded, any length).
void write_meteo_hydro_236(const AppWriter& app);
/// FID 31 met/hydro report (always decoded, any length).
void write_meteo_hydro_289(const AppWriter& app);

// binary_apps_inland.cpp: DAC 200 (inland AIS) and DAC 235/250 (UK and Ireland GLA).
/// Type 6, DAC 200: FIDs 21, 22, 55 at their exact lengths. False when gpsd prints raw data.
bool write_inland_addressed(std::uint16_t fid, const AppWriter& app);
/// Type 8, DAC 200: FIDs 10, 23, 24, 40 at their exact lengths. False when gpsd prints raw data.
bool write_inland_broadcast(std::uint16_t fid, const AppWriter& app);
/// Type 6, DAC 235 or 250, FID 10: GLA AtoN monitoring data, 48 bits. False when gpsd prints raw data.
bool write_gla_aton_monitoring(std::uint16_t fid, const AppWriter& app);

}  // namespace cp::ais::detail
