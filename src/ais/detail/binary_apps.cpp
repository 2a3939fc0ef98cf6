// SPDX-License-Identifier: Apache-2.0
// Types 6 and 8: picks the writer of the application payloads gpsd 3.22 decodes (ITU-R M.1371-5 §5.2 /
// IMO SN.1/Circ.236 and 289, inland AIS, UK GLA) and holds the field helpers they share. Which DAC/FID
// pairs, at which lengths, was measured with gpsdecode 3.22 over every DAC/FID and lengths 0-1000 bits
// (tests/unit/ais/data/README.md); everything else is left to the caller's raw "data" member.
#include "ais/detail/binary_apps.hpp"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "ais/detail/binary_app_writers.hpp"

namespace cp::ais::detail {
namespace {

/// Decimals of 1/1000-minute positions: gpsd 3.22 prints "%.4f", its later regression files "%.6f".
int minute3_decimals(GpsdDialect dialect) noexcept {
    return dialect == GpsdDialect::gpsd_regression ? 6 : 4;
}

}  // namespace

bool write_binary_app_json(std::uint8_t msg_type, std::uint16_t dac, std::uint16_t fid, BitSpanView app_bits,
                           const BinaryAppOptions& options, std::string& out) {
    const std::size_t rollback = out.size();
    const BitReader bits(app_bits);
    JsonOut json(out);
    const AppWriter app{bits, options.scaled, json, minute3_decimals(options.dialect)};
    bool written = false;
    if (msg_type == 6) {
        if (dac == 1) written = write_imo_addressed(fid, app, options.dest_mmsi);
        if (dac == 200) written = write_inland_addressed(fid, app);
        if (dac == 235 || dac == 250) written = write_gla_aton_monitoring(fid, app);
    } else if (msg_type == 8) {
        if (dac == 1) written = write_imo_broadcast(fid, app);
        if (dac == 200) written = write_inland_broadcast(fid, app);
    }
    json.flush();
    if (!written) out.resize(rollback);  // the writers check before writing; this keeps the contract anyway
    return written;
}

void AppWriter::text(std::string_view key, std::size_t first, std::size_t chars) const {
    std::array<char, 168> buffer{};
    const std::size_t length = bits.append_text(first, chars, buffer.data(), 0, buffer.size());
    json.string(key, std::string_view(buffer.data(), length));
}

void AppWriter::end_text(std::string_view key, std::size_t first, std::size_t max_chars) const {
    // gpsd: nothing when the payload ends at or before `first`, else (bits left) / 6 characters
    const std::size_t size = bits.size_bits();
    const std::size_t chars = size <= first ? 0 : std::min((size - first) / 6, max_chars);
    text(key, first, chars);
}

void AppWriter::padded_time(std::string_view key, std::uint64_t month, std::uint64_t day, std::uint64_t hour,
                            std::uint64_t minute, std::string_view suffix) const {
    json.key(key);
    fmt::format_to(std::back_inserter(json.buffer()), "\"{:02}-{:02}T{:02}:{:02}{}\"", month, day, hour,
                   minute, suffix);
}

void AppWriter::plain_time(std::string_view key, std::uint64_t month, std::uint64_t day, std::uint64_t hour,
                           std::uint64_t minute) const {
    json.key(key);
    fmt::format_to(std::back_inserter(json.buffer()), "\"{}-{}T{}:{}\"", month, day, hour, minute);
}

std::size_t AppWriter::begin_object(bool first) const {
    json.raw(first ? "{" : ",{");
    return json.buffer().size();
}

void AppWriter::end_object(std::size_t mark) const {
    std::string& out = json.buffer();
    if (out.size() > mark && out[mark] == ',') out.erase(mark, 1);
    out += '}';
}

void AppWriter::begin_array(std::string_view key) const {
    json.key(key);
    json.raw("[");
}

void AppWriter::coordinate(std::string_view key, std::int64_t raw, double div, int decimals) const {
    if (scaled) {
        json.fixed(key, static_cast<double>(raw) / div, decimals);
    } else {
        json.integer(key, raw);
    }
}

}  // namespace cp::ais::detail
