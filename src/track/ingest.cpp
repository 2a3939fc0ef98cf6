// SPDX-License-Identifier: Apache-2.0
// Input format names, format sniffing and message delivery for ingest (ingest.hpp).
#include "track/ingest.hpp"

#include <array>
#include <string_view>
#include <variant>

#include "core/text.hpp"

namespace cp::track {

namespace {

constexpr std::array<std::string_view, 5> format_names = {"beast", "avr", "sbs", "hexcsv", "nmea"};

/// SBS BaseStation record types (the first field).
constexpr std::array<std::string_view, 6> sbs_types = {"MSG,", "SEL,", "ID,", "AIR,", "STA,", "CLK,"};

/// Beast streams that do not start on a frame (a capture cut from a live socket): binary bytes and at least
/// two 0x1a followed by a Mode S or Mode A/C frame type.
bool looks_like_beast(std::string_view head) noexcept {
    std::size_t frame_starts = 0;
    bool binary = false;
    for (std::size_t index = 0; index < head.size(); ++index) {
        const auto byte = static_cast<unsigned char>(head[index]);
        if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) binary = true;
        if (byte == 0x1a && index + 1 < head.size() && head[index + 1] >= '1' && head[index + 1] <= '3') {
            ++frame_starts;
        }
    }
    return binary && frame_starts >= 2;
}

std::optional<Format> sniff_line(std::string_view line) noexcept {
    switch (line.front()) {
    case '!':
    case '\\':
    case '$':
        return Format::nmea;
    case '*':
    case '@':
    case '%':
    case '<':
    case ':':
        return Format::avr;
    default:
        break;
    }
    for (const std::string_view type : sbs_types) {
        if (line.starts_with(type)) return Format::sbs;
    }
    if (adsb::parse_hexcsv_line(line, {})) return Format::hexcsv;
    return std::nullopt;
}

}  // namespace

std::string_view to_string(Format format) noexcept {
    return format_names.at(static_cast<std::size_t>(format));
}

std::optional<Format> parse_format(std::string_view name) noexcept {
    for (std::size_t index = 0; index < format_names.size(); ++index) {
        if (format_names[index] == name) return static_cast<Format>(index);
    }
    return std::nullopt;
}

std::optional<Format> sniff_format(std::span<const std::uint8_t> head) noexcept {
    std::string_view text(reinterpret_cast<const char*>(head.data()), head.size());
    if (!text.empty() && text.front() == '\x1a') return Format::beast;
    if (looks_like_beast(text)) return Format::beast;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    // The first three records decide (a header line may come first); blank and '#' lines do not count.
    int records = 0;
    while (!text.empty() && records < 3) {
        const std::size_t eol = text.find('\n');
        const std::string_view line = text::trim(text.substr(0, eol));
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        if (line.empty() || line.front() == '#') continue;
        ++records;
        if (const auto format = sniff_line(line)) return format;
    }
    return std::nullopt;
}

void deliver(TimedMessage& message, MessageSink& sink) {
    if (auto* mode_s = std::get_if<adsb::Message>(&message.message)) {
        sink.on_mode_s(*mode_s, message.t_ms);
    } else if (const auto* sbs = std::get_if<adsb::SbsRecord>(&message.message)) {
        sink.on_sbs(*sbs, message.t_ms);
    } else if (const auto* ais_msg = std::get_if<ais::Message>(&message.message)) {
        sink.on_ais(*ais_msg, message.t_ms);
    }
}

}  // namespace cp::track
