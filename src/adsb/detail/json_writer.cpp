// SPDX-License-Identifier: Apache-2.0
// write_json(): one message as a readsb/tar1090-style JSON object (field names and units of readsb's
// aircraft.json: hex, flight, alt_baro, alt_geom, gs, track, baro_rate, squawk, lat, lon, nic, nac_p
// ...), plus per-message fields: df, tc, bds, crc_ok, corrected_bits, timestamp. Written by hand into
// the caller's reused string; only present fields are written.
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iterator>
#include <utility>

#include "adsb/detail/fixed_format.hpp"
#include "adsb/message.hpp"
#include "core/assert.hpp"

namespace cp::adsb {
namespace {

// Writes one JSON object through a raw cursor into a stack buffer, appended to the caller's string
// in one piece at close(): per-field std::string appends (a capacity check and a call each) and
// fmt's per-field format parsing were most of `decode --format beast`'s time (perf, docs/benchmarks.md).
// Every write first makes room for its worst case, so the cursor never passes the buffer's end.
// Inlined so that key names (literals) are copied with constant sizes: half the writer's calls went
// to memcpy with a run-time length (callgrind).
#define CP_JSON_INLINE [[gnu::always_inline]] inline

class JsonOut {
public:
    explicit JsonOut(std::string& out) : m_out(out) { *m_pos++ = '{'; }
    void close() {
        room(1);
        *m_pos++ = '}';
        spill();
    }

    /// `text` appended to the current value.
    void append(std::string_view text) {
        room(text.size());
        put(text);
    }
    /// `text` written as is (already valid JSON).
    void literal(std::string_view key, std::string_view text) {
        this->key(key, text.size());
        put(text);
    }
    /// A string value. Every string this writer is given is the decoder's own text (enum names, hex
    /// digits, callsigns in the 6-bit ICAO charset, which has no '"' or '\\'), so nothing needs escaping;
    /// checked in builds with asserts.
    CP_JSON_INLINE void str(std::string_view key, std::string_view value) {
        CP_ASSERT(value.find_first_of("\"\\") == std::string_view::npos, "a JSON string needs escaping");
        this->key(key, 2 + value.size());
        *m_pos++ = '"';
        put(value);
        *m_pos++ = '"';
    }
    CP_JSON_INLINE void boolean(std::string_view key, bool value) {
        this->key(key, 5);
        put(value ? std::string_view("true") : std::string_view("false"));
    }
    CP_JSON_INLINE void integer(std::string_view key, long long value) {
        this->key(key, max_number_chars);
        m_pos = std::to_chars(m_pos, m_pos + max_number_chars, value).ptr;
    }
    /// `value` with `decimals` digits after the point, the same bytes as std::to_chars(fixed, decimals)
    /// (round half to even on the exact binary value), without its general-purpose machinery.
    void fixed(std::string_view key, double value, int decimals) {
        this->key(key, max_number_chars);
        m_pos = detail::write_fixed(m_pos, value, decimals);
    }
    template <class T>
    void opt_int(std::string_view key, const std::optional<T>& value) {
        if (value) integer(key, static_cast<long long>(*value));
    }
    template <class T>
    void opt_num(std::string_view key, const std::optional<T>& value, int decimals) {
        if (value) fixed(key, static_cast<double>(*value), decimals);
    }
    template <class T>
    void opt_bool(std::string_view key, const std::optional<T>& value) {
        if (value) boolean(key, static_cast<bool>(*value));
    }

private:
    static constexpr std::size_t max_number_chars = 48;  // the longest fixed() value written is < 40

    // `,"name":` (no comma first), with room for `value_chars` more.
    CP_JSON_INLINE void key(std::string_view name, std::size_t value_chars) {
        room(name.size() + 4 + value_chars);
        if (m_pos[-1] != '{') *m_pos++ = ',';
        *m_pos++ = '"';
        put(name);
        *m_pos++ = '"';
        *m_pos++ = ':';
    }
    CP_JSON_INLINE void put(std::string_view text) {
        std::memcpy(m_pos, text.data(), text.size());
        m_pos += text.size();
    }
    // Moves what is written to the caller's string when `chars` more might not fit. The last written
    // character stays in the buffer so key() can still see whether the object is empty.
    void room(std::size_t chars) {
        if (static_cast<std::size_t>(m_buf.end() - m_pos) >= chars) return;
        const char last = m_pos[-1];
        spill();
        m_out.pop_back();
        m_buf[0] = last;
        m_pos = m_buf.data() + 1;
        CP_ASSERT(chars < m_buf.size(), "a JSON field larger than the writer's buffer");
    }
    void spill() {
        m_out.append(m_buf.data(), static_cast<std::size_t>(m_pos - m_buf.data()));
        m_pos = m_buf.data();
    }

    std::string& m_out;
    std::array<char, 2048> m_buf;  // uninitialised on purpose: only [data, m_pos) is ever read
    char* m_pos = m_buf.data();
};

#undef CP_JSON_INLINE

std::string_view message_type(const Message& msg) noexcept {
    if (msg.length_bytes == 2) return "mode_ac";
    if (msg.df == 17) return "adsb_icao";
    if (msg.df != 18) return "mode_s";
    switch (msg.capability.value_or(0)) {  // DF18 CF (DO-260B §2.2.3.1)
    case 0:
        return "adsb_icao_nt";
    case 1:
        return "adsb_other";
    case 2:
        return "tisb_icao";
    case 3:
        return "tisb_trackfile";
    case 5:
        return "tisb_other";
    case 6:
        return "adsr_icao";
    default:
        return "unknown";
    }
}

std::string_view emergency_name(std::uint8_t code) noexcept {
    static constexpr std::string_view names[8] = {"none",  "general",  "lifeguard", "minfuel",
                                                  "nordo", "unlawful", "downed",    "reserved"};
    return names[code & 7U];
}

void write_header(const Message& msg, const JsonContext& ctx, JsonOut& json) {
    if (ctx.t_unix_ms) json.fixed("timestamp", static_cast<double>(*ctx.t_unix_ms) / 1000.0, 3);
    if (ctx.mlat_12mhz) json.integer("mlat_12mhz", static_cast<long long>(*ctx.mlat_12mhz));
    if (ctx.rssi_dbfs) json.fixed("rssi", *ctx.rssi_dbfs, 1);
    if (msg.address_source != AddressSource::none) {
        const bool non_icao = msg.address_source == AddressSource::non_icao;
        std::array<char, 8> hex{};
        std::size_t used = 0;
        if (non_icao) hex[used++] = '~';  // readsb marks non-ICAO addresses with a tilde
        for (int shift = 20; shift >= 0; shift -= 4)
            hex[used++] = "0123456789abcdef"[(msg.icao >> shift) & 0xFU];
        json.str("hex", std::string_view(hex.data(), used));
    }
    json.str("type", message_type(msg));
    if (msg.length_bytes != 2) json.integer("df", msg.df);
    if (msg.tc != 0) json.integer("tc", msg.tc);
    json.opt_int("subtype", msg.subtype);
    json.boolean("crc_ok", msg.crc_ok);
    json.integer("corrected_bits", msg.corrected_bits);
    if (msg.address_source == AddressSource::overlay || msg.address_source == AddressSource::supplied) {
        json.str("address_source", to_string(msg.address_source));
        json.boolean("address_confirmed", msg.address_confirmed);
    }
    if (msg.df == 11) json.integer("iid", msg.crc_residual);
    if (msg.bds != 0) {
        const char bds[3] = {"0123456789ABCDEF"[msg.bds >> 4], ',', "0123456789ABCDEF"[msg.bds & 0x0FU]};
        json.str("bds", std::string_view(bds, 3));
    }
    if (msg.bds_confidence != Confidence::none) json.str("bds_confidence", to_string(msg.bds_confidence));
    if (msg.bds_confidence == Confidence::ambiguous) json.integer("bds_candidates", msg.commb.candidates);
}

void write_identity(const Message& msg, JsonOut& json) {
    json.opt_int("ca", msg.capability);
    json.opt_int("fs", msg.flight_status);
    json.opt_int("dr", msg.downlink_request);
    json.opt_int("um", msg.utility_message);
    if (msg.has_flight) json.str("flight", std::string_view(msg.flight.data(), 8));
    if (msg.category) {
        const char category[2] = {"0123456789ABCDEF"[*msg.category >> 4],
                                  "0123456789ABCDEF"[*msg.category & 0x0FU]};
        json.str("category", std::string_view(category, 2));
    }
    if (msg.squawk) json.str("squawk", squawk_text(*msg.squawk).data());
    if (msg.emergency) json.str("emergency", emergency_name(*msg.emergency));
}

void write_kinematics(const Message& msg, JsonOut& json) {
    if (msg.cpr_surface || (msg.on_ground.value_or(false) && !msg.alt_baro_ft)) {
        json.str("alt_baro", "ground");
    } else {
        json.opt_int("alt_baro", msg.alt_baro_ft);
    }
    json.opt_int("alt_geom", msg.alt_geom_ft);
    json.opt_num("gs", msg.gs_kt, 1);
    json.opt_num("ias", msg.ias_kt, 0);
    json.opt_num("tas", msg.tas_kt, 0);
    json.opt_num("track", msg.track_deg, 2);
    if (msg.heading_deg)
        json.opt_num(msg.heading_true.value_or(false) ? "true_heading" : "mag_heading", msg.heading_deg, 2);
    json.opt_int("baro_rate", msg.baro_rate_fpm);
    json.opt_int("geom_rate", msg.geom_rate_fpm);
    json.opt_int("gnss_baro_diff", msg.gnss_baro_diff_ft);
    if (msg.has_cpr) {
        json.str("cpr_format", msg.cpr_odd ? "odd" : "even");
        json.integer("cpr_lat", msg.cpr_lat);
        json.integer("cpr_lon", msg.cpr_lon);
    }
    json.opt_num("lat", msg.lat_deg, 6);
    json.opt_num("lon", msg.lon_deg, 6);
    if (msg.position_reject != PositionReject::none)
        json.str("position_rejected", to_string(msg.position_reject));
}

void write_quality(const Message& msg, JsonOut& json) {
    json.opt_int("nuc_p", msg.nuc_p);
    json.opt_int("nic", msg.nic);
    json.opt_int("nic_a", msg.nic_a);
    json.opt_int("nic_c", msg.nic_c);
    json.opt_int("nac_p", msg.nac_p);
    json.opt_int("nac_v", msg.nac_v);
    json.opt_int("sil", msg.sil);
    if (msg.sil_type) json.str("sil_type", *msg.sil_type != 0 ? "persample" : "perhour");
    json.opt_int("gva", msg.gva);
    json.opt_int("sda", msg.sda);
    json.opt_int("nic_baro", msg.nic_baro);
    json.opt_int("version", msg.version);
    json.opt_num("nav_qnh", msg.nav_qnh_hpa, 1);
    json.opt_int("nav_altitude_mcp", msg.nav_altitude_mcp_ft);
    json.opt_int("nav_altitude_fms", msg.nav_altitude_fms_ft);
    json.opt_num("nav_heading", msg.nav_heading_deg, 2);
    // TC 29 version 1 only (no readsb names: readsb folds them into nav_modes by inference)
    json.opt_bool("nav_heading_is_track", msg.nav_heading_is_track);
    json.opt_bool("nav_altitude_msl", msg.nav_altitude_msl);
    json.opt_int("nav_vertical_mode", msg.nav_vertical_mode);
    json.opt_int("nav_horizontal_mode", msg.nav_horizontal_mode);
    json.opt_int("tss_capability_mode", msg.tss_capability_mode);
    if (msg.autopilot || msg.tcas) {
        // readsb's nav_modes array, in its order.
        const std::pair<const std::optional<bool>*, std::string_view> modes[] = {
            {&msg.autopilot, "autopilot"}, {&msg.vnav, "vnav"}, {&msg.alt_hold, "althold"},
            {&msg.approach, "approach"},   {&msg.lnav, "lnav"}, {&msg.tcas, "tcas"}};
        std::array<char, 80> list{};
        std::size_t used = 0;
        for (const auto& [flag, name] : modes) {
            if (!flag->value_or(false)) continue;
            if (used != 0) list[used++] = ',';
            list[used++] = '"';
            for (const char ch : name) list[used++] = ch;
            list[used++] = '"';
        }
        json.literal("nav_modes", "[");
        json.append(std::string_view(list.data(), used));
        json.append("]");
    }
}

void write_commb(const CommB& c, JsonOut& json) {
    json.opt_num("roll", c.roll_deg, 2);
    json.opt_num("true_track", c.true_track_deg, 2);
    json.opt_num("gs", c.gs_kt, 1);
    json.opt_num("track_rate", c.track_rate_deg_s, 3);
    json.opt_num("tas", c.tas_kt, 0);
    json.opt_num("mag_heading", c.mag_heading_deg, 2);
    json.opt_num("ias", c.ias_kt, 0);
    json.opt_num("mach", c.mach, 3);
    json.opt_int("baro_rate", c.baro_rate_fpm);
    json.opt_int("geom_rate", c.inertial_rate_fpm);
    json.opt_num("ws", c.wind_speed_kt, 0);
    json.opt_num("wd", c.wind_direction_deg, 1);
    json.opt_num("oat", c.static_air_temperature_c, 2);
    if (c.gicb_capability_bits) json.str("supported_bds", supported_bds(*c.gicb_capability_bits));
    json.opt_int("ara", c.ara);
    json.opt_int("rac", c.rac);
    json.opt_bool("rat", c.rat);
    json.opt_bool("mte", c.mte);
    json.opt_int("tti", c.tti);
    json.opt_int("threat_id", c.threat_id);
    json.opt_bool("acas_operational", c.acas_operational);
    json.opt_int("acas_rtca_version", c.acas_rtca_version);
}

}  // namespace

void write_json(const Message& msg, const JsonContext& ctx, std::string& out) {
    JsonOut json(out);
    write_header(msg, ctx, json);
    write_identity(msg, json);
    write_kinematics(msg, json);
    write_quality(msg, json);
    // Comm-B registers, and the BDS 3,0 fields of the ADS-B ACAS RA broadcast (TC 28 subtype 2).
    const bool ra_broadcast = msg.tc == 28 && msg.subtype == 2;
    if (msg.df == 20 || msg.df == 21 || ra_broadcast) write_commb(msg.commb, json);
    json.close();
}

}  // namespace cp::adsb
